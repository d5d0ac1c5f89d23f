import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { MEETINGS_MESSAGES as M } from '../meetings.messages.js';
import { notACandidate } from '../votes/paper-totals.rules.js';
import { ANSWERS, type Answer, type VoteSubject } from '../votes/vote-rule-set.js';
import { answersYesNo } from '../votes/vote-rounds.rules.js';

/** What is known about a unit that wants to cast a ballot, read from the registry and the meeting's attendance. */
export interface VoterFacts {
  readonly unitName: string;
  readonly clusterName: string;
  readonly year: number;
  readonly isMember: boolean;
  /** At least one of its delegates is present. */
  readonly present: boolean;
  /** Its delegate who carries the unit's vote is present. */
  readonly votingDelegatePresent: boolean;
  /** On the roll of the open round (taken when it opened); null while no round is open. */
  readonly onRoll: boolean | null;
}

/**
 * Why the unit may not vote, or null when it may: one ballot per member unit present with its voting delegate. Once
 * a round is open its roll decides, so a delegate who steps out after receiving the ballot still votes.
 */
export function voterProblem(facts: VoterFacts): LocalizedText | null {
  const { unitName, clusterName, year } = facts;
  if (facts.onRoll === true) return null;
  if (!facts.isMember) return M.voterNotMember(unitName, clusterName, year);
  if (!facts.present) return M.voterAbsent(unitName);
  if (!facts.votingDelegatePresent) return M.voterWithoutDelegate(unitName);
  if (facts.onRoll === false) return M.voterNotOnRoll(unitName);
  return null;
}

/** A ballot as sent: names to approve, or one answer. */
export interface BallotInput {
  readonly choices?: readonly string[];
  readonly answer?: string;
}

export interface BallotOptions {
  /** The counters the ballot adds one to: candidates' ids, or the answer. */
  readonly options: readonly string[];
  readonly problems: readonly FieldError[];
}

/**
 * Checks one electronic ballot against the round's ballot: at most `places` names among the candidates (a blank
 * ballot approves no one and is valid), or exactly one answer.
 */
export function ballotOptions(
  subject: VoteSubject,
  round: { readonly candidateIds: readonly string[]; readonly places: number },
  ballot: BallotInput,
): BallotOptions {
  if (answersYesNo(subject)) {
    const problems: FieldError[] = [];
    if (ballot.choices !== undefined) {
      problems.push({ field: 'choices', message: M.questionBallotWithChoices });
    }
    if (!ANSWERS.includes(ballot.answer as Answer)) {
      problems.push({ field: 'answer', message: M.answerRequired });
    }
    return { options: problems.length === 0 ? [ballot.answer as Answer] : [], problems };
  }
  if (ballot.answer !== undefined) {
    return {
      options: [],
      problems: [{ field: 'answer', message: M.electionBallotWithAnswer }],
    };
  }
  const choices = ballot.choices ?? [];
  const problems = checkBallot(choices, round.candidateIds, round.places);
  return { options: problems.length === 0 ? choices : [], problems };
}

// Electronic ballots

/**
 * Why one electronic ballot is refused: more than `maxChoices` names, a name that is not a candidate, or the same name
 * twice. A ballot naming no one is valid (it approves no one).
 */
export function checkBallot(choices: readonly string[], candidateIds: readonly string[], maxChoices: number): FieldError[] {
  const found: FieldError[] = [];
  if (choices.length > maxChoices) {
    found.push({ field: 'choices', message: M.tooManyChoices(maxChoices, choices.length) });
  }
  choices.forEach((choice, i) => {
    if (!candidateIds.includes(choice)) {
      found.push(notACandidate(`choices[${i}]`));
    } else if (choices.indexOf(choice) < i) {
      found.push({ field: `choices[${i}]`, message: M.candidateChosenTwice });
    }
  });
  return found;
}
