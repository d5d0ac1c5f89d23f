import type { EntityManager } from 'typeorm';
import { calendarDateInVietnam } from '../../platform/time/calendar.js';
import type { FlagProposalFacts, LiveNomination } from './flag-nomination.rules.js';
import type { NominationState } from './nomination.state.js';

interface ProposalRow extends Omit<FlagProposalFacts, 'meetingDate' | 'nomination'> {
  meetingStartsAt: Date;
  nominationId: string | null;
  nominationState: NominationState | null;
}

const SELECT = `
  SELECT p.id, p.vote_id AS "voteId", v.title AS "voteTitle", m.title AS "meetingTitle", m.starts_at AS "meetingStartsAt",
    p.cluster_id AS "clusterId", c.name AS "clusterName", p.year, p.organization_id AS "organizationId",
    p.award_type_code AS "awardTypeCode", t.id AS "awardTypeId", term.chair_id AS "chairId", p.decided_by AS "decidedBy", p.votes,
    (r.result->>'ballotsValid')::int + (r.result->>'ballotsInvalid')::int AS "votesCast",
    p.nomination_id AS "nominationId", n.state AS "nominationState"
  FROM flag_proposals p
  JOIN votes v ON v.id = p.vote_id
  JOIN meetings m ON m.id = p.meeting_id
  JOIN clusters c ON c.id = p.cluster_id
  LEFT JOIN vote_rounds r ON r.vote_id = p.vote_id AND r.round = p.round
  LEFT JOIN award_types t ON t.code = p.award_type_code
  LEFT JOIN cluster_terms term ON term.cluster_id = p.cluster_id AND term.year = p.year
  LEFT JOIN nominations n ON n.id = p.nomination_id`;

function factsOf({ meetingStartsAt, nominationId, nominationState, ...row }: ProposalRow): FlagProposalFacts {
  return {
    ...row,
    meetingDate: calendarDateInVietnam(meetingStartsAt),
    nomination: nominationId && nominationState ? { id: nominationId, state: nominationState } : null,
  };
}

/** The proposal, locked until the transaction ends when `lock`: the nominations made from one proposal are made one at a time. */
export async function findFlagProposal(manager: EntityManager, id: string, lock = false): Promise<FlagProposalFacts | null> {
  const [row]: ProposalRow[] = await manager.query(`${SELECT} WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`, [id]);
  return row ? factsOf(row) : null;
}

/** The unit's proposal by a vote held in thidua, if that vote chose it. */
export async function findFlagProposalOfVote(manager: EntityManager, voteId: string, organizationId: string): Promise<FlagProposalFacts | null> {
  const [row]: ProposalRow[] = await manager.query(`${SELECT} WHERE p.vote_id = $1 AND p.organization_id = $2`, [voteId, organizationId]);
  return row ? factsOf(row) : null;
}

/** The nomination (not withdrawn) of a unit for an award and year, which the duplicate rule allows only once. */
export async function findLiveNomination(manager: EntityManager, awardTypeId: string, year: number, organizationId: string): Promise<LiveNomination | null> {
  const [row]: LiveNomination[] = await manager.query(
    `SELECT id, state, basis_vote_id AS "basisVoteId" FROM nominations
     WHERE award_type_id = $1 AND year = $2 AND nominee_key = $3 AND state <> 'withdrawn' FOR UPDATE`,
    [awardTypeId, year, organizationId],
  );
  return row ?? null;
}
