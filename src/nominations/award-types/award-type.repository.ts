import type { EntityManager } from 'typeorm';
import { likePattern } from '../../platform/database/sql-text.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { queryPage } from '../../platform/pagination/page.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { AwardTypeSort, AwardTypeView, ListAwardTypesQuery, ListRuleSetsQuery, RuleSetView } from './award-type.dto.js';
import type { AwardForm, AwardLevel, NomineeKind } from './catalogue.js';
import type { AwardRuleSet, AwardTypeDefinition } from './rule-set.js';

const ORDER: Record<AwardTypeSort, string> = {
  name: 't.name COLLATE vietnamese, t.code',
  '-name': 't.name COLLATE vietnamese DESC, t.code',
  code: 't.code',
  level: "array_position(ARRAY['grassroots', 'vusta', 'province', 'state']::award_level[], t.level), t.name COLLATE vietnamese",
};

const COLUMNS = `t.id, t.code, t.name, t.name_en AS "nameEn", t.level, t.form, t.awarding_authority AS "awardingAuthority",
  t.awarding_authority_en AS "awardingAuthorityEn", t.nominee_kinds::text[] AS "nomineeKinds",
  t.nominated_through_vusta AS "nominatedThroughVusta", t.version`;

interface AwardTypeRow {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  level: AwardLevel;
  form: AwardForm;
  awardingAuthority: string;
  awardingAuthorityEn: string;
  nomineeKinds: NomineeKind[];
  nominatedThroughVusta: boolean;
  version: number;
}

export function awardTypeView(row: AwardTypeRow): AwardTypeView {
  return {
    id: row.id,
    code: row.code,
    name: text(row.name, row.nameEn),
    level: row.level,
    form: row.form,
    awardingAuthority: text(row.awardingAuthority, row.awardingAuthorityEn),
    nomineeKinds: row.nomineeKinds,
    nominatedThroughVusta: row.nominatedThroughVusta,
    version: row.version,
  };
}

const RULE_SET_COLUMNS = `r.id, r.award_type_id AS "awardTypeId", r.legal_basis_code AS "legalBasisCode",
  r.legal_basis_citation AS "legalBasisCitation", r.legal_basis_citation_en AS "legalBasisCitationEn",
  r.effective_from::text AS "effectiveFrom", r.effective_to::text AS "effectiveTo", r.needs_cluster_vote AS "needsClusterVote",
  r.quota, r.council_threshold AS "councilThreshold", r.prerequisites, r.submission_window AS "submissionWindow",
  r.required_documents::text[] AS "requiredDocuments", r.cash_reward AS "cashReward"`;

/** A row of award_rule_sets; the structured rules keep the shapes of rule-set.ts as jsonb. */
type RuleSetRow = Omit<AwardRuleSet, 'legalBasis'> & {
  id: string;
  awardTypeId: string;
  legalBasisCode: string;
  legalBasisCitation: string;
  legalBasisCitationEn: string;
};

function ruleSetView({ legalBasisCode, legalBasisCitation, legalBasisCitationEn, ...row }: RuleSetRow): RuleSetView {
  return { ...row, legalBasis: { code: legalBasisCode, citation: text(legalBasisCitation, legalBasisCitationEn) } };
}

/** The columns of an award type that the API and the seed write, in the order of `AWARD_TYPE_VALUES`. */
export type AwardTypeColumns = Omit<AwardTypeDefinition, 'ruleSets' | 'code'>;

function awardTypeValues(type: AwardTypeColumns): unknown[] {
  return [
    type.name.vi,
    type.name.en,
    type.level,
    type.form,
    type.awardingAuthority.vi,
    type.awardingAuthority.en,
    type.nomineeKinds,
    type.nominatedThroughVusta,
  ];
}

function ruleSetValues(awardTypeId: string, ruleSet: AwardRuleSet): unknown[] {
  return [
    awardTypeId,
    ruleSet.legalBasis.code,
    ruleSet.legalBasis.citation.vi,
    ruleSet.legalBasis.citation.en,
    ruleSet.effectiveFrom,
    ruleSet.effectiveTo,
    ruleSet.needsClusterVote,
    ruleSet.quota && JSON.stringify(ruleSet.quota),
    ruleSet.councilThreshold && JSON.stringify(ruleSet.councilThreshold),
    JSON.stringify(ruleSet.prerequisites),
    ruleSet.submissionWindow && JSON.stringify(ruleSet.submissionWindow),
    ruleSet.requiredDocuments,
    ruleSet.cashReward && JSON.stringify(ruleSet.cashReward),
  ];
}

