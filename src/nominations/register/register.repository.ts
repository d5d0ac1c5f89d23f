import type { EntityManager } from 'typeorm';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { unitColumns, unitJoin } from '../../registry/organizations/organization.repository.js';
import type { NomineeKind } from '../award-types/catalogue.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { parseDecisionNumber } from '../decisions/decision.rules.js';
import { type PersonColumns, personColumns, personFrom } from '../nominees/person.repository.js';
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
  '-year':
    'r.year DESC, r.decision_date DESC NULLS LAST, recipient_name.full_name COLLATE vietnamese, p.full_name COLLATE vietnamese, r.id',
  year: 'r.year, r.decision_date NULLS LAST, recipient_name.full_name COLLATE vietnamese, p.full_name COLLATE vietnamese, r.id',
  recipient: 'coalesce(p.full_name, recipient_name.full_name) COLLATE vietnamese, r.year DESC, r.id',
  registerNumber: 'length(r.register_number) NULLS LAST, r.register_number, r.id',
};

/** The columns of `COLUMNS`. */
interface EntryRow extends PersonColumns {
  id: string;
  year: number;
  register_number: string | null;
  decision_id: string | null;
  decision_reference: string;
  decision_date: IsoDate | null;
  cash_amount_vnd: number | null;
  cash_explanation: LocalizedText | null;
  nomination_id: string | null;
  import_id: string | null;
  award_type_id: string;
  award_type_code: string;
  award_type_name: string;
  award_type_name_en: string;
  recipient_id: string;
  recipient_code: string;
  recipient_full_name: string;
  recipient_short_name: string;
}

function entryFrom(row: EntryRow): RegisterEntryView {
  const person = personFrom(row);
  const cash = row.cash_amount_vnd;
  const organization = {
    id: row.recipient_id,
    code: row.recipient_code,
    fullName: row.recipient_full_name,
    shortName: row.recipient_short_name,
  };
  return {
    id: row.id,
    awardType: { id: row.award_type_id, code: row.award_type_code, name: text(row.award_type_name, row.award_type_name_en) },
    year: row.year,
    recipient: { kind: person ? 'individual' : 'collective', organization, person },
    decision: { id: row.decision_id, reference: row.decision_reference, date: row.decision_date },
    registerNumber: row.register_number,
    cash: cash === null ? null : { amountVnd: cash, explanation: row.cash_explanation },
    nominationId: row.nomination_id,
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

/**
 * `award_register` and `award_register_imports`: the register's queries; who may read a person's awards
 * comes in as a `RegisterScope`.
 */
export class RegisterRepository {
  constructor(private readonly db: EntityManager) {}

  async entry(id: string): Promise<RegisterEntryView> {
    const [row]: EntryRow[] = await this.db.query(`SELECT ${COLUMNS} ${FROM} WHERE r.id = $1`, [id]);
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
    const [rows, [{ total }]]: [EntryRow[], { total: number }[]] = await Promise.all([
      this.db.query(`SELECT ${COLUMNS} ${FROM} ${where} ORDER BY ${ORDER[page.sort]} LIMIT $10 OFFSET $11`, [
        ...parameters,
        page.limit,
        page.offset,
      ]),
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
    await this.db.query(
      `SELECT setval('award_register_number_seq', greatest($1::bigint, (SELECT last_value FROM award_register_number_seq)))`,
      [given],
    );
  }

  /** Starts the record of an import, completed by `finishImport`. */
  async startImport(file: {
    fileName: string;
    format: string;
    sha256: string;
    rowsRead: number;
    importedBy: string | null;
  }): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO award_register_imports (file_name, format, sha256, rows_read, accepted, refused, report, imported_by)
       VALUES ($1, $2, $3, $4, 0, 0, '[]', $5) RETURNING id`,
      [file.fileName, file.format, file.sha256, file.rowsRead, file.importedBy],
    );
    return id;
  }

  async finishImport(id: string, outcome: { accepted: number; refused: number; report: unknown[] }): Promise<void> {
    await this.db.query(`UPDATE award_register_imports SET accepted = $2, refused = $3, report = $4 WHERE id = $1`, [
      id,
      outcome.accepted,
      outcome.refused,
      JSON.stringify(outcome.report),
    ]);
  }

  /**
   * Runs `write` under a savepoint: when it fails with an error that `refused` turns into a refusal, only
   * its own writes are undone and the refusal is returned.
   */
  async underSavepoint<T, R>(write: () => Promise<T>, refused: (error: unknown) => R | undefined): Promise<T | R> {
    await this.db.query('SAVEPOINT register_row');
    try {
      const result = await write();
      await this.db.query('RELEASE SAVEPOINT register_row');
      return result;
    } catch (error) {
      const refusal = refused(error);
      if (refusal === undefined) throw error;
      await this.db.query('ROLLBACK TO SAVEPOINT register_row');
      return refusal;
    }
  }

  /** Every unit's id by its code, for the rows of an import. */
  async unitIdsByCode(): Promise<Map<string, string>> {
    const rows: { id: string; code: string }[] = await this.db.query('SELECT id, code FROM organizations');
    return new Map(rows.map((row) => [row.code, row.id]));
  }

  async unitExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM organizations WHERE id = $1', [id]);
    return rows.length > 0;
  }
}
