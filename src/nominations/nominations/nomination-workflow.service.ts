import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ConferenceDocumentsService } from '../dossiers/conference-documents.service.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import type { EligibilityReport } from './eligibility.rules.js';
import type { NominationView, TransitionBody } from './nomination.dto.js';
import { NominationNotEligibleError, QuotaExceededError, ReasonsRequiredError } from './nomination.errors.js';
import { NominationEligibilityService } from './nomination-eligibility.service.js';
import { NominationRepository, type SubmissionColumns } from './nomination.repository.js';
import { eligibilityFieldErrors, type Nomination } from './nomination.rules.js';
import {
  requireTransition,
  requiresReasons,
  type NominationAction,
  type NominationRole,
  type NominationState,
} from './nomination.state.js';
import { NominationsService } from './nominations.service.js';

/** Moves a nomination through the one transition table (nomination.state.ts), recording each step. */
@Injectable()
export class NominationWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nominations: NominationsService,
    private readonly eligibility: NominationEligibilityService,
    private readonly documents: ConferenceDocumentsService,
  ) {}

  async transition(actor: Actor, id: string, body: TransitionBody): Promise<NominationView> {
    await this.dataSource.transaction((tx) => this.apply(tx, actor, id, body.action, body.comment ?? null));
    return this.nominations.get(actor, id);
  }

  /**
   * One step of the table in the caller's transaction (a review, the council's vote, an award decision),
   * recorded in the history and the audit trail. `roles` stands for the actor's own when a body acts
   * through them: the council's vote, recorded by a staff member.
   */
  async apply(
    tx: EntityManager,
    actor: Actor,
    id: string,
    action: NominationAction,
    comment: string | null,
    roles?: readonly NominationRole[],
  ): Promise<NominationState> {
    const nomination = await this.nominations.require(tx, actor, id, true);
    const next = requireTransition(actor, nomination, action, roles);
    if (requiresReasons(action) && comment === null) throw new ReasonsRequiredError(action);
    const submission = await this.passGate(tx, nomination, action);
    const nominations = new NominationRepository(tx);
    await nominations.moveTo(id, next, submission);
    await nominations.appendHistory({
      nominationId: id,
      action,
      fromState: nomination.state,
      toState: next,
      comment,
      actorUserId: actor.userId,
      actorUsername: actor.username,
    });
    await this.nominations.record(tx, `nomination.${action}`, nomination, {
      before: { state: nomination.state },
      after: { state: next, comment, ...submission },
    });
    return next;
  }

  /**
   * A submission must pass every eligibility check, judged by the rule set in force today, which it
   * then keeps. The cluster's quota lock is taken first, so that two submissions racing for the last
   * place count each other. A resubmission is judged again by the rule set of its first submission.
   */
  private async passGate(tx: EntityManager, nomination: Nomination, action: NominationAction): Promise<SubmissionColumns | null> {
    // A flag nomination of a conference goes with its documents as the record stands now, amended or not.
    const conference = nomination.basisVote?.flagProposalId ? nomination.basisVote : null;
    if (conference && (action === 'submit' || action === 'resubmit'))
      await this.documents.attach(tx, conference.clusterId, conference.year);
    if (action === 'submit') {
      await new NominationRepository(tx).lockQuota(nomination);
      const judgement = await this.eligibility.judgementToday(tx, nomination);
      assertEligible(await this.eligibility.evaluate(tx, nomination, judgement));
      const { legalBasis } = judgement.ruleSet;
      return {
        submittedOn: judgement.asOf,
        ruleSetId: judgement.ruleSet.id,
        legalBasisCode: legalBasis.code,
        legalBasisCitation: legalBasis.citation.vi,
        legalBasisCitationEn: legalBasis.citation.en,
      };
    }
    if (action === 'resubmit') {
      assertEligible(await this.eligibility.evaluate(tx, nomination, await this.eligibility.judgement(tx, nomination)));
    }
    return null;
  }
}

function assertEligible(report: EligibilityReport): void {
  if (report.eligible) return;
  const violations = eligibilityFieldErrors(report.checks);
  if (report.checks.some((c) => c.check === 'QUOTA' && !c.passed)) throw new QuotaExceededError(violations);
  throw new NominationNotEligibleError(violations);
}
