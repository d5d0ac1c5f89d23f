import type { ErrorKind } from '../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../platform/i18n/locale.js';
import { defineErrors, type MessageCatalogue, staleVersion } from '../platform/i18n/messages.js';

/*
 * Every sentence the meetings context (meetings, votes, ballots, resolutions) says to a user, by key: Vietnamese
 * first, English second. Errors are keyed by their stable code and published with defineErrors.
 */

export const MEETINGS_ERRORS = defineErrors('meetings', {
  'MEETING.NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy cuộc họp có mã định danh ${id}.`, `No meeting has the id ${id}.`),
  },
  'MEETING.CLUSTER_UNKNOWN': {
    kind: 'unprocessable',
    message: text('Không tìm thấy cụm thi đua của cuộc họp.', 'The cluster of the meeting does not exist.'),
  },
  'MEETING.CONTENT_INVALID': {
    kind: 'unprocessable',
    message: text('Thông tin cuộc họp chưa hợp lệ; chưa có gì được lưu.', 'The meeting data is not valid; nothing was saved.'),
  },
  'MEETING.FINALIZED': {
    kind: 'conflict',
    message: text(
      'Biên bản cuộc họp đã hoàn tất nên bị khoá, không sửa trực tiếp được. Muốn đính chính, hãy lập bản sửa đổi ' +
        '(ghi rõ nội dung sửa và lý do); chưa có gì được lưu.',
      "The meeting's minutes are finalized and locked. To correct them, record an amendment " +
        '(with the change and its reason); nothing was saved.',
    ),
  },
  'MEETING.YEAR_END_SUMMARY_EXISTS': {
    kind: 'conflict',
    message: (first: { id: string; title: string; date: LocalizedText; year: number } | null) =>
      first
        ? text(
            `Cụm đã có hội nghị tổng kết năm ${first.year}: "${first.title}" ngày ${first.date.vi} (mã định danh ${first.id}). ` +
              'Mỗi cụm chỉ có một hội nghị tổng kết mỗi năm: hãy cập nhật hội nghị đó; chưa có gì được lưu.',
            `The cluster already has its ${first.year} year-end summary conference: "${first.title}" on ${first.date.en} (id ${first.id}). ` +
              'A cluster holds one year-end summary conference a year: update that one; nothing was saved.',
          )
        : text(
            'Cụm đã có hội nghị tổng kết của năm này; mỗi cụm chỉ có một hội nghị tổng kết mỗi năm. Chưa có gì được lưu.',
            'The cluster already has a year-end summary conference that year; it holds one a year. Nothing was saved.',
          ),
  },
  'MEETING.NOT_READY_TO_FINALIZE': {
    kind: 'unprocessable',
    message: (missing: LocalizedText[]) =>
      text(
        `Chưa thể hoàn tất biên bản: ${missing.map((m) => m.vi).join('; ')}. Chưa có gì được lưu.`,
        `The minutes cannot be finalized yet: ${missing.map((m) => m.en).join('; ')}. Nothing was saved.`,
      ),
  },
  'MEETING.NOT_FINALIZED': {
    kind: 'conflict',
    message: text(
      'Biên bản cuộc họp còn ở dạng dự thảo: hãy sửa trực tiếp, không cần lập bản sửa đổi; chưa có gì được lưu.',
      'The meeting is still a draft: edit it directly, no amendment is needed; nothing was saved.',
    ),
  },
  'MEETING.STALE': {
    kind: 'conflict',
    message: (current: number) => staleVersion(text('Cuộc họp đã được người khác sửa', 'the meeting'), current),
  },
  'MEETING.AMENDMENT_INVALID': {
    kind: 'unprocessable',
    message: text('Bản sửa đổi chưa hợp lệ; chưa có gì được lưu.', 'The amendment is not valid; nothing was saved.'),
  },
  'MEETING.ONE_VOTER_PER_UNIT': {
    kind: 'conflict',
    message: text(
      'Mỗi đơn vị chỉ có một đại biểu biểu quyết; danh sách vừa được người khác thay đổi. Hãy tải lại; chưa có gì được lưu.',
      'Each unit has one voting delegate; the list was just changed by someone else. Reload; nothing was saved.',
    ),
  },
  'VOTE.NOT_FOUND': {
    kind: 'not_found',
    message: (id: string) => text(`Không tìm thấy cuộc biểu quyết ${id}.`, `No vote has the id ${id}.`),
  },
  'VOTE.TRANSITION_NOT_ALLOWED': {
    kind: 'conflict',
    message: (state: LocalizedText, action: LocalizedText) =>
      text(
        `Cuộc biểu quyết đang ở trạng thái "${state.vi}": không thể ${action.vi}.`,
        `The vote is "${state.en}": you cannot ${action.en}.`,
      ),
  },
  'VOTE.CONFLICTS_WITH_RECORD': {
    kind: 'conflict',
    message: (conflicts: LocalizedText[]) =>
      text(
        `Không mở bỏ phiếu: kết quả sẽ mâu thuẫn với hồ sơ đã ghi. ${conflicts.map((c) => c.vi).join(' ')} Có thể huỷ cuộc biểu quyết (ghi lý do).`,
        `The vote is not opened: its result would contradict the record. ${conflicts.map((c) => c.en).join(' ')} The vote can be cancelled (with a reason).`,
      ),
  },
  'VOTE.RESOLUTION_CONFLICT': {
    kind: 'conflict',
    message: (cause: LocalizedText) =>
      text(
        `Không thể kết thúc cuộc biểu quyết vì nghị quyết không ghi được: ${cause.vi} Cuộc biểu quyết vẫn đang mở, các phiếu đã bỏ được giữ nguyên; ` +
          'hãy huỷ cuộc biểu quyết (ghi lý do) nếu không thể giải quyết.',
        `The vote cannot be closed because its resolution cannot be recorded: ${cause.en} The vote stays open with its ballots; ` +
          'cancel it (with a reason) if this cannot be resolved.',
      ),
  },
  'VOTE.CANCELLATION_REASON_MISSING': {
    kind: 'unprocessable',
    message: text(
      'Cuộc biểu quyết đã mở: phải ghi lý do huỷ (được đưa vào biên bản); chưa có gì thay đổi.',
      'The vote has been opened: give the reason for cancelling it (it goes into the minutes); nothing changed.',
    ),
  },
  'VOTE.QUORUM_NOT_MET': {
    kind: 'unprocessable',
    message: (reason: LocalizedText) => reason,
  },
  'VOTE.INVALID': {
    kind: 'unprocessable',
    message: text('Cuộc biểu quyết không hợp lệ; xem chi tiết từng trường.', 'The vote is invalid; see each field.'),
  },
  'VOTE.MEETING_FINALIZED': {
    kind: 'conflict',
    message: text(
      'Hội nghị đã hoàn tất biên bản: không thể tổ chức thêm biểu quyết.',
      'The meeting is finalized: no further vote can be held.',
    ),
  },
  'VOTE.RESULT_HIDDEN': {
    kind: 'conflict',
    message: text(
      'Kết quả chỉ được công bố khi kết thúc vòng bỏ phiếu; hiện chưa có vòng nào kết thúc.',
      'Results are shown only once a round is closed; no round is closed yet.',
    ),
  },
  'VOTE.PAPER_TOTALS_MISSING': {
    kind: 'conflict',
    message: (round: number) =>
      text(
        `Chưa nhập biên bản kiểm phiếu vòng ${round}: hãy nhập kết quả kiểm phiếu trước khi kết thúc.`,
        `The count of round ${round} is not entered: enter the counting committee's totals before closing.`,
      ),
  },
  'VOTE_RULE_SET.INVALID': {
    kind: 'unprocessable',
    message: text('Quy tắc biểu quyết không hợp lệ; xem chi tiết từng trường.', 'The voting rules are invalid; see each field.'),
  },
  'VOTE_RULE_SET.OVERLAP': {
    kind: 'conflict',
    message: text(
      'Thời gian áp dụng trùng với một bộ quy tắc biểu quyết khác của cùng đơn vị; hãy kết thúc bộ cũ trước.',
      'The period overlaps another voting rule set of the same organizer; end the earlier one first.',
    ),
  },
  'BALLOT.NOT_A_VOTER': {
    kind: 'forbidden',
    message: (reason: LocalizedText) => reason,
  },
  'BALLOT.NOT_A_UNIT_OFFICER': {
    kind: 'forbidden',
    message: text(
      'Chỉ cán bộ của một đơn vị thành viên có mặt mới có quyền bỏ phiếu; cán bộ Liên hiệp Hội Việt Nam không bỏ phiếu.',
      'Only an officer of a member unit present has the right to vote; VUSTA staff do not vote.',
    ),
  },
  'BALLOT.UNKNOWN_CODE': {
    kind: 'forbidden',
    message: text(
      'Mã phiếu không đúng hoặc đã được thay bằng mã mới: không có quyền bỏ phiếu với mã này.',
      'The ballot code is wrong or was replaced by a new one: it gives no right to vote.',
    ),
  },
  'BALLOT.ALREADY_VOTED': {
    kind: 'conflict',
    message: text(
      'Đơn vị đã bỏ phiếu ở vòng này; mỗi đơn vị chỉ bỏ một phiếu. Phiếu này không được ghi nhận.',
      'The unit has already voted in this round; each unit casts one ballot. This ballot was not counted.',
    ),
  },
  'BALLOT.VOTE_NOT_OPEN': {
    kind: 'conflict',
    message: (state: LocalizedText) =>
      text(
        `Cuộc biểu quyết không nhận phiếu: đang ở trạng thái "${state.vi}". Phiếu này không được ghi nhận.`,
        `The vote takes no ballots: it is "${state.en}". This ballot was not counted.`,
      ),
  },
  'BALLOT.WRONG_METHOD': {
    kind: 'conflict',
    message: (method: 'electronic' | 'paper') =>
      method === 'paper'
        ? text(
            'Cuộc biểu quyết này bỏ phiếu giấy: ban kiểm phiếu nhập kết quả, không nhận phiếu điện tử hay mã phiếu.',
            'This vote is on paper: the counting committee enters the totals; it takes no electronic ballots or codes.',
          )
        : text(
            'Cuộc biểu quyết này bỏ phiếu điện tử: kết quả được đếm tự động, không nhập biên bản kiểm phiếu.',
            'This vote is electronic: it is counted automatically; no paper totals are entered.',
          ),
  },
  'BALLOT.BOX_MISMATCH': {
    kind: 'conflict',
    message: (reason: LocalizedText) =>
      text(
        `Hòm phiếu điện tử không khớp, không kiểm phiếu: ${reason.vi}. Cuộc biểu quyết vẫn mở; hãy báo ngay cho ban kiểm phiếu và quản trị hệ thống.`,
        `The electronic ballot box does not match, so it was not counted: ${reason.en}. The vote stays open; tell the counting committee and the administrators at once.`,
      ),
  },
  'BALLOT.KEY_UNAVAILABLE': {
    kind: 'conflict',
    message: text(
      'Không mở được hòm phiếu của vòng này: khoá của vòng không còn trong bộ nhớ và không giải được bằng BALLOT_KEY_SECRET hiện tại ' +
        '(ứng dụng đã khởi động lại với khoá khác). Hãy khởi động lại với BALLOT_KEY_SECRET cũ, hoặc huỷ cuộc biểu quyết (ghi lý do) và bỏ phiếu lại.',
      "The round's ballot box cannot be opened: its key is no longer in memory and cannot be unwrapped with the current " +
        'BALLOT_KEY_SECRET (the app restarted with another one). Restart with the earlier BALLOT_KEY_SECRET, or cancel the vote (with a reason) and vote again.',
    ),
  },
  'BALLOT.INVALID': {
    kind: 'unprocessable',
    message: text('Phiếu không hợp lệ; phiếu này không được ghi nhận.', 'The ballot is invalid; it was not counted.'),
  },
  'BALLOT.INVALID_DECLARED_RESULT': {
    kind: 'unprocessable',
    message: text(
      'Kết quả biểu quyết không kiểm phiếu chưa hợp lệ; chưa có gì được lưu. Xem chi tiết từng trường.',
      'The declared result is not valid; nothing was saved. See each field.',
    ),
  },
  'BALLOT.INCONSISTENT_PAPER_TOTALS': {
    kind: 'unprocessable',
    message: text(
      'Kết quả kiểm phiếu không khớp; chưa có gì được lưu. Xem chi tiết từng trường.',
      'The counting totals do not add up; nothing was saved. See each field.',
    ),
  },
  'RESOLUTION.NO_FALLBACK_PENDING': {
    kind: 'conflict',
    message: text(
      'Cuộc biểu quyết này không còn vị trí nào chờ Cụm trưởng và Cụm phó quyết định.',
      'This vote has no places left for the chair and vice-chair to decide.',
    ),
  },
  'RESOLUTION.INVALID_FALLBACK_DECISION': {
    kind: 'unprocessable',
    message: text(
      'Quyết định của Cụm trưởng và Cụm phó không hợp lệ; xem chi tiết từng trường.',
      'The chair and vice-chair decision is invalid; see each field.',
    ),
  },
  'RESOLUTION.ALREADY_PROPOSED': {
    kind: 'conflict',
    message: text(
      'Đơn vị đã được cụm đề nghị loại khen thưởng này trong năm (tại một cuộc biểu quyết khác); không ghi nhận đề nghị lần thứ hai. Chưa có gì được lưu.',
      'The cluster has already proposed this unit for this award this year (in another vote); it is not proposed twice. Nothing was saved.',
    ),
  },
});

