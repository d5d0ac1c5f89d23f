import type { EntityManager } from 'typeorm';
import type { DelegateInput, GuestInput, SpeakerInput } from '../../meetings/meetings/meeting.rules.js';
import { decidedIds } from '../../meetings/resolutions/resolution.rules.js';
import type { StoredPaperTotals } from '../../meetings/votes/paper-totals.rules.js';
import type { TallyResult } from '../../meetings/votes/vote.rules.js';
import { roundResultVisible } from '../../meetings/votes/vote.state.js';
import { unitsById, type SqlRow, unitColumns, unitFrom, unitJoin } from '../../registry/organizations/organization.repository.js';
import type { NominationState } from '../../nominations/nominations/nomination.state.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { coversYear, MembershipRepository } from '../../registry/memberships/membership.repository.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import type {
  AwardFacts,
  AwardLegalBasisFacts,
  LegalInstrumentFacts,
  ClusterFacts,
  ClusterYearFacts,
  ConferenceFacts,
  FlagProposalFacts,
  MeetingFacts,
  NominationCountFacts,
  SectionsFacts,
  TermFacts,
  VoteFacts,
} from './cluster-year.facts.js';
import { DocumentIssuanceRepository } from '../issuance/issuance.repository.js';
import { pickConference } from './cluster-year.rules.js';
import { findEmulation } from './emulation.queries.js';

/*
 * The reads behind a cluster-year report: one query per kind of record, whatever the number of meetings, votes or
 * proposals, run in one read-only snapshot by the service.
 */

/** The award's name from the catalog table (the one the vote read when it was set up), else its code. */
export function awardName(code: string, stored: string | null): string {
  return stored ?? code;
}

/** The columns `clusterFrom` reads, for a query over `clusters c` joined to its owner as `owner`. */
export const CLUSTER_COLUMNS = `c.id, c.code, c.number, c.name, c.kind, ${unitColumns('owner')}`;

export function clusterFrom(row: SqlRow): ClusterFacts {
  return {
    id: row.id as string,
    code: row.code as string,
    number: row.number as number,
    name: row.name as string,
    kind: row.kind as ClusterFacts['kind'],
    owner: unitFrom(row, 'owner') as UnitView,
  };
}

async function findCluster(manager: EntityManager, clusterId: string, year: number): Promise<ClusterFacts | null> {
  const [row]: SqlRow[] = await manager.query(
    `SELECT ${CLUSTER_COLUMNS} FROM clusters c ${unitJoin('owner', 'c.owner_id', '$2')} WHERE c.id = $1`,
    [clusterId, lastDayOf(year)],
  );
  return row ? clusterFrom(row) : null;
}

/** The terms of `year` and `year + 1`, each with its units named as in its own year. */
async function findTermsAround(manager: EntityManager, clusterId: string, year: number): Promise<TermFacts[]> {
  const rows: SqlRow[] = await manager.query(
    `SELECT t.year, t.decided_by, t.decided_at_meeting_id, chair.province AS chair_province, ${unitColumns('chair')}, ${unitColumns('vice')}
     FROM cluster_terms t
     ${unitJoin('chair', 't.chair_id', 'make_date(t.year, 12, 31)')}
     ${unitJoin('vice', 't.vice_chair_id', 'make_date(t.year, 12, 31)')}
     WHERE t.cluster_id = $1 AND t.year IN ($2, $2 + 1)`,
    [clusterId, year],
  );
  return rows.map((row) => ({
    year: row.year as number,
    chair: unitFrom(row, 'chair') as UnitView,
    chairProvince: row.chair_province as string | null,
    viceChair: unitFrom(row, 'vice'),
    decidedBy: row.decided_by as TermFacts['decidedBy'],
    decidedAtMeetingId: row.decided_at_meeting_id as string | null,
  }));
}

async function findSupervisor(manager: EntityManager, clusterId: string, year: number): Promise<ClusterYearFacts['supervisor']> {
  const [row]: ClusterYearFacts['supervisor'][] = await manager.query(
    `SELECT full_name AS "fullName", position FROM cluster_supervisors WHERE cluster_id = $1 AND year = $2`,
    [clusterId, year],
  );
  return row ?? null;
}

function findMeetings(manager: EntityManager, clusterId: string, year: number): Promise<MeetingFacts[]> {
  return manager.query(
    `SELECT id, kind, title, starts_at AS "startsAt", ends_at AS "endsAt", place, state, host_organization_id AS "hostOrganizationId",
       presiding, secretary, agenda, minutes
     FROM meetings WHERE cluster_id = $1 AND year = $2 ORDER BY starts_at, id`,
    [clusterId, year],
  );
}

