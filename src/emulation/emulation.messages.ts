import type { ErrorKind } from '../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../platform/i18n/locale.js';
import { formatNumber } from '../platform/numbers/ratio.js';
import { defineErrors, type MessageCatalogue } from '../platform/i18n/messages.js';

/*
 * Every sentence the emulation context (movements, pact, registrations, criteria, scores, ranking) says to a user,
 * by key: Vietnamese first, English second. Errors are keyed by their stable code and published with defineErrors.
 */

const NOTHING_SAVED = text('Chưa có gì được lưu.', 'Nothing was saved.');

export const EMULATION_ERRORS = defineErrors('emulation', {
  'EMULATION.CLUSTER_UNKNOWN': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy cụm thi đua có mã định danh ${id}.`, `No cluster has the id ${id}.`),
  },
  'EMULATION.NOT_A_MEMBER': {
    kind: 'unprocessable',
    message: (year: number) =>
      text(
        `Đơn vị không phải thành viên của cụm trong năm ${year}. ${NOTHING_SAVED.vi}`,
        `The unit is not a member of the cluster in ${year}. ${NOTHING_SAVED.en}`,
      ),
  },
  'EMULATION.NOT_OWN_UNIT': {
    kind: 'forbidden',
    message: text(
      'Chỉ cán bộ của chính đơn vị (hoặc thư ký cụm, cán bộ Liên hiệp Hội Việt Nam) mới làm được việc này cho đơn vị.',
      "Only the unit's own officers (or the cluster secretariat, or VUSTA staff) may do this for the unit.",
    ),
  },
  'EMULATION.STALE': {
    kind: 'conflict',
    message: (current: number) =>
      text(
        `Bản ghi đã được người khác sửa (phiên bản hiện tại là ${current}). Hãy tải lại rồi sửa lại; ${NOTHING_SAVED.vi.toLowerCase()}`,
        `Someone else changed the record (current version ${current}). Reload and try again; ${NOTHING_SAVED.en.toLowerCase()}`,
      ),
  },
  'EMULATION.INVALID': {
    kind: 'unprocessable',
    message: text(`Thông tin chưa hợp lệ. ${NOTHING_SAVED.vi}`, `The data is not valid. ${NOTHING_SAVED.en}`),
  },
  'EMULATION.MOVEMENT_NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy phong trào thi đua có mã định danh ${id}.`, `No emulation movement has the id ${id}.`),
  },
  'EMULATION.DOCUMENT_NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy tệp có mã định danh ${id}.`, `No file has the id ${id}.`),
  },
  'EMULATION.PACT_NOT_FOUND': {
    kind: 'not_found',
    message: (year: number) => text(`Cụm chưa có bản giao ước thi đua năm ${year}.`, `The cluster has no emulation pact for ${year} yet.`),
  },
  'EMULATION.REGISTRATION_NOT_FOUND': {
    kind: 'not_found',
    message: (year: number) => text(`Đơn vị chưa đăng ký thi đua năm ${year}.`, `The unit has not registered for ${year} yet.`),
  },
  'EMULATION.CRITERIA_LOCKED': {
    kind: 'conflict',
    message: text(
      `Đã bắt đầu chấm điểm nên bảng tiêu chí bị khoá. ${NOTHING_SAVED.vi}`,
      `Scoring has started, so the criteria are locked. ${NOTHING_SAVED.en}`,
    ),
  },
  'EMULATION.NO_TEMPLATE': {
    kind: 'unprocessable',
    message: (year: number) =>
      text(
        `Đơn vị chủ quản chưa có bảng tiêu chí mẫu cho năm ${year} hoặc các năm trước. ${NOTHING_SAVED.vi}`,
        `The owner has no criteria template for ${year} or earlier. ${NOTHING_SAVED.en}`,
      ),
  },
  'EMULATION.NO_CRITERIA': {
    kind: 'unprocessable',
    message: (year: number) =>
      text(
        `Cụm chưa có bảng tiêu chí năm ${year}: hãy lập bảng tiêu chí trước khi chấm điểm. ${NOTHING_SAVED.vi}`,
        `The cluster has no criteria for ${year}: set them up before scoring. ${NOTHING_SAVED.en}`,
      ),
  },
  'EMULATION.SCORES_INVALID': {
    kind: 'unprocessable',
    message: text(`Điểm chưa hợp lệ. ${NOTHING_SAVED.vi}`, `The scores are not valid. ${NOTHING_SAVED.en}`),
  },
  'EMULATION.SCORE_TABLE_STATE': {
    kind: 'conflict',
    message: (state: LocalizedText) =>
      text(
        `Bảng điểm đang ở trạng thái "${state.vi}" nên không làm được việc này. ${NOTHING_SAVED.vi}`,
        `The score table is "${state.en}", so this cannot be done. ${NOTHING_SAVED.en}`,
      ),
  },
  'EMULATION.SCORES_NOT_PUBLISHED': {
    kind: 'forbidden',
    message: text(
      'Cụm trưởng chưa công bố bảng điểm: chỉ đơn vị đó, thư ký cụm và cán bộ Liên hiệp Hội Việt Nam được xem điểm tự chấm của đơn vị.',
      "The chair has not published the score table: only the unit itself, the cluster secretariat and VUSTA staff may see the unit's self-scores.",
    ),
  },
  'EMULATION.EVIDENCE_NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy tệp minh chứng có mã định danh ${id}.`, `No evidence file has the id ${id}.`),
  },
  'EMULATION.SPREADSHEET_UNREADABLE': {
    kind: 'unprocessable',
    message: text(
      `Không đọc được tệp: hãy gửi bảng tính Excel (XLSX) theo mẫu. ${NOTHING_SAVED.vi}`,
      `The file cannot be read: send an Excel workbook (XLSX) in the form's layout. ${NOTHING_SAVED.en}`,
    ),
  },
});

