import type { EntityManager } from 'typeorm';
import { isStaff } from '../../access/policies/access.rules.js';
import { likePattern } from '../../platform/database/sql-text.js';
import { text } from '../../platform/i18n/locale.js';
import { type PageQuery, queryPage } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { calendarDateInVietnam, type IsoDate } from '../../platform/time/calendar.js';
import { unitColumns, unitJoin } from '../../registry/organizations/organization.repository.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { coversYear } from '../../registry/memberships/membership.repository.js';
import type { NomineeKind } from '../award-types/catalogue.js';
import { type PersonColumns, personColumns, personFrom } from '../nominees/person.repository.js';
import type { PendingProceeding } from '../nominees/proceeding.rules.js';
import type { RegisterEntry } from '../register/prerequisite.rules.js';
import type { ExistingNomination } from './eligibility.rules.js';
import type { FlagProposalFacts, LiveNomination } from './flag-nomination.rules.js';
import type { HistoryEntryView, ListNominationsQuery, NominationSort, NominationView } from './nomination.dto.js';
import type { BasisVoteSnapshot, Nomination } from './nomination.rules.js';
import {
  blocksDuplicate,
  holdsQuotaPlace,
  isEditable,
  NOMINATION_STATES,
  type NominationAction,
  type NominationState,
} from './nomination.state.js';

const ORDER: Record<NominationSort, string> = {
  '-createdAt': 'nom.created_at DESC, nom.id',
  createdAt: 'nom.created_at, nom.id',
  nominee: 'coalesce(p.full_name, nominee_unit_name.full_name) COLLATE vietnamese, nom.id',
  year: 'nom.year, nom.created_at, nom.id',
  '-year': 'nom.year DESC, nom.created_at, nom.id',
};

/**
 * The nominations whose nominee unit bore, or whose nominee person bears, a name containing `pattern` (a LIKE
 * pattern, escaped): through the trigram indexes of `organization_names.search_key` and `people.search_key`, then
 * the nominations' indexes by nominee unit and by nominee (an individual's nominee key is the person's id).
 */
const NOMINEE_MATCHES = (pattern: string) => `nom.id IN (
  SELECT n.id FROM nominations n
  WHERE n.nominee_organization_id IN (SELECT s.organization_id FROM organization_names s WHERE s.search_key LIKE '%' || search_key(${pattern}) || '%')
  UNION ALL
  SELECT n.id FROM nominations n
  WHERE n.nominee_key IN (SELECT s.id FROM people s WHERE s.search_key LIKE '%' || search_key(${pattern}) || '%'))`;

/** A nomination with its units named as they were in its year; `nominations` is the table, or a subquery of its rows, as `nom`. */
function nominationFrom(nominations: string): string {
  return `
  FROM ${nominations}
  JOIN award_types t ON t.id = nom.award_type_id
  JOIN clusters c ON c.id = nom.cluster_id
  LEFT JOIN people p ON p.id = nom.nominee_person_id
  ${unitJoin('nominee_unit', 'nom.nominee_organization_id', 'make_date(nom.year, 12, 31)')}
  ${unitJoin('proposer', 'nom.proposing_organization_id', 'make_date(nom.year, 12, 31)')}`;
}

export const NOMINATION_FROM = nominationFrom('nominations nom');

export const NOMINATION_COLUMNS = `
  nom.id, nom.year, nom.state, nom.nominee_kind, nom.nominee_position, nom.basis_vote_id, nom.basis_vote, nom.achievements_summary,
  nom.report_text, nom.submitted_on::text AS submitted_on, nom.rule_set_id, nom.legal_basis_code, nom.legal_basis_citation,
  nom.legal_basis_citation_en, nom.proposing_organization_id, nom.version, nom.created_at, nom.updated_at,
  t.id AS award_type_id, t.code AS award_type_code, t.name AS award_type_name, t.name_en AS award_type_name_en,
  c.id AS cluster_id, c.code AS cluster_code, c.name AS cluster_name,
  ${personColumns('p')},
  ${unitColumns('nominee_unit')}, ${unitColumns('proposer')}`;

