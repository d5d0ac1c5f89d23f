import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

const VERSION_MISMATCH = [{ field: 'version', message: text('Phiên bản không khớp.', 'The version does not match.') }];

/** The sections exist: replacing them needs the version read, so that no one overwrites what they have not seen. */
export class SectionsVersionRequiredError extends DomainError {
  constructor(year: number, current: number) {
    super(
      'REPORTS.SECTIONS_VERSION_REQUIRED',
      'conflict',
      text(
        `Phần nội dung báo cáo năm ${year} đã được viết (phiên bản ${current}). Muốn thay thế, hãy gửi kèm version đã đọc; chưa có gì được lưu.`,
        `The ${year} report sections are already written (version ${current}). Send the version you read to replace them; nothing was saved.`,
      ),
      [{ field: 'version', message: text('Bắt buộc khi nội dung đã có.', 'Required when the sections exist.') }],
    );
  }
}

export class StaleSectionsError extends DomainError {
  constructor(year: number, current: number | null) {
    super(
      'REPORTS.SECTIONS_STALE',
      'conflict',
      current === null
        ? text(
            `Phần nội dung báo cáo năm ${year} chưa được viết: bỏ version để viết mới; chưa có gì được lưu.`,
            `The ${year} report sections are not written yet: leave out the version to write them; nothing was saved.`,
          )
        : text(
            `Phần nội dung báo cáo năm ${year} vừa được người khác sửa (phiên bản hiện tại là ${current}). Hãy tải lại rồi sửa lại; chưa có gì được lưu.`,
            `Someone else changed the ${year} report sections (current version ${current}). Reload and try again; nothing was saved.`,
          ),
      VERSION_MISMATCH,
    );
  }
}

/** Two first writes at once: the unique key lets one through, the other reads this. */
export class SectionsWrittenMeanwhileError extends DomainError {
  constructor() {
    super(
      'REPORTS.SECTIONS_WRITTEN_MEANWHILE',
      'conflict',
      text(
        'Phần nội dung báo cáo vừa được người khác viết. Hãy tải lại rồi sửa lại; chưa có gì được lưu.',
        'Someone else has just written the report sections. Reload and try again; nothing was saved.',
      ),
      VERSION_MISMATCH,
    );
  }
}

defineConstraintErrors({ report_sections_cluster_year_key: () => new SectionsWrittenMeanwhileError() });
