import type { Locale, LocalizedText } from '../../platform/i18n/locale.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { localize, type Localized } from '../../platform/i18n/localize.js';
import type { VoteSubject } from './vote-rule-set.js';
import { voteOutcome } from './vote-rounds.rules.js';
import type { DeclaredForm, VoteMethod } from './vote-rule-set.js';
import type { RoundRow, VoteRepository, VoteRow } from './vote.repository.js';
import type { NextStep } from './vote-next-step.rules.js';
import { type AnswerResult, type CandidateResult, type Ranked, resultOrder, type TallyResult } from './vote.rules.js';
import { isDecided, roundResultVisible, VOTE_WORKFLOW, type VoteAction, type VoteState } from './vote.state.js';
import { unitsOf } from './vote-units.js';

export interface RoundSummary {
  round: number;
  candidates: UnitView[];
  places: number;
  /** Voting units present when the round opened. */
  electorCount: number;
  memberCount: number;
  /** Electronic ballots cast so far (who has voted is not secret; what they chose is). */
  ballotsCast: number | null;
  /** How the round's result is recorded: counted ballots, or declared without a count. */
  counting: Counting;
  openedAt: Date;
  closedAt: Date | null;
}

type CancellationColumns = 'cancelledAt' | 'cancelledByUserId' | 'cancelledByUsername' | 'cancellationReason';

export interface VoteView extends Omit<VoteRow, 'candidateIds' | 'proposedOrganizationId' | CancellationColumns> {
  stateLabel: LocalizedText;
  /** Who cancelled the vote, when and why (for the minutes); null unless it is cancelled. */
  cancellation: { at: Date; by: { userId: string | null; username: string | null }; reason: string | null } | null;
  allowedActions: VoteAction[];
  candidates: UnitView[];
  proposedOrganization: UnitView | null;
  rounds: RoundSummary[];
}

export async function voteView(votes: VoteRepository, vote: VoteRow, locale: Locale): Promise<Localized<VoteView>> {
  const rounds = await votes.rounds(vote.id);
  const cast = await votes.ballotsCastByRound(vote.id);
  const units = await votes.unitsById(
    [...vote.candidateIds, ...rounds.flatMap((r) => r.candidateIds), ...(vote.proposedOrganizationId ? [vote.proposedOrganizationId] : [])],
    vote.year,
  );
  const { candidateIds, proposedOrganizationId, cancelledAt, cancelledByUserId, cancelledByUsername, cancellationReason, ...stored } = vote;
  const view: VoteView = {
    ...stored,
    cancellation: cancelledAt && {
      at: cancelledAt,
      by: { userId: cancelledByUserId, username: cancelledByUsername },
      reason: cancellationReason,
    },
    stateLabel: VOTE_WORKFLOW.label(vote.state),
    allowedActions: VOTE_WORKFLOW.allowedActions(vote.state),
    candidates: unitsOf(units, candidateIds),
    proposedOrganization: proposedOrganizationId ? (units.get(proposedOrganizationId) ?? null) : null,
    rounds: rounds.map((r) => ({
      round: r.round,
      candidates: unitsOf(units, r.candidateIds),
      places: r.places,
      electorCount: r.electors.length,
      memberCount: r.memberCount,
      ballotsCast: vote.method === 'electronic' ? (cast.get(r.round) ?? 0) : null,
      counting: r.result?.declared ?? r.declaredResult?.form ?? 'ballots',
      openedAt: r.openedAt,
      closedAt: r.closedAt,
    })),
  };
  return localize(view, locale);
}

type NextStepView = Omit<NextStep, 'candidateIds'> & { candidates?: UnitView[] };

/** `ballots` when the round was counted; otherwise how its result was declared, and then no count is shown. */
export type Counting = 'ballots' | DeclaredForm;

/** A count that is null when the round was not counted: nothing is shown that was not recorded. */
type Uncounted<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

export interface RoundResultView extends Uncounted<
  Omit<TallyResult, 'candidates' | 'chosen' | 'next' | 'declared' | 'answers'>,
  'ballotsValid' | 'ballotsInvalid' | 'threshold'
> {
  counting: Counting;
  answers: Uncounted<AnswerResult, 'yes' | 'no' | 'abstain'> | null;
  /** The counting committee's figures of a paper round. */
  paper: { ballotsIssued: number; ballotsCollected: number; countingCommittee: string[] } | null;
  candidates: (Uncounted<CandidateResult, 'votes' | 'rank'> & { unit: UnitView | null })[];
  chosen: UnitView[];
  next: NextStepView;
}