/** The columns of `NOMINATION_COLUMNS`. */
export interface NominationRecordRow extends PersonColumns {
  id: string;
  year: number;
  state: NominationState;
  nominee_kind: NomineeKind;
  nominee_position: string | null;
  basis_vote_id: string | null;
  basis_vote: BasisVoteSnapshot | null;
  achievements_summary: string | null;
  report_text: string | null;
  submitted_on: IsoDate | null;
  rule_set_id: string | null;
  legal_basis_code: string | null;
  legal_basis_citation: string | null;
  legal_basis_citation_en: string | null;
  proposing_organization_id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  award_type_id: string;
  award_type_code: string;
  award_type_name: string;
  award_type_name_en: string;
  cluster_id: string;
  cluster_code: string;
  cluster_name: string;
  nominee_unit_id: string;
  nominee_unit_code: string;
  nominee_unit_full_name: string;
  nominee_unit_short_name: string;
  proposer_id: string;
  proposer_code: string;
  proposer_full_name: string;
  proposer_short_name: string;
}

/** Everything of the view but what the caller may do, which depends on who asks. */
export type NominationRecord = Omit<NominationView, 'allowedActions'> & { proposingOrganizationId: string };

function unitOf(id: string, code: string, fullName: string, shortName: string): UnitView {
  return { id, code, fullName, shortName };
}

