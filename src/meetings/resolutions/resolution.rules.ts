import type { FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { violation } from '../votes/paper-totals.rules.js';
import type { VoteSubject } from '../votes/vote-rule-set.js';
import type { VoteOutcome } from '../votes/vote-rounds.rules.js';
import type { CandidateResult, TallyResult } from '../votes/vote.rules.js';

/*
 * Nghị quyết: what a closed vote decides, and what is still left to the chair and vice-chair (rules §1.8: after the
 * last round "the cluster head and deputy decide", recorded as their decision).
 */

export const RESOLUTION_STATUSES = ['applied', 'pending_chair', 'awaiting_fallback', 'recorded'] as const;
/**
 * applied: written into the registry (next year's term, flag proposals); pending_chair: a vice-chair elected before
 * next year's chair is known, applied with the chair handover; awaiting_fallback: places left to the chair and
 * vice-chair; recorded: nothing to apply (a question, or nothing adopted).
 */
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];

export interface FallbackPlaces {
  readonly candidateIds: readonly string[];
  readonly places: number;
}

export interface ResolutionPlan {
  readonly adopted: boolean;
  /** Chosen by the ballots. */
  readonly chosenIds: readonly string[];
  /** Places the chair and vice-chair still decide, or null. */
  readonly fallback: FallbackPlaces | null;
}

/**
 * What a vote resolves once its last round is closed; null when it resolves nothing (no quorum). Places left open
 * after the last round go to the chair and vice-chair only when the rules say so; otherwise they stay empty.
 */
export function planResolution(outcome: VoteOutcome): ResolutionPlan | null {
  const { next } = outcome;
  if (next.kind === 'no_quorum' || next.kind === 'runoff') return null;
  const fallback =
    next.kind === 'fallback' && next.fallback === 'chair_and_vice_chair_decide'
      ? { candidateIds: next.candidateIds, places: next.places }
      : null;
  const adopted = outcome.approved ?? outcome.chosen.length > 0;
  return { adopted, chosenIds: outcome.chosen, fallback };
}

/** Every unit a resolution decided: by the ballots, then by the chair and vice-chair. */
export function decidedIds(resolution: {
  readonly chosenIds: readonly string[];
  readonly fallbackChosenIds: readonly string[] | null;
}): string[] {
  return [...resolution.chosenIds, ...(resolution.fallbackChosenIds ?? [])];
}

/** The resolution's status from what it decides and whether next year's chair is known. */
export function resolutionStatus(
  subject: VoteSubject,
  decided: readonly string[],
  awaitingFallback: boolean,
  nextChairKnown: boolean,
): ResolutionStatus {
  if (awaitingFallback) return 'awaiting_fallback';
  if (decided.length === 0 || subject === 'question') return 'recorded';
  if (subject === 'vice_chair_election' && !nextChairKnown) return 'pending_chair';
  return 'applied';
}

/** "A, B và C" / "A, B and C". */
function listText(names: readonly string[]): LocalizedText {
  if (names.length <= 1) return text(names.join(''), names.join(''));
  const head = names.slice(0, -1).join(', ');
  const last = names[names.length - 1];
  return text(`${head} và ${last}`, `${head} and ${last}`);
}

/**
 * The resolution as the minutes word it. `names` are the decided units' short names; `award` names the award of a
 * flag proposal; `awaitingFallback` is set when the chair and vice-chair still decide some places.
 */
export function resolutionSummary(input: {
  subject: VoteSubject;
  year: number;
  title: string;
  award: LocalizedText | null;
  adopted: boolean;
  names: readonly string[];
  awaitingFallback: boolean;
}): LocalizedText {
  const { subject, title } = input;
  const next = input.year + 1;
  const names = listText(input.names);
  const award = input.award ?? text(title, title);
  const pending = input.awaitingFallback
    ? text(' Vị trí còn lại do Cụm trưởng và Cụm phó quyết định.', ' The places left are decided by the chair and vice-chair.')
    : text('', '');
  const decided = ((): LocalizedText => {
    if (subject === 'question') {
      return input.adopted
        ? text(`Hội nghị thông qua: ${title}.`, `The meeting approved: ${title}.`)
        : text(`Hội nghị không thông qua: ${title}.`, `The meeting did not approve: ${title}.`);
    }
    if (input.names.length === 0) {
      return text(`Hội nghị không chọn được đơn vị nào: ${title}.`, `The meeting chose no unit: ${title}.`);
    }
    switch (subject) {
      case 'flag_proposal':
        return text(`Hội nghị suy tôn, đề nghị tặng ${award.vi} cho ${names.vi}.`, `The meeting proposes ${names.en} for the ${award.en}.`);
      case 'vice_chair_election':
        return text(`Hội nghị bầu ${names.vi} làm Cụm phó năm ${next}.`, `The meeting elected ${names.en} vice-chair for ${next}.`);
      case 'chair_handover':
        return text(
          `Hội nghị nhất trí chuyển trao nhiệm vụ Cụm trưởng năm ${next} cho ${names.vi}.`,
          `The meeting handed the ${next} chair to ${names.en}.`,
        );
    }
  })();
  return text(decided.vi + pending.vi, decided.en + pending.en);
}

/** Checks the chair and vice-chair's choice for the places a vote left open; an empty list means it stands. */
export function checkFallbackDecision(open: FallbackPlaces, chosenIds: readonly string[]): FieldError[] {
  const found: FieldError[] = [];
  if (chosenIds.length > open.places) {
    found.push(
      violation(
        'organizationIds',
        `Chỉ còn ${open.places} vị trí để quyết định; đã chọn ${chosenIds.length}.`,
        `Only ${open.places} place(s) are left to decide; ${chosenIds.length} chosen.`,
      ),
    );
  }
  chosenIds.forEach((id, i) => {
    if (!open.candidateIds.includes(id)) {
      found.push(
        violation(
          `organizationIds[${i}]`,
          'Đơn vị này không nằm trong số các ứng viên còn lại sau vòng bỏ phiếu cuối.',
          'This unit is not among the candidates left after the last round.',
        ),
      );
    } else if (chosenIds.indexOf(id) < i) {
      found.push(violation(`organizationIds[${i}]`, 'Đơn vị này đã được chọn ở trên.', 'This unit is already chosen above.'));
    }
  });
  return found;
}

/**
 * The count a proposed unit rests on: the round whose ballots chose it or, for a place the chair and vice-chair
 * decided, the last round it stood in. Null when no counted round names it.
 */
export function countBehind(
  rounds: readonly TallyResult[],
  unitId: string,
  decidedBy: 'vote' | 'chair_and_vice_chair',
): { round: number; candidate: CandidateResult } | null {
  const found =
    decidedBy === 'vote'
      ? rounds.find((r) => r.chosen.includes(unitId))
      : [...rounds].reverse().find((r) => r.candidates.some((c) => c.candidateId === unitId));
  const candidate = found?.candidates.find((c) => c.candidateId === unitId);
  return found && candidate ? { round: found.round, candidate } : null;
}
