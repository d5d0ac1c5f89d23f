import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { text } from '../../platform/i18n/locale.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type {
  AwardTypeDetail,
  AwardTypeView,
  CreateAwardTypeBody,
  CreateRuleSetBody,
  ListAwardTypesQuery,
  ListRuleSetsQuery,
  RatioBody,
  RuleSetView,
  UpdateAwardTypeBody,
} from './award-type.dto.js';
import { AwardTypeNotFoundError, RuleSetRefusedError } from './award-type.errors.js';
import { type AwardTypeColumns, AwardTypeRepository } from './award-type.repository.js';
import { planRuleSetAddition, ruleSetViolations } from './award-type.rules.js';
import type { QuotaRule } from './quota.rules.js';
import type { AwardRuleSet } from './rule-set.js';
import type { Ratio } from '../../platform/numbers/ratio.js';

/** Danh mục khen thưởng: the award types and their rule sets, kept by national staff. */
@Injectable()
export class AwardTypesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListAwardTypesQuery): Promise<Page<AwardTypeView>> {
    const { items, total } = await new AwardTypeRepository(this.dataSource.manager).list(query);
    return pageOf(items, total, query);
  }

  async get(id: string): Promise<AwardTypeDetail> {
    const repository = new AwardTypeRepository(this.dataSource.manager);
    const awardType = await this.require(id);
    return { ...awardType, ruleSets: (await repository.ruleSets(id)).items };
  }

  /**
   * The award type of `code` with its rule sets, oldest first, as the catalog table holds them: what a cluster vote
   * reads, so that the vote and the nominations it makes cite one rule set. Null when the catalog has no such type.
   */
  async findByCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<AwardTypeDetail | null> {
    const repository = new AwardTypeRepository(manager);
    const awardType = await repository.findByCode(code);
    return awardType && { ...awardType, ruleSets: (await repository.ruleSets(awardType.id)).items };
  }

  async create(body: CreateAwardTypeBody): Promise<AwardTypeDetail> {
    const id = await this.dataSource.transaction(async (tx) => {
      const fields = {
        name: text(body.name.vi, body.name.en),
        level: body.level,
        form: body.form,
        awardingAuthority: text(body.awardingAuthority.vi, body.awardingAuthority.en),
        nomineeKinds: body.nomineeKinds,
        nominatedThroughVusta: body.nominatedThroughVusta ?? true,
      };
      const created = await new AwardTypeRepository(tx).insert(body.code, fields);
      await this.audit.record(tx, {
        action: 'award_type.create',
        entityType: 'award_type',
        entityId: created,
        after: { code: body.code, ...auditColumns(fields) },
      });
      return created;
    });
    return this.get(id);
  }

  /** Optimistic: the write happens only if `version` is still the stored one. The code never changes. */
  async update(id: string, body: UpdateAwardTypeBody): Promise<AwardTypeDetail> {
    await this.dataSource.transaction(async (tx) => {
      const before = await this.require(id, tx, true);
      if (before.version !== body.version) throw new StaleVersionError();
      await new AwardTypeRepository(tx).update(id, {
        name: body.name && text(body.name.vi, body.name.en),
        level: body.level,
        form: body.form,
        awardingAuthority: body.awardingAuthority && text(body.awardingAuthority.vi, body.awardingAuthority.en),
        nomineeKinds: body.nomineeKinds,
        nominatedThroughVusta: body.nominatedThroughVusta,
      });
      const after = await this.require(id, tx);
      await this.audit.record(tx, {
        action: 'award_type.update',
        entityType: 'award_type',
        entityId: id,
        before: { ...before },
        after: { ...after },
      });
    });
    return this.get(id);
  }

  async ruleSets(id: string, query: ListRuleSetsQuery): Promise<Page<RuleSetView>> {
    await this.require(id);
    const { items, total } = await new AwardTypeRepository(this.dataSource.manager).ruleSets(id, query);
    return pageOf(items, total, query);
  }

  /**
   * Adds the rules of a new instrument. The award type stays locked while its timeline is checked,
   * so two additions cannot both fit; the exclusion constraint backs that up.
   */
  async addRuleSet(id: string, body: CreateRuleSetBody): Promise<RuleSetView> {
    const ruleSet = ruleSetOf(body);
    return this.dataSource.transaction(async (tx) => {
      await this.require(id, tx, true);
      const repository = new AwardTypeRepository(tx);
      const violations = ruleSetViolations(ruleSet, new Set((await repository.namesByCode()).keys()));
      if (violations.length > 0) throw new RuleSetRefusedError(violations);
      const existing = (await repository.ruleSets(id)).items;
      const { closes } = planRuleSetAddition(existing, ruleSet);
      if (closes) {
        await repository.closeRuleSet(closes.id, closes.effectiveTo);
        await this.audit.record(tx, {
          action: 'award_rule_set.close',
          entityType: 'award_rule_set',
          entityId: closes.id,
          before: { effectiveTo: null },
          after: { effectiveTo: closes.effectiveTo },
        });
      }
      const view = await repository.insertRuleSet(id, ruleSet);
      await this.audit.record(tx, { action: 'award_rule_set.create', entityType: 'award_rule_set', entityId: view.id, after: { ...view } });
      return view;
    });
  }

  /** The award type, or a 404 for an unknown or malformed id. */
  async require(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<AwardTypeView> {
    if (!isUUID(id)) throw new AwardTypeNotFoundError(id);
    const awardType = await new AwardTypeRepository(manager).find(id, lock);
    if (!awardType) throw new AwardTypeNotFoundError(id);
    return awardType;
  }
}

