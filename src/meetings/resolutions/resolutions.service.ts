import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { AWARD_CATALOG } from '../../nominations/award-types/award-catalog.data.js';
import { FlagNominationsService } from '../../nominations/nominations/flag-nominations.service.js';
import { Clock } from '../../platform/time/clock.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { findTerm } from '../../registry/terms/term.queries.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { voteOutcome } from '../votes/vote-rounds.rules.js';
import { findRounds, lockVote, type VoteRow } from '../votes/vote.queries.js';
import type { TallyResult } from '../votes/vote.rules.js';
import { unitsById } from '../votes/vote-units.js';
import type { FallbackDecisionBody, FlagProposalsQuery, ResolutionsQuery } from './resolution.dto.js';
import { InvalidFallbackDecisionError, NoFallbackPendingError } from './resolution.errors.js';
import {
  decidedIds,
  findFlagProposals,
  findResolution,
  findResolutionOfVote,
  findResolutionsOfMeeting,
  lockPendingViceChairs,
} from './resolution.queries.js';
import {
  checkFallbackDecision,
  countBehind,
  planResolution,
  resolutionStatus,
  resolutionSummary,
  type ResolutionStatus,
} from './resolution.rules.js';
import { type FlagProposalView, flagProposalViews, type ResolutionView, resolutionViews } from './resolution.views.js';
import { TermChanges } from './term-changes.js';

type DecidedBy = 'vote' | 'chair_and_vice_chair';

/**
 * Nghị quyết of a meeting: recorded when a vote's last round closes, and applied in the same transaction: next
 * year's term (chair handover, vice-chair election) or the flag proposals (suy tôn).
 */