export type EmulationErrorCode = keyof typeof EMULATION_ERRORS;

type MessageArgs<M> = M extends (...args: infer P) => LocalizedText ? P : [];

/** The code, kind and text of one error of the catalogue, for `DomainError`'s constructor. */
export function emulationError<C extends EmulationErrorCode>(
  code: C,
  ...args: MessageArgs<(typeof EMULATION_ERRORS)[C]['message']>
): [C, ErrorKind, LocalizedText] {
  const { kind, message } = EMULATION_ERRORS[code];
  return [code, kind, typeof message === 'function' ? (message as (...given: unknown[]) => LocalizedText)(...args) : message];
}

/** Labels and sentences (not errors) of the emulation context. */
export const EMULATION_MESSAGES = {
  /** The defaults of the bands are not from a published VUSTA rule: say so wherever they are shown. */
  unverifiedBands: text(
    'Ngưỡng xếp loại mặc định, chưa theo quy định chính thức nào của Liên hiệp Hội Việt Nam (chưa tìm thấy quy định đã công bố); cụm có thể đặt lại.',
    'Default band thresholds, not from any official VUSTA rule (none published was found); the cluster may set its own.',
  ),
  reasonRequired: text('Phải nêu lý do điều chỉnh điểm.', 'Give the reason for the adjusted score.'),
  pointsAboveMax: (max: number) =>
    text(`Điểm vượt quá điểm tối đa (${formatNumber(max, 'vi')}).`, `The points exceed the maximum (${formatNumber(max, 'en')}).`),
  pointsNegative: text('Điểm không được âm.', 'Points cannot be negative.'),
  notScorable: text('Chỉ chấm điểm ở tiêu chí cuối cùng (không có tiêu chí con).', 'Only criteria without sub-criteria are scored.'),
  unknownCriterion: (code: string) => text(`Không có tiêu chí "${code}" trong bảng tiêu chí.`, `No criterion "${code}" in the criteria.`),
  notAMemberUnit: text('Đơn vị không phải thành viên của cụm năm đó.', 'The unit is not a member of the cluster that year.'),
  bandsOrder: text(
    'Ngưỡng xếp loại phải giảm dần: Xuất sắc ≥ Tốt ≥ Khá, trong khoảng 0–100 %.',
    'The band thresholds must decrease: Excellent ≥ Good ≥ Fair, within 0–100 %.',
  ),
  pairOfItself: text('Một đơn vị không tự chấm chéo mình.', 'A unit does not cross-check itself.'),
  unknownOwner: text('Không có đơn vị chủ quản này.', 'No such owner.'),
  notAClusterMeeting: text('Cuộc họp không phải cuộc họp của cụm.', 'The meeting is not one of the cluster.'),
} satisfies MessageCatalogue;