export type MeetingsErrorCode = keyof typeof MEETINGS_ERRORS;

type MessageArgs<M> = M extends (...args: infer P) => LocalizedText ? P : [];

/** The code, kind and message of one of the context's errors, as a DomainError takes them. */
export function meetingsError<C extends MeetingsErrorCode>(
  code: C,
  ...args: MessageArgs<(typeof MEETINGS_ERRORS)[C]['message']>
): [C, ErrorKind, LocalizedText] {
  const { kind, message } = MEETINGS_ERRORS[code];
  return [code, kind, typeof message === 'function' ? (message as (...given: unknown[]) => LocalizedText)(...args) : message];
}

/** "1 vote" / "3 votes": an English count with its noun. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The states of a meeting's minutes, as the transition table labels them. */
export const MEETING_STATE_NAMES = {
  draft: text('Dự thảo', 'Draft'),
  finalized: text('Đã hoàn tất', 'Finalized'),
} satisfies MessageCatalogue;

/** The states of a vote, as the transition table labels them. */
export const VOTE_STATE_NAMES = {
  draft: text('Dự thảo', 'Draft'),
  open: text('Đang bỏ phiếu', 'Open'),
  closed: text('Đã kết thúc', 'Closed'),
  closed_with_runoff: text('Chờ bỏ phiếu vòng tiếp theo', 'Awaiting the next round'),
  cancelled: text('Đã huỷ', 'Cancelled'),
} satisfies MessageCatalogue;