@Injectable()
export class ResolutionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly termChanges: TermChanges,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly flagNominations: FlagNominationsService,
  ) {}

  /** Called in the transaction that closes the vote's last round, with every round's tally. */
  async record(tx: EntityManager, vote: VoteRow, rounds: readonly TallyResult[], chairOrganizationId: string | null): Promise<void> {
    const plan = planResolution(voteOutcome(rounds));
    if (!plan) return;
    const [resolution]: { id: string }[] = await tx.query(
      `INSERT INTO meeting_resolutions (meeting_id, vote_id, cluster_id, year, subject, adopted, status, chosen_ids, summary,
         fallback_candidate_ids, fallback_places)
       VALUES ($1, $2, $3, $4, $5, $6, 'recorded', $7, '{}', $8, $9)
       RETURNING id`,
      [
        vote.meetingId,
        vote.id,
        vote.clusterId,
        vote.year,
        vote.subject,
        plan.adopted,
        plan.chosenIds,
        plan.fallback?.candidateIds ?? null,
        plan.fallback?.places ?? null,
      ],
    );
    const awaiting = plan.fallback !== null;
    const nextChairKnown = await this.apply(tx, vote, resolution.id, plan.chosenIds, 'vote', rounds);
    const status = resolutionStatus(vote.subject, plan.chosenIds, awaiting, nextChairKnown);
    const after = await this.settle(tx, vote, resolution.id, { adopted: plan.adopted, decided: plan.chosenIds, status, awaiting });
    await this.audit.record(tx, {
      action: 'resolution.record',
      entityType: 'meeting_resolution',
      entityId: resolution.id,
      subjectOrganizationId: chairOrganizationId,
      after: { voteId: vote.id, subject: vote.subject, ...after, fallback: plan.fallback },
    });
  }

  /**
   * The chair and vice-chair's decision on the places a vote left open after its last round (the rules' fallback),
   * recorded as theirs: the units they chose, the chair and vice-chair units of that year, and who recorded it.
   */
  async decideFallback(actor: Actor, voteId: string, body: FallbackDecisionBody, locale: Locale): Promise<Localized<ResolutionView>> {
    const id = await this.dataSource.transaction(async (tx) => {
      const vote = await lockVote(tx, voteId);
      const meeting = await this.meetings.require(vote.meetingId, tx);
      const scope = await this.meetings.authorize(tx, actor, meeting);
      const resolution = await findResolutionOfVote(tx, voteId, true);
      if (resolution?.status !== 'awaiting_fallback') throw new NoFallbackPendingError();
      const open = { candidateIds: resolution.fallbackCandidateIds ?? [], places: resolution.fallbackPlaces ?? 0 };
      const problems = checkFallbackDecision(open, body.organizationIds);
      if (problems.length > 0) throw new InvalidFallbackDecisionError(problems);
      const deciders = await findTerm(tx, vote.clusterId, vote.year);
      const rounds = (await findRounds(tx, voteId)).flatMap((r) => (r.result ? [r.result] : []));
      const nextChairKnown = await this.apply(tx, vote, resolution.id, body.organizationIds, 'chair_and_vice_chair', rounds);
      const decided = [...resolution.chosenIds, ...body.organizationIds];
      const status = resolutionStatus(vote.subject, decided, false, nextChairKnown);
      const decision = {
        fallbackChosenIds: body.organizationIds,
        fallbackChairId: deciders?.chair.id ?? null,
        fallbackViceChairId: deciders?.viceChair?.id ?? null,
        fallbackNote: body.note ?? null,
      };
      await tx.query(
        `UPDATE meeting_resolutions SET fallback_chosen_ids = $2, fallback_chair_id = $3, fallback_vice_chair_id = $4,
           fallback_decided_by_user_id = $5, fallback_decided_by_username = $6, fallback_decided_at = $7, fallback_note = $8
         WHERE id = $1`,
        [
          resolution.id,
          decision.fallbackChosenIds,
          decision.fallbackChairId,
          decision.fallbackViceChairId,
          actor.userId,
          actor.username,
          this.clock.now(),
          decision.fallbackNote,
        ],
      );
      const adopted = resolution.adopted || body.organizationIds.length > 0;
      const after = await this.settle(tx, vote, resolution.id, { adopted, decided, status, awaiting: false });
      await this.audit.record(tx, {
        action: 'resolution.fallback_decision',
        entityType: 'meeting_resolution',
        entityId: resolution.id,
        subjectOrganizationId: scope.chairOrganizationId,
        before: { status: resolution.status, fallbackChosenIds: null },
        after: { ...after, ...decision },
      });
      return resolution.id;
    });
    const [view] = await resolutionViews(this.dataSource.manager, [await findResolution(this.dataSource.manager, id)], locale);
    return view;
  }

  async listOfMeeting(meetingId: string, query: ResolutionsQuery, locale: Locale): Promise<Page<Localized<ResolutionView>>> {
    const manager = this.dataSource.manager;
    await this.meetings.require(meetingId, manager);
    const { items, total } = await findResolutionsOfMeeting(manager, meetingId, {
      subject: query.subject,
      limit: query.pageSize,
      offset: offsetOf(query),
    });
    return pageOf(await resolutionViews(manager, items, locale), total, query);
  }

  async flagProposals(query: FlagProposalsQuery, locale: Locale): Promise<Page<Localized<FlagProposalView>>> {
    const manager = this.dataSource.manager;
    const { items, total } = await findFlagProposals(manager, {
      clusterId: query.clusterId,
      year: query.year,
      meetingId: query.meetingId,
      limit: query.pageSize,
      offset: offsetOf(query),
    });
    return pageOf(await flagProposalViews(manager, items, locale), total, query);
  }

  /**
   * Applies the units just decided: flag proposals, or next year's term. Returns false only for a vice-chair
   * elected before next year's chair is known (it waits for the chair handover).
   */
  private async apply(
    tx: EntityManager,
    vote: VoteRow,
    resolutionId: string,
    decided: readonly string[],
    by: DecidedBy,
    rounds: readonly TallyResult[],
  ): Promise<boolean> {
    const [unitId] = decided;
    const change = { clusterId: vote.clusterId, year: vote.year + 1, meetingId: vote.meetingId, resolutionId };
    switch (vote.subject) {
      case 'flag_proposal':
        for (const id of decided) await this.propose(tx, vote, resolutionId, id, by, rounds);
        return true;
      case 'vice_chair_election':
        return unitId === undefined || this.termChanges.apply(tx, { ...change, viceChair: { id: unitId, voteId: vote.id } });
      case 'chair_handover': {
        if (unitId === undefined) return true;
        const pending = await lockPendingViceChairs(tx, vote.clusterId, vote.year + 1);
        const latest = pending.at(-1);
        const viceChairId = latest && decidedIds(latest)[0];
        await this.termChanges.apply(tx, {
          ...change,
          chair: { id: unitId, voteId: vote.id, decidedBy: by === 'vote' ? 'election' : 'appointment' },
          viceChair: latest && viceChairId ? { id: viceChairId, voteId: latest.voteId } : undefined,
        });
        for (const waiting of pending) {
          await tx.query(`UPDATE meeting_resolutions SET status = 'applied', applied_at = now() WHERE id = $1`, [waiting.id]);
          await this.audit.record(tx, {
            action: 'resolution.apply',
            entityType: 'meeting_resolution',
            entityId: waiting.id,
            subjectOrganizationId: unitId,
            before: { status: 'pending_chair' },
            after: { status: 'applied', chairResolutionId: resolutionId },
          });
        }
        return true;
      }
      case 'question':
        return true;
    }
  }

  /** One flag proposal, with the count it rests on (unique per cluster, year, award and unit), and its draft nomination. */
  private async propose(tx: EntityManager, vote: VoteRow, resolutionId: string, unitId: string, by: DecidedBy, rounds: readonly TallyResult[]) {
    const behind = countBehind(rounds, unitId, by);
    const candidate = behind?.candidate;
    const [proposal]: { id: string }[] = await tx.query(
      `INSERT INTO flag_proposals (resolution_id, vote_id, meeting_id, cluster_id, year, award_type_code, organization_id, decided_by,
         round, votes, share_numerator, share_denominator, percent, rank, reasons)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       RETURNING id`,
      [
        resolutionId,
        vote.id,
        vote.meetingId,
        vote.clusterId,
        vote.year,
        vote.awardTypeCode,
        unitId,
        by,
        behind?.round ?? null,
        candidate?.votes ?? null,
        candidate?.share?.numerator ?? null,
        candidate?.share?.denominator ?? null,
        candidate?.percent ?? null,
        candidate?.rank ?? null,
        JSON.stringify(candidate?.reasons ?? []),
      ],
    );
    await this.flagNominations.afterProposal(tx, proposal.id);
  }

  /** Writes the resolution's final status and its wording, which names the units decided. */
  private async settle(
    tx: EntityManager,
    vote: VoteRow,
    resolutionId: string,
    outcome: { adopted: boolean; decided: readonly string[]; status: ResolutionStatus; awaiting: boolean },
  ) {
    const units = await unitsById(tx, outcome.decided, vote.year);
    const award = AWARD_CATALOG.find((type) => type.code === vote.awardTypeCode)?.name ?? null;
    const summary = resolutionSummary({
      subject: vote.subject,
      year: vote.year,
      title: vote.title,
      award,
      adopted: outcome.adopted,
      names: outcome.decided.map((id) => units.get(id)?.shortName ?? id),
      awaitingFallback: outcome.awaiting,
    });
    const applied = outcome.status === 'applied';
    await tx.query(
      `UPDATE meeting_resolutions SET adopted = $2, status = $3, summary = $4, applied_at = CASE WHEN $5 THEN now() END WHERE id = $1`,
      [resolutionId, outcome.adopted, outcome.status, summary, applied],
    );
    return { adopted: outcome.adopted, status: outcome.status, decided: outcome.decided, summary };
  }
}
