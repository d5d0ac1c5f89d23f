import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';
import { ENDS_BEFORE_START } from './meeting.rules.js';

export class MeetingNotFoundError extends DomainError {
  constructor(id: string) {
    super('MEETING.NOT_FOUND', 'not_found', text(`Không tìm thấy cuộc họp có mã định danh ${id}.`, `No meeting has the id ${id}.`));
  }
}

export class UnknownMeetingClusterError extends DomainError {
  constructor(id?: string) {
    super(
      'MEETING.CLUSTER_UNKNOWN',
      'unprocessable',
      text('Không tìm thấy cụm thi đua của cuộc họp.', 'The cluster of the meeting does not exist.'),
      [
        {
          field: 'clusterId',
          message: id
            ? text(`Không có cụm thi đua nào mang mã định danh ${id}.`, `No cluster has the id ${id}.`)
            : text('Không có cụm thi đua nào mang mã định danh này.', 'No cluster has this id.'),
        },
      ],
    );
  }
}

/** The new content breaks a rule of meetings (a unit that is not a member, two voters for a unit, times). */
export class MeetingContentError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(
      'MEETING.CONTENT_INVALID',
      'unprocessable',
      text('Thông tin cuộc họp chưa hợp lệ; chưa có gì được lưu.', 'The meeting data is not valid; nothing was saved.'),
      fieldErrors,
    );
  }
}

/** A finalized meeting is locked: its minutes change only by a recorded amendment. */
export class MeetingFinalizedError extends DomainError {
  constructor(id: string) {
    super(
      'MEETING.FINALIZED',
      'conflict',
      text(
        `Biên bản cuộc họp đã hoàn tất nên bị khoá, không sửa trực tiếp được. Muốn đính chính, hãy lập bản sửa đổi ` +
          `(POST /api/v1/meetings/${id}/amendments, ghi rõ nội dung sửa và lý do); chưa có gì được lưu.`,
        `The meeting's minutes are finalized and locked. To correct them, record an amendment ` +
          `(POST /api/v1/meetings/${id}/amendments, with the change and its reason); nothing was saved.`,
      ),
    );
  }
}

export class MeetingIsDraftError extends DomainError {
  constructor() {
    super(
      'MEETING.NOT_FINALIZED',
      'conflict',
      text(
        'Biên bản cuộc họp còn ở dạng dự thảo: hãy sửa trực tiếp, không cần lập bản sửa đổi; chưa có gì được lưu.',
        'The meeting is still a draft: edit it directly, no amendment is needed; nothing was saved.',
      ),
    );
  }
}

export class StaleMeetingError extends DomainError {
  constructor(current: number) {
    super(
      'MEETING.STALE',
      'conflict',
      text(
        `Cuộc họp đã được người khác sửa (phiên bản hiện tại là ${current}). Hãy tải lại rồi sửa lại; chưa có gì được lưu.`,
        `Someone else changed the meeting (current version ${current}). Reload and try again; nothing was saved.`,
      ),
      [{ field: 'version', message: text('Phiên bản đã cũ.', 'The version is stale.') }],
    );
  }
}

export class AmendmentRefusedError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(
      'MEETING.AMENDMENT_INVALID',
      'unprocessable',
      text('Bản sửa đổi chưa hợp lệ; chưa có gì được lưu.', 'The amendment is not valid; nothing was saved.'),
      fieldErrors,
    );
  }
}

/** Two requests gave the same unit a voting delegate at once; the partial unique index kept one. */
export class OneVoterPerUnitError extends DomainError {
  constructor() {
    super(
      'MEETING.ONE_VOTER_PER_UNIT',
      'conflict',
      text(
        'Mỗi đơn vị chỉ có một đại biểu biểu quyết; danh sách vừa được người khác thay đổi. Hãy tải lại; chưa có gì được lưu.',
        'Each unit has one voting delegate; the list was just changed by someone else. Reload; nothing was saved.',
      ),
      [{ field: 'delegates', message: text('Một đơn vị có hai đại biểu biểu quyết.', 'A unit has two voting delegates.') }],
    );
  }
}

defineConstraintErrors({
  meetings_cluster_id_fkey: () => new UnknownMeetingClusterError(),
  meetings_ends_after_start_check: () =>
new MeetingContentError([{ field: 'endsAt', message: ENDS_BEFORE_START }]),
  meeting_delegates_one_voter_per_unit_key: () => new OneVoterPerUnitError(),
});
