import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { ceilOf, percentText, type Ratio } from '../award-types/rule-set.js';

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
  /** From the rule set: e.g. 80 % for flags and Chiến sĩ thi đua cơ sở, 90 % for the higher individual titles. */
  threshold: Ratio;
  /** Every member of the Hội đồng Thi đua – Khen thưởng, present or not: the threshold is counted on them all. */
  councilMemberIds: readonly string[];
  ballots: readonly CouncilBallot[];
}

export interface CouncilVoteTally {
  totalMembers: number;
  threshold: Ratio;
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
    super(
      'COUNCIL_VOTE.INVALID',
      'unprocessable',
      text('Kết quả biểu quyết của Hội đồng không hợp lệ.', 'The council vote is invalid.'),
      fieldErrors,
    );
  }
}

function validate(input: CouncilVoteInput): void {
  const { threshold } = input;
  if (threshold.numerator > threshold.denominator) throw new RangeError('A council threshold cannot exceed 100 %.');
  const members = new Set(input.councilMemberIds);
  const errors: FieldError[] = [];
  if (members.size === 0) {
    errors.push({
      field: 'councilMemberIds',
      message: text('Hội đồng chưa có thành viên nào.', 'The council has no members.'),
    });
  }
  const seen = new Set<string>();
  input.ballots.forEach((ballot, index) => {
    const field = `ballots[${index}].memberId`;
    if (!members.has(ballot.memberId)) {
      errors.push({
        field,
        message: text('Người bỏ phiếu không phải là thành viên Hội đồng.', 'The voter is not a member of the council.'),
      });
    } else if (seen.has(ballot.memberId)) {
      errors.push({
        field,
        message: text('Thành viên này đã có phiếu biểu quyết.', 'This member has already voted.'),
      });
    }
    seen.add(ballot.memberId);
  });
  if (errors.length > 0) throw new CouncilVoteInvalidError(errors);
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
  const votesNeeded = ceilOf(totalMembers, threshold);
  const inFavour = count((b) => b.choice === 'for');
  const inFavourInWriting = count((b) => b.choice === 'for' && b.recordedAs === 'written_opinion');
  const voted = new Set(ballots.map((b) => b.memberId));
  const passed = inFavour >= votesNeeded;
  const share = percentText(threshold);
  const verdict = passed ? text('đạt', 'reaches') : text('không đạt', 'does not reach');
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
    reason: text(
      `${inFavour}/${totalMembers} thành viên Hội đồng đồng ý (${inFavour - inFavourInWriting} tại cuộc họp, ${inFavourInWriting} bằng văn bản), ${verdict.vi} ngưỡng ${share.vi} tổng số thành viên (cần ít nhất ${votesNeeded}).`,
      `${inFavour} of ${totalMembers} council members in favour (${inFavour - inFavourInWriting} at the meeting, ${inFavourInWriting} in writing), which ${verdict.en} the threshold of ${share.en} of all members (at least ${votesNeeded}).`,
    ),
  };
}
