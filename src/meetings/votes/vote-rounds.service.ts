import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import type { ClusterYearScope } from '../../access/policies/access.rules.js';
import { errorForConstraint } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { Clock } from '../../platform/time/clock.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import type { MeetingRecord } from '../meetings/meeting.repository.js';
import { holdsVotes } from '../meetings/meeting.state.js';
import { BallotBox } from '../ballots/ballot-box.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { ResolutionsService } from '../resolutions/resolutions.service.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { firstRound, runoffRound, tallyInputFor, type RoundCount, type RoundPlan } from './vote-rounds.rules.js';
import {
  CancellationReasonMissingError,
  PaperTotalsMissingError,
  QuorumNotMetError,
  VoteConflictError,
  VoteMeetingFinalizedError,
  VoteResolutionConflictError,
  VoteTransitionError,
} from './vote.errors.js';
import { type Cancellation, type ClosedBox, type RoundRow, VoteRepository, type VoteRow } from './vote.repository.js';
import { declaredTally } from './declared-result.rules.js';
import { checkQuorum } from './vote-quorum.rules.js';
import { tally, type TallyResult } from './vote.rules.js';
import { cancellingNeedsReason, closingAction, VOTE_WORKFLOW, type VoteAction } from './vote.state.js';
import { voteView, type VoteView } from './vote.views.js';
import { VotesService } from './votes.service.js';

/** A vote locked for a change, with its meeting and the secretariat scope that allowed it. */
interface Managed {
  vote: VoteRow;
  meeting: MeetingRecord;
  votes: VoteRepository;
  scope: ClusterYearScope;
}

/**
 * The life of a vote, one transition at a time (vote.state.ts): open a round on the roll of the voting units
 * present, close it with its tally, open the next round among the tied or short candidates, or cancel a draft.
 */