/** The votes of a meeting with their published rounds, in two queries. */
async function findVotes(manager: EntityManager, meetingId: string): Promise<VoteFacts[]> {
  const votes: (Omit<VoteFacts, 'rounds'> & { currentRound: number })[] = await manager.query(
    `SELECT id, subject, title, method, state, current_round AS "currentRound", proposed_organization_id AS "proposedOrganizationId",
       cancellation_reason AS "cancellationReason"
     FROM votes WHERE meeting_id = $1 ORDER BY created_at, id`,
    [meetingId],
  );
  const rounds: { voteId: string; round: number; result: TallyResult | null; paperTotals: StoredPaperTotals | null }[] =
    await manager.query(
      `SELECT r.vote_id AS "voteId", r.round, r.result, r.paper_totals AS "paperTotals"
     FROM vote_rounds r JOIN votes v ON v.id = r.vote_id WHERE v.meeting_id = $1 ORDER BY r.round`,
      [meetingId],
    );
  return votes.map(({ currentRound, ...vote }) => ({
    ...vote,
    rounds: rounds
      .filter((r) => r.voteId === vote.id && r.result !== null && roundResultVisible(vote.state, r.round, currentRound))
      .map((r) => ({ round: r.round, result: r.result as TallyResult, paperTotals: r.paperTotals })),
  }));
}

async function findConference(manager: EntityManager, meeting: MeetingFacts): Promise<ConferenceFacts> {
  const delegates: DelegateInput[] = await manager.query(
    `SELECT organization_id AS "organizationId", full_name AS "fullName", position, present, votes_for_unit AS "votesForUnit"
     FROM meeting_delegates WHERE meeting_id = $1 ORDER BY sort_order, id`,
    [meeting.id],
  );
  const guests: GuestInput[] = await manager.query(
    `SELECT agency, full_name AS "fullName", position FROM meeting_guests WHERE meeting_id = $1 ORDER BY sort_order, id`,
    [meeting.id],
  );
  const speakers: SpeakerInput[] = await manager.query(
    `SELECT body, full_name AS "fullName", position FROM meeting_speakers WHERE meeting_id = $1 ORDER BY sort_order, id`,
    [meeting.id],
  );
  const votes = await findVotes(manager, meeting.id);
  const resolutions: (ConferenceFacts['resolutions'][number] & { chosenIds: string[]; fallbackChosenIds: string[] | null })[] =
    await manager.query(
      `SELECT vote_id AS "voteId", subject, adopted, summary, chosen_ids AS "chosenIds", fallback_chosen_ids AS "fallbackChosenIds"
       FROM meeting_resolutions WHERE meeting_id = $1 ORDER BY created_at, id`,
      [meeting.id],
    );
  return {
    meeting,
    delegates,
    guests,
    speakers,
    votes,
    resolutions: resolutions.map(({ chosenIds, fallbackChosenIds, ...r }) => ({
      ...r,
      decidedIds: decidedIds({ chosenIds, fallbackChosenIds }),
    })),
  };
}

/** Flag proposals of the year with the nomination made of each and the award decision the register holds for it. */
async function findFlagProposals(manager: EntityManager, clusterId: string, year: number): Promise<FlagProposalFacts[]> {
  const rows: SqlRow[] = await manager.query(
    `SELECT p.organization_id, p.award_type_code, at.name AS award_name, p.decided_by, p.votes, p.share_numerator, p.share_denominator,
       p.percent::float8 AS percent, p.rank, n.id AS nomination_id, n.state AS nomination_state,
       ar.decision_reference, ar.decision_date::text AS decision_date, ar.register_number
     FROM flag_proposals p
     LEFT JOIN award_types at ON at.code = p.award_type_code
     LEFT JOIN nominations n ON n.flag_proposal_id = p.id
     LEFT JOIN award_register ar ON ar.award_type_id = at.id AND ar.year = p.year
       AND ar.recipient_organization_id = p.organization_id AND ar.recipient_person_id IS NULL
     WHERE p.cluster_id = $1 AND p.year = $2
     ORDER BY p.round NULLS LAST, p.rank NULLS LAST, p.created_at, p.id`,
    [clusterId, year],
  );
  return rows.map((row) => ({
    organizationId: row.organization_id as string,
    awardTypeCode: row.award_type_code as string,
    awardName: awardName(row.award_type_code as string, row.award_name as string | null),
    decidedBy: row.decided_by as FlagProposalFacts['decidedBy'],
    votes: row.votes as number | null,
    shareNumerator: row.share_numerator as number | null,
    shareDenominator: row.share_denominator as number | null,
    percent: row.percent as number | null,
    rank: row.rank as number | null,
    nomination: row.nomination_id ? { id: row.nomination_id as string, state: row.nomination_state as NominationState } : null,
    decision: row.decision_reference
      ? {
          reference: row.decision_reference as string,
          date: row.decision_date as string | null,
          registerNumber: row.register_number as string | null,
        }
      : null,
  }));
}

/** The dated legal bases of the rule sets of the awards proposed. */
function findAwardLegalBases(manager: EntityManager, awardTypeCodes: readonly string[]): Promise<AwardLegalBasisFacts[]> {
  return manager.query(
    `SELECT at.code AS "awardTypeCode", r.legal_basis_citation AS citation, r.effective_from::text AS "effectiveFrom",
       r.effective_to::text AS "effectiveTo"
     FROM award_rule_sets r JOIN award_types at ON at.id = r.award_type_id
     WHERE at.code = ANY($1::text[])
     ORDER BY at.code, r.effective_from`,
    [awardTypeCodes],
  );
}

