import { text } from '../platform/i18n/locale.js';
import { defineErrors, staleVersion } from '../platform/i18n/messages.js';

/** The errors of the reports, by stable code, Vietnamese first. */
export const REPORTS_ERRORS = defineErrors('reports', {
  'REPORTS.CONFERENCE_NOT_RECORDED': {
    kind: 'not_found',
    message: (clusterName: string, year: number) =>
      text(
        `Chưa ghi nhận hội nghị tổng kết năm ${year} của ${clusterName}, nên chưa có biên bản hay tin bài để lập. Báo cáo năm ${year} vẫn xem được.`,
        `No year-end conference of ${clusterName} is recorded for ${year}, so there are no minutes or news item to draw up. The ${year} report is still available.`,
      ),
  },
  'REPORTS.NO_FLAG_PROPOSAL': {
    kind: 'not_found',
    message: (clusterName: string, year: number) =>
      text(
        `Chưa ghi nhận đơn vị nào được ${clusterName} suy tôn đề nghị tặng Cờ thi đua năm ${year}, nên chưa có tờ trình để lập.`,
        `No unit is recorded as proposed by ${clusterName} for the Emulation Flag of ${year}, so there is no submission to draw up.`,
      ),
  },
  'REPORTS.SECTIONS_VERSION_REQUIRED': {
    kind: 'conflict',
    message: (year: number, current: number) =>
      text(
        `Phần nội dung báo cáo năm ${year} đã được viết (phiên bản ${current}). Muốn thay thế, hãy gửi kèm version đã đọc; chưa có gì được lưu.`,
        `The ${year} report sections are already written (version ${current}). Send the version you read to replace them; nothing was saved.`,
      ),
  },
  'REPORTS.SECTIONS_STALE': {
    kind: 'conflict',
    message: (year: number, current: number | null) =>
      current === null
        ? text(
            `Phần nội dung báo cáo năm ${year} chưa được viết: bỏ version để viết mới; chưa có gì được lưu.`,
            `The ${year} report sections are not written yet: leave out the version to write them; nothing was saved.`,
          )
        : staleVersion(text(`Phần nội dung báo cáo năm ${year} vừa được người khác sửa`, `the ${year} report sections`), current),
  },
  'REPORTS.SECTIONS_WRITTEN_MEANWHILE': {
    kind: 'conflict',
    message: text(
      'Phần nội dung báo cáo vừa được người khác viết. Hãy tải lại rồi sửa lại; chưa có gì được lưu.',
      'Someone else has just written the report sections. Reload and try again; nothing was saved.',
    ),
  },
  'REPORTS.ISSUANCE_VERSION_REQUIRED': {
    kind: 'conflict',
    message: (year: number, current: number) =>
      text(
        `Thông tin ban hành văn bản năm ${year} đã được ghi (phiên bản ${current}). Muốn sửa, hãy gửi kèm version đã đọc; chưa có gì được lưu.`,
        `The ${year} issuing details are already recorded (version ${current}). Send the version you read to change them; nothing was saved.`,
      ),
  },
  'REPORTS.ISSUANCE_STALE': {
    kind: 'conflict',
    message: (year: number, current: number | null) =>
      current === null
        ? text(
            `Thông tin ban hành văn bản năm ${year} chưa được ghi: bỏ version để ghi mới; chưa có gì được lưu.`,
            `The ${year} issuing details are not recorded yet: leave out the version to record them; nothing was saved.`,
          )
        : text(
            `Thông tin ban hành văn bản năm ${year} vừa được người khác sửa (phiên bản hiện tại là ${current}). Hãy tải lại rồi sửa lại; chưa có gì được lưu.`,
            `Someone else changed the ${year} issuing details (current version ${current}). Reload and try again; nothing was saved.`,
          ),
  },
  'REPORTS.ISSUANCE_WRITTEN_MEANWHILE': {
    kind: 'conflict',
    message: text(
      'Thông tin ban hành văn bản vừa được người khác ghi. Hãy tải lại rồi sửa lại; chưa có gì được lưu.',
      'Someone else has just recorded the issuing details. Reload and try again; nothing was saved.',
    ),
  },
  'REPORTS.ISSUANCE_INVALID': {
    kind: 'unprocessable',
    message: text(
      'Thông tin ban hành văn bản không hợp lệ; chưa có gì được lưu. Xem từng trường.',
      'The issuing details are not valid; nothing was saved. See each field.',
    ),
  },
});

/** Other user text of the reports. */
export const REPORTS_MESSAGES = {
  versionMismatch: text('Phiên bản không khớp.', 'The version does not match.'),
  versionRequired: text('Bắt buộc khi nội dung đã có.', 'Required when the sections exist.'),
  // The issuance record of a report (issuance.rules).
  numberNotForTheYear: text(
    'Số văn bản ghi riêng cho từng văn bản, không ghi chung cho cả năm.',
    'A number belongs to one document, not to the year.',
  ),
  dateNotForTheYear: text(
    'Ngày ban hành ghi riêng cho từng văn bản, không ghi chung cho cả năm.',
    'A date belongs to one document, not to the year.',
  ),
  issuedOutsideYears: (year: number) =>
    text(
      `Văn bản của năm ${year} ban hành trong năm ${year} hoặc ${year + 1}.`,
      `A document of ${year} is issued in ${year} or ${year + 1}.`,
    ),
  capacityMissing: text(
    'Ghi thẩm quyền ký (TM., KT., Q.…) khi ghi cơ quan hoặc người được ký thay.',
    'Give the signing capacity (TM., KT., Q.…) with whom the signer signs for.',
  ),
} as const;