@Injectable()
export class VoteRoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly resolutions: ResolutionsService,
    private readonly votes: VotesService,
    private readonly clock: Clock,
    private readonly box: BallotBox,
    private readonly audit: AuditService,
  ) {}

  open(actor: Actor, id: string, locale: Locale): Promise<Localized<VoteView>> {
    return this.transition(actor, id, 'open', locale, async (tx, { vote, meeting, votes }) => {
      if (!holdsVotes(meeting.state)) throw new VoteMeetingFinalizedError();
      await this.refuseConflicts(tx, vote);
      await this.startRound(tx, votes, vote, meeting, 1, firstRound(vote.subject, vote.candidateIds, vote.quota));
      return { round: 1 };
    });
  }

  nextRound(actor: Actor, id: string, locale: Locale): Promise<Localized<VoteView>> {
    return this.transition(actor, id, 'open_runoff', locale, async (tx, { vote, meeting, votes }) => {
      if (!holdsVotes(meeting.state)) throw new VoteMeetingFinalizedError();
      const previous = await votes.round(vote.id, vote.currentRound);
      const plan = previous?.result && runoffRound(previous.result);
      if (!plan) throw new VoteTransitionError(vote.state, 'open_runoff');
      await this.refuseConflicts(tx, { ...vote, candidateIds: [...plan.candidateIds] });
      const round = vote.currentRound + 1;
      await this.startRound(tx, votes, vote, meeting, round, plan);
      return { round };
    });
  }

  /**
   * Huỷ: a vote not yet over is cancelled, with a reason once it has been opened. Its ballots are discarded (sealed
   * ballots and keys, who voted, codes, the open round's paper totals) and the cancellation is kept on the vote for the minutes.
   */
  cancel(actor: Actor, id: string, locale: Locale, reason?: string): Promise<Localized<VoteView>> {
    return this.transition(actor, id, 'cancel', locale, async (tx, { vote, votes }) => {
      if (cancellingNeedsReason(vote.state) && !reason) throw new CancellationReasonMissingError();
      const discarded = await this.box.discard(tx, vote.id);
      await votes.discardOpenRoundCount(vote.id);
      return {
        reason: reason ?? null,
        ballotsDiscarded: discarded,
        cancellation: { at: this.clock.now(), userId: actor.userId, username: actor.username, reason: reason ?? null },
      };
    });
  }

  /**
   * Counts the open round and closes it: for a further round when its tally calls for one, for good otherwise,
   * recording and applying the vote's resolution in the same transaction.
   */
  close(actor: Actor, id: string, locale: Locale): Promise<Localized<VoteView>> {
    return this.transition(actor, id, 'close', locale, async (tx, { vote, scope, votes }) => {
      const rounds = await votes.rounds(vote.id);
      const round = rounds.find((r) => r.round === vote.currentRound);
      if (!round) throw new VoteTransitionError(vote.state, 'close');
      const { result, box } = await this.tallyOf(tx, vote, round);
      await votes.closeRound(vote.id, round.round, this.clock.now(), result, box);
      const action = closingAction(result.next);
      if (action === 'close') {
        const earlier = rounds.flatMap((r) => (r.result ? [r.result] : []));
        await this.recordResolution(tx, vote, [...earlier, result], scope.chairOrganizationId);
      }
      return { action, round: round.round, next: result.next.kind, chosen: result.chosen };
    });
  }

  /**
   * One path for every transition: lock the vote, authorize (the year's secretariat or national staff), check the
   * transition table, do the transition's own work, then write the new state and the audit event.
   */
  private async transition(
    actor: Actor,
    id: string,
    action: VoteAction,
    locale: Locale,
    work: (
      tx: EntityManager,
      managed: Managed,
    ) => Promise<Record<string, unknown> & { action?: VoteAction; round?: number; cancellation?: Cancellation }>,
  ): Promise<Localized<VoteView>> {
    return this.dataSource.transaction(async (tx) => {
      const votes = new VoteRepository(tx);
      const vote = await votes.lock(id);
      const meeting = await this.meetings.require(vote.meetingId, tx);
      const scope = await this.meetings.authorize(tx, actor, meeting);
      if (!VOTE_WORKFLOW.can(vote.state, action)) throw new VoteTransitionError(vote.state, action);
      const done = await work(tx, { vote, meeting, scope, votes });
      const taken = done.action ?? action;
      const state = VOTE_WORKFLOW.next(vote.state, taken);
      if (!state) throw new VoteTransitionError(vote.state, taken);
      if (done.cancellation) await votes.cancel(id, state, done.cancellation);
      else await votes.setState(id, state, done.round ?? vote.currentRound);
      await this.audit.record(tx, {
        action: `vote.${taken}`,
        entityType: 'vote',
        entityId: id,
        subjectOrganizationId: scope.chairOrganizationId,
        before: { state: vote.state, currentRound: vote.currentRound },
        after: { state, ...done },
      });
      return voteView(votes, await votes.require(id), locale);
    });
  }

  /** A vote whose resolution would contradict the record is not opened (recordConflicts). */
  private async refuseConflicts(tx: EntityManager, vote: VoteRow): Promise<void> {
    const conflicts = await this.votes.conflictsOf(tx, vote);
    if (conflicts.length > 0) throw new VoteConflictError(conflicts);
  }

  /**
   * Records and applies the vote's resolution. When the record refuses it (a race with another vote, a term changed
   * meanwhile), the whole close is undone: the vote stays open with its ballots, and the error says why and that the
   * vote can be cancelled.
   */
  private async recordResolution(tx: EntityManager, vote: VoteRow, rounds: readonly TallyResult[], chairOrganizationId: string | null) {
    try {
      await this.resolutions.record(tx, vote, rounds, chairOrganizationId);
    } catch (error) {
      const refused =
        error instanceof DomainError
          ? error
          : error instanceof QueryFailedError
            ? errorForConstraint((error.driverError as { constraint?: string }).constraint)
            : undefined;
      throw refused ? new VoteResolutionConflictError(refused) : error;
    }
  }

  /**
   * Opens a round on the roll of the voting units present now, once the quorum is met; an electronic round gets its
   * ballot box's key.
   */
  private async startRound(
    tx: EntityManager,
    votes: VoteRepository,
    vote: VoteRow,
    meeting: MeetingRecord,
    round: number,
    plan: RoundPlan,
  ): Promise<void> {
    const attendance = await this.meetings.attendance(tx, meeting.id);
    const electors = attendance.units.filter((u) => u.voting).map((u) => u.unit.id);
    const quorum = checkQuorum(vote.rules.quorum, attendance.memberCount, electors.length);
    if (!quorum.met || attendance.memberCount === 0) throw new QuorumNotMetError(quorum.reason.text);
    await votes.openRound(vote.id, {
      round,
      candidateIds: [...plan.candidateIds],
      places: plan.places,
      electors,
      memberCount: attendance.memberCount,
      openedAt: this.clock.now(),
    });
    if (vote.method === 'electronic') await this.box.open(tx, vote.id, round);
  }

  /** The open round's tally: as declared without a count, or from its count (and what its ballot box held). */
  private async tallyOf(tx: EntityManager, vote: VoteRow, round: RoundRow): Promise<{ result: TallyResult; box: ClosedBox | null }> {
    const facts = { ...round, presentCount: round.electors.length };
    if (round.declaredResult) return { result: declaredTally(vote.subject, vote.rules, facts, round.declaredResult), box: null };
    const { count, box } = await this.count(tx, vote, round);
    return { result: tally(tallyInputFor(vote.subject, vote.rules, facts, count)), box };
  }

  /** The open round's count: its ballot box opened and emptied, or the counting committee's totals on paper. */
  private async count(tx: EntityManager, vote: VoteRow, round: RoundRow): Promise<{ count: RoundCount; box: ClosedBox | null }> {
    if (vote.method === 'paper') {
      if (!round.paperTotals) throw new PaperTotalsMissingError(round.round);
      return { count: round.paperTotals, box: null };
    }
    return this.box.count(tx, { voteId: vote.id, subject: vote.subject, round: round.round, candidateIds: round.candidateIds });
  }
}
