import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { plural } from './vote-quorum.rules.js';
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
      text: text(
        'Biểu quyết không có giá trị vì không đủ số lượng đại biểu; cần biểu quyết lại khi đủ.',
        'The vote has no effect for lack of quorum; hold it again once enough member units are present.',
      ),
    };
  }
  if (!open) {
    return { kind: 'decided', text: text('Đã có kết quả; không cần bỏ phiếu thêm.', 'Decided; no further round is needed.') };
  }
  const { cause, candidateIds, places } = open;
  const among = text(
    `${candidateIds.length} ứng viên ${cause === 'tie' ? 'bằng phiếu' : 'chưa đạt ngưỡng'}`,
    `the ${plural(candidateIds.length, 'candidate', 'candidates')} ${cause === 'tie' ? 'tied at the cut-off' : 'short of the threshold'}`,
  );
  const remaining = text(`${places} vị trí còn lại`, plural(places, 'remaining place', 'remaining places'));
  if (round < rules.maxRounds) {
    return {
      kind: 'runoff',
      round: round + 1,
      ...open,
      text: text(
        `Bỏ phiếu vòng ${round + 1} chỉ giữa ${among.vi}, cho ${remaining.vi}.`,
        `Round ${round + 1} only among ${among.en}, for ${remaining.en}.`,
      ),
    };
  }
  const rounds = text(`Đã hết ${rules.maxRounds} vòng bỏ phiếu`, `All ${plural(rules.maxRounds, 'round is', 'rounds are')} used`);
  return {
    kind: 'fallback',
    fallback: rules.fallback,
    ...open,
    text:
      rules.fallback === 'chair_and_vice_chair_decide'
        ? text(
            `${rounds.vi}: Cụm trưởng và Cụm phó quyết định ${remaining.vi} trong số ${among.vi}; biên bản ghi rõ là do Cụm trưởng và Cụm phó quyết định.`,
            `${rounds.en}: the chair and the vice-chair decide the ${remaining.en} among ${among.en}, recorded in the minutes as their decision.`,
          )
        : text(`${rounds.vi}: ${remaining.vi} để trống.`, `${rounds.en}: the ${remaining.en} ${places === 1 ? 'stays' : 'stay'} empty.`),
  };
}