const INSERT_RULE_SET = `INSERT INTO award_rule_sets (award_type_id, legal_basis_code, legal_basis_citation, legal_basis_citation_en,
    effective_from, effective_to, needs_cluster_vote, quota, council_threshold, prerequisites, submission_window, required_documents, cash_reward)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::dossier_document_kind[], $13)`;

/** `award_types` and `award_rule_sets`: the catalog's queries; the services decide what to do with what they return. */
export class AwardTypeRepository {
  constructor(private readonly db: EntityManager) {}

  async list(query: ListAwardTypesQuery): Promise<{ items: AwardTypeView[]; total: number }> {
    const { rows, total } = await queryPage<AwardTypeRow>(
      this.db,
      {
        select: COLUMNS,
        from: 'FROM award_types t',
        where: `
          WHERE ($1::text IS NULL OR t.search_key LIKE '%' || search_key($1) || '%')
            AND ($2::award_level IS NULL OR t.level = $2)
            AND ($3::award_form IS NULL OR t.form = $3)
            AND ($4::nominee_kind IS NULL OR $4 = ANY (t.nominee_kinds))
            AND ($5::boolean IS NULL OR t.nominated_through_vusta = $5)`,
        orderBy: ORDER[query.sort],
        parameters: [
          query.q === undefined ? null : likePattern(query.q),
          query.level ?? null,
          query.form ?? null,
          query.nomineeKind ?? null,
          query.nominatedThroughVusta ?? null,
        ],
      },
      query,
    );
    return { items: rows.map(awardTypeView), total };
  }

  /** The award type, locked against concurrent changes when `lock` is set. */
  async find(id: string, lock = false): Promise<AwardTypeView | null> {
    const [row]: AwardTypeRow[] = await this.db.query(`SELECT ${COLUMNS} FROM award_types t WHERE t.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
    ]);
    return row ? awardTypeView(row) : null;
  }

  async findByCode(code: string): Promise<AwardTypeView | null> {
    const [row]: AwardTypeRow[] = await this.db.query(`SELECT ${COLUMNS} FROM award_types t WHERE t.code = $1`, [code]);
    return row ? awardTypeView(row) : null;
  }

  /** The award type's rule sets, oldest first (or newest with `-effectiveFrom`), all of them without `query`. */
  async ruleSets(awardTypeId: string, query?: ListRuleSetsQuery): Promise<{ items: RuleSetView[]; total: number }> {
    const sql = {
      select: RULE_SET_COLUMNS,
      from: 'FROM award_rule_sets r',
      where:
        'WHERE r.award_type_id = $1 AND ($2::date IS NULL OR (r.effective_from <= $2 AND (r.effective_to IS NULL OR r.effective_to >= $2)))',
      orderBy: `r.effective_from ${query?.sort === '-effectiveFrom' ? 'DESC' : 'ASC'}, r.id`,
      parameters: [awardTypeId, query?.on ?? null],
    };
    if (query) {
      const { rows, total } = await queryPage<RuleSetRow>(this.db, sql, query);
      return { items: rows.map(ruleSetView), total };
    }
    const rows: RuleSetRow[] = await this.db.query(`SELECT ${sql.select} ${sql.from} ${sql.where} ORDER BY ${sql.orderBy}`, [
      ...sql.parameters,
    ]);
    return { items: rows.map(ruleSetView), total: rows.length };
  }

  async ruleSet(id: string): Promise<RuleSetView | null> {
    const [row]: RuleSetRow[] = await this.db.query(`SELECT ${RULE_SET_COLUMNS} FROM award_rule_sets r WHERE r.id = $1`, [id]);
    return row ? ruleSetView(row) : null;
  }

  async ruleSetsByIds(ids: readonly string[]): Promise<RuleSetView[]> {
    const rows: RuleSetRow[] = await this.db.query(`SELECT ${RULE_SET_COLUMNS} FROM award_rule_sets r WHERE r.id = ANY ($1::uuid[])`, [
      ids,
    ]);
    return rows.map(ruleSetView);
  }

  /** Every award type by code, with the kinds of nominee it is given to (for the register's import). */
  async refsByCode(): Promise<Map<string, { id: string; code: string; nomineeKinds: NomineeKind[] }>> {
    const rows: { id: string; code: string; nomineeKinds: NomineeKind[] }[] = await this.db.query(
      `SELECT id, code, nominee_kinds::text[] AS "nomineeKinds" FROM award_types`,
    );
    return new Map(rows.map((row) => [row.code, row]));
  }

  async insert(code: string, type: AwardTypeColumns): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO award_types (code, name, name_en, level, form, awarding_authority, awarding_authority_en, nominee_kinds, nominated_through_vusta)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::nominee_kind[], $9) RETURNING id`,
      [code, ...awardTypeValues(type)],
    );
    return id;
  }

