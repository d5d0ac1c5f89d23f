import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { addDays } from '../../platform/time/calendar.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { VoteRuleSet } from './vote-rule-set.js';
import type { CreateVoteRuleSetBody, VoteRuleSetsQuery } from './vote-rule-set.dto.js';
import { VoteRuleSetRepository, type VoteRuleSetView } from './vote-rule-set.repository.js';
import { InvalidVoteRuleSetError } from './vote.errors.js';
import { checkVoteRuleSet } from './vote-settings.rules.js';
import { violation } from './paper-totals.rules.js';
import { MEETINGS_MESSAGES as M } from '../meetings.messages.js';

/** Quy tắc biểu quyết: how the clusters of one owner vote, dated by the owner (VUSTA's own rule is unpublished). */
@Injectable()
export class VoteRuleSetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: VoteRuleSetsQuery): Promise<Page<VoteRuleSetView>> {
    const { items, total } = await new VoteRuleSetRepository(this.dataSource.manager).list(query);
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
      problems.push(violation('effectiveTo', M.ruleSetEndsBeforeStart));
    }
    if (problems.length > 0) throw new InvalidVoteRuleSetError(problems);
    return this.dataSource.transaction(async (tx) => {
      const ruleSets = new VoteRuleSetRepository(tx);
      const ended = await ruleSets.endOpenEnded(body.ownerId, body.effectiveFrom, addDays(body.effectiveFrom, -1));
      for (const earlier of ended) {
        await this.audit.record(tx, {
          action: 'vote_rule_set.end',
          entityType: 'vote_rule_set',
          entityId: earlier,
          subjectOrganizationId: body.ownerId,
          before: { effectiveTo: null },
          after: { effectiveTo: addDays(body.effectiveFrom, -1) },
        });
      }
      const created = await ruleSets.insert({
        ownerId: body.ownerId,
        effectiveFrom: body.effectiveFrom,
        effectiveTo,
        rules,
        legalBasis: body.legalBasis ?? null,
        note: body.note ?? null,
      });
      await this.audit.record(tx, {
        action: 'vote_rule_set.create',
        entityType: 'vote_rule_set',
        entityId: created.id,
        subjectOrganizationId: body.ownerId,
        after: { ownerId: body.ownerId, effectiveFrom: body.effectiveFrom, effectiveTo, rules, legalBasis: body.legalBasis ?? null },
      });
      return created;
    });
  }
}
