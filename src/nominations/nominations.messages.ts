import { text, type LocalizedText } from '../platform/i18n/locale.js';
import { defineErrors } from '../platform/i18n/messages.js';
import { dateText, type IsoDate } from '../platform/time/calendar.js';
import type { NomineeKind } from './award-types/catalogue.js';
import type { ProceedingKind } from './nominees/proceeding.rules.js';
import type { NominationAction, NominationRole, NominationState } from './nominations/nomination.state.js';

/**
 * The errors of thi đua, khen thưởng (award catalog, nominations, dossiers, proceedings, the staff's
 * check, the council, decisions, the register, exports), by stable code, Vietnamese first. A message
 * that depends on the case is a function of it; a message made by the rules (a refusal's reason) is
 * passed through as it is.
 */
export const NOMINATIONS_ERRORS = defineErrors('nominations', {
  'AWARD_TYPE.NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy loại khen thưởng có mã định danh ${id}.`, `No award type has the id ${id}.`),
  },
  'AWARD_TYPE.CODE_TAKEN': {
    kind: 'conflict',
    message: text('Mã loại khen thưởng này đã được dùng.', 'This award type code is already in use.'),
  },
  'AWARD_TYPE.RULE_SET_REFUSED': {
    kind: 'unprocessable',
    message: text(
      'Bộ quy tắc không hợp lệ; xem chi tiết từng lỗi. Chưa có gì thay đổi.',
      'The rule set is invalid; see each error. Nothing was changed.',
    ),
  },
  'AWARD_TYPE.RULE_SETS_OVERLAP': {
    kind: 'conflict',
    message: text(
      'Thời gian áp dụng trùng với một bộ quy tắc khác của loại khen thưởng này; hãy tải lại và thử lại.',
      'The period overlaps another rule set of this award type; reload and try again.',
    ),
  },
  'AWARD_TYPE.RULE_SET_TIMELINE': { kind: 'unprocessable', message: (reason: LocalizedText) => reason },
  'AWARD_TYPE.NO_RULE_SET_IN_FORCE': { kind: 'unprocessable', message: (reason: LocalizedText) => reason },

  'NOMINATION.NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy đề nghị khen thưởng có mã định danh ${id}.`, `No nomination has the id ${id}.`),
  },
  'NOMINATION.OTHER_UNIT': {
    kind: 'forbidden',
    message: text(
      'Bạn không có quyền lập đề nghị nhân danh đơn vị khác: cán bộ đơn vị chỉ được lập đề nghị khen thưởng nhân danh đơn vị mình.',
      'You may not make a nomination in the name of another unit: a unit officer acts for their own unit only.',
    ),
  },
  'NOMINATION.NOMINEE_OUTSIDE_UNIT': {
    kind: 'forbidden',
    message: text(
      'Bạn không có quyền đề nghị khen thưởng cho đơn vị khác: đơn vị chỉ được đề nghị cho chính mình và cán bộ của mình; đơn vị cụm trưởng được đề nghị cho các thành viên của cụm trong năm.',
      'You may not nominate another unit: a unit nominates itself and its own people; the chair unit of a cluster may also nominate the cluster’s members that year.',
    ),
  },
  'NOMINATION.DUPLICATE': {
    kind: 'conflict',
    message: text(
      'Đối tượng này đã có một đề nghị cùng loại khen thưởng trong cùng năm (chưa rút); không thể lập thêm.',
      'This nominee already has a nomination (not withdrawn) for the same award and year.',
    ),
  },
  'NOMINATION.INVALID_REFERENCES': {
    kind: 'unprocessable',
    message: text(
      'Đề nghị khen thưởng tham chiếu tới dữ liệu không hợp lệ; xem chi tiết từng lỗi. Chưa có gì thay đổi.',
      'The nomination refers to invalid data; see each error. Nothing was changed.',
    ),
  },
  'NOMINATION.NOT_ELIGIBLE': {
    kind: 'unprocessable',
    message: text(
      'Chưa thể nộp hồ sơ: đề nghị chưa đáp ứng các điều kiện sau.',
      'The nomination cannot be submitted: it does not meet these conditions.',
    ),
  },
  'NOMINATION.QUOTA_EXCEEDED': {
    kind: 'conflict',
    message: text(
      'Chưa thể nộp hồ sơ: cụm đã dùng hết số suất của loại khen thưởng này trong năm.',
      'The nomination cannot be submitted: the cluster has used all its places for this award and year.',
    ),
  },
  'NOMINATION.REASONS_REQUIRED': {
    kind: 'unprocessable',
    message: (act: LocalizedText) => text(`Phải ghi rõ lý do khi ${act.vi}.`, `Reasons are required to ${act.en}.`),
  },
  'NOMINATION.WRONG_STATE': { kind: 'conflict', message: (reason: LocalizedText) => reason },
  'NOMINATION.WRONG_ROLE': { kind: 'forbidden', message: (reason: LocalizedText) => reason },
  'NOMINATION.BASIS_VOTE_MISMATCH': {
    kind: 'unprocessable',
    message: text(
      'Cuộc biểu quyết này không suy tôn đơn vị được đề nghị; căn cứ được lấy từ kết quả biểu quyết, không nhập tay.',
      'This vote did not propose the nominee; the basis is taken from the vote result, not typed in.',
    ),
  },

  'FLAG_PROPOSAL.NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy đề xuất suy tôn có mã định danh ${id}.`, `No flag proposal has the id ${id}.`),
  },
  'FLAG_PROPOSAL.NOMINATION_REFUSED': { kind: 'unprocessable', message: (reason: LocalizedText) => reason },

  'DOSSIER.ATTACHMENT_NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy tệp hồ sơ có mã định danh ${id}.`, `No dossier file has the id ${id}.`),
  },
  'DOSSIER.FILE_MISSING': {
    kind: 'bad_request',
    message: text(
      'Chưa có tệp: gửi tệp trong trường "file" của biểu mẫu multipart/form-data.',
      'No file: send it in the "file" field of a multipart/form-data form.',
    ),
  },
  'DOSSIER.FILE_REFUSED': { kind: 'unprocessable', message: (reason: LocalizedText) => reason },
  'DOSSIER.FILE_TOO_LARGE': { kind: 'unprocessable', message: (reason: LocalizedText) => reason },

  'PROCEEDING.NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy việc xem xét có mã định danh ${id}.`, `No proceeding has the id ${id}.`),
  },
  'PROCEEDING.PERIOD_INVALID': {
    kind: 'unprocessable',
    message: text('Ngày kết thúc không được trước ngày bắt đầu.', 'The end date must not be before the start date.'),
  },
  'NOMINEE.UNKNOWN_ORGANIZATION': {
    kind: 'unprocessable',
    message: text('Không có đơn vị nào mang mã định danh này.', 'No unit has this id.'),
  },

  'REVIEW.REFUSED': { kind: 'unprocessable', message: (reason: LocalizedText) => reason },

  'COUNCIL.MEMBER_NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy thành viên Hội đồng có mã định danh ${id}.`, `No council member has the id ${id}.`),
  },
  'COUNCIL.MEMBERSHIP_OVERLAP': {
    kind: 'conflict',
    message: text(
      'Người này đã là thành viên Hội đồng trong một khoảng thời gian trùng với khoảng đã nhập.',
      'This person is already a council member during an overlapping period.',
    ),
  },
  'COUNCIL.MEMBERSHIP_PERIOD_INVALID': {
    kind: 'unprocessable',
    message: text('Ngày kết thúc không được trước ngày bắt đầu.', 'The end date must not be before the start date.'),
  },
  'COUNCIL.VOTE_EXISTS': {
    kind: 'conflict',
    message: text('Hội đồng đã biểu quyết về đề nghị này.', 'The council has already voted on this nomination.'),
  },
  'COUNCIL.VOTE_NOT_FOUND': {
    kind: 'not_found',
    message: (nominationId: string) =>
      text(`Hội đồng chưa biểu quyết về đề nghị ${nominationId}.`, `The council has not voted on nomination ${nominationId}.`),
  },
  'COUNCIL.SESSION_DATE_INVALID': { kind: 'unprocessable', message: (reason: LocalizedText) => reason },
  'COUNCIL_VOTE.INVALID': {
    kind: 'unprocessable',
    message: text('Kết quả biểu quyết của Hội đồng không hợp lệ.', 'The council vote is invalid.'),
  },

  'AWARD_DECISION.NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy quyết định khen thưởng có mã định danh ${id}.`, `No award decision has the id ${id}.`),
  },
  'AWARD_DECISION.NUMBER_INVALID': { kind: 'unprocessable', message: (format: LocalizedText) => format },
  'AWARD_DECISION.NUMBER_TAKEN': {
    kind: 'conflict',
    message: text(
      'Số quyết định này đã được dùng cho một quyết định khác của cùng cơ quan ban hành trong năm.',
      'This number is already used by another decision of the same issuer in the year.',
    ),
  },
  'AWARD_DECISION.DATE_INVALID': { kind: 'unprocessable', message: (reason: LocalizedText) => reason },
  'AWARD_DECISION.NOMINATIONS_REFUSED': {
    kind: 'unprocessable',
    message: text(
      'Quyết định chỉ khen thưởng các đề nghị đã được Hội đồng chấp thuận, mỗi đề nghị một lần; xem chi tiết từng đề nghị. Chưa có gì thay đổi.',
      'A decision awards only nominations the council approved, each once; see each nomination. Nothing was changed.',
    ),
  },
  'AWARD_DECISION.NOMINATION_ALREADY_AWARDED': {
    kind: 'conflict',
    message: text('Đề nghị này đã được khen thưởng bằng một quyết định khác.', 'This nomination was already awarded by another decision.'),
  },
  'AWARD_DECISION.BASE_SALARY_UNKNOWN': { kind: 'unprocessable', message: (reason: LocalizedText) => reason },

  'AWARD_REGISTER.ENTRY_EXISTS': {
    kind: 'conflict',
    message: text(
      'Sổ khen thưởng đã ghi loại khen thưởng này cho đối tượng này trong năm này.',
      'The register already records this award for this recipient and year.',
    ),
  },
  'AWARD_REGISTER.NUMBER_TAKEN': {
    kind: 'conflict',
    message: text(
      'Số sổ vàng này đã được ghi cho một khen thưởng khác của cùng cơ quan ban hành.',
      'This register number is already recorded for another award of the same issuer.',
    ),
  },
  'AWARD_REGISTER.UNKNOWN_AWARD_TYPE': {
    kind: 'unprocessable',
    message: text('Không có loại khen thưởng nào mang mã định danh này.', 'No award type has this id.'),
  },
  'AWARD_REGISTER.IMPORT_FILE_REFUSED': {
    kind: 'unprocessable',
    message: text(
      'Không nhập được tệp vào sổ khen thưởng; chưa có dòng nào được ghi.',
      'The file cannot be imported into the register; no row was recorded.',
    ),
  },

  'EXPORT.TOO_LARGE': {
    kind: 'unprocessable',
    message: (total: number, max: number) =>
      text(
        `Có ${total} đề nghị khớp điều kiện lọc; mỗi tệp xuất tối đa ${max} dòng. Hãy lọc hẹp hơn (theo năm, cụm, loại khen thưởng).`,
        `${total} nominations match; an export holds at most ${max} rows. Narrow the filters (year, cluster, award type).`,
      ),
  },
});

