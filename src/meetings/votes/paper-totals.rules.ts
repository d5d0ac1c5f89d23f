import type { FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
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

const BALLOT_COUNT_LABELS = {
  ballotsIssued: text('Số phiếu phát ra', 'Ballots issued'),
  ballotsCollected: text('Số phiếu thu vào', 'Ballots collected'),
  ballotsValid: text('Số phiếu hợp lệ', 'Valid ballots'),
  ballotsInvalid: text('Số phiếu không hợp lệ', 'Invalid ballots'),
} as const;

const ANSWER_LABELS: Readonly<Record<keyof AnswerCounts, LocalizedText>> = {
  yes: text('Số phiếu tán thành', 'Yes votes'),
  no: text('Số phiếu không tán thành', 'No votes'),
  abstain: text('Số phiếu không biểu quyết', 'Abstentions'),
};

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function violation(field: string, vi: string, en: string): FieldError {
  return { field, message: text(vi, en) };
}

export function notACandidate(field: string): FieldError {
  return violation(field, 'Không phải ứng viên của cuộc biểu quyết này.', 'Not a candidate in this vote.');
}

function notACount(field: string, label: LocalizedText): FieldError {
  return violation(field, `${label.vi} phải là số nguyên không âm.`, `${label.en} must be a whole number, zero or more.`);
}

const BALLOT_COUNT_FIELDS = Object.keys(BALLOT_COUNT_LABELS) as (keyof typeof BALLOT_COUNT_LABELS)[];
const CANDIDATE_VOTES_LABEL = text('Số phiếu của ứng viên', 'Votes for the candidate');

function countViolations(totals: PaperTotals): FieldError[] {
  const { votes, answers } = totals;
  const counts = [
    ...BALLOT_COUNT_FIELDS.map((field) => ({ field, label: BALLOT_COUNT_LABELS[field], value: totals[field] })),
    ...(votes ?? []).map((entry, i) => ({ field: `votes[${i}].votes`, label: CANDIDATE_VOTES_LABEL, value: entry.votes })),
    ...(answers ? ANSWERS.map((a) => ({ field: `answers.${a}`, label: ANSWER_LABELS[a], value: answers[a] })) : []),
  ];
  return counts.filter(({ value }) => !isCount(value)).map(({ field, label }) => notACount(field, label));
}

function ballotViolations(totals: PaperTotals, presentCount: number): FieldError[] {
  const { ballotsIssued: issued, ballotsCollected: collected, ballotsValid: valid, ballotsInvalid: invalid } = totals;
  const found: FieldError[] = [];
  if (issued > presentCount) {
    found.push(
      violation(
        'ballotsIssued',
        `Số phiếu phát ra (${issued}) không được lớn hơn số đại biểu có mặt được bỏ phiếu (${presentCount}).`,
        `Ballots issued (${issued}) cannot exceed the voters present (${presentCount}).`,
      ),
    );
  }
  if (collected > issued) {
    found.push(
      violation(
        'ballotsCollected',
        `Số phiếu thu vào (${collected}) không được lớn hơn số phiếu phát ra (${issued}).`,
        `Ballots collected (${collected}) cannot exceed ballots issued (${issued}).`,
      ),
    );
  }
  if (valid + invalid !== collected) {
    found.push(
      violation(
        'ballotsValid',
        `Số phiếu hợp lệ (${valid}) cộng số phiếu không hợp lệ (${invalid}) phải bằng số phiếu thu vào (${collected}).`,
        `Valid ballots (${valid}) plus invalid ballots (${invalid}) must equal ballots collected (${collected}).`,
      ),
    );
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
    return [violation('votes', 'Cần nhập số phiếu của từng ứng viên.', 'Enter the votes of each candidate.')];
  }
  const found: FieldError[] = [];
  const seen = new Set<string>();
  votes.forEach(({ candidateId, votes: count }, i) => {
    if (!candidateIds.includes(candidateId)) {
      found.push(notACandidate(`votes[${i}].candidateId`));
    } else if (seen.has(candidateId)) {
      found.push(
        violation(`votes[${i}].candidateId`, 'Ứng viên này đã có số phiếu ở dòng trên.', 'This candidate already has a count above.'),
      );
    }
    seen.add(candidateId);
    if (count > valid) {
      found.push(
        violation(
          `votes[${i}].votes`,
          `Số phiếu của ứng viên (${count}) không được lớn hơn số phiếu hợp lệ (${valid}).`,
          `The candidate's votes (${count}) cannot exceed the valid ballots (${valid}).`,
        ),
      );
    }
  });
  const missing = candidateIds.filter((id) => !seen.has(id)).length;
  if (missing > 0) {
    found.push(violation('votes', `Thiếu số phiếu của ${missing} ứng viên.`, `Votes are missing for ${missing} candidate(s).`));
  }
  const sum = votes.reduce((total, entry) => total + entry.votes, 0);
  const most = valid * maxChoices;
  if (sum > most) {
    found.push(
      violation(
        'votes',
        `Tổng số phiếu bầu cho các ứng viên (${sum}) vượt quá số phiếu hợp lệ nhân số ứng viên được chọn tối đa trên một phiếu (${valid} × ${maxChoices} = ${most}): có phiếu chọn quá ${maxChoices} ứng viên.`,
        `The votes for all candidates (${sum}) exceed the valid ballots times the choices allowed per ballot (${valid} × ${maxChoices} = ${most}): some ballot chooses more than ${maxChoices}.`,
      ),
    );
  }
  return found;
}

function answerViolations(answers: AnswerCounts | undefined, valid: number): FieldError[] {
  if (!answers) {
    return [
      violation(
        'answers',
        'Cần nhập số phiếu tán thành, không tán thành và không biểu quyết.',
        'Enter the yes votes, the no votes and the abstentions.',
      ),
    ];
  }
  const sum = answers.yes + answers.no + answers.abstain;
  if (sum === valid) return [];
  return [
    violation(
      'answers',
      `Số phiếu tán thành, không tán thành và không biểu quyết cộng lại (${sum}) phải bằng số phiếu hợp lệ (${valid}).`,
      `Yes, no and abstentions together (${sum}) must equal the valid ballots (${valid}).`,
    ),
  ];
}

function unexpectedFields(totals: PaperTotals, ballot: BallotShape): FieldError[] {
  if (ballot.kind === 'candidates' && totals.answers) {
    return [
      violation(
        'answers',
        'Phiếu bầu ứng viên không có phần tán thành / không tán thành.',
        'A ballot among candidates has no yes / no answers.',
      ),
    ];
  }
  if (ballot.kind === 'answers' && totals.votes) {
    return [violation('votes', 'Phiếu biểu quyết tán thành / không tán thành không có ứng viên.', 'A yes / no ballot has no candidates.')];
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
