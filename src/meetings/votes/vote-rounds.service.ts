import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import type { ClusterYearScope } from '../../access/policies/access.rules.js';
import { Clock } from '../../platform/time/clock.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { ResolutionsService } from '../resolutions/resolutions.service.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { ANSWERS } from './vote-rule-set.js';
import {
  answersYesNo,
  countFromCounters,
  firstRound,
  runoffRound,
  tallyInputFor,
  type RoundCount,
  type RoundPlan,
} from './vote-rounds.rules.js';
import { MeetingFinalizedError, PaperTotalsMissingError, QuorumNotMetError, VoteTransitionError } from './vote.errors.js';
import { findRound, findRounds, findVote, lockVote, type RoundRow, type VoteRow } from './vote.queries.js';
import { checkQuorum, tally } from './vote.rules.js';
import { closingAction, nextState, type VoteAction } from './vote.state.js';
import { voteView, type VoteView } from './vote.views.js';

/** A vote locked for a change, with its meeting and the secretariat scope that allowed it. */
interface Managed {
  vote: VoteRow;
  meeting: MeetingEntity;
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
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  open(actor: Actor, id: string, locale: Locale): Promise<Localized<VoteView>> {
    return this.transition(actor, id, 'open', locale, async (tx, { vote, meeting }) => {
      if (meeting.state === 'finalized') throw new MeetingFinalizedError();
      await this.startRound(tx, vote, meeting, 1, firstRound(vote.subject, vote.candidateIds, vote.quota));
      return { round: 1 };
    });
  }

  nextRound(actor: Actor, id: string, locale: Locale): Promise<Localized<VoteView>> {
    return this.transition(actor, id, 'open_runoff', locale, async (tx, { vote, meeting }) => {
      if (meeting.state === 'finalized') throw new MeetingFinalizedError();
      const previous = (await findRound(tx, vote.id, vote.currentRound)) as RoundRow;
      const plan = previous.result && runoffRound(previous.result);
      if (!plan) throw new VoteTransitionError(vote.state, 'open_runoff');
      const round = vote.currentRound + 1;
      await this.startRound(tx, vote, meeting, round, plan);
      return { round };
    });
  }

  cancel(actor: Actor, id: string, locale: Locale): Promise<Localized<VoteView>> {
    return this.transition(actor, id, 'cancel', locale, async () => ({}));
  }

  /**
   * Counts the open round and closes it: for a further round when its tally calls for one, for good otherwise,
   * recording and applying the vote's resolution in the same transaction.
   */
  close(actor: Actor, id: string, locale: Locale): Promise<Localized<VoteView>> {
    return this.transition(actor, id, 'close', locale, async (tx, { vote, scope }) => {
      const rounds = await findRounds(tx, vote.id);
      const round = rounds.find((r) => r.round === vote.currentRound) as RoundRow;
      const count = await this.count(tx, vote, round);
      const input = tallyInputFor(
        vote.subject,
        vote.rules,
        { ...round, presentCount: round.electors.length },
        count,
      );
      const result = tally(input);
      await tx.query(`UPDATE vote_rounds SET closed_at = $3, result = $4 WHERE vote_id = $1 AND round = $2`, [
        vote.id,
        round.round,
        this.clock.now(),
        result,
      ]);
      const action = closingAction(result.next);
      if (action === 'close') {
        const earlier = rounds.flatMap((r) => (r.result ? [r.result] : []));
        await this.resolutions.record(tx, vote, [...earlier, result], scope.chairOrganizationId);
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
    work: (tx: EntityManager, managed: Managed) => Promise<Record<string, unknown> & { action?: VoteAction; round?: number }>,
  ): Promise<Localized<VoteView>> {
    return this.dataSource.transaction(async (tx) => {
      const vote = await lockVote(tx, id);
      const meeting = await this.meetings.require(vote.meetingId, tx);
      const scope = await this.meetings.authorize(tx, actor, meeting);
      if (!nextState(vote.state, action)) throw new VoteTransitionError(vote.state, action);
      const done = await work(tx, { vote, meeting, scope });
      const taken = done.action ?? action;
      const state = nextState(vote.state, taken);
      await tx.query(`UPDATE votes SET state = $2, current_round = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
        id,
        state,
        done.round ?? vote.currentRound,
      ]);
      await this.audit.record(tx, {
        action: `vote.${taken}`,
        entityType: 'vote',
        entityId: id,
        subjectOrganizationId: scope.chairOrganizationId,
        before: { state: vote.state, currentRound: vote.currentRound },
        after: { state, ...done },
      });
      return voteView(tx, await findVote(tx, id), locale);
    });
  }

  /**
   * Opens a round on the roll of the voting units present now, once the quorum is met; an electronic round gets one
   * counter per option, all at 0, so that a ballot only ever adds to counters that exist.
   */
  private async startRound(tx: EntityManager, vote: VoteRow, meeting: MeetingEntity, round: number, plan: RoundPlan): Promise<void> {
    const attendance = await this.meetings.attendance(tx, meeting.id);
    const electors = attendance.units.filter((u) => u.voting).map((u) => u.unit.id);
    const quorum = checkQuorum(vote.rules.quorum, attendance.memberCount, electors.length);
    if (!quorum.met || attendance.memberCount === 0) throw new QuorumNotMetError(quorum.reason.text);
    await tx.query(
      `INSERT INTO vote_rounds (vote_id, round, candidate_ids, places, electors, member_count, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [vote.id, round, plan.candidateIds, plan.places, electors, attendance.memberCount, this.clock.now()],
    );
    if (vote.method === 'electronic') {
      const options = answersYesNo(vote.subject) ? ANSWERS : plan.candidateIds;
      await tx.query(
        `INSERT INTO ballot_counts (vote_id, round, option_key) SELECT $1, $2, option FROM unnest($3::text[]) AS option`,
        [vote.id, round, options],
      );
    }
  }

  /** The open round's count: its counters and the units that voted, or the counting committee's totals on paper. */
  private async count(tx: EntityManager, vote: VoteRow, round: RoundRow): Promise<RoundCount> {
    if (vote.method === 'paper') {
      if (!round.paperTotals) throw new PaperTotalsMissingError(round.round);
      return round.paperTotals;
    }
    const counters: { option_key: string; count: number }[] = await tx.query(
      `SELECT option_key, count FROM ballot_counts WHERE vote_id = $1 AND round = $2`,
      [vote.id, round.round],
    );
    const [{ cast }]: { cast: number }[] = await tx.query(
      `SELECT count(*)::int AS cast FROM ballot_voters WHERE vote_id = $1 AND round = $2`,
      [vote.id, round.round],
    );
    return countFromCounters(vote.subject, round.candidateIds, new Map(counters.map((c) => [c.option_key, c.count])), cast);
  }
}