  /** Writes the given columns (undefined ones stay) and counts a new version. */
  async update(id: string, changes: Partial<AwardTypeColumns>): Promise<void> {
    await this.db.query(
      `UPDATE award_types SET name = coalesce($2, name), name_en = coalesce($3, name_en), level = coalesce($4, level), form = coalesce($5, form),
         awarding_authority = coalesce($6, awarding_authority), awarding_authority_en = coalesce($7, awarding_authority_en),
         nominee_kinds = coalesce($8::nominee_kind[], nominee_kinds), nominated_through_vusta = coalesce($9, nominated_through_vusta),
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [
        id,
        changes.name?.vi ?? null,
        changes.name?.en ?? null,
        changes.level ?? null,
        changes.form ?? null,
        changes.awardingAuthority?.vi ?? null,
        changes.awardingAuthority?.en ?? null,
        changes.nomineeKinds ?? null,
        changes.nominatedThroughVusta ?? null,
      ],
    );
  }

  async insertRuleSet(awardTypeId: string, ruleSet: AwardRuleSet): Promise<RuleSetView> {
    const [{ id }]: { id: string }[] = await this.db.query(`${INSERT_RULE_SET} RETURNING id`, ruleSetValues(awardTypeId, ruleSet));
    return (await this.ruleSet(id)) as RuleSetView;
  }

  async closeRuleSet(id: string, effectiveTo: IsoDate): Promise<void> {
    await this.db.query('UPDATE award_rule_sets SET effective_to = $2 WHERE id = $1', [id, effectiveTo]);
  }

  /**
   * Reference data (the seed): the award types upserted by code, changed only where a value differs,
   * and their rule sets inserted only where the period is still free (stored rule sets are legal
   * history). Returns the award types' ids by code.
   */
  async upsertCatalogue(catalogue: readonly AwardTypeDefinition[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const type of catalogue) {
      const [changed]: { id: string }[] = await this.db.query(
        `INSERT INTO award_types AS t (code, name, name_en, level, form, awarding_authority, awarding_authority_en, nominee_kinds, nominated_through_vusta)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::nominee_kind[], $9)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en, level = EXCLUDED.level, form = EXCLUDED.form,
           awarding_authority = EXCLUDED.awarding_authority, awarding_authority_en = EXCLUDED.awarding_authority_en,
           nominee_kinds = EXCLUDED.nominee_kinds, nominated_through_vusta = EXCLUDED.nominated_through_vusta,
           version = t.version + 1, updated_at = now()
         WHERE (t.name, t.name_en, t.level, t.form, t.awarding_authority, t.awarding_authority_en, t.nominee_kinds, t.nominated_through_vusta)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.name_en, EXCLUDED.level, EXCLUDED.form, EXCLUDED.awarding_authority,
             EXCLUDED.awarding_authority_en, EXCLUDED.nominee_kinds, EXCLUDED.nominated_through_vusta)
         RETURNING id`,
        [type.code, ...awardTypeValues(type)],
      );
      ids.set(type.code, changed?.id ?? (await this.idOfCode(type.code)));
    }
    for (const type of catalogue) {
      for (const ruleSet of type.ruleSets) {
        // ON CONFLICT DO NOTHING without a target also yields to the exclusion constraint on periods.
        await this.db.query(`${INSERT_RULE_SET} ON CONFLICT DO NOTHING`, ruleSetValues(ids.get(type.code) as string, ruleSet));
      }
    }
    return ids;
  }

  private async idOfCode(code: string): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query('SELECT id FROM award_types WHERE code = $1', [code]);
    return id;
  }

  /** Names of every award type by code, for the reasons that cite other awards (prerequisites). */
  async namesByCode(): Promise<Map<string, LocalizedText>> {
    const rows: { code: string; name: string; nameEn: string }[] = await this.db.query(
      'SELECT code, name, name_en AS "nameEn" FROM award_types',
    );
    return new Map(rows.map((row) => [row.code, text(row.name, row.nameEn)]));
  }
}
