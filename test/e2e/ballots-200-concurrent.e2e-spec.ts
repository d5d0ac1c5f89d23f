import { unitsVoteAtOnce } from '../helpers/block-votes.js';

unitsVoteAtOnce(200, { setup: 180_000, wave: 120_000 });
