import type { EntityManager } from 'typeorm';
import { text } from '../../platform/i18n/locale.js';
import { offsetOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { type SqlRow, unitColumns, unitFrom, type UnitView, unitJoin } from '../../registry/clusters/unit.sql.js';
import { coversYear } from '../../registry/memberships/membership.sql.js';
import { isStaff } from '../../access/policies/access.rules.js';
import type { NomineeKind } from '../award-types/rule-set.js';
import { type PersonColumns, personColumns, personFrom } from '../nominees/people.sql.js';
import type { ExistingNomination, PendingProceeding, RegisterEntry } from './eligibility.rules.js';
import type { ListNominationsQuery, NominationSort, NominationView } from './nomination.dto.js';
import type { BasisVoteSnapshot } from './nomination.entity.js';
import { NOMINATION_STATES, holdsQuotaPlace, type NominationState } from './nomination.state.js';
import { likePattern } from '../../platform/database/sql-text.js';

const ORDER: Record<NominationSort, string> = {
  '-createdAt': 'nom.created_at DESC, nom.id',
  createdAt: 'nom.created_at, nom.id',
  nominee: 'coalesce(p.full_name, nominee_unit_name.full_name) COLLATE vietnamese, nom.id',
  year: 'nom.year, nom.created_at, nom.id',
  '-year': 'nom.year DESC, nom.created_at, nom.id',
};

/** A nomination with its units named as they were in its year. */
export const NOMINATION_FROM = `
  FROM nominations nom
  JOIN award_types t ON t.id = nom.award_type_id
  JOIN clusters c ON c.id = nom.cluster_id
  LEFT JOIN people p ON p.id = nom.nominee_person_id
  ${unitJoin('nominee_unit', 'nom.nominee_organization_id', 'make_date(nom.year, 12, 31)')}
  ${unitJoin('proposer', 'nom.proposing_organization_id', 'make_date(nom.year, 12, 31)')}`;

export const NOMINATION_COLUMNS = `
  nom.id, nom.year, nom.state, nom.nominee_kind, nom.nominee_position, nom.basis_vote_id, nom.basis_vote, nom.achievements_summary,
  nom.report_text, nom.submitted_on::text AS submitted_on, nom.rule_set_id, nom.legal_basis_code, nom.legal_basis_citation,
  nom.legal_basis_citation_en, nom.proposing_organization_id, nom.version, nom.created_at, nom.updated_at,
  t.id AS award_type_id, t.code AS award_type_code, t.name AS award_type_name, t.name_en AS award_type_name_en,
  c.id AS cluster_id, c.code AS cluster_code, c.name AS cluster_name,
  ${personColumns('p')},
  ${unitColumns('nominee_unit')}, ${unitColumns('proposer')}`;

/** Everything of the view but what the caller may do, which depends on who asks. */
export type NominationRecord = Omit<NominationView, 'allowedActions'> & { proposingOrganizationId: string };

export function recordFrom(row: SqlRow): NominationRecord {
  const basisVote = row.basis_vote as BasisVoteSnapshot | null;
  const legalBasisCode = row.legal_basis_code as string | null;
  const person = personFrom(row as unknown as PersonColumns);
  return {
    id: row.id as string,
    year: row.year as number,
    state: row.state as NominationState,
    awardType: { id: row.award_type_id as string, code: row.award_type_code as string, name: text(row.award_type_name as string, row.award_type_name_en as string) },
    nominee: {
      kind: row.nominee_kind as NomineeKind,
      organization: unitFrom(row, 'nominee_unit') as UnitView,
      person: person && { ...person, position: row.nominee_position as string | null },
    },
    proposingOrganization: unitFrom(row, 'proposer') as UnitView,
    proposingOrganizationId: row.proposing_organization_id as string,
    cluster: { id: row.cluster_id as string, code: row.cluster_code as string, name: row.cluster_name as string },
    basis: basisVote ? { voteId: row.basis_vote_id as string | null, vote: basisVote } : null,
    achievementsSummary: row.achievements_summary as string | null,
    reportText: row.report_text as string | null,
    submittedOn: row.submitted_on as string | null,
    ruleSetId: row.rule_set_id as string | null,
    legalBasis: legalBasisCode
      ? { code: legalBasisCode, citation: text(row.legal_basis_citation as string, row.legal_basis_citation_en as string) }
      : null,
    version: row.version as number,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  };
}


/** The states in which a nomination holds a quota place, for SQL (`holdsQuotaPlace`). */
const QUOTA_HOLDING_STATES = NOMINATION_STATES.filter(holdsQuotaPlace);

/** The nominations' queries; the services decide what to do with what they return. */
export class NominationRepository {
  constructor(private readonly db: EntityManager) {}

  async record(id: string): Promise<NominationRecord | null> {
    const [row]: SqlRow[] = await this.db.query(`SELECT ${NOMINATION_COLUMNS} ${NOMINATION_FROM} WHERE nom.id = $1`, [id]);
    return row ? recordFrom(row) : null;
  }

  /** The nominations the actor may see (`maySeeNomination`), filtered and sorted. */
  async list(actor: Actor, query: ListNominationsQuery): Promise<{ items: NominationRecord[]; total: number }> {
    const where = `
      WHERE ($1::uuid IS NULL OR nom.proposing_organization_id = $1 OR nom.nominee_organization_id = $1)
        AND ($2::int IS NULL OR nom.year = $2)
        AND ($3::uuid IS NULL OR nom.cluster_id = $3)
        AND ($4::uuid IS NULL OR nom.award_type_id = $4)
        AND ($5::nomination_state IS NULL OR nom.state = $5)
        AND ($6::uuid IS NULL OR nom.proposing_organization_id = $6)
        AND ($7::uuid IS NULL OR nom.nominee_organization_id = $7)
        AND ($8::text IS NULL OR search_key(coalesce(p.full_name || ' ', '') || nominee_unit_name.full_name || ' ' || nominee_unit_name.short_name)
          LIKE '%' || search_key($8) || '%')`;
    const parameters = [
      isStaff(actor) ? null : actor.organizationId,
      query.year ?? null,
      query.clusterId ?? null,
      query.awardTypeId ?? null,
      query.state ?? null,
      query.proposingOrganizationId ?? null,
      query.nomineeOrganizationId ?? null,
      query.q === undefined ? null : likePattern(query.q),
    ];
    const [rows, [{ total }]]: [SqlRow[], { total: number }[]] = await Promise.all([
      this.db.query(`SELECT ${NOMINATION_COLUMNS} ${NOMINATION_FROM} ${where} ORDER BY ${ORDER[query.sort]} LIMIT $9 OFFSET $10`, [
        ...parameters,
        query.pageSize,
        offsetOf(query),
      ]),
      this.db.query(`SELECT count(*)::int AS total ${NOMINATION_FROM} ${where}`, parameters),
    ]);
    return { items: rows.map(recordFrom), total };
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
}
