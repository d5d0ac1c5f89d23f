import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { CouncilVoteView } from './council-vote.dto.js';
import type { CouncilBallot, CouncilVoteTally } from './council-vote.rules.js';

/** A council vote as stored: the roll it was counted on and the tally, without the members' names. */
export type CouncilVoteRow = Omit<CouncilVoteView, 'ballots' | 'notVoted' | 'recordedBy' | 'nominationState' | 'totalMembers'> & {
  memberIds: string[];
  recordedById: string | null;
  recordedByUsername: string | null;
};

/** `council_votes` and `council_ballots`: biểu quyết của Hội đồng on one nomination, ballot by ballot. */
export class CouncilVoteRepository {
  constructor(private readonly db: EntityManager) {}

  async insert(vote: {
    nominationId: string;
    heldOn: IsoDate;
    minutesReference: string | null;
    memberIds: readonly string[];
    tally: CouncilVoteTally;
    ballots: readonly CouncilBallot[];
    recordedBy: { userId: string | null; username: string | null };
  }): Promise<string> {
    const { tally } = vote;
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO council_votes (nomination_id, held_on, minutes_reference, member_ids, threshold, votes_needed, in_favour,
         in_favour_in_writing, against, abstaining, passed, reason, recorded_by, recorded_by_username)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        vote.nominationId,
        vote.heldOn,
        vote.minutesReference,
        vote.memberIds,
        tally.threshold && JSON.stringify(tally.threshold),
        tally.votesNeeded,
        tally.inFavour,
        tally.inFavourInWriting,
        tally.against,
        tally.abstaining,
        tally.passed,
        tally.reason,
        vote.recordedBy.userId,
        vote.recordedBy.username,
      ],
    );
    await this.db.query(
      `INSERT INTO council_ballots (council_vote_id, member_id, choice, recorded_as)
       SELECT $1, b.member_id, b.choice, b.recorded_as
       FROM unnest($2::uuid[], $3::council_choice[], $4::council_vote_recording[]) AS b (member_id, choice, recorded_as)`,
      [id, vote.ballots.map((b) => b.memberId), vote.ballots.map((b) => b.choice), vote.ballots.map((b) => b.recordedAs)],
    );
    return id;
  }

  async ofNomination(nominationId: string): Promise<CouncilVoteRow | null> {
    const [row]: CouncilVoteRow[] = await this.db.query(
      `SELECT v.id, v.nomination_id AS "nominationId", v.held_on::text AS "heldOn", v.minutes_reference AS "minutesReference",
         v.member_ids AS "memberIds", v.threshold, v.votes_needed AS "votesNeeded", v.in_favour AS "inFavour",
         v.in_favour_in_writing AS "inFavourInWriting", v.against, v.abstaining, v.passed, v.reason,
         v.recorded_by AS "recordedById", v.recorded_by_username AS "recordedByUsername", v.created_at AS "createdAt"
       FROM council_votes v WHERE v.nomination_id = $1`,
      [nominationId],
    );
    return row ?? null;
  }

  ballots(voteId: string): Promise<CouncilBallot[]> {
    return this.db.query(
      `SELECT member_id AS "memberId", choice, recorded_as AS "recordedAs" FROM council_ballots WHERE council_vote_id = $1`,
      [voteId],
    );
  }
}
