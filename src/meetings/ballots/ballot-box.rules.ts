import type { LocalizedText } from '../../platform/i18n/locale.js';
import { MEETINGS_MESSAGES } from '../meetings.messages.js';
import { ANSWERS, type VoteSubject } from '../votes/vote-rule-set.js';
import { answersYesNo, countFromCounters, type RoundCount } from '../votes/vote-rounds.rules.js';

/*
 * The ballot box of an electronic round, as plain data: how a choice is written before it is sealed (always the same
 * length), how the opened box is checked and counted. The sealing itself is in ballot-seal.ts.
 */

/** Every ballot's plaintext has exactly this length, whatever it chooses, so every sealed ballot has one length too. */
export const BALLOT_PLAINTEXT_BYTES = 512;
const FORMAT = 1;
/** Format byte, then the number of options (16 bits), then one bit per option in the round's order. */
const HEADER_BYTES = 3;
/** The most options a round's ballot can hold: one bit each after the header. */
export const MAX_BALLOT_OPTIONS = (BALLOT_PLAINTEXT_BYTES - HEADER_BYTES) * 8;

/** What a round's ballot chooses among, in order: its candidates, or yes / no / abstain. */
export function ballotOptionsOf(subject: VoteSubject, candidateIds: readonly string[]): readonly string[] {
  return answersYesNo(subject) ? ANSWERS : candidateIds;
}

/** The plaintext of one ballot: the chosen options as bits over the round's options, padded with zeros. */
export function encodeBallot(options: readonly string[], chosen: readonly string[]): Uint8Array {
  if (options.length > MAX_BALLOT_OPTIONS) throw new RangeError(`A ballot holds at most ${MAX_BALLOT_OPTIONS} options.`);
  const plaintext = new Uint8Array(BALLOT_PLAINTEXT_BYTES);
  plaintext[0] = FORMAT;
  plaintext[1] = options.length >> 8;
  plaintext[2] = options.length & 0xff;
  for (const choice of chosen) {
    const index = options.indexOf(choice);
    if (index < 0) throw new RangeError(`${choice} is not an option of this ballot.`);
    plaintext[HEADER_BYTES + (index >> 3)] |= 1 << (index & 7);
  }
  return plaintext;
}

/** The options a plaintext chooses, or null when it is not a ballot of this round (wrong length, format or size). */
export function decodeBallot(options: readonly string[], plaintext: Uint8Array): string[] | null {
  if (plaintext.length !== BALLOT_PLAINTEXT_BYTES || plaintext[0] !== FORMAT) return null;
  if (((plaintext[1] << 8) | plaintext[2]) !== options.length) return null;
  const chosen: string[] = [];
  for (let index = 0; index < (BALLOT_PLAINTEXT_BYTES - HEADER_BYTES) * 8; index++) {
    if ((plaintext[HEADER_BYTES + (index >> 3)] & (1 << (index & 7))) === 0) continue;
    if (index >= options.length) return null;
    chosen.push(options[index]);
  }
  return chosen;
}

/**
 * Fisher–Yates with the given source of random integers in [0, max): the counted ballots lose the order they were
 * stored in (which follows the order of casting) before anything reads them.
 */
export function shuffle<T>(items: readonly T[], randomBelow: (max: number) => number): T[] {
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}

/** What the box holds when a round is closed, before anything is decrypted. */
export interface BoxFacts {
  /** Sealed ballots in the box. */
  readonly ballots: number;
  /** Units marked as having voted in the round. */
  readonly voters: number;
  /** The receipt of each sealed ballot, as stored. */
  readonly receipts: readonly string[];
}

/**
 * Why the box may not be counted, or null: as many sealed ballots as units marked, and no ballot twice (a copy has
 * the same receipt). A ballot removed or copied in the database is found here, before any ballot is opened.
 */
export function boxProblem(box: BoxFacts): LocalizedText | null {
  if (box.ballots !== box.voters) return MEETINGS_MESSAGES.boxCountsDiffer(box.ballots, box.voters);
  const copies = box.receipts.length - new Set(box.receipts).size;
  if (copies > 0) return MEETINGS_MESSAGES.boxDuplicate(copies);
  return null;
}

/** The round's count from its opened ballots (each the options it chose): every one of them is valid. */
export function countBallots(subject: VoteSubject, candidateIds: readonly string[], ballots: readonly (readonly string[])[]): RoundCount {
  const counters = new Map<string, number>();
  for (const chosen of ballots) for (const option of chosen) counters.set(option, (counters.get(option) ?? 0) + 1);
  return countFromCounters(subject, candidateIds, counters, ballots.length);
}
