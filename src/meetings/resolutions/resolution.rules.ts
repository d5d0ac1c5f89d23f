import type { FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { MEETINGS_MESSAGES as M } from '../meetings.messages.js';
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
  const names = M.unitList(input.names);
  const decided = ((): LocalizedText => {
    if (subject === 'question') return input.adopted ? M.questionAdopted(title) : M.questionRejected(title);
    if (input.names.length === 0) return M.noUnitChosen(title);
    switch (subject) {
      case 'flag_proposal':
        return M.flagProposed(input.award ?? text(title, title), names);
      case 'vice_chair_election':
        return M.viceChairElected(names, next);
      case 'chair_handover':
        return M.chairHandedOver(names, next);
    }
  })();
  return input.awaitingFallback ? M.withPlacesLeft(decided) : decided;
}

/** Checks the chair and vice-chair's choice for the places a vote left open; an empty list means it stands. */
export function checkFallbackDecision(open: FallbackPlaces, chosenIds: readonly string[]): FieldError[] {
  const found: FieldError[] = [];
  if (chosenIds.length > open.places) {
    found.push({ field: 'organizationIds', message: M.tooManyChosen(open.places, chosenIds.length) });
  }
  chosenIds.forEach((id, i) => {
    if (!open.candidateIds.includes(id)) {
      found.push({ field: `organizationIds[${i}]`, message: M.notALeftCandidate });
    } else if (chosenIds.indexOf(id) < i) {
      found.push({ field: `organizationIds[${i}]`, message: M.chosenTwice });
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
