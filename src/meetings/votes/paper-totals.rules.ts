import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { MEETINGS_MESSAGES as M, PAPER_TOTALS_LABELS as LABELS } from '../meetings.messages.js';
import { ANSWERS, type AnswerCounts, type CandidateVotes } from './vote-rule-set.js';

/** What the counting committee (ban kiểm phiếu) writes in its minutes (biên bản kiểm phiếu). */
export interface PaperTotals {
  readonly ballotsIssued: number;
  readonly ballotsCollected: number;
  readonly ballotsValid: number;
  readonly ballotsInvalid: number;
  /** For a vote among candidates: the votes (approvals) each candidate received. */
  readonly votes?: readonly CandidateVotes[];
  /** For a yes / no / abstain vote. */
  readonly answers?: AnswerCounts;
}

/** What the counting committee entered for a paper round, with its members' names. */
export interface StoredPaperTotals extends PaperTotals {
  countingCommittee: string[];
}

/** The ballot the totals come from: names to tick (at most `maxChoices`), or one answer yes / no / abstain. */
export type BallotShape =
  { readonly kind: 'candidates'; readonly candidateIds: readonly string[]; readonly maxChoices: number } | { readonly kind: 'answers' };

export interface PaperTotalsContext {
  /** Voters present at the vote: one per member unit present. */
  readonly presentCount: number;
  readonly ballot: BallotShape;
}

const BALLOT_COUNT_FIELDS = ['ballotsIssued', 'ballotsCollected', 'ballotsValid', 'ballotsInvalid'] as const;

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function violation(field: string, message: LocalizedText): FieldError {
  return { field, message };
}

export function notACandidate(field: string): FieldError {
  return violation(field, M.notACandidate);
}

function notACount(field: string, label: LocalizedText): FieldError {
  return violation(field, M.notACount(label));
}

function countViolations(totals: PaperTotals): FieldError[] {
  const { votes, answers } = totals;
  const counts = [
    ...BALLOT_COUNT_FIELDS.map((field) => ({ field, label: LABELS[field], value: totals[field] })),
    ...(votes ?? []).map((entry, i) => ({ field: `votes[${i}].votes`, label: LABELS.candidateVotes, value: entry.votes })),
    ...(answers ? ANSWERS.map((a) => ({ field: `answers.${a}`, label: LABELS[a], value: answers[a] })) : []),
  ];
  return counts.filter(({ value }) => !isCount(value)).map(({ field, label }) => notACount(field, label));
}

function ballotViolations(totals: PaperTotals, presentCount: number): FieldError[] {
  const { ballotsIssued: issued, ballotsCollected: collected, ballotsValid: valid, ballotsInvalid: invalid } = totals;
  const found: FieldError[] = [];
  if (issued > presentCount) {
    found.push(violation('ballotsIssued', M.issuedOverPresent(issued, presentCount)));
  }
  if (collected > issued) {
    found.push(violation('ballotsCollected', M.collectedOverIssued(collected, issued)));
  }
  if (valid + invalid !== collected) {
    found.push(violation('ballotsValid', M.validPlusInvalidNotCollected(valid, invalid, collected)));
  }
  return found;
}

function candidateVoteViolations(
  votes: readonly CandidateVotes[] | undefined,
  valid: number,
  candidateIds: readonly string[],
  maxChoices: number,
): FieldError[] {
  if (!votes) {
    return [violation('votes', M.candidateVotesMissing)];
  }
  const found: FieldError[] = [];
  const seen = new Set<string>();
  votes.forEach(({ candidateId, votes: count }, i) => {
    if (!candidateIds.includes(candidateId)) {
      found.push(notACandidate(`votes[${i}].candidateId`));
    } else if (seen.has(candidateId)) {
      found.push(violation(`votes[${i}].candidateId`, M.candidateCountedTwice));
    }
    seen.add(candidateId);
    if (count > valid) {
      found.push(violation(`votes[${i}].votes`, M.candidateVotesOverValid(count, valid)));
    }
  });
  const missing = candidateIds.filter((id) => !seen.has(id)).length;
  if (missing > 0) {
    found.push(violation('votes', M.candidatesMissingVotes(missing)));
  }
  const sum = votes.reduce((total, entry) => total + entry.votes, 0);
  const most = valid * maxChoices;
  if (sum > most) {
    found.push(violation('votes', M.tooManyApprovals(sum, valid, maxChoices, most)));
  }
  return found;
}

function answerViolations(answers: AnswerCounts | undefined, valid: number): FieldError[] {
  if (!answers) {
    return [violation('answers', M.answersMissing)];
  }
  const sum = answers.yes + answers.no + answers.abstain;
  if (sum === valid) return [];
  return [violation('answers', M.answersNotValid(sum, valid))];
}

function unexpectedFields(totals: PaperTotals, ballot: BallotShape): FieldError[] {
  if (ballot.kind === 'candidates' && totals.answers) {
    return [violation('answers', M.candidateBallotWithAnswers)];
  }
  if (ballot.kind === 'answers' && totals.votes) {
    return [violation('votes', M.answerBallotWithCandidates)];
  }
  return [];
}

/**
 * Checks the counting committee's totals before they are recorded: every number a whole number, ballots issued ≤ voters
 * present, collected ≤ issued, valid + invalid = collected, no candidate above the valid ballots, no more approvals than
 * valid ballots × choices allowed (no ballot approving more than K), and yes + no + abstain = valid. An empty list means
 * the totals are consistent.
 */
export function checkPaperTotals(totals: PaperTotals, context: PaperTotalsContext): FieldError[] {
  const shape = unexpectedFields(totals, context.ballot);
  const counts = countViolations(totals);
  if (shape.length > 0 || counts.length > 0) return [...shape, ...counts];
  const ballot = context.ballot;
  return [
    ...ballotViolations(totals, context.presentCount),
    ...(ballot.kind === 'candidates'
      ? candidateVoteViolations(totals.votes, totals.ballotsValid, ballot.candidateIds, ballot.maxChoices)
      : answerViolations(totals.answers, totals.ballotsValid)),
  ];
}
