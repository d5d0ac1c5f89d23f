import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { AwardTypesService } from '../../nominations/award-types/award-types.service.js';
import { FlagNominationsService } from '../../nominations/nominations/flag-nominations.service.js';
import { Clock } from '../../platform/time/clock.js';
import { TermsService } from '../../registry/terms/terms.service.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { voteOutcome } from '../votes/vote-rounds.rules.js';
import { VoteRepository, type VoteRow } from '../votes/vote.repository.js';
import type { TallyResult } from '../votes/vote.rules.js';
import type { FallbackDecisionBody, FlagProposalsQuery, ResolutionsQuery } from './resolution.dto.js';
import { InvalidFallbackDecisionError, NoFallbackPendingError } from './resolution.errors.js';
import { ResolutionRepository } from './resolution.repository.js';
import {
  checkFallbackDecision,
  decidedIds,
  countBehind,
  planResolution,
  resolutionStatus,
  resolutionSummary,
  type ResolutionStatus,
} from './resolution.rules.js';
import { type FlagProposalView, flagProposalViews, type ResolutionView, resolutionViews } from './resolution.views.js';

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
    private readonly terms: TermsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly flagNominations: FlagNominationsService,
    private readonly awardTypes: AwardTypesService,
  ) {}

  /** Called in the transaction that closes the vote's last round, with every round's tally. */
  async record(tx: EntityManager, vote: VoteRow, rounds: readonly TallyResult[], chairOrganizationId: string | null): Promise<void> {
    const plan = planResolution(voteOutcome(rounds));
    if (!plan) return;
    const resolution = {
      id: await new ResolutionRepository(tx).insert({
        meetingId: vote.meetingId,
        voteId: vote.id,
        clusterId: vote.clusterId,
        year: vote.year,
        subject: vote.subject,
        adopted: plan.adopted,
        chosenIds: [...plan.chosenIds],
        fallbackCandidateIds: plan.fallback?.candidateIds ?? null,
        fallbackPlaces: plan.fallback?.places ?? null,
      }),
    };
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
      const votes = new VoteRepository(tx);
      const resolutions = new ResolutionRepository(tx);
      const vote = await votes.lock(voteId);
      const meeting = await this.meetings.require(vote.meetingId, tx);
      const scope = await this.meetings.authorize(tx, actor, meeting);
      const resolution = await resolutions.ofVote(voteId, true);
      if (resolution?.status !== 'awaiting_fallback') throw new NoFallbackPendingError();
      const open = { candidateIds: resolution.fallbackCandidateIds ?? [], places: resolution.fallbackPlaces ?? 0 };
      const problems = checkFallbackDecision(open, body.organizationIds);
      if (problems.length > 0) throw new InvalidFallbackDecisionError(problems);
      const deciders = await votes.termHolders(vote.clusterId, vote.year);
      const rounds = (await votes.rounds(voteId)).flatMap((r) => (r.result ? [r.result] : []));
      const nextChairKnown = await this.apply(tx, vote, resolution.id, body.organizationIds, 'chair_and_vice_chair', rounds);
      const decided = [...resolution.chosenIds, ...body.organizationIds];
      const status = resolutionStatus(vote.subject, decided, false, nextChairKnown);
      const decision = {
        fallbackChosenIds: body.organizationIds,
        fallbackChairId: deciders?.chairId ?? null,
        fallbackViceChairId: deciders?.viceChairId ?? null,
        fallbackNote: body.note ?? null,
      };
      await resolutions.recordFallback(resolution.id, {
        ...decision,
        decidedByUserId: actor.userId,
        decidedByUsername: actor.username,
        decidedAt: this.clock.now(),
      });
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
    const resolutions = new ResolutionRepository(this.dataSource.manager);
    const [view] = await resolutionViews(resolutions, await resolutions.listByIds([id]), locale);
    return view;
  }

  async listOfMeeting(meetingId: string, query: ResolutionsQuery, locale: Locale): Promise<Page<Localized<ResolutionView>>> {
    await this.meetings.require(meetingId);
    const resolutions = new ResolutionRepository(this.dataSource.manager);
    const { items, total } = await resolutions.listOfMeeting(meetingId, query);
    return pageOf(await resolutionViews(resolutions, items, locale), total, query);
  }

  /** The resolution a vote recorded when its last round closed, null before (or for a vote that decided nothing). */
  async ofVote(voteId: string, locale: Locale): Promise<Localized<ResolutionView> | null> {
    const resolutions = new ResolutionRepository(this.dataSource.manager);
    const row = await resolutions.ofVote(voteId);
    return row && (await resolutionViews(resolutions, [row], locale))[0];
  }

  async flagProposals(query: FlagProposalsQuery, locale: Locale): Promise<Page<Localized<FlagProposalView>>> {
    const resolutions = new ResolutionRepository(this.dataSource.manager);
    const { items, total } = await resolutions.flagProposals(query);
    return pageOf(await flagProposalViews(resolutions, items, locale), total, query);
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
        return unitId === undefined || this.terms.applyResolution(tx, { ...change, viceChair: { id: unitId, voteId: vote.id } });
      case 'chair_handover': {
        if (unitId === undefined) return true;
        const resolutions = new ResolutionRepository(tx);
        const pending = await resolutions.lockPendingViceChairs(vote.clusterId, vote.year + 1);
        const latest = pending.at(-1);
        const viceChairId = latest && decidedIds(latest)[0];
        await this.terms.applyResolution(tx, {
          ...change,
          chair: { id: unitId, voteId: vote.id, decidedBy: by === 'vote' ? 'election' : 'appointment' },
          viceChair: latest && viceChairId ? { id: viceChairId, voteId: latest.voteId } : undefined,
        });
        for (const waiting of pending) {
          await resolutions.markApplied(waiting.id);
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
  private async propose(
    tx: EntityManager,
    vote: VoteRow,
    resolutionId: string,
    unitId: string,
    by: DecidedBy,
    rounds: readonly TallyResult[],
  ) {
    const behind = countBehind(rounds, unitId, by);
    // A result declared without a count (unanimous, consensus, show of hands) records who, not how many.
    const counted = !rounds.find((r) => r.round === behind?.round)?.declared;
    const candidate = counted ? behind?.candidate : undefined;
    const proposalId = await new ResolutionRepository(tx).insertProposal({
      resolutionId,
      voteId: vote.id,
      meetingId: vote.meetingId,
      clusterId: vote.clusterId,
      year: vote.year,
      awardTypeCode: vote.awardTypeCode,
      organizationId: unitId,
      decidedBy: by,
      round: behind?.round ?? null,
      votes: candidate?.votes ?? null,
      shareNumerator: candidate?.share?.numerator ?? null,
      shareDenominator: candidate?.share?.denominator ?? null,
      percent: candidate?.percent ?? null,
      rank: candidate?.rank ?? null,
      reasons: [...(behind?.candidate.reasons ?? [])],
    });
    await this.flagNominations.afterProposal(tx, proposalId);
  }

  /** Writes the resolution's final status and its wording, which names the units decided. */
  private async settle(
    tx: EntityManager,
    vote: VoteRow,
    resolutionId: string,
    outcome: { adopted: boolean; decided: readonly string[]; status: ResolutionStatus; awaiting: boolean },
  ) {
    const resolutions = new ResolutionRepository(tx);
    const units = await resolutions.unitsById(outcome.decided, vote.year);
    const award = vote.awardTypeCode ? ((await this.awardTypes.findByCode(vote.awardTypeCode, tx))?.name ?? null) : null;
    const summary = resolutionSummary({
      subject: vote.subject,
      year: vote.year,
      title: vote.title,
      award,
      adopted: outcome.adopted,
      names: outcome.decided.map((id) => units.get(id)?.shortName ?? id),
      awaitingFallback: outcome.awaiting,
    });
    await resolutions.settle(resolutionId, { adopted: outcome.adopted, status: outcome.status, summary });
    return { adopted: outcome.adopted, status: outcome.status, decided: outcome.decided, summary };
  }
}
