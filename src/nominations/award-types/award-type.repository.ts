import type { EntityManager } from 'typeorm';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { offsetOf } from '../../platform/pagination/page.js';
import { AwardRuleSetEntity } from './award-rule-set.entity.js';
import type { AwardTypeSort, AwardTypeView, ListAwardTypesQuery, ListRuleSetsQuery, RuleSetView } from './award-type.dto.js';
import type { AwardTypeEntity } from './award-type.entity.js';
import type { AwardRuleSet } from './rule-set.js';
import { likePattern } from '../../platform/database/sql-text.js';

const ORDER: Record<AwardTypeSort, string> = {
  name: 't.name COLLATE vietnamese, t.code',
  '-name': 't.name COLLATE vietnamese DESC, t.code',
  code: 't.code',
  level: "array_position(ARRAY['grassroots', 'vusta', 'province', 'state']::award_level[], t.level), t.name COLLATE vietnamese",
};

const COLUMNS = `t.id, t.code, t.name, t.name_en AS "nameEn", t.level, t.form, t.awarding_authority AS "awardingAuthority",
  t.awarding_authority_en AS "awardingAuthorityEn", t.nominee_kinds::text[] AS "nomineeKinds",
  t.nominated_through_vusta AS "nominatedThroughVusta", t.version`;

type AwardTypeRow = Pick<
  AwardTypeEntity,
  'id' | 'code' | 'name' | 'nameEn' | 'level' | 'form' | 'awardingAuthority' | 'awardingAuthorityEn' | 'nomineeKinds' | 'nominatedThroughVusta' | 'version'
>;

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

export function ruleSetView(entity: AwardRuleSetEntity): RuleSetView {
  return {
    id: entity.id,
    awardTypeId: entity.awardTypeId,
    legalBasis: { code: entity.legalBasisCode, citation: text(entity.legalBasisCitation, entity.legalBasisCitationEn) },
    effectiveFrom: entity.effectiveFrom,
    effectiveTo: entity.effectiveTo,
    needsClusterVote: entity.needsClusterVote,
    quota: entity.quota,
    councilThreshold: entity.councilThreshold,
    prerequisites: entity.prerequisites,
    submissionWindow: entity.submissionWindow,
    requiredDocuments: entity.requiredDocuments,
    cashReward: entity.cashReward,
  };
}

/** The columns of a rule set, as the seed and the API write them. */
export function ruleSetColumns(awardTypeId: string, ruleSet: AwardRuleSet): Omit<AwardRuleSetEntity, 'id' | 'createdAt'> {
  const { legalBasis, ...rules } = ruleSet;
  return {
    ...rules,
    awardTypeId,
    legalBasisCode: legalBasis.code,
    legalBasisCitation: legalBasis.citation.vi,
    legalBasisCitationEn: legalBasis.citation.en,
  };
}


/** The catalog's queries; the services decide what to do with what they return. */
export class AwardTypeRepository {
  constructor(private readonly db: EntityManager) {}

  async list(query: ListAwardTypesQuery): Promise<{ items: AwardTypeView[]; total: number }> {
    const where = `
      WHERE ($1::text IS NULL OR t.search_key LIKE '%' || search_key($1) || '%')
        AND ($2::award_level IS NULL OR t.level = $2)
        AND ($3::award_form IS NULL OR t.form = $3)
        AND ($4::nominee_kind IS NULL OR $4 = ANY (t.nominee_kinds))
        AND ($5::boolean IS NULL OR t.nominated_through_vusta = $5)`;
    const parameters = [
      query.q === undefined ? null : likePattern(query.q),
      query.level ?? null,
      query.form ?? null,
      query.nomineeKind ?? null,
      query.nominatedThroughVusta ?? null,
    ];
    const [rows, [{ total }]]: [AwardTypeRow[], { total: number }[]] = await Promise.all([
      this.db.query(`SELECT ${COLUMNS} FROM award_types t ${where} ORDER BY ${ORDER[query.sort]} LIMIT $6 OFFSET $7`, [
        ...parameters,
        query.pageSize,
        offsetOf(query),
      ]),
      this.db.query(`SELECT count(*)::int AS total FROM award_types t ${where}`, parameters),
    ]);
    return { items: rows.map(awardTypeView), total };
  }

  /** The award type, locked against concurrent changes when `lock` is set. */
  async find(id: string, lock = false): Promise<AwardTypeView | null> {
    const [row]: AwardTypeRow[] = await this.db.query(`SELECT ${COLUMNS} FROM award_types t WHERE t.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return row ? awardTypeView(row) : null;
  }

  async ruleSets(awardTypeId: string, query?: ListRuleSetsQuery): Promise<{ items: RuleSetView[]; total: number }> {
    const qb = this.db
      .getRepository(AwardRuleSetEntity)
      .createQueryBuilder('r')
      .where('r.awardTypeId = :awardTypeId', { awardTypeId })
      .orderBy('r.effectiveFrom', query?.sort === '-effectiveFrom' ? 'DESC' : 'ASC');
    if (query?.on) qb.andWhere('r.effectiveFrom <= :on AND (r.effectiveTo IS NULL OR r.effectiveTo >= :on)', { on: query.on });
    if (query) qb.skip(offsetOf(query)).take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return { items: items.map(ruleSetView), total };
  }

  /** Names of every award type by code, for the reasons that cite other awards (prerequisites). */
  async namesByCode(): Promise<Map<string, LocalizedText>> {
    const rows: { code: string; name: string; nameEn: string }[] = await this.db.query('SELECT code, name, name_en AS "nameEn" FROM award_types');
    return new Map(rows.map((row) => [row.code, text(row.name, row.nameEn)]));
  }
}
