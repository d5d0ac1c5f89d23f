import { unitsVoteAtOnce } from '../helpers/block-votes.js';

/** A national block vote (issue 13): 2,000 units, 50 ballots in flight at once; `npm run bench:ballots` prints the rate. */
unitsVoteAtOnce(2000, { setup: 900_000, wave: 600_000 });