/** The context's other user text: field errors, receipts and labels. */
export const MEETINGS_MESSAGES = {
  amendingADraft: text(
    'Biên bản còn ở dạng dự thảo: sửa trực tiếp, không cần lập bản sửa đổi.',
    'The meeting is still a draft: edit it directly, no amendment is needed.',
  ),
  amendedByMissing: text('Phải ghi người sửa đổi.', 'Say who makes the amendment.'),
  amendedAtInvalid: text('Thời điểm sửa đổi không hợp lệ.', 'The time of the amendment is not a valid date.'),
  amendmentReasonMissing: text('Phải nêu lý do sửa đổi.', 'Give the reason for the amendment.'),
  amendmentChangesNothing: text('Bản sửa đổi phải có ít nhất một nội dung thay đổi.', 'An amendment must change something.'),
  amendedFieldMissing: text('Phải ghi nội dung được sửa.', 'Say which field is changed.'),
  amendmentSameValue: text('Giá trị mới trùng với giá trị cũ.', 'The new value is the same as the old one.'),
  endsBeforeStart: text('Thời điểm kết thúc không được trước thời điểm bắt đầu.', 'The meeting cannot end before it starts.'),
  timeWithoutOffset: text(
    'Phải là ngày giờ kèm múi giờ, ví dụ 2023-11-27T08:00:00+07:00.',
    'Must be a date and time with its offset, e.g. 2023-11-27T08:00:00+07:00.',
  ),
  noOrganizationWithId: (id: string) => text(`Không có đơn vị nào mang mã định danh ${id}.`, `No organization has the id ${id}.`),
  notAMemberIn: (unitName: string, year: number) =>
    text(`${unitName} không phải thành viên của cụm trong năm ${year}.`, `${unitName} is not a member of the cluster in ${year}.`),
  secondVoter: (unitName: string, voterName: string | null, position: number) =>
    text(
      `${unitName} đã có đại biểu biểu quyết (${voterName ?? `đại biểu thứ ${position}`}); mỗi đơn vị chỉ có một người biểu quyết.`,
      `${unitName} already has a voting delegate (${voterName ?? `delegate ${position}`}); each unit has one vote.`,
    ),
  /** "A, B và C" / "A, B and C". */
  unitList: (names: readonly string[]) => {
    if (names.length <= 1) return text(names.join(''), names.join(''));
    const head = names.slice(0, -1).join(', ');
    const last = names[names.length - 1];
    return text(`${head} và ${last}`, `${head} and ${last}`);
  },
  questionAdopted: (title: string) => text(`Hội nghị thông qua: ${title}.`, `The meeting approved: ${title}.`),
  questionRejected: (title: string) => text(`Hội nghị không thông qua: ${title}.`, `The meeting did not approve: ${title}.`),
  noUnitChosen: (title: string) => text(`Hội nghị không chọn được đơn vị nào: ${title}.`, `The meeting chose no unit: ${title}.`),
  flagProposed: (award: LocalizedText, names: LocalizedText) =>
    text(`Hội nghị suy tôn, đề nghị tặng ${award.vi} cho ${names.vi}.`, `The meeting proposes ${names.en} for the ${award.en}.`),
  viceChairElected: (names: LocalizedText, year: number) =>
    text(`Hội nghị bầu ${names.vi} làm Cụm phó năm ${year}.`, `The meeting elected ${names.en} vice-chair for ${year}.`),
  chairHandedOver: (names: LocalizedText, year: number) =>
    text(
      `Hội nghị nhất trí chuyển trao nhiệm vụ Cụm trưởng năm ${year} cho ${names.vi}.`,
      `The meeting handed the ${year} chair to ${names.en}.`,
    ),
  withPlacesLeft: (decided: LocalizedText) =>
    text(
      `${decided.vi} Vị trí còn lại do Cụm trưởng và Cụm phó quyết định.`,
      `${decided.en} The places left are decided by the chair and vice-chair.`,
    ),
  tooManyChosen: (places: number, chosen: number) =>
    text(`Chỉ còn ${places} vị trí để quyết định; đã chọn ${chosen}.`, `Only ${places} place(s) are left to decide; ${chosen} chosen.`),
  notALeftCandidate: text(
    'Đơn vị này không nằm trong số các ứng viên còn lại sau vòng bỏ phiếu cuối.',
    'This unit is not among the candidates left after the last round.',
  ),
  chosenTwice: text('Đơn vị này đã được chọn ở trên.', 'This unit is already chosen above.'),
  noClusterWithId: (id: string) => text(`Không có cụm thi đua nào mang mã định danh ${id}.`, `No cluster has the id ${id}.`),
  noClusterWithThisId: text('Không có cụm thi đua nào mang mã định danh này.', 'No cluster has this id.'),
  staleVersion: text('Phiên bản đã cũ.', 'The version is stale.'),
  presidingMissing: text('Chưa ghi người chủ trì (chủ tọa) hội nghị', 'the presiding person (chủ tọa) is not recorded'),
  secretaryMissing: text('Chưa ghi thư ký (người ghi biên bản)', 'the secretary (thư ký) is not recorded'),
  voteNotSettled: (title: string, state: LocalizedText) =>
    text(
      `Biểu quyết "${title}" đang ở trạng thái "${state.vi}": hãy kết thúc hoặc huỷ (ghi lý do) trước khi hoàn tất biên bản`,
      `The vote "${title}" is "${state.en}": close or cancel it (with a reason) before finalizing`,
    ),
  cancellationReason: text('Phải ghi lý do huỷ cuộc biểu quyết.', 'Give the reason for cancelling the vote.'),
  oneYearEndSummary: text('Mỗi cụm chỉ có một hội nghị tổng kết mỗi năm.', 'One year-end summary conference per cluster and year.'),
  twoVotersForAUnit: text('Một đơn vị có hai đại biểu biểu quyết.', 'A unit has two voting delegates.'),
  noOrganizationWithThisId: text('Không có đơn vị nào mang mã định danh này.', 'No organization has this id.'),
  periodsOverlap: text('Trùng thời gian áp dụng.', 'The periods overlap.'),
  ballotCounted: text('Phiếu đã được ghi nhận. Nội dung phiếu được giữ bí mật.', 'The ballot is counted. What it says stays secret.'),
  ballotReceipt: text(
    'Mã biên nhận phiếu: hãy ghi lại. Trước khi kiểm phiếu, danh sách mã biên nhận trong hòm phiếu được công bố để mỗi đại biểu tự kiểm tra phiếu của mình có trong hòm; mã này không cho ai biết nội dung phiếu.',
    'Your ballot receipt: note it down. Before the count, the list of receipts in the ballot box is published so that each delegate can check their ballot is in it; the receipt tells no one what the ballot says.',
  ),
  boxCountsDiffer: (ballots: number, voters: number) =>
    text(
      `hòm có ${ballots} phiếu nhưng ${voters} đơn vị đã được ghi là đã bỏ phiếu`,
      `the box holds ${ballots} ballots but ${voters} units are marked as having voted`,
    ),
  boxDuplicate: (count: number) =>
    text(`${count} phiếu trong hòm là bản sao của một phiếu khác`, `${count} ballots in the box are copies of another`),
  boxForged: (count: number) =>
    text(
      `${count} phiếu trong hòm không xác thực được (bị sửa hoặc không phải của vòng này)`,
      `${count} ballots in the box fail authentication (altered, or not of this round)`,
    ),
  receiptMissing: text(
    'Mã biên nhận này không có trong danh sách đã công bố của cuộc biểu quyết. Hãy kiểm tra lại mã; nếu đúng, báo ngay cho ban kiểm phiếu.',
    "This receipt is not in the vote's published list. Check the receipt; if it is right, tell the counting committee at once.",
  ),
  receiptInOpenBox: (round: number) =>
    text(
      `Phiếu có mã biên nhận này đang ở trong hòm phiếu của vòng ${round}, chờ kiểm phiếu.`,
      `The ballot with this receipt is in the box of round ${round}, waiting to be counted.`,
    ),
  receiptCounted: (round: number) =>
    text(`Phiếu có mã biên nhận này đã được kiểm ở vòng ${round}.`, `The ballot with this receipt was counted in round ${round}.`),
  voterNotMember: (unitName: string, clusterName: string, year: number) =>
    text(
      `${unitName} không có quyền bỏ phiếu: không phải thành viên của ${clusterName} năm ${year}.`,
      `${unitName} has no right to vote: it is not a member of ${clusterName} in ${year}.`,
    ),
  voterAbsent: (unitName: string) =>
    text(
      `${unitName} không có quyền bỏ phiếu: đơn vị vắng mặt tại hội nghị.`,
      `${unitName} has no right to vote: the unit is absent from the meeting.`,
    ),
  voterWithoutDelegate: (unitName: string) =>
    text(
      `${unitName} không có quyền bỏ phiếu: không có đại biểu được quyền biểu quyết của đơn vị có mặt.`,
      `${unitName} has no right to vote: no delegate carrying the unit's vote is present.`,
    ),
  voterNotOnRoll: (unitName: string) =>
    text(
      `${unitName} không có quyền bỏ phiếu ở vòng này: đơn vị không có trong danh sách bỏ phiếu lập khi mở vòng bỏ phiếu.`,
      `${unitName} has no right to vote in this round: the unit is not on the roll taken when the round opened.`,
    ),
  questionBallotWithChoices: text('Phiếu biểu quyết này không chọn ứng viên.', 'This ballot does not name candidates.'),
  answerRequired: text(
    'Phải chọn một trong: tán thành (yes), không tán thành (no), không biểu quyết (abstain).',
    'Choose one of yes, no or abstain.',
  ),
  electionBallotWithAnswer: text(
    'Phiếu bầu này chọn ứng viên, không trả lời tán thành.',
    'This ballot names candidates; it has no yes / no answer.',
  ),
  tooManyChoices: (max: number, chosen: number) =>
    text(
      `Mỗi phiếu chọn tối đa ${max} ứng viên; phiếu này chọn ${chosen}.`,
      `A ballot may choose at most ${max}; this one chooses ${chosen}.`,
    ),
  candidateChosenTwice: text('Ứng viên này đã được chọn ở trên.', 'This candidate is already chosen above.'),
  unknownVoterUnit: (id: string) =>
    text(
      `Không có đơn vị nào mang mã định danh ${id}: không có quyền bỏ phiếu.`,
      `No organization has the id ${id}: it has no right to vote.`,
    ),

  // A vote's quorum and what comes after a round (vote-quorum.rules, vote-next-step.rules).
  membersPresent: (present: number, members: number, share: LocalizedText) =>
    text(`${present}/${members} đơn vị thành viên có mặt (${share.vi})`, `${present} of ${members} member units present (${share.en})`),
  quorumMet: (present: LocalizedText, required: LocalizedText) =>
    text(`Đủ số lượng đại biểu: ${present.vi}, yêu cầu ${required.vi}.`, `Quorum met: ${present.en}; ${required.en} required.`),
  quorumNotMet: (present: LocalizedText, required: LocalizedText) =>
    text(
      `Không đủ số lượng đại biểu: ${present.vi}, yêu cầu ${required.vi}; kết quả biểu quyết không có giá trị.`,
      `Quorum not met: ${present.en}; ${required.en} required, so the vote has no effect.`,
    ),
  noQuorumHoldAgain: text(
    'Biểu quyết không có giá trị vì không đủ số lượng đại biểu; cần biểu quyết lại khi đủ.',
    'The vote has no effect for lack of quorum; hold it again once enough member units are present.',
  ),
  decidedNoFurtherRound: text('Đã có kết quả; không cần bỏ phiếu thêm.', 'Decided; no further round is needed.'),
  openCandidates: (count: number, cause: 'tie' | 'short') =>
    text(
      `${count} ứng viên ${cause === 'tie' ? 'bằng phiếu' : 'chưa đạt ngưỡng'}`,
      `the ${plural(count, 'candidate', 'candidates')} ${cause === 'tie' ? 'tied at the cut-off' : 'short of the threshold'}`,
    ),
  remainingPlaces: (places: number) => text(`${places} vị trí còn lại`, plural(places, 'remaining place', 'remaining places')),
  runoffAmong: (round: number, among: LocalizedText, remaining: LocalizedText) =>
    text(
      `Bỏ phiếu vòng ${round} chỉ giữa ${among.vi}, cho ${remaining.vi}.`,
      `Round ${round} only among ${among.en}, for ${remaining.en}.`,
    ),
  roundsUsed: (maxRounds: number) => text(`Đã hết ${maxRounds} vòng bỏ phiếu`, `All ${plural(maxRounds, 'round is', 'rounds are')} used`),
  chairAndViceChairDecide: (rounds: LocalizedText, remaining: LocalizedText, among: LocalizedText) =>
    text(
      `${rounds.vi}: Cụm trưởng và Cụm phó quyết định ${remaining.vi} trong số ${among.vi}; biên bản ghi rõ là do Cụm trưởng và Cụm phó quyết định.`,
      `${rounds.en}: the chair and the vice-chair decide the ${remaining.en} among ${among.en}, recorded in the minutes as their decision.`,
    ),
  placesStayEmpty: (rounds: LocalizedText, remaining: LocalizedText, places: number) =>
    text(`${rounds.vi}: ${remaining.vi} để trống.`, `${rounds.en}: the ${remaining.en} ${places === 1 ? 'stays' : 'stay'} empty.`),
} satisfies MessageCatalogue;

/** What a vote transition does, as "cannot …" completes it. */
export const VOTE_ACTION_PHRASES = {
  open: text('mở bỏ phiếu', 'open it'),
  close: text('kết thúc bỏ phiếu', 'close it'),
  close_for_runoff: text('kết thúc bỏ phiếu', 'close it'),
  open_runoff: text('mở vòng bỏ phiếu tiếp theo', 'open the next round'),
  cancel: text('huỷ', 'cancel it'),
} satisfies MessageCatalogue;
