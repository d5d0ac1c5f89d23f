import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { Clock } from '../../platform/time/clock.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { BASE_SALARIES } from '../award-types/award-catalog.data.js';
import { NOMINATIONS_ERRORS, NOMINATIONS_MESSAGES } from '../nominations.messages.js';
import { AwardTypeRepository } from '../award-types/award-type.repository.js';
import { dateText, type IsoDate, yearOf } from '../../platform/time/calendar.js';
import { NominationWorkflowService } from '../nominations/nomination-workflow.service.js';
import { actorRolesOn, nextState } from '../nominations/nomination.state.js';
import { recordRegisterEntry } from '../register/register.audit.js';
import { RegisterRepository } from '../register/register.repository.js';
import { type CashReward, cashRewardFor } from './cash-reward.rules.js';
import type { AwardDecisionSummaryView, AwardDecisionView, CreateAwardDecisionBody, ListAwardDecisionsQuery } from './decision.dto.js';
import {
  AwardDecisionNotFoundError,
  DecisionDateInvalidError,
  DecisionNominationsRefusedError,
  DecisionNumberInvalidError,
} from './decision.errors.js';
import { type DecidedNomination, DecisionRepository } from './decision.repository.js';
import { decisionSummary, parseDecisionNumber } from './decision.rules.js';

/** Every recipient of a decision fits in one view (see the limit on `nominationIds`). */
const ALL_RECIPIENTS = 500;

/**
 * Quyết định khen thưởng: issuing one awards the approved nominations it names, through the transition
 * table, and writes each recipient's register entry with a số sổ vàng drawn by the database and the cash
 * reward (the rule set's multiple of the base salary in force on the decision date), all in one transaction.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workflow: NominationWorkflowService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async issue(actor: Actor, body: CreateAwardDecisionBody): Promise<AwardDecisionView> {
    const number = parseDecisionNumber(body.number);
    if (!number) throw new DecisionNumberInvalidError();
    if (body.decidedOn > this.clock.today()) {
      throw new DecisionDateInvalidError(NOMINATIONS_MESSAGES.decisionDateAhead(body.decidedOn));
    }
    const id = await this.dataSource.transaction(async (tx) => {
      const decided = await this.lockAwardable(tx, actor, body.nominationIds);
      const rewards = await this.cashRewards(tx, decided, body.decidedOn);
      const totalCash = rewards.reduce((sum, reward) => sum + (reward?.amountVnd ?? 0), 0);
      const summary = body.summary ?? decisionSummary(decided.map((n) => ({ name: n.awardTypeName, year: n.year }))).vi;
      const decisionId = await new DecisionRepository(tx).insert({
        number: number.number,
        symbol: number.symbol,
        issuer: number.issuer,
        year: yearOf(body.decidedOn),
        decidedOn: body.decidedOn,
        signerName: body.signerName,
        signerPosition: body.signerPosition,
        summary,
        totalCashVnd: totalCash,
        createdBy: actor.userId,
      });
      const register = new RegisterRepository(tx);
      const comment = `Khen thưởng theo Quyết định số ${number.reference} ngày ${dateText(body.decidedOn).vi}.`;
      for (const [index, nomination] of decided.entries()) {
        await this.workflow.apply(tx, actor, nomination.id, 'award', comment);
        const reward = rewards[index];
        const entry = {
          awardTypeId: nomination.awardTypeId,
          year: nomination.year,
          organizationId: nomination.nomineeOrganizationId,
          personId: nomination.nomineePersonId,
          decisionReference: number.reference,
          decisionDate: body.decidedOn,
          registerNumber: await register.nextRegisterNumber(),
          nominationId: nomination.id,
          decisionId,
          cash: reward && { amountVnd: reward.amountVnd, explanation: reward.explanation },
        };
        const entryId = await register.insert(entry);
        await recordRegisterEntry(this.audit, tx, { id: entryId, organizationId: nomination.nomineeOrganizationId }, entry);
      }
      const { nominationIds, signerName, signerPosition, decidedOn } = body;
      await this.audit.record(tx, {
        action: 'award_decision.issue',
        entityType: 'award_decision',
        entityId: decisionId,
        after: { reference: number.reference, decidedOn, signerName, signerPosition, summary, nominationIds, totalCashVnd: totalCash },
      });
      return decisionId;
    });
    return this.get(id);
  }

  /**
   * The nominations, locked, in the order given, when the transition table lets the actor award each;
   * otherwise every one that cannot be awarded, with the table's reason.
   */
  private async lockAwardable(tx: EntityManager, actor: Actor, ids: readonly string[]): Promise<DecidedNomination[]> {
    const nominations = await new DecisionRepository(tx).lockNominations(ids);
    const problems: FieldError[] = ids.flatMap((nominationId, index) => {
      const field = `nominationIds[${index}]`;
      const nomination = nominations.get(nominationId);
      if (!nomination) {
        return [{ field, message: NOMINATIONS_ERRORS['NOMINATION.NOT_FOUND'].message(nominationId) }];
      }
      const outcome = nextState(nomination.state, 'award', actorRolesOn(actor, nomination));
      return outcome.allowed ? [] : [{ field, message: outcome.reason }];
    });
    if (problems.length > 0) throw new DecisionNominationsRefusedError(problems);
    return ids.map((nominationId) => nominations.get(nominationId) as DecidedNomination);
  }

  /** Each recipient's cash by the rule set that judged its nomination and the base salary on the decision date. */
  private async cashRewards(tx: EntityManager, decided: readonly DecidedNomination[], decidedOn: IsoDate): Promise<(CashReward | null)[]> {
    const ruleSets = await new AwardTypeRepository(tx).ruleSetsByIds(decided.flatMap((n) => (n.ruleSetId ? [n.ruleSetId] : [])));
    return decided.map((nomination) =>
      cashRewardFor({
        rule: ruleSets.find((r) => r.id === nomination.ruleSetId)?.cashReward ?? null,
        recipient: nomination.nomineeKind,
        decisionDate: decidedOn,
        baseSalaries: BASE_SALARIES,
      }),
    );
  }

  async list(query: ListAwardDecisionsQuery): Promise<Page<AwardDecisionSummaryView>> {
    const { items, total } = await new DecisionRepository(this.dataSource.manager).list(query);
    return pageOf(items, total, query);
  }

  /** A decision is an official act, read by anyone signed in, with every recipient it names. */
  async get(id: string): Promise<AwardDecisionView> {
    const manager = this.dataSource.manager;
    const decision = await new DecisionRepository(manager).summary(id);
    if (!decision) throw new AwardDecisionNotFoundError(id);
    const { items } = await new RegisterRepository(manager).list(
      { decisionId: id },
      { allPeople: true, ownUnits: [] },
      { sort: 'registerNumber', limit: ALL_RECIPIENTS, offset: 0 },
    );
    return { ...decision, recipients: items };
  }
}