/** What a dossier may take, and the end of every refusal of an upload. */
const ACCEPTED_LIST = text('PDF, DOCX, XLSX, JPEG hoặc PNG', 'PDF, DOCX, XLSX, JPEG or PNG');
const NOTHING_STORED = text('Chưa có gì được lưu.', 'Nothing was stored.');
const AT_MOST_ALL = text('không được lớn hơn 100%', 'must not exceed 100%');

/** A submission window, "từ 01/11/2023 đến 31/01/2024". */
function windowText(window: { opensOn: IsoDate; closesOn: IsoDate }): LocalizedText {
  const [opens, closes] = [dateText(window.opensOn), dateText(window.closesOn)];
  return text(`từ ${opens.vi} đến ${closes.vi}`, `from ${opens.en} to ${closes.en}`);
}

/** The other user text of the context: names of states, actions and roles, and the reasons the rules give, by key. */
export const NOMINATIONS_MESSAGES = {
  stateNames: {
    draft: text('Bản nháp', 'Draft'),
    submitted: text('Đã nộp', 'Submitted'),
    returned: text('Trả lại để bổ sung, hoàn thiện', 'Returned for revision'),
    resubmitted: text('Đã nộp lại', 'Resubmitted'),
    in_council: text('Đang trình Hội đồng Thi đua – Khen thưởng', 'Before the Emulation and Commendation Council'),
    approved: text('Được chấp thuận', 'Approved'),
    rejected: text('Không được chấp thuận', 'Rejected'),
    awarded: text('Đã khen thưởng', 'Awarded'),
    withdrawn: text('Đã rút', 'Withdrawn'),
  } satisfies Record<NominationState, LocalizedText>,
  actionNames: {
    edit: text('sửa hồ sơ', 'edit the dossier'),
    submit: text('nộp hồ sơ', 'submit'),
    withdraw: text('rút đề nghị', 'withdraw'),
    return: text('trả lại hồ sơ', 'return'),
    resubmit: text('nộp lại hồ sơ', 'resubmit'),
    forward_to_council: text('trình Hội đồng Thi đua – Khen thưởng', 'forward to the council'),
    approve: text('chấp thuận', 'approve'),
    reject: text('không chấp thuận', 'reject'),
    award: text('ghi nhận đã khen thưởng', 'mark as awarded'),
  } satisfies Record<NominationAction, LocalizedText>,
  roleNames: {
    unit_officer: text('cán bộ của đơn vị đề nghị', 'an officer of the proposing unit'),
    national_staff: text('cán bộ Liên hiệp Hội Việt Nam', 'VUSTA staff'),
    system_admin: text('quản trị hệ thống', 'the system administrator'),
    council: text('Hội đồng Thi đua – Khen thưởng (qua kết quả biểu quyết)', 'the Emulation and Commendation Council (through its vote)'),
  } satisfies Record<NominationRole, LocalizedText>,
  quoted: (name: LocalizedText) => text(`"${name.vi}"`, `"${name.en}"`),
  or: text(' hoặc ', ' or '),
  wrongState: (act: LocalizedText, now: LocalizedText, allowedIn: LocalizedText) =>
    text(
      `Không thể ${act.vi} khi đề nghị đang ở trạng thái "${now.vi}"; chỉ có thể ${act.vi} khi đề nghị ở trạng thái ${allowedIn.vi}.`,
      `Cannot ${act.en} while the nomination is "${now.en}"; this is possible only when it is ${allowedIn.en}.`,
    ),
  wrongRole: (who: LocalizedText, act: LocalizedText) => text(`Chỉ ${who.vi} mới được ${act.vi}.`, `Only ${who.en} may ${act.en}.`),
  givenTo: (award: LocalizedText, kind: NomineeKind) => {
    const to = kind === 'collective' ? text('tập thể', 'collectives') : text('cá nhân', 'individuals');
    return text(`${award.vi} được tặng cho ${to.vi}.`, `${award.en} is given to ${to.en}.`);
  },
  notGivenTo: (award: LocalizedText, kind: NomineeKind) => {
    const only =
      kind === 'collective'
        ? text('chỉ tặng cho cá nhân, không tặng cho tập thể', 'is given to individuals only, not to collectives')
        : text('chỉ tặng cho tập thể, không tặng cho cá nhân', 'is given to collectives only, not to individuals');
    return text(`${award.vi} ${only.vi}.`, `${award.en} ${only.en}.`);
  },
  memberOf: (nominee: { kind: NomineeKind; name: string; organizationName: string }, clusterName: string, year: number) => {
    const unit =
      nominee.kind === 'collective'
        ? text(nominee.name, nominee.name)
        : text(`${nominee.name} (thuộc ${nominee.organizationName})`, `${nominee.name} (of ${nominee.organizationName})`);
    return text(`${unit.vi} là thành viên ${clusterName} năm ${year}.`, `${unit.en} is a member of ${clusterName} in ${year}.`);
  },
  notMemberOf: (organizationName: string, clusterName: string, year: number) =>
    text(
      `${organizationName} không phải là thành viên ${clusterName} năm ${year}.`,
      `${organizationName} is not a member of ${clusterName} in ${year}.`,
    ),
  noClusterVoteNeeded: text(
    'Loại khen thưởng này không cần kết quả suy tôn của hội nghị cụm.',
    'This award type needs no vote of the cluster conference.',
  ),
  noClusterVote: (clusterName: string, year: number, nomineeName: string) =>
    text(
      `Chưa có kết quả biểu quyết suy tôn của ${clusterName} năm ${year} làm căn cứ đề nghị cho ${nomineeName}.`,
      `No vote of ${clusterName} in ${year} is attached as the basis for proposing ${nomineeName}.`,
    ),
  otherClusterVote: (reference: string, clusterName: string, year: number, nomineeName: string) =>
    text(
      `Kết quả biểu quyết "${reference}" không phải là kết quả suy tôn ${nomineeName} của ${clusterName} năm ${year}.`,
      `The vote "${reference}" is not ${clusterName}'s ${year} vote for ${nomineeName}.`,
    ),
  clusterVotePassed: (nomineeName: string, clusterName: string, reference: string) =>
    text(`${nomineeName} được ${clusterName} suy tôn (${reference}).`, `${nomineeName} was voted by ${clusterName} (${reference}).`),
  clusterVoteFailed: (nomineeName: string, reference: string) =>
    text(`Biểu quyết suy tôn ${nomineeName} không đạt (${reference}).`, `The vote for ${nomineeName} did not pass (${reference}).`),
  noQuota: text('Loại khen thưởng này không giới hạn số lượng.', 'This award type has no quota.'),
  quotaWithNote: (rule: LocalizedText, note: LocalizedText) => text(`${rule.vi}; ${note.vi}`, `${rule.en}; ${note.en}`),
  quotaUsedUp: (clusterName: string, year: number, limit: number, rule: LocalizedText, others: number) =>
    text(
      `${clusterName} năm ${year} đã dùng hết ${limit} suất (${rule.vi}); đã có ${others} đề nghị khác.`,
      `${clusterName} has used all ${limit} places for ${year} (${rule.en}); ${others} other nominations hold them.`,
    ),
  quotaPlace: (clusterName: string, year: number, rule: LocalizedText, counted: number) =>
    text(
      `${clusterName} năm ${year} được ${rule.vi}; đề nghị này là suất thứ ${counted}.`,
      `${clusterName} may make ${rule.en} in ${year}; this nomination takes place ${counted}.`,
    ),
  noOtherNomination: (award: LocalizedText, year: number, nomineeName: string) =>
    text(
      `Chưa có đề nghị ${award.vi} năm ${year} nào khác cho ${nomineeName}.`,
      `There is no other ${award.en} nomination for ${nomineeName} in ${year}.`,
    ),
  otherNomination: (award: LocalizedText, year: number, nomineeName: string, state: LocalizedText) =>
    text(
      `Đã có đề nghị ${award.vi} năm ${year} cho ${nomineeName} (trạng thái "${state.vi}").`,
      `${nomineeName} already has a ${award.en} nomination for ${year} ("${state.en}").`,
    ),
  fileTypeNames: {
    pdf: text('tài liệu PDF', 'a PDF document'),
    docx: text('văn bản Word (DOCX)', 'a Word document (DOCX)'),
    xlsx: text('bảng tính Excel (XLSX)', 'an Excel workbook (XLSX)'),
    jpeg: text('ảnh JPEG', 'a JPEG image'),
    png: text('ảnh PNG', 'a PNG image'),
  },
  fileTooLarge: (limit: LocalizedText) =>
    text(
      `Tệp đính kèm vượt quá dung lượng tối đa ${limit.vi} cho mỗi tệp hồ sơ. ${NOTHING_STORED.vi}`,
      `The file exceeds the ${limit.en} limit for a dossier file. ${NOTHING_STORED.en}`,
    ),
  fileEmpty: (quoted: string) => text(`Tệp ${quoted} rỗng. ${NOTHING_STORED.vi}`, `The file ${quoted} is empty. ${NOTHING_STORED.en}`),
  fileExecutable: (quoted: string) =>
    text(
      `Tệp ${quoted} là tệp chương trình (tệp thực thi), không phải tài liệu, dù tên tệp nói gì; hồ sơ chỉ nhận tệp ${ACCEPTED_LIST.vi}. ${NOTHING_STORED.vi}`,
      `The file ${quoted} is a program (an executable), not a document, whatever its name says; a dossier takes ${ACCEPTED_LIST.en} files only. ${NOTHING_STORED.en}`,
    ),
  fileWithMacros: (quoted: string) =>
    text(
      `Tệp ${quoted} có chứa macro (mã lệnh); hãy lưu lại thành DOCX hoặc XLSX thông thường rồi tải lên. ${NOTHING_STORED.vi}`,
      `The file ${quoted} contains macros; save it as a plain DOCX or XLSX and upload it again. ${NOTHING_STORED.en}`,
    ),
  fileTypeRefused: (quoted: string) =>
    text(
      `Nội dung tệp ${quoted} không phải ${ACCEPTED_LIST.vi} (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp). ${NOTHING_STORED.vi}`,
      `The content of ${quoted} is not ${ACCEPTED_LIST.en} (the content is checked, not the name). ${NOTHING_STORED.en}`,
    ),
  fileNameMismatch: (quoted: string, extension: string, typeName: LocalizedText, extensions: readonly string[]) =>
    text(
      `Tệp ${quoted} có đuôi "${extension}" nhưng nội dung là ${typeName.vi}; hãy đổi tên tệp cho đúng loại (${extensions.join(', ')}). ${NOTHING_STORED.vi}`,
      `The file ${quoted} ends in "${extension}" but its content is ${typeName.en}; rename it to match (${extensions.join(', ')}). ${NOTHING_STORED.en}`,
    ),
  councilEmpty: text('Hội đồng chưa có thành viên nào.', 'The council has no members.'),
  voterNotMember: text('Người bỏ phiếu không phải là thành viên Hội đồng.', 'The voter is not a member of the council.'),
  memberVotedTwice: text('Thành viên này đã có phiếu biểu quyết.', 'This member has already voted.'),
  councilMajority: text('quá nửa tổng số thành viên', 'more than half of all members'),
  councilThreshold: (share: LocalizedText) => text(`ngưỡng ${share.vi} tổng số thành viên`, `the threshold of ${share.en} of all members`),
  councilTally: (vote: {
    inFavour: number;
    inFavourInWriting: number;
    totalMembers: number;
    passed: boolean;
    bar: LocalizedText;
    votesNeeded: number;
  }) => {
    const { inFavour, inFavourInWriting, totalMembers, bar, votesNeeded } = vote;
    const verdict = vote.passed ? text('đạt', 'reaches') : text('không đạt', 'does not reach');
    return text(
      `${inFavour}/${totalMembers} thành viên Hội đồng đồng ý (${inFavour - inFavourInWriting} tại cuộc họp, ${inFavourInWriting} bằng văn bản), ${verdict.vi} ${bar.vi} (cần ít nhất ${votesNeeded}).`,
      `${inFavour} of ${totalMembers} council members in favour (${inFavour - inFavourInWriting} at the meeting, ${inFavourInWriting} in writing), which ${verdict.en} ${bar.en} (at least ${votesNeeded}).`,
    );
  },
  sessionAhead: (heldOn: IsoDate) => text(`Ngày họp ${dateText(heldOn).vi} chưa đến.`, `The session date ${heldOn} is in the future.`),
  sessionBeforeSubmission: (submittedOn: IsoDate) => {
    const submitted = dateText(submittedOn);
    return text(
      `Ngày họp không được trước ngày nộp hồ sơ (${submitted.vi}).`,
      `The session cannot precede the submission of the dossier (${submitted.en}).`,
    );
  },
  takenAllYear: text('Loại khen thưởng này nhận hồ sơ quanh năm.', 'This award type takes nominations all year.'),
  windowNotOpen: (year: number, window: { opensOn: IsoDate; closesOn: IsoDate }, asOf: IsoDate) => {
    const [range, on] = [windowText(window), dateText(asOf)];
    return text(
      `Chưa đến thời hạn nộp hồ sơ năm ${year} (${range.vi}); ngày ${on.vi} là quá sớm.`,
      `The ${year} submission window (${range.en}) has not opened; ${on.en} is too early.`,
    );
  },
  windowClosed: (year: number, window: { opensOn: IsoDate; closesOn: IsoDate }, asOf: IsoDate) => {
    const [range, on] = [windowText(window), dateText(asOf)];
    return text(
      `Đã hết thời hạn nộp hồ sơ năm ${year} (${range.vi}); ngày ${on.vi} là quá hạn.`,
      `The ${year} submission window (${range.en}) has closed; ${on.en} is too late.`,
    );
  },
  withinWindow: (year: number, window: { opensOn: IsoDate; closesOn: IsoDate }, asOf: IsoDate) => {
    const [range, on] = [windowText(window), dateText(asOf)];
    return text(
      `Ngày ${on.vi} nằm trong thời hạn nộp hồ sơ năm ${year} (${range.vi}).`,
      `${on.en} is within the ${year} submission window (${range.en}).`,
    );
  },
  proceedingNames: {
    discipline: text('đang bị xem xét thi hành kỷ luật', 'facing disciplinary proceedings'),
    investigation: text('đang bị điều tra', 'under investigation'),
    inspection: text('đang bị thanh tra, kiểm tra', 'under inspection'),
    complaint: text('có đơn thư khiếu nại, tố cáo đang được xác minh', 'the subject of a complaint or denunciation under verification'),
  } satisfies Record<ProceedingKind, LocalizedText>,
  noProceedings: (asOf: IsoDate, nomineeName: string) => {
    const on = dateText(asOf);
    return text(
      `Ngày ${on.vi}, ${nomineeName} không bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hay xác minh đơn thư.`,
      `On ${on.en}, ${nomineeName} faces no disciplinary proceedings, investigation, inspection or complaint review.`,
    );
  },
  proceedingsRunning: (asOf: IsoDate, nomineeName: string, kinds: LocalizedText) => {
    const on = dateText(asOf);
    return text(
      `Ngày ${on.vi}, ${nomineeName} ${kinds.vi} nên chưa được khen thưởng hoặc đề nghị khen thưởng.`,
      `On ${on.en}, ${nomineeName} is ${kinds.en}, so it cannot be awarded or proposed for an award.`,
    );
  },
  noPrerequisites: text('Loại khen thưởng này không yêu cầu danh hiệu đạt trước.', 'This award type requires no earlier titles.'),
  prerequisiteHeld: (names: LocalizedText, years: number, span: string) =>
    text(`Đã đạt ${names.vi} ${years} năm liên tục (${span}).`, `Held ${names.en} ${years} years in a row (${span}).`),
  prerequisiteMissing: (names: LocalizedText, years: number, latestEnds: readonly number[], recorded: string) =>
    text(
      `Cần đạt ${names.vi} ${years} năm liên tục, kết thúc vào năm ${latestEnds.join(' hoặc ')}; sổ khen thưởng ghi nhận các năm: ${recorded}.`,
      `Needs ${names.en} ${years} years in a row, ending in ${latestEnds.join(' or ')}; the register holds: ${recorded}.`,
    ),
  documentsMissing: (names: LocalizedText) => text(`Hồ sơ còn thiếu: ${names.vi}.`, `The dossier is missing: ${names.en}.`),
  noDocumentsRequired: text('Không yêu cầu tài liệu kèm theo.', 'No documents are required.'),
  documentsComplete: (names: LocalizedText) => text(`Hồ sơ có đủ: ${names.vi}.`, `The dossier holds: ${names.en}.`),
  incompleteNotForwarded: text(
    'Hồ sơ còn thiếu tài liệu thì không trình Hội đồng; hãy trả lại để đơn vị bổ sung.',
    'A dossier that lacks documents is not forwarded to the council; return it for the unit to complete.',
  ),
  returnNeedsReasons: text(
    'Phải ghi rõ lý do trả lại hoặc các tài liệu hồ sơ còn thiếu.',
    'Give the reasons for returning the dossier or the documents it lacks.',
  ),
  councilThresholdAboveAll: text(`Tỉ lệ biểu quyết của Hội đồng ${AT_MOST_ALL.vi}.`, `The council threshold ${AT_MOST_ALL.en}.`),
  quotaShareAboveAll: text(`Tỉ lệ số thành viên ${AT_MOST_ALL.vi}.`, `The share of members ${AT_MOST_ALL.en}.`),
  windowInvalid: text(
    'Thời hạn nộp hồ sơ phải là những ngày có thật trong mọi năm, và ngày mở không được sau ngày đóng.',
    'The submission window must fall on days that exist every year, and must not close before it opens.',
  ),
  unknownAwardCodes: (codes: readonly string[]) =>
    text(`Không có loại khen thưởng nào mang mã: ${codes.join(', ')}.`, `No award type has the code: ${codes.join(', ')}.`),
  quotaByPractice: text(
    'theo thực tiễn của Liên hiệp Hội, chưa được văn bản xác nhận',
    "VUSTA's practice, not confirmed by the instrument",
  ),
  quotaAtMost: (limit: number) => text(`tối đa ${limit} đề nghị`, `at most ${limit} nominations`),
  quotaShare: (share: LocalizedText, memberCount: number, rounding: 'down' | 'up', limit: number) => {
    const rounded = rounding === 'down' ? text('làm tròn xuống', 'rounded down') : text('làm tròn lên', 'rounded up');
    return text(
      `${share.vi} số thành viên (${memberCount}), ${rounded.vi}: ${limit} đề nghị`,
      `${share.en} of the members (${memberCount}), ${rounded.en}: ${limit} nominations`,
    );
  },
  noBaseSalaryOn: (date: IsoDate) => {
    const on = dateText(date);
    return text(`Chưa có mức lương cơ sở áp dụng vào ngày ${on.vi}.`, `No base salary is recorded for ${on.en}.`);
  },
  baseSalariesFromSameDay: (day: IsoDate) => {
    const from = dateText(day);
    return text(`Có nhiều mức lương cơ sở cùng áp dụng từ ngày ${from.vi}.`, `Several base salaries apply from ${from.en}.`);
  },
  cashExplanation: (times: LocalizedText, base: LocalizedText, legalBasis: string, amount: LocalizedText) =>
    text(
      `${times.vi} × ${base.vi} đồng (mức lương cơ sở theo ${legalBasis}) = ${amount.vi} đồng`,
      `${times.en} × ${base.en} VND (base salary under ${legalBasis}) = ${amount.en} VND`,
    ),
  decisionNumberFormat: text(
    'Số, ký hiệu quyết định phải có dạng "123/QĐ-LHHVN": số thứ tự, dấu "/", chữ "QĐ-" và tên viết tắt của cơ quan ban hành.',
    'The decision number must read like "123/QĐ-LHHVN": a number, "/", "QĐ-" and the issuer\'s abbreviation.',
  ),
  awardOfYears: (name: LocalizedText, years: string) => text(`${name.vi} năm ${years}`, `${name.en} for ${years}`),
  decisionSummary: (awards: LocalizedText) => text(`Về việc tặng ${awards.vi}`, `On awarding the ${awards.en}`),
  importColumnRepeated: (header: string, times: number) =>
    text(`Cột "${header}" xuất hiện ${times} lần.`, `The column "${header}" appears ${times} times.`),
  importColumnMissing: (header: string) => text(`Thiếu cột "${header}".`, `The column "${header}" is missing.`),
  importYearInvalid: (value: string, min: number, max: number) =>
    text(
      `Năm "${value}" không hợp lệ: phải từ ${min} đến ${max}.`,
      `The year "${value}" is invalid: it must lie between ${min} and ${max}.`,
    ),
  importAwardCodeMissing: text('Thiếu mã loại khen thưởng.', 'The award type code is missing.'),
  importUnitCodeMissing: text('Thiếu mã đơn vị.', 'The unit code is missing.'),
  importNameMissing: text('Có giới tính hoặc năm sinh nhưng thiếu họ và tên.', 'A gender or birth year is given without a full name.'),
  importNameTooLong: text('Họ và tên quá dài (tối đa 200 ký tự).', 'The full name is too long (200 characters at most).'),
  importBirthYearMissing: (fullName: string) => text(`Thiếu năm sinh của ${fullName}.`, `The birth year of ${fullName} is missing.`),
  importBirthYearInvalid: (value: string, max: number) =>
    text(
      `Năm sinh "${value}" không hợp lệ: phải từ 1900 đến ${max}.`,
      `The birth year "${value}" is invalid: it must lie between 1900 and ${max}.`,
    ),
  importGenderInvalid: (value: string) =>
    text(`Giới tính "${value}" không hợp lệ: ghi "Nam" hoặc "Nữ".`, `The gender "${value}" is invalid: write "Nam" or "Nữ".`),
  importDecisionMissing: text('Thiếu số quyết định khen thưởng.', 'The decision number is missing.'),
  importDecisionTooLong: text('Số quyết định quá dài (tối đa 100 ký tự).', 'The decision number is too long (100 characters at most).'),
  importDecisionDateInvalid: (value: string) =>
    text(
      `Ngày quyết định "${value}" không hợp lệ: ghi dạng 27/11/2023.`,
      `The decision date "${value}" is invalid: write it as 27/11/2023.`,
    ),
  importDecisionBeforeYear: (value: string, year: number) =>
    text(
      `Ngày quyết định (${value}) trước năm được khen thưởng (${year}).`,
      `The decision date (${value}) precedes the year of the award (${year}).`,
    ),
  importRegisterNumberTooLong: text('Số sổ vàng quá dài (tối đa 50 ký tự).', 'The register number is too long (50 characters at most).'),
  flagAwardTypeUnknown: (awardTypeCode: string) =>
    text(
      `Danh mục khen thưởng chưa có loại khen thưởng mã "${awardTypeCode}" mà hội nghị suy tôn; chưa thể lập đề nghị.`,
      `The award catalog has no award type "${awardTypeCode}", which the conference voted for; no nomination can be made yet.`,
    ),
  flagChairUnknown: (clusterName: string, year: number) =>
    text(
      `Chưa có nhiệm kỳ Cụm trưởng của ${clusterName} năm ${year}, nên chưa xác định được đơn vị trình đề nghị.`,
      `${clusterName} has no chair recorded for ${year}, so no unit can propose the nomination.`,
    ),
  decisionDateAhead: (day: IsoDate) => text(`Ngày ký ${dateText(day).vi} chưa đến.`, `The signing date ${day} is in the future.`),
  noCouncilOn: (day: IsoDate) => {
    const on = dateText(day);
    return text(`Ngày ${on.vi} Hội đồng Thi đua – Khen thưởng chưa có thành viên nào.`, `The council had no members on ${on.en}.`);
  },
  unknownReference: (what: LocalizedText, id: string) =>
    text(`Không có ${what.vi} nào mang mã định danh ${id}.`, `No ${what.en} has the id ${id}.`),
  notNominatedThroughVusta: text(
    'Loại khen thưởng này do cấp khác xét tặng và chỉ được ghi vào sổ khen thưởng, không đề nghị qua hệ thống.',
    'This award is given elsewhere and is only recorded in the register; it is not nominated through the system.',
  ),
  positionForIndividuals: text('Chỉ ghi chức vụ khi đề nghị cho cá nhân.', 'A position is recorded for individual nominees only.'),
  importEmpty: text('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', 'The file has no data row below its header.'),
  importTooManyRows: (rows: number, max: number) =>
    text(`Tệp có ${rows} dòng; mỗi lần nhập tối đa ${max} dòng.`, `The file has ${rows} rows; at most ${max} are imported at once.`),
  importXlsxUnreadable: text(
    'Không đọc được tệp XLSX: tệp bị hỏng hoặc không phải bảng tính Excel.',
    'The XLSX file cannot be read: it is damaged or not an Excel workbook.',
  ),
  importNotXlsxOrCsv: text(
    'Tệp phải là bảng tính XLSX hoặc tệp CSV mã hóa UTF-8 (trong Excel: "Lưu thành" → "CSV UTF-8").',
    'The file must be an XLSX workbook or a CSV file in UTF-8 (in Excel: "Save as" → "CSV UTF-8").',
  ),
  importAwardTypeUnknown: (code: string) =>
    text(`Không có loại khen thưởng mã "${code}" trong danh mục.`, `The catalog has no award type "${code}".`),
  importUnitUnknown: (code: string) => text(`Không có đơn vị mã "${code}".`, `No unit has the code "${code}".`),
  importAwardForIndividuals: (code: string) =>
    text(
      `Loại khen thưởng "${code}" chỉ tặng cho cá nhân: cần họ và tên, năm sinh.`,
      `The award "${code}" is given to individuals only: a full name and birth year are needed.`,
    ),
  importAwardForCollectives: (code: string) =>
    text(
      `Loại khen thưởng "${code}" chỉ tặng cho tập thể: bỏ họ và tên.`,
      `The award "${code}" is given to collectives only: leave the name out.`,
    ),
  importRowRepeats: (earlier: number) =>
    text(
      `Trùng với dòng ${earlier}: cùng loại khen thưởng, năm và đối tượng.`,
      `Repeats row ${earlier}: the same award, year and recipient.`,
    ),
} as const;
