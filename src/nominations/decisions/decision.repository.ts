import type { EntityManager } from 'typeorm';
import { queryPage } from '../../platform/pagination/page.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import type { NomineeKind } from '../award-types/catalogue.js';
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

/** `award_decisions`: quyết định khen thưởng, with the nominations they award read for update. */
export class DecisionRepository {
  constructor(private readonly db: EntityManager) {}

  async summary(id: string): Promise<AwardDecisionSummaryView | null> {
    const [row]: AwardDecisionSummaryView[] = await this.db.query(`SELECT ${COLUMNS} FROM award_decisions d WHERE d.id = $1`, [id]);
    return row ?? null;
  }

  async list(query: ListAwardDecisionsQuery): Promise<{ items: AwardDecisionSummaryView[]; total: number }> {
    const { rows, total } = await queryPage<AwardDecisionSummaryView>(
      this.db,
      {
        select: COLUMNS,
        from: 'FROM award_decisions d',
        where: `
          WHERE ($1::int IS NULL OR d.year = $1)
            AND ($2::text IS NULL OR lower(d.issuer) = lower($2))
            AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM award_register r WHERE r.decision_id = d.id AND r.recipient_organization_id = $3))`,
        orderBy: ORDER[query.sort],
        parameters: [query.year ?? null, query.issuer ?? null, query.organizationId ?? null],
      },
      query,
    );
    return { items: rows, total };
  }

  async insert(decision: {
    number: number;
    symbol: string;
    issuer: string;
    year: number;
    decidedOn: IsoDate;
    signerName: string;
    signerPosition: string;
    summary: string;
    totalCashVnd: number;
    createdBy: string | null;
  }): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO award_decisions (number, symbol, issuer, year, decided_on, signer_name, signer_position, summary, total_cash_vnd, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        decision.number,
        decision.symbol,
        decision.issuer,
        decision.year,
        decision.decidedOn,
        decision.signerName,
        decision.signerPosition,
        decision.summary,
        decision.totalCashVnd,
        decision.createdBy,
      ],
    );
    return id;
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
