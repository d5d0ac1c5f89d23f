import type { LocalizedText } from '../../platform/i18n/locale.js';
import { MEETINGS_MESSAGES as M } from '../meetings.messages.js';
import type { NoChoiceFallback, VoteRuleSet } from './vote-rule-set.js';

/* What a meeting does after a round: nothing more, hold it again, a further round among some candidates, or the fallback. */

/** Places a round left open: candidates tied at the cut-off, or places no one reached. */
export interface OpenPlaces {
  readonly cause: 'tie' | 'short';
  /** Only these candidates are on the next round's ballot, or before the chair and vice-chair. */
  readonly candidateIds: readonly string[];
  readonly places: number;
}

/** What the meeting does after this round. */
export type NextStep =
  | { readonly kind: 'decided'; readonly text: LocalizedText }
  | { readonly kind: 'no_quorum'; readonly text: LocalizedText }
  | (OpenPlaces & { readonly kind: 'runoff'; readonly round: number; readonly text: LocalizedText })
  | (OpenPlaces & { readonly kind: 'fallback'; readonly fallback: NoChoiceFallback; readonly text: LocalizedText });

/**
 * One round's result. `chosen` holds only this round's choices: a unit chosen in round 1 is not on the round-2 ballot,
 * so the vote's outcome is the union of its rounds' `chosen`, plus what the fallback decides.

/** What comes after a round, from its quorum and the places it left open. */
export function nextStep(quorumMet: boolean, open: OpenPlaces | null, round: number, rules: VoteRuleSet): NextStep {
  if (!quorumMet) {
    return {
      kind: 'no_quorum',
      text: M.noQuorumHoldAgain,
    };
  }
  if (!open) {
    return { kind: 'decided', text: M.decidedNoFurtherRound };
  }
  const { cause, candidateIds, places } = open;
  const among = M.openCandidates(candidateIds.length, cause);
  const remaining = M.remainingPlaces(places);
  if (round < rules.maxRounds) {
    return {
      kind: 'runoff',
      round: round + 1,
      ...open,
      text: M.runoffAmong(round + 1, among, remaining),
    };
  }
  const rounds = M.roundsUsed(rules.maxRounds);
  return {
    kind: 'fallback',
    fallback: rules.fallback,
    ...open,
    text:
      rules.fallback === 'chair_and_vice_chair_decide'
        ? M.chairAndViceChairDecide(rounds, remaining, among)
        : M.placesStayEmpty(rounds, remaining, places),
  };
}
