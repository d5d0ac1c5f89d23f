import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { ceilOf, floorDiv, percentText, type Ratio } from '../../platform/numbers/ratio.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { NOMINATIONS_ERRORS, NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';

export type CouncilChoice = 'for' | 'against' | 'abstain';

/**
 * How a member's vote reached the minutes: cast at the meeting, or sent in writing by a member who was
 * absent (ý kiến bằng văn bản), which the minutes record as such (Decree 98/2023 Art. 30(7)).
 */
export type VoteRecording = 'at_meeting' | 'written_opinion';

export interface CouncilBallot {
  memberId: string;
  choice: CouncilChoice;
  recordedAs: VoteRecording;
}

export interface CouncilVoteInput {
  /**
   * From the rule set: e.g. 80 % for flags and Chiến sĩ thi đua cơ sở, 90 % for the higher individual titles.
   * Null where the law sets none (commendations, orders): then more than half of all members decide
   * (UNVERIFIED: the usual rule of such councils, e.g. Bắc Ninh 2025, rules §1.8(2); VUSTA's own is not known).
   */
  threshold: Ratio | null;
  /** Every member of the Hội đồng Thi đua – Khen thưởng, present or not: the threshold is counted on them all. */
  councilMemberIds: readonly string[];
  ballots: readonly CouncilBallot[];
}

export interface CouncilVoteTally {
  totalMembers: number;
  threshold: Ratio | null;
  /** The smallest number of votes in favour that reaches the threshold of the total membership. */
  votesNeeded: number;
  inFavour: number;
  inFavourInWriting: number;
  against: number;
  abstaining: number;
  atMeeting: number;
  writtenOpinions: number;
  /** Members who neither voted at the meeting nor sent a written opinion. */
  notVoted: string[];
  passed: boolean;
  reason: LocalizedText;
}

/** The recorded ballots do not fit the council (a stranger's ballot, two ballots from one member). */
export class CouncilVoteInvalidError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...errorOf(NOMINATIONS_ERRORS, 'COUNCIL_VOTE.INVALID'), fieldErrors);
  }
}

function validate(input: CouncilVoteInput): void {
  const { threshold } = input;
  if (threshold !== null && threshold.numerator > threshold.denominator) throw new RangeError('A council threshold cannot exceed 100 %.');
  const members = new Set(input.councilMemberIds);
  const errors: FieldError[] = [];
  if (members.size === 0) {
    errors.push({
      field: 'councilMemberIds',
      message: M.councilEmpty,
    });
  }
  const seen = new Set<string>();
  input.ballots.forEach((ballot, index) => {
    const field = `ballots[${index}].memberId`;
    if (!members.has(ballot.memberId)) {
      errors.push({
        field,
        message: M.voterNotMember,
      });
    } else if (seen.has(ballot.memberId)) {
      errors.push({
        field,
        message: M.memberVotedTwice,
      });
    }
    seen.add(ballot.memberId);
  });
  if (errors.length > 0) throw new CouncilVoteInvalidError(errors);
}

/** The smallest number of votes in favour that carries it, and how the minutes name the bar. */
function bar(threshold: Ratio | null, totalMembers: number): { votesNeeded: number; name: LocalizedText } {
  if (threshold === null) {
    return { votesNeeded: floorDiv(totalMembers, 2) + 1, name: M.councilMajority };
  }
  return { votesNeeded: ceilOf(totalMembers, threshold), name: M.councilThreshold(percentText(threshold)) };
}

/**
 * The council's vote on one nomination. The threshold is counted on the council's total membership, not
 * on those present, and written opinions of absent members count like votes at the meeting.
 * Throws CouncilVoteInvalidError when a ballot does not fit the council.
 */
export function tallyCouncilVote(input: CouncilVoteInput): CouncilVoteTally {
  validate(input);
  const members = [...new Set(input.councilMemberIds)];
  const { ballots, threshold } = input;
  const count = (predicate: (b: CouncilBallot) => boolean) => ballots.filter(predicate).length;
  const totalMembers = members.length;
  const { votesNeeded, name } = bar(threshold, totalMembers);
  const inFavour = count((b) => b.choice === 'for');
  const inFavourInWriting = count((b) => b.choice === 'for' && b.recordedAs === 'written_opinion');
  const voted = new Set(ballots.map((b) => b.memberId));
  const passed = inFavour >= votesNeeded;
  return {
    totalMembers,
    threshold,
    votesNeeded,
    inFavour,
    inFavourInWriting,
    against: count((b) => b.choice === 'against'),
    abstaining: count((b) => b.choice === 'abstain'),
    atMeeting: count((b) => b.recordedAs === 'at_meeting'),
    writtenOpinions: count((b) => b.recordedAs === 'written_opinion'),
    notVoted: members.filter((m) => !voted.has(m)),
    passed,
    reason: M.councilTally({ inFavour, inFavourInWriting, totalMembers, passed, bar: name, votesNeeded }),
  };
}

/** A session is held on a day that has come, and not before the dossier it votes on was submitted. */
export function sessionDateRefusal(input: { heldOn: IsoDate; today: IsoDate; submittedOn: IsoDate | null }): FieldError | null {
  const { heldOn, today, submittedOn } = input;
  if (heldOn > today) {
    return { field: 'heldOn', message: M.sessionAhead(heldOn) };
  }
  if (submittedOn !== null && heldOn < submittedOn) {
    return { field: 'heldOn', message: M.sessionBeforeSubmission(submittedOn) };
  }
  return null;
}