/** The award type's columns as the audit trail kept them: one column per language. */
function auditColumns({ name, awardingAuthority, ...fields }: AwardTypeColumns): Record<string, unknown> {
  return { ...fields, name: name.vi, nameEn: name.en, awardingAuthority: awardingAuthority.vi, awardingAuthorityEn: awardingAuthority.en };
}

function ratioOf(body: RatioBody | null | undefined): Ratio | null {
  return body ? { numerator: body.numerator, denominator: body.denominator } : null;
}

function quotaOf(body: CreateRuleSetBody['quota']): QuotaRule | null {
  if (!body) return null;
  const source = body.source === undefined ? {} : { source: body.source };
  if (body.kind === 'at_most') return { kind: 'at_most', count: body.count as number, ...source };
  return { kind: 'share_of_members', share: ratioOf(body.share) as Ratio, rounding: body.rounding as 'down' | 'up', ...source };
}

/** The request as the rule set the rules read; validation has required what each branch reads. */
function ruleSetOf(body: CreateRuleSetBody): AwardRuleSet {
  const { legalBasis, submissionWindow, cashReward } = body;
  return {
    legalBasis: { code: legalBasis.code, citation: text(legalBasis.citation.vi, legalBasis.citation.en) },
    effectiveFrom: body.effectiveFrom,
    effectiveTo: body.effectiveTo ?? null,
    needsClusterVote: body.needsClusterVote,
    quota: quotaOf(body.quota),
    councilThreshold: ratioOf(body.councilThreshold),
    prerequisites: (body.prerequisites ?? []).map(({ anyOf, consecutiveYears, mayEndYearsBefore }) => ({
      anyOf,
      consecutiveYears,
      mayEndYearsBefore,
    })),
    submissionWindow: submissionWindow
      ? {
          opens: { yearOffset: submissionWindow.opens.yearOffset, month: submissionWindow.opens.month, day: submissionWindow.opens.day },
          closes: {
            yearOffset: submissionWindow.closes.yearOffset,
            month: submissionWindow.closes.month,
            day: submissionWindow.closes.day,
          },
        }
      : null,
    requiredDocuments: body.requiredDocuments,
    cashReward: cashReward
      ? {
          collective: ratioOf(cashReward.collective),
          individual: ratioOf(cashReward.individual),
          roundUpToMultipleOf: cashReward.roundUpToMultipleOf ?? 1,
        }
      : null,
  };
}