export interface ResultView {
  voteId: string;
  subject: VoteSubject;
  title: string;
  state: VoteState;
  method: VoteMethod;
  quota: number | null;
  quotaBasis: LocalizedText | null;
  rulesBasis: LocalizedText;
  /** The rounds whose result is out: every closed round. */
  rounds: RoundResultView[];
  /** Once the vote is closed: who its ballots chose over all rounds, and what comes next. */
  outcome: { chosen: UnitView[]; next: NextStepView } | null;
}

function nextView(next: NextStep, units: ReadonlyMap<string, UnitView>): NextStepView {
  if (!('candidateIds' in next)) return next;
  const { candidateIds, ...rest } = next;
  return { ...rest, candidates: unitsOf(units, candidateIds) };
}

/** A round declared without a count shows no figure: no ballots, threshold or answer counts, which were never taken. */
function withoutCounts({ declared: _form, answers, ...result }: TallyResult) {
  return {
    ...result,
    ballotsValid: null,
    ballotsInvalid: null,
    threshold: null,
    answers: answers && { passed: answers.passed, reasons: answers.reasons, yes: null, no: null, abstain: null },
  };
}

function ranked(id: string, votes: number, units: ReadonlyMap<string, UnitView>): Ranked {
  return { id, votes, name: units.get(id)?.shortName ?? '' };
}

/** Units chosen over the rounds, in result order: by the round that chose them, then resultOrder within it. */
function inResultOrder(chosen: readonly string[], results: readonly TallyResult[], units: ReadonlyMap<string, UnitView>): string[] {
  const roundOf = (id: string) => results.findIndex((r) => r.chosen.includes(id));
  const votesOf = (id: string) => results[roundOf(id)]?.candidates.find((c) => c.candidateId === id)?.votes ?? 0;
  return [...chosen].sort((a, b) => roundOf(a) - roundOf(b) || resultOrder(ranked(a, votesOf(a), units), ranked(b, votesOf(b), units)));
}

/** The rounds of `rounds` whose result may be shown, each with its tally (roundResultVisible). */
export function visibleResults(vote: VoteRow, rounds: readonly RoundRow[]): (RoundRow & { result: TallyResult })[] {
  return rounds.filter(
    (r): r is RoundRow & { result: TallyResult } => r.result !== null && roundResultVisible(vote.state, r.round, vote.currentRound),
  );
}

/** The result of every closed round, with units named as in the vote's year; call only when some round is visible. */
export async function resultView(
  votes: VoteRepository,
  vote: VoteRow,
  rounds: readonly RoundRow[],
  locale: Locale,
): Promise<Localized<ResultView>> {
  const visible = visibleResults(vote, rounds);
  const results = visible.map((r) => r.result);
  const units = await votes.unitsById(
    results.flatMap((r) => [...r.candidates.map((c) => c.candidateId), ...('candidateIds' in r.next ? r.next.candidateIds : [])]),
    vote.year,
  );
  const outcome = isDecided(vote.state) && results.length > 0 ? voteOutcome(results) : null;
  const view: ResultView = {
    voteId: vote.id,
    subject: vote.subject,
    title: vote.title,
    state: vote.state,
    method: vote.method,
    quota: vote.quota,
    quotaBasis: vote.quotaBasis,
    rulesBasis: vote.rulesBasis,
    rounds: visible.map(({ result, paperTotals }) => ({
      ...(result.declared ? withoutCounts(result) : result),
      counting: result.declared ?? 'ballots',
      paper: paperTotals
        ? {
            ballotsIssued: paperTotals.ballotsIssued,
            ballotsCollected: paperTotals.ballotsCollected,
            countingCommittee: paperTotals.countingCommittee,
          }
        : null,
      candidates: result.candidates
        .map((c) => ({ ...(result.declared ? { ...c, votes: null, rank: null } : c), unit: units.get(c.candidateId) ?? null }))
        .sort((a, b) =>
          resultOrder(ranked(a.candidateId, a.votes ?? Number(a.passed), units), ranked(b.candidateId, b.votes ?? Number(b.passed), units)),
        ),
      chosen: unitsOf(units, inResultOrder(result.chosen, results, units)),
      next: nextView(result.next, units),
    })),
    outcome: outcome
      ? { chosen: unitsOf(units, inResultOrder(outcome.chosen, results, units)), next: nextView(outcome.next, units) }
      : null,
  };
  return localize(view, locale);
}