export function recordFrom(row: NominationRecordRow): NominationRecord {
  const person = personFrom(row);
  return {
    id: row.id,
    year: row.year,
    state: row.state,
    awardType: { id: row.award_type_id, code: row.award_type_code, name: text(row.award_type_name, row.award_type_name_en) },
    nominee: {
      kind: row.nominee_kind,
      organization: unitOf(row.nominee_unit_id, row.nominee_unit_code, row.nominee_unit_full_name, row.nominee_unit_short_name),
      person: person && { ...person, position: row.nominee_position },
    },
    proposingOrganization: unitOf(row.proposer_id, row.proposer_code, row.proposer_full_name, row.proposer_short_name),
    proposingOrganizationId: row.proposing_organization_id,
    cluster: { id: row.cluster_id, code: row.cluster_code, name: row.cluster_name },
    basis: row.basis_vote ? { voteId: row.basis_vote_id, vote: row.basis_vote } : null,
    achievementsSummary: row.achievements_summary,
    reportText: row.report_text,
    submittedOn: row.submitted_on,
    ruleSetId: row.rule_set_id,
    legalBasis:
      row.legal_basis_code !== null && row.legal_basis_citation !== null && row.legal_basis_citation_en !== null
        ? { code: row.legal_basis_code, citation: text(row.legal_basis_citation, row.legal_basis_citation_en) }
        : null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The stored columns of a nomination, named as `Nomination`. */
const ROW = `n.id, n.award_type_id AS "awardTypeId", n.year, n.nominee_kind AS "nomineeKind",
  n.nominee_organization_id AS "nomineeOrganizationId", n.nominee_person_id AS "nomineePersonId", n.nominee_position AS "nomineePosition",
  n.nominee_key AS "nomineeKey", n.proposing_organization_id AS "proposingOrganizationId", n.cluster_id AS "clusterId",
  n.basis_vote_id AS "basisVoteId", n.basis_vote AS "basisVote", n.achievements_summary AS "achievementsSummary",
  n.report_text AS "reportText", n.state, n.submitted_on::text AS "submittedOn", n.rule_set_id AS "ruleSetId",
  n.legal_basis_code AS "legalBasisCode", n.legal_basis_citation AS "legalBasisCitation",
  n.legal_basis_citation_en AS "legalBasisCitationEn", n.created_by AS "createdBy", n.version, n.created_at AS "createdAt",
  n.updated_at AS "updatedAt"`;

/** What a new nomination is made of; it starts as a draft. */
export type NewNomination = Pick<
  Nomination,
  | 'awardTypeId'
  | 'year'
  | 'nomineeKind'
  | 'nomineeOrganizationId'
  | 'nomineePersonId'
  | 'nomineePosition'
  | 'proposingOrganizationId'
  | 'clusterId'
  | 'basisVoteId'
  | 'basisVote'
  | 'achievementsSummary'
  | 'reportText'
  | 'createdBy'
>;

/** The columns an edit may change; `undefined` leaves a column as it is. */
export interface NominationChanges {
  basisVoteId?: string | null;
  basisVote?: BasisVoteSnapshot | null;
  achievementsSummary?: string | null;
  reportText?: string | null;
  nomineePosition?: string | null;
}

/** Columns a submission fixes for good: the day, the rule set in force then, and its legal basis. */
export interface SubmissionColumns {
  submittedOn: IsoDate;
  ruleSetId: string;
  legalBasisCode: string;
  legalBasisCitation: string;
  legalBasisCitationEn: string;
}

const CHANGE_COLUMNS: Readonly<Record<keyof NominationChanges, string>> = {
  basisVoteId: 'basis_vote_id',
  basisVote: 'basis_vote',
  achievementsSummary: 'achievements_summary',
  reportText: 'report_text',
  nomineePosition: 'nominee_position',
};

interface HistoryRow {
  id: string;
  action: NominationAction;
  fromState: NominationState;
  toState: NominationState;
  comment: string | null;
  actorUserId: string | null;
  actorUsername: string | null;
  occurredAt: Date;
}

interface FlagProposalRow extends Omit<FlagProposalFacts, 'meetingDate' | 'nomination'> {
  meetingStartsAt: Date;
  nominationId: string | null;
  nominationState: NominationState | null;
}

const FLAG_PROPOSAL = `
  SELECT p.id, p.vote_id AS "voteId", v.title AS "voteTitle", v.award_rule_set_id AS "awardRuleSetId", m.title AS "meetingTitle",
    m.starts_at AS "meetingStartsAt",
    p.cluster_id AS "clusterId", c.name AS "clusterName", p.year, p.organization_id AS "organizationId",
    p.award_type_code AS "awardTypeCode", t.id AS "awardTypeId", term.chair_id AS "chairId", p.decided_by AS "decidedBy", p.votes,
    (r.result->>'ballotsValid')::int + (r.result->>'ballotsInvalid')::int AS "votesCast",
    n.id AS "nominationId", n.state AS "nominationState"
  FROM flag_proposals p
  JOIN votes v ON v.id = p.vote_id
  JOIN meetings m ON m.id = p.meeting_id
  JOIN clusters c ON c.id = p.cluster_id
  LEFT JOIN vote_rounds r ON r.vote_id = p.vote_id AND r.round = p.round
  LEFT JOIN award_types t ON t.code = p.award_type_code
  LEFT JOIN cluster_terms term ON term.cluster_id = p.cluster_id AND term.year = p.year
  LEFT JOIN nominations n ON n.flag_proposal_id = p.id`;

function factsOf({ meetingStartsAt, nominationId, nominationState, ...row }: FlagProposalRow): FlagProposalFacts {
  return {
    ...row,
    meetingDate: calendarDateInVietnam(meetingStartsAt),
    nomination: nominationId && nominationState ? { id: nominationId, state: nominationState } : null,
  };
}

/** The states in which a nomination holds a quota place, for SQL (`holdsQuotaPlace`). */
const QUOTA_HOLDING_STATES = NOMINATION_STATES.filter(holdsQuotaPlace);
/** The states in which the proposing unit may still change the dossier (`isEditable`). */
const EDITABLE_STATES = NOMINATION_STATES.filter(isEditable);
/** The states in which a nomination keeps its nominee's place for the award and year (`blocksDuplicate`). */
const LIVE_STATES = NOMINATION_STATES.filter(blocksDuplicate);

/** `nominations`, `nomination_history` and `nomination_quota_locks`: every query of the nominations. */
export class NominationRepository {
  constructor(private readonly db: EntityManager) {}

  async find(id: string, lock = false): Promise<Nomination | null> {
    const [row]: Nomination[] = await this.db.query(`SELECT ${ROW} FROM nominations n WHERE n.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  async record(id: string): Promise<NominationRecord | null> {
    const [row]: NominationRecordRow[] = await this.db.query(`SELECT ${NOMINATION_COLUMNS} ${NOMINATION_FROM} WHERE nom.id = $1`, [id]);
    return row ? recordFrom(row) : null;
  }

  /** The nominations the actor may see (`maySeeNomination`), filtered and sorted. */
  async list(actor: Actor, query: ListNominationsQuery): Promise<{ items: NominationRecord[]; total: number }> {
    // A search first finds its nominations by the name indexes (OFFSET 0 keeps that subquery apart), then pages
    // them: otherwise the planner may walk the whole list in order, naming every row, to keep the few that match.
    const source =
      query.q === undefined ? 'nominations nom' : `(SELECT * FROM nominations nom WHERE ${NOMINEE_MATCHES('$8')} OFFSET 0) nom`;
    const { rows, total } = await queryPage<NominationRecordRow>(
      this.db,
      {
        select: NOMINATION_COLUMNS,
        from: nominationFrom(source),
        where: `
          WHERE ($1::uuid IS NULL OR nom.proposing_organization_id = $1 OR nom.nominee_organization_id = $1)
            AND ($2::int IS NULL OR nom.year = $2)
            AND ($3::uuid IS NULL OR nom.cluster_id = $3)
            AND ($4::uuid IS NULL OR nom.award_type_id = $4)
            AND ($5::nomination_state IS NULL OR nom.state = $5)
            AND ($6::uuid IS NULL OR nom.proposing_organization_id = $6)
            AND ($7::uuid IS NULL OR nom.nominee_organization_id = $7)`,
        countFrom: `FROM ${source}`,
        orderBy: ORDER[query.sort],
        parameters: [
          isStaff(actor) ? null : actor.organizationId,
          query.year ?? null,
          query.clusterId ?? null,
          query.awardTypeId ?? null,
          query.state ?? null,
          query.proposingOrganizationId ?? null,
          query.nomineeOrganizationId ?? null,
          ...(query.q === undefined ? [] : [likePattern(query.q)]),
        ],
      },
      query,
    );
    return { items: rows.map(recordFrom), total };
  }

  /**
   * Inserts a draft. With `yieldToLive`, a live nomination of the same nominee, award and year (the
   * partial unique index) makes it insert nothing and answer null instead of failing.
   */
  async insert(nomination: NewNomination, yieldToLive = false): Promise<string | null> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO nominations (award_type_id, year, nominee_kind, nominee_organization_id, nominee_person_id, nominee_position,
         proposing_organization_id, cluster_id, basis_vote_id, basis_vote, achievements_summary, report_text, state, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'draft', $13)
       ${yieldToLive ? `ON CONFLICT (award_type_id, year, nominee_key) WHERE state <> 'withdrawn' DO NOTHING` : ''}
       RETURNING id`,
      [
        nomination.awardTypeId,
        nomination.year,
        nomination.nomineeKind,
        nomination.nomineeOrganizationId,
        nomination.nomineePersonId,
        nomination.nomineePosition,
        nomination.proposingOrganizationId,
        nomination.clusterId,
        nomination.basisVoteId,
        nomination.basisVote,
        nomination.achievementsSummary,
        nomination.reportText,
        nomination.createdBy,
      ],
    );
    return row?.id ?? null;
  }

  /** Writes the given columns and counts a new version. */
  async update(id: string, changes: NominationChanges): Promise<void> {
    const entries = (Object.keys(CHANGE_COLUMNS) as (keyof NominationChanges)[]).filter((key) => changes[key] !== undefined);
    const sets = entries.map((key, index) => `${CHANGE_COLUMNS[key]} = $${index + 2}`);
    await this.db.query(`UPDATE nominations SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`, [
      id,
      ...entries.map((key) => changes[key]),
    ]);
  }

  /** A step of the workflow: the new state, with the columns a submission fixes. */
  async moveTo(id: string, state: NominationState, submission: SubmissionColumns | null): Promise<void> {
    await this.db.query(
      `UPDATE nominations SET state = $2, submitted_on = coalesce($3, submitted_on), rule_set_id = coalesce($4, rule_set_id),
         legal_basis_code = coalesce($5, legal_basis_code), legal_basis_citation = coalesce($6, legal_basis_citation),
         legal_basis_citation_en = coalesce($7, legal_basis_citation_en), version = version + 1, updated_at = now()
       WHERE id = $1`,
      [
        id,
        state,
        submission?.submittedOn ?? null,
        submission?.ruleSetId ?? null,
        submission?.legalBasisCode ?? null,
        submission?.legalBasisCitation ?? null,
        submission?.legalBasisCitationEn ?? null,
      ],
    );
  }

  /** A step of the history; a submit or resubmit also stores when the dossier began to wait for the check (the review queue's order). */
  async appendHistory(entry: Omit<HistoryRow, 'id' | 'occurredAt'> & { nominationId: string }): Promise<void> {
    await this.db.query(
      `WITH step AS (
         INSERT INTO nomination_history (nomination_id, action, from_state, to_state, comment, actor_user_id, actor_username)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING nomination_id, action, occurred_at)
       UPDATE nominations SET waiting_since = step.occurred_at FROM step
       WHERE nominations.id = step.nomination_id AND step.action IN ('submit', 'resubmit')`,
      [entry.nominationId, entry.action, entry.fromState, entry.toState, entry.comment, entry.actorUserId, entry.actorUsername],
    );
  }

  async history(
    nominationId: string,
    filter: { action?: NominationAction; newestFirst: boolean },
    page: PageQuery,
  ): Promise<{ items: HistoryEntryView[]; total: number }> {
    const { rows, total } = await queryPage<HistoryRow>(
      this.db,
      {
        select: `h.id, h.action, h.from_state AS "fromState", h.to_state AS "toState", h.comment, h.actor_user_id AS "actorUserId",
          h.actor_username AS "actorUsername", h.occurred_at AS "occurredAt"`,
        from: 'FROM nomination_history h',
        where: 'WHERE h.nomination_id = $1 AND ($2::nomination_action IS NULL OR h.action = $2)',
        orderBy: `h.occurred_at ${filter.newestFirst ? 'DESC' : 'ASC'}, h.id`,
        parameters: [nominationId, filter.action ?? null],
      },
      page,
    );
    const items = rows.map(({ actorUserId, actorUsername, ...entry }) => ({
      ...entry,
      actor: { userId: actorUserId, username: actorUsername },
    }));
    return { items, total };
  }

  /** What the nomination's ids refer to: whether the award is nominated through VUSTA (null: no such award), and whether the rest exist. */
  async references(ids: { awardTypeId: string; nomineeOrganizationId: string; proposingOrganizationId: string; clusterId: string }) {
    const [found]: { award: boolean | null; nominee: boolean; proposer: boolean; cluster: boolean }[] = await this.db.query(
      `SELECT (SELECT nominated_through_vusta FROM award_types WHERE id = $1) AS award,
         EXISTS (SELECT 1 FROM organizations WHERE id = $2) AS nominee,
         EXISTS (SELECT 1 FROM organizations WHERE id = $3) AS proposer,
         EXISTS (SELECT 1 FROM clusters WHERE id = $4) AS cluster`,
      [ids.awardTypeId, ids.nomineeOrganizationId, ids.proposingOrganizationId, ids.clusterId],
    );
    return found;
  }

  /** The chair unit (cụm trưởng) of the cluster in the year, if a term is recorded. */
  async clusterChair(clusterId: string, year: number): Promise<string | null> {
    const [term]: { chair_id: string }[] = await this.db.query('SELECT chair_id FROM cluster_terms WHERE cluster_id = $1 AND year = $2', [
      clusterId,
      year,
    ]);
    return term?.chair_id ?? null;
  }

  async clusterMemberIds(clusterId: string, year: number): Promise<string[]> {
    const rows: { organization_id: string }[] = await this.db.query(
      `SELECT m.organization_id FROM cluster_memberships m WHERE m.cluster_id = $1 AND ${coversYear('m', '$2::int')}`,
      [clusterId, year],
    );
    return rows.map((row) => row.organization_id);
  }

  /** Proceedings about the person (an individual nominee) or about the unit itself (a collective). */
  proceedings(organizationId: string, personId: string | null): Promise<PendingProceeding[]> {
    return this.db.query(
      `SELECT kind, started_on::text AS "from", ended_on::text AS "to" FROM proceedings
       WHERE organization_id = $1 AND person_id IS NOT DISTINCT FROM $2`,
      [organizationId, personId],
    );
  }

  /** Other nominations of the cluster for the award type and year that hold a quota place. */
  async othersHoldingPlaces(nomination: { id: string; awardTypeId: string; clusterId: string; year: number }): Promise<number> {
    const [{ count }]: { count: number }[] = await this.db.query(
      `SELECT count(*)::int AS count FROM nominations
       WHERE award_type_id = $1 AND cluster_id = $2 AND year = $3 AND id <> $4 AND state = ANY ($5::nomination_state[])`,
      [nomination.awardTypeId, nomination.clusterId, nomination.year, nomination.id, QUOTA_HOLDING_STATES],
    );
    return count;
  }

  /**
   * Takes the lock row of the cluster's places for the award and year, held until the transaction
   * ends: submissions that may take one of these places run one after the other.
   */
  async lockQuota(nomination: { awardTypeId: string; clusterId: string; year: number }): Promise<void> {
    await this.db.query(
      `INSERT INTO nomination_quota_locks (award_type_id, cluster_id, year) VALUES ($1, $2, $3)
       ON CONFLICT (award_type_id, cluster_id, year) DO UPDATE SET last_taken_at = now()`,
      [nomination.awardTypeId, nomination.clusterId, nomination.year],
    );
  }

  /** Every nomination of the nominee (the person, or the unit), any award and year. */
  nomineeNominations(nomineeKey: string): Promise<ExistingNomination[]> {
    return this.db.query(
      `SELECT nom.id, nom.nominee_key AS "nomineeId", t.code AS "awardTypeCode", nom.year, nom.state
       FROM nominations nom JOIN award_types t ON t.id = nom.award_type_id WHERE nom.nominee_key = $1`,
      [nomineeKey],
    );
  }

  /** The nominee's awards as the register (sổ khen thưởng) records them. */
  register(recipientKey: string): Promise<RegisterEntry[]> {
    return this.db.query(
      `SELECT t.code AS "awardTypeCode", r.year FROM award_register r JOIN award_types t ON t.id = r.award_type_id
       WHERE r.recipient_key = $1`,
      [recipientKey],
    );
  }

  /** The nomination (not withdrawn) of a unit for an award and year, which the duplicate rule allows only once; locked. */
  async live(awardTypeId: string, year: number, nomineeKey: string): Promise<LiveNomination | null> {
    const [row]: LiveNomination[] = await this.db.query(
      `SELECT id, state, basis_vote_id AS "basisVoteId" FROM nominations
       WHERE award_type_id = $1 AND year = $2 AND nominee_key = $3 AND state = ANY ($4::nomination_state[]) FOR UPDATE`,
      [awardTypeId, year, nomineeKey, LIVE_STATES],
    );
    return row ?? null;
  }

  /** The nominations made from the flag proposals of a cluster's year that their units may still edit. */
  editableFlagNominations(clusterId: string, year: number): Promise<{ id: string; proposingOrganizationId: string }[]> {
    return this.db.query(
      `SELECT n.id, n.proposing_organization_id AS "proposingOrganizationId"
       FROM flag_proposals p JOIN nominations n ON n.flag_proposal_id = p.id
       WHERE p.cluster_id = $1 AND p.year = $2 AND n.state = ANY ($3::nomination_state[])
       ORDER BY n.id`,
      [clusterId, year, EDITABLE_STATES],
    );
  }

  /** A conference's flag proposal (meetings), locked until the transaction ends when `lock`: its nominations are made one at a time. */
  async flagProposal(id: string, lock = false): Promise<FlagProposalFacts | null> {
    const [row]: FlagProposalRow[] = await this.db.query(`${FLAG_PROPOSAL} WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`, [id]);
    return row ? factsOf(row) : null;
  }

  /** The unit's flag proposal by a vote held in thidua, if that vote chose it. */
  async flagProposalOfVote(voteId: string, organizationId: string): Promise<FlagProposalFacts | null> {
    const [row]: FlagProposalRow[] = await this.db.query(`${FLAG_PROPOSAL} WHERE p.vote_id = $1 AND p.organization_id = $2`, [
      voteId,
      organizationId,
    ]);
    return row ? factsOf(row) : null;
  }

  /** Makes the nomination the one that carries the flag proposal; a nomination that carried it before (withdrawn) lets go. */
  async linkFlagProposal(proposalId: string, nominationId: string): Promise<void> {
    await this.db.query('UPDATE nominations SET flag_proposal_id = NULL WHERE flag_proposal_id = $1 AND id <> $2', [
      proposalId,
      nominationId,
    ]);
    await this.db.query('UPDATE nominations SET flag_proposal_id = $1 WHERE id = $2', [proposalId, nominationId]);
  }
}
