import type { EntityManager } from 'typeorm';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { type SqlRow, unitColumns, unitFrom, type UnitView, unitJoin } from '../../registry/clusters/unit.sql.js';
import type { NomineeKind } from '../award-types/rule-set.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { parseDecisionNumber } from '../decisions/decision.rules.js';
import { type PersonColumns, personColumns, personFrom } from '../nominees/people.sql.js';
import type { RegisterEntryView, RegisterSort } from './register.dto.js';
import type { RegisterScope } from './register.rules.js';
import { likePattern } from '../../platform/database/sql-text.js';

/** An entry with its recipient named as in the year of the award. */
const FROM = `
  FROM award_register r
  JOIN award_types t ON t.id = r.award_type_id
  LEFT JOIN people p ON p.id = r.recipient_person_id
  ${unitJoin('recipient', 'r.recipient_organization_id', 'make_date(r.year, 12, 31)')}`;

const COLUMNS = `
  r.id, r.year, r.register_number, r.decision_id, r.decision_reference, r.decision_date::text AS decision_date,
  r.cash_amount_vnd::float8 AS cash_amount_vnd, r.cash_explanation, r.nomination_id, r.import_id,
  t.id AS award_type_id, t.code AS award_type_code, t.name AS award_type_name, t.name_en AS award_type_name_en,
  ${personColumns('p')}, ${unitColumns('recipient')}`;

const ORDER: Record<RegisterSort, string> = {
  '-year': 'r.year DESC, r.decision_date DESC NULLS LAST, recipient_name.full_name COLLATE vietnamese, p.full_name COLLATE vietnamese, r.id',
  year: 'r.year, r.decision_date NULLS LAST, recipient_name.full_name COLLATE vietnamese, p.full_name COLLATE vietnamese, r.id',
  recipient: 'coalesce(p.full_name, recipient_name.full_name) COLLATE vietnamese, r.year DESC, r.id',
  registerNumber: 'length(r.register_number) NULLS LAST, r.register_number, r.id',
};

function entryFrom(row: SqlRow): RegisterEntryView {
  const person = personFrom(row as unknown as PersonColumns);
  const cash = row.cash_amount_vnd as number | null;
  return {
    id: row.id as string,
    awardType: { id: row.award_type_id as string, code: row.award_type_code as string, name: text(row.award_type_name as string, row.award_type_name_en as string) },
    year: row.year as number,
    recipient: { kind: (person ? 'individual' : 'collective') as NomineeKind, organization: unitFrom(row, 'recipient') as UnitView, person },
    decision: { id: row.decision_id as string | null, reference: row.decision_reference as string, date: row.decision_date as string | null },
    registerNumber: row.register_number as string | null,
    cash: cash === null ? null : { amountVnd: cash, explanation: row.cash_explanation as LocalizedText | null },
    nominationId: row.nomination_id as string | null,
    source: row.decision_id ? 'decision' : row.import_id ? 'import' : 'manual',
  };
}

export interface RegisterFilter {
  year?: number;
  awardTypeId?: string;
  recipientKind?: NomineeKind;
  personName?: string | null;
  birthYear?: number;
  /** Entries of any of these units (a unit and its predecessors, for a roll-up). */
  organizationIds?: string[];
  decisionId?: string;
}

export interface NewRegisterEntry {
  awardTypeId: string;
  year: number;
  organizationId: string;
  personId: string | null;
  decisionReference: string;
  decisionDate: IsoDate | null;
  registerNumber: string | null;
  nominationId?: string;
  decisionId?: string;
  cash?: { amountVnd: number; explanation: LocalizedText } | null;
  importId?: string;
  importRow?: number;
}


/** The register's reads; who may read a person's awards comes in as a `RegisterScope`. */
export class RegisterRepository {
  constructor(private readonly db: EntityManager) {}

  async entry(id: string): Promise<RegisterEntryView> {
    const [row]: SqlRow[] = await this.db.query(`SELECT ${COLUMNS} ${FROM} WHERE r.id = $1`, [id]);
    return entryFrom(row);
  }

  async list(
    filter: RegisterFilter,
    scope: RegisterScope,
    page: { sort: RegisterSort; limit: number; offset: number },
  ): Promise<{ items: RegisterEntryView[]; total: number }> {
    const where = `
      WHERE (r.recipient_person_id IS NULL OR $1::boolean OR r.recipient_organization_id = ANY ($2::uuid[]))
        AND ($3::int IS NULL OR r.year = $3)
        AND ($4::uuid IS NULL OR r.award_type_id = $4)
        AND ($5::text IS NULL OR (r.recipient_person_id IS NULL) = ($5 = 'collective'))
        AND ($6::text IS NULL OR search_key(p.full_name) LIKE '%' || search_key($6) || '%')
        AND ($7::int IS NULL OR p.birth_year = $7)
        AND ($8::uuid[] IS NULL OR r.recipient_organization_id = ANY ($8::uuid[]))
        AND ($9::uuid IS NULL OR r.decision_id = $9)`;
    const parameters = [
      scope.allPeople,
      scope.ownUnits,
      filter.year ?? null,
      filter.awardTypeId ?? null,
      filter.recipientKind ?? null,
      filter.personName ? likePattern(filter.personName) : null,
      filter.birthYear ?? null,
      filter.organizationIds ?? null,
      filter.decisionId ?? null,
    ];
    const [rows, [{ total }]]: [SqlRow[], { total: number }[]] = await Promise.all([
      this.db.query(`SELECT ${COLUMNS} ${FROM} ${where} ORDER BY ${ORDER[page.sort]} LIMIT $10 OFFSET $11`, [...parameters, page.limit, page.offset]),
      this.db.query(`SELECT count(*)::int AS total ${FROM} ${where}`, parameters),
    ]);
    return { items: rows.map(entryFrom), total };
  }

  /**
   * Writes one entry; its register number belongs to the book of the decision's issuer ("LHHVN" in
   * "123/QĐ-LHHVN"), where the database keeps it unique.
   */
  async insert(entry: NewRegisterEntry): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO award_register (award_type_id, year, recipient_organization_id, recipient_person_id, decision_reference, decision_date,
         register_number, issuer, nomination_id, decision_id, cash_amount_vnd, cash_explanation, import_id, import_row)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        entry.awardTypeId,
        entry.year,
        entry.organizationId,
        entry.personId,
        entry.decisionReference,
        entry.decisionDate,
        entry.registerNumber,
        parseDecisionNumber(entry.decisionReference)?.issuer ?? null,
        entry.nominationId ?? null,
        entry.decisionId ?? null,
        entry.cash?.amountVnd ?? null,
        entry.cash?.explanation ?? null,
        entry.importId ?? null,
        entry.importRow ?? null,
      ],
    );
    return id;
  }

  /** The next số sổ vàng, from the database's sequence. */
  async nextRegisterNumber(): Promise<string> {
    const [{ number }]: { number: string }[] = await this.db.query(`SELECT nextval('award_register_number_seq')::text AS number`);
    return number;
  }

  /** A number given by hand or by an import moves the sequence past it, so that no decision draws it later. */
  async reserveRegisterNumber(given: string): Promise<void> {
    if (!/^\d{1,15}$/.test(given)) return;
    await this.db.query(`SELECT setval('award_register_number_seq', greatest($1::bigint, (SELECT last_value FROM award_register_number_seq)))`, [
      given,
    ]);
  }
}
