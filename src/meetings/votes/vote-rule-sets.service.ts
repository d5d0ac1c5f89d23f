import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { addDays } from '../../platform/time/calendar.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import type { VoteRuleSet } from './vote-rule-set.js';
import type { CreateVoteRuleSetBody, VoteRuleSetsQuery } from './vote-rule-set.dto.js';
import { findVoteRuleSet, findVoteRuleSets, type VoteRuleSetView } from './vote-rule-set.queries.js';
import { InvalidVoteRuleSetError } from './vote.errors.js';
import { checkVoteRuleSet } from './vote.rules.js';
import { violation } from './paper-totals.rules.js';

/** Quy tắc biểu quyết: how the clusters of one owner vote, dated by the owner (VUSTA's own rule is unpublished). */
@Injectable()
export class VoteRuleSetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: VoteRuleSetsQuery): Promise<Page<VoteRuleSetView>> {
    const { items, total } = await findVoteRuleSets(this.dataSource.manager, {
      ownerId: query.ownerId,
      on: query.on,
      limit: query.pageSize,
      offset: offsetOf(query),
    });
    return pageOf(items, total, query);
  }

  /**
   * Adds a rule set from `effectiveFrom`. An open-ended earlier set of the same owner ends the day before, so that
   * rule sets follow one another; any other overlap is refused by the exclusion constraint.
   */
  async create(body: CreateVoteRuleSetBody): Promise<VoteRuleSetView> {
    const rules: VoteRuleSet = { quorum: body.quorum, threshold: body.threshold, maxRounds: body.maxRounds, fallback: body.fallback };
    const problems = checkVoteRuleSet(rules);
    const effectiveTo = body.effectiveTo ?? null;
    if (effectiveTo !== null && effectiveTo < body.effectiveFrom) {
      problems.push(violation('effectiveTo', 'Ngày kết thúc phải từ ngày bắt đầu trở đi.', 'The end date must not be before the start date.'));
    }
    if (problems.length > 0) throw new InvalidVoteRuleSetError(problems);
    const id = await this.dataSource.transaction(async (tx) => {
      const ended: { id: string }[] = await tx.query(
        `UPDATE vote_rule_sets SET effective_to = $3::date
         WHERE owner_id = $1 AND effective_to IS NULL AND effective_from < $2::date RETURNING id`,
        [body.ownerId, body.effectiveFrom, addDays(body.effectiveFrom, -1)],
      );
      for (const earlier of ended) {
        await this.audit.record(tx, {
          action: 'vote_rule_set.end',
          entityType: 'vote_rule_set',
          entityId: earlier.id,
          subjectOrganizationId: body.ownerId,
          before: { effectiveTo: null },
          after: { effectiveTo: addDays(body.effectiveFrom, -1) },
        });
      }
      const [{ id: created }]: { id: string }[] = await tx.query(
        `INSERT INTO vote_rule_sets (owner_id, effective_from, effective_to, rules, legal_basis, note)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [body.ownerId, body.effectiveFrom, effectiveTo, rules, body.legalBasis ?? null, body.note ?? null],
      );
      await this.audit.record(tx, {
        action: 'vote_rule_set.create',
        entityType: 'vote_rule_set',
        entityId: created,
        subjectOrganizationId: body.ownerId,
        after: { ownerId: body.ownerId, effectiveFrom: body.effectiveFrom, effectiveTo, rules, legalBasis: body.legalBasis ?? null },
      });
      return created;
    });
    return findVoteRuleSet(this.dataSource.manager, id);
  }
}