/** The dated Laws and decrees on emulation and commendation. */
function findLegalInstruments(manager: EntityManager): Promise<LegalInstrumentFacts[]> {
  return manager.query(
    `SELECT kind, citation, effective_from::text AS "effectiveFrom", effective_to::text AS "effectiveTo"
     FROM legal_instruments ORDER BY kind, effective_from`,
  );
}

function findNominationCounts(manager: EntityManager, clusterId: string, year: number): Promise<NominationCountFacts[]> {
  return manager.query(
    `SELECT at.code AS "awardTypeCode", at.name AS "awardName", n.state, count(*)::int AS count
     FROM nominations n JOIN award_types at ON at.id = n.award_type_id
     WHERE n.cluster_id = $1 AND n.year = $2
     GROUP BY at.code, at.name, n.state
     ORDER BY at.name COLLATE vietnamese, at.code, n.state`,
    [clusterId, year],
  );
}

/** Awards of the year for the cluster's members that year, or for their people. */
async function findAwards(manager: EntityManager, clusterId: string, year: number): Promise<AwardFacts[]> {
  const rows: SqlRow[] = await manager.query(
    `SELECT at.code, at.name, ar.recipient_organization_id, p.full_name AS person_name,
       ar.decision_reference, ar.decision_date::text AS decision_date, ar.register_number
     FROM award_register ar
     JOIN award_types at ON at.id = ar.award_type_id
     JOIN cluster_memberships m ON m.organization_id = ar.recipient_organization_id AND m.cluster_id = $1 AND ${coversYear('m', 'ar.year')}
     LEFT JOIN people p ON p.id = ar.recipient_person_id
     WHERE ar.year = $2
     ORDER BY at.name COLLATE vietnamese, ar.decision_date NULLS LAST, ar.decision_reference, ar.id`,
    [clusterId, year],
  );
  return rows.map((row) => ({
    awardTypeCode: row.code as string,
    awardName: row.name as string,
    organizationId: row.recipient_organization_id as string,
    personName: row.person_name as string | null,
    decision: {
      reference: row.decision_reference as string,
      date: row.decision_date as string | null,
      registerNumber: row.register_number as string | null,
    },
  }));
}

async function findSections(manager: EntityManager, clusterId: string, year: number): Promise<SectionsFacts | null> {
  const [row]: SectionsFacts[] = await manager.query(
    `SELECT situation, achievements, assessment, direction, recommendations, version, updated_at AS "updatedAt", updated_by_username AS "updatedBy"
     FROM report_sections WHERE cluster_id = $1 AND year = $2`,
    [clusterId, year],
  );
  return row ?? null;
}

/** Everything recorded for the cluster and year, or null when the cluster does not exist. Run it in one snapshot. */
export async function loadClusterYearFacts(manager: EntityManager, clusterId: string, year: number): Promise<ClusterYearFacts | null> {
  const cluster = await findCluster(manager, clusterId, year);
  if (!cluster) return null;
  const members = (await new MembershipRepository(manager).members(clusterId, year, { sort: 'name' })).items.map(
    ({ organizationId, code, fullName, shortName }): UnitView => ({ id: organizationId, code, fullName, shortName }),
  );
  const terms = await findTermsAround(manager, clusterId, year);
  const meetings = await findMeetings(manager, clusterId, year);
  const conferenceMeeting = pickConference(meetings);
  const conference = conferenceMeeting && (await findConference(manager, conferenceMeeting));
  const flagProposals = await findFlagProposals(manager, clusterId, year);
  const memberIds = new Set(members.map((m) => m.id));
  const named = [
    ...(conference?.votes ?? []).flatMap((v) => [
      ...v.rounds.flatMap((r) => r.result.candidates.map((c) => c.candidateId)),
      ...(v.proposedOrganizationId ? [v.proposedOrganizationId] : []),
    ]),
    ...flagProposals.map((p) => p.organizationId),
  ];
  return {
    year,
    cluster,
    members,
    otherUnits: [
      ...(
        await unitsById(
          manager,
          named.filter((id) => !memberIds.has(id)),
          year,
        )
      ).values(),
    ],
    term: terms.find((t) => t.year === year) ?? null,
    nextTerm: terms.find((t) => t.year === year + 1) ?? null,
    supervisor: await findSupervisor(manager, clusterId, year),
    meetings,
    conference,
    flagProposals,
    flagLegalBases: await findAwardLegalBases(manager, [...new Set(flagProposals.map((p) => p.awardTypeCode))]),
    legalInstruments: await findLegalInstruments(manager),
    nominations: await findNominationCounts(manager, clusterId, year),
    awards: await findAwards(manager, clusterId, year),
    sections: await findSections(manager, clusterId, year),
    issuance: await new DocumentIssuanceRepository(manager).forYear(clusterId, year),
    emulation: await findEmulation(manager, clusterId, cluster.owner.id, year),
  };
}
