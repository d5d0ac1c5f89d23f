import type { FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';
import type { CouncilBallotBody } from '../../nominations/reviews/council-vote.dto.js';
import type { CouncilChoice } from '../../nominations/reviews/council-vote.rules.js';

/**
 * How a member took part in the session, as the minutes say: at the meeting, absent with a written
 * opinion, or absent without one (no ballot: counted among those who did not vote).
 */
export const ATTENDANCES = ['present', 'written_opinion', 'absent'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

const CHOICES: readonly CouncilChoice[] = ['for', 'against', 'abstain'];

export const attendanceField = (memberId: string) => `attendance_${memberId}`;
export const choiceField = (memberId: string) => `choice_${memberId}`;

interface MemberRow {
  memberId: string;
  attendance: Attendance | null;
  choice: CouncilChoice | null;
}

/** What the form said of each member of the roll, as typed (kept to show the form again). */
export function memberRows(memberIds: readonly string[], fields: Record<string, unknown>): MemberRow[] {
  return memberIds.map((memberId) => {
    const attendance = fields[attendanceField(memberId)];
    const choice = fields[choiceField(memberId)];
    return {
      memberId,
      attendance: ATTENDANCES.find((a) => a === attendance) ?? null,
      choice: CHOICES.find((c) => c === choice) ?? null,
    };
  });
}

/**
 * The ballots of the members who voted, at the meeting or in writing; a member who took part needs a
 * choice, and every member's attendance must be said.
 */
export function ballotsOf(rows: readonly MemberRow[]): { ballots: CouncilBallotBody[] } | { errors: FieldError[] } {
  const errors: FieldError[] = rows.flatMap(({ memberId, attendance, choice }) => {
    if (attendance === null) {
      return [
        {
          field: attendanceField(memberId),
          message: text(
            'Chọn thành viên này có mặt, vắng có ý kiến bằng văn bản, hay vắng.',
            'Say whether this member was present, absent with a written opinion, or absent.',
          ),
        },
      ];
    }
    if (attendance !== 'absent' && choice === null) {
      return [
        {
          field: choiceField(memberId),
          message: text('Chọn ý kiến biểu quyết của thành viên này.', 'Choose how this member voted.'),
        },
      ];
    }
    return [];
  });
  if (errors.length > 0) return { errors };
  const ballots = rows.flatMap(({ memberId, attendance, choice }) =>
    attendance === 'absent' || attendance === null || choice === null
      ? []
      : [
          {
            memberId,
            choice,
            recordedAs: attendance === 'present' ? ('at_meeting' as const) : ('written_opinion' as const),
          },
        ],
  );
  return { ballots };
}
