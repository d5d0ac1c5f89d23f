import type { EntityManager } from 'typeorm';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import type { NomineeKind } from '../award-types/rule-set.js';
import type { NominationState } from '../nominations/nomination.state.js';
import type { AwardDecisionSummaryView, DecisionSort, ListAwardDecisionsQuery } from './decision.dto.js';

const ORDER: Record<DecisionSort, string> = {
  '-decidedOn': 'd.decided_on DESC, d.issuer, d.number DESC, d.id',
  decidedOn: 'd.decided_on, d.issuer, d.number, d.id',
  number: 'd.issuer, d.year, d.number, d.id',
};

const COLUMNS = `
  d.id, d.reference, d.number, d.symbol, d.issuer, d.year, d.decided_on::text AS "decidedOn",
  json_build_object('name', d.signer_name, 'position', d.signer_position) AS signer, d.summary,
  (SELECT count(*)::int FROM award_register r WHERE r.decision_id = d.id) AS "recipientCount",
  d.total_cash_vnd::float8 AS "totalCashVnd", d.created_at AS "createdAt"`;

/** A nomination as a decision needs it: where it stands, its recipient, its award and the rule set that judged it. */
export interface DecidedNomination {
  id: string;
  state: NominationState;
  proposingOrganizationId: string;
  year: number;
  nomineeKind: NomineeKind;
  nomineeOrganizationId: string;
  nomineePersonId: string | null;
  awardTypeId: string;
  awardTypeName: LocalizedText;
  ruleSetId: string | null;
}

export class DecisionRepository {
  constructor(private readonly db: EntityManager) {}

  async summary(id: string): Promise<AwardDecisionSummaryView | null> {
    const [row]: AwardDecisionSummaryView[] = await this.db.query(`SELECT ${COLUMNS} FROM award_decisions d WHERE d.id = $1`, [id]);
    return row ?? null;
  }

  async list(query: ListAwardDecisionsQuery, limit: number, offset: number): Promise<{ items: AwardDecisionSummaryView[]; total: number }> {
    const where = `
      WHERE ($1::int IS NULL OR d.year = $1)
        AND ($2::text IS NULL OR lower(d.issuer) = lower($2))
        AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM award_register r WHERE r.decision_id = d.id AND r.recipient_organization_id = $3))`;
    const parameters = [query.year ?? null, query.issuer ?? null, query.organizationId ?? null];
    const [items, [{ total }]]: [AwardDecisionSummaryView[], { total: number }[]] = await Promise.all([
      this.db.query(`SELECT ${COLUMNS} FROM award_decisions d ${where} ORDER BY ${ORDER[query.sort]} LIMIT $4 OFFSET $5`, [...parameters, limit, offset]),
      this.db.query(`SELECT count(*)::int AS total FROM award_decisions d ${where}`, parameters),
    ]);
    return { items, total };
  }

  /** The nominations, locked until the transaction ends, in id order so that two decisions never deadlock. */
  async lockNominations(ids: readonly string[]): Promise<Map<string, DecidedNomination>> {
    const rows: (Omit<DecidedNomination, 'awardTypeName'> & { name: string; nameEn: string })[] = await this.db.query(
      `SELECT n.id, n.state, n.proposing_organization_id AS "proposingOrganizationId", n.year, n.nominee_kind AS "nomineeKind",
         n.nominee_organization_id AS "nomineeOrganizationId", n.nominee_person_id AS "nomineePersonId", n.award_type_id AS "awardTypeId",
         t.name, t.name_en AS "nameEn", n.rule_set_id AS "ruleSetId"
       FROM nominations n JOIN award_types t ON t.id = n.award_type_id
       WHERE n.id = ANY ($1::uuid[]) ORDER BY n.id FOR UPDATE OF n`,
      [ids],
    );
    return new Map(rows.map(({ name, nameEn, ...row }) => [row.id, { ...row, awardTypeName: text(name, nameEn) }]));
  }
}
