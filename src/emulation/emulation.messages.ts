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
  // Criteria, their import, scores and movements (criteria.rules, criteria-import.rules, score.rules, movement.rules).
  criterionCodeInvalid: (code: string) =>
    text(`Mã "${code}" không hợp lệ (ví dụ: 1, 1.2, 1.2.a).`, `The code "${code}" is not valid (e.g. 1, 1.2, 1.2.a).`),
  criterionCodeTwice: (code: string) => text(`Mã "${code}" bị trùng.`, `The code "${code}" appears twice.`),
  maxPointsOutOfRange: (most: number) => text(`Điểm tối đa phải từ 0 đến ${most}.`, `The maximum must be between 0 and ${most}.`),
  maxPointsDecimals: text('Điểm tối đa lấy tối đa 2 chữ số thập phân.', 'The maximum has at most 2 decimals.'),
  criterionTitleMissing: text('Phải ghi nội dung tiêu chí.', 'Give the text of the criterion.'),
  criterionParentMissing: text('Tiêu chí phải thuộc một nhóm hoặc tiêu chí cha.', 'A criterion needs a parent.'),
  noParentBefore: (parentCode: string) =>
    text(`Không có mục cha "${parentCode}" (mục cha phải đứng trước).`, `No parent "${parentCode}" (a parent comes first).`),
  levelNotBelow: (level: LocalizedText, parentLevel: LocalizedText) =>
    text(`Cấp "${level.vi}" không đứng ngay dưới "${parentLevel.vi}".`, `"${level.en}" does not come right below "${parentLevel.en}".`),
  natureOfParent: (nature: LocalizedText) =>
    text(`Mục con của "${nature.vi}" cũng phải là "${nature.vi}".`, `An item under "${nature.en}" is "${nature.en}" too.`),
  tooManyCriteria: (most: number) => text(`Tối đa ${most} mục.`, `At most ${most} items.`),
  importCodeMissing: text('Thiếu mã tiêu chí (cột A).', 'The code is missing (column A).'),
  importCodeTooDeep: (code: string) => text(`Mã "${code}" sâu quá 3 cấp.`, `The code "${code}" is deeper than 3 levels.`),
  importMaxNotANumber: (max: string) =>
    text(`Điểm tối đa "${max}" không phải là số (cột C).`, `The maximum "${max}" is not a number (column C).`),
  importNatureUnknown: (nature: string) =>
    text(
      `Loại điểm "${nature}" không rõ (cột D: để trống, "thưởng" hoặc "trừ").`,
      `Unknown kind of points "${nature}" (column D: blank, "thưởng" or "trừ").`,
    ),
  criterionScoredTwice: (code: string) => text(`Tiêu chí ${code} được ghi hai lần.`, `Criterion ${code} is given twice.`),
  pointsDecimals: text('Điểm lấy tối đa 2 chữ số thập phân.', 'Points have at most 2 decimals.'),
  movementEndsBeforeStart: text('Năm kết thúc trước năm bắt đầu.', 'The end year is before the start year.'),
  regularMovementOneYear: text('Phong trào thường xuyên diễn ra trong một năm.', 'A regular movement runs for one year.'),
  sheetCodeUnknown: (code: string) => text(`Không có tiêu chí mã "${code}" (cột A).`, `No criterion has the code "${code}" (column A).`),
  sheetPointsNotANumber: (points: string) =>
    text(`Điểm "${points}" không phải là số (cột C).`, `The points "${points}" are not a number (column C).`),
  sheetCodeTwice: (code: string) => text(`Tiêu chí ${code} có hai dòng.`, `Criterion ${code} has two rows.`),
  movementLauncher: text(
    'Ghi một trong hai: đơn vị chủ quản phát động (ownerId) hoặc cụm phát động (clusterId).',
    'Give one of the two: the launching owner (ownerId) or the launching cluster (clusterId).',
  ),
} satisfies MessageCatalogue;

/** The kinds of emulation movement. */
export const MOVEMENT_KIND_NAMES = {
  regular: text('Thường xuyên (hằng năm)', 'Regular (yearly)'),
  themed: text('Theo chuyên đề', 'Themed'),
} satisfies MessageCatalogue;

/** The levels of a criteria tree. */
export const CRITERION_LEVEL_NAMES = {
  group: text('Nhóm tiêu chí', 'Group'),
  criterion: text('Tiêu chí', 'Criterion'),
  sub_criterion: text('Tiêu chí thành phần', 'Sub-criterion'),
} satisfies MessageCatalogue;

/** The kinds of points a criterion gives. */
export const CRITERION_NATURE_NAMES = {
  standard: text('Chấm điểm', 'Scored'),
  bonus: text('Điểm thưởng', 'Bonus'),
  penalty: text('Điểm trừ', 'Penalty'),
} satisfies MessageCatalogue;

/** The bands of the ranking. */
export const BAND_NAMES = {
  excellent: text('Xuất sắc', 'Excellent'),
  good: text('Tốt', 'Good'),
  fair: text('Khá', 'Fair'),
  average: text('Trung bình', 'Average'),
} satisfies MessageCatalogue;

/** Whether a unit signed the pact. */
export const SIGNATURE_STATUS_NAMES = {
  signed: text('Đã ký', 'Signed'),
  unsigned: text('Chưa ký', 'Not signed'),
} satisfies MessageCatalogue;

/** Where a member's registration stands against the deadline. */
export const REGISTRATION_STATUS_NAMES = {
  on_time: text('Đã đăng ký đúng hạn', 'Registered on time'),
  late: text('Đăng ký muộn', 'Registered late'),
  missing: text('Chưa đăng ký (quá hạn)', 'Missing (past the deadline)'),
  pending: text('Chưa đăng ký', 'Not registered yet'),
} satisfies MessageCatalogue;

/** The columns of a score sheet. */
export const SCORE_COLUMN_NAMES = {
  self: text('Tự chấm', 'Self-score'),
  cross: text('Chấm chéo / thẩm định', 'Cross-checked'),
  agreed: text('Thống nhất', 'Agreed'),
} satisfies MessageCatalogue;

/** The states of a cluster year's scoring, as the transition table labels them. */
export const SCORING_STATE_NAMES = {
  open: text('Đang chấm điểm', 'Open for scoring'),
  published: text('Đã công bố', 'Published'),
  fixed: text('Đã chốt', 'Fixed'),
} satisfies MessageCatalogue;
