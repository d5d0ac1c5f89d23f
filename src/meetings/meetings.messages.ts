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

/** What a vote counts, in Vietnamese and in English singular and plural. */
export interface VoteNoun {
  readonly vi: string;
  readonly one: string;
  readonly many: string;
}

/** The votes a threshold counts: all votes, or the yes votes of a question. */
export const VOTE_NOUNS = {
  votes: { vi: 'phiếu', one: 'vote', many: 'votes' },
  yesVotes: { vi: 'phiếu tán thành', one: 'yes vote', many: 'yes votes' },
} as const satisfies Readonly<Record<string, VoteNoun>>;

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

  // A counting committee's paper totals (paper-totals.rules).
  notACandidate: text('Không phải ứng viên của cuộc biểu quyết này.', 'Not a candidate in this vote.'),
  notACount: (label: LocalizedText) => text(`${label.vi} phải là số nguyên không âm.`, `${label.en} must be a whole number, zero or more.`),
  issuedOverPresent: (issued: number, present: number) =>
    text(
      `Số phiếu phát ra (${issued}) không được lớn hơn số đại biểu có mặt được bỏ phiếu (${present}).`,
      `Ballots issued (${issued}) cannot exceed the voters present (${present}).`,
    ),
  collectedOverIssued: (collected: number, issued: number) =>
    text(
      `Số phiếu thu vào (${collected}) không được lớn hơn số phiếu phát ra (${issued}).`,
      `Ballots collected (${collected}) cannot exceed ballots issued (${issued}).`,
    ),
  validPlusInvalidNotCollected: (valid: number, invalid: number, collected: number) =>
    text(
      `Số phiếu hợp lệ (${valid}) cộng số phiếu không hợp lệ (${invalid}) phải bằng số phiếu thu vào (${collected}).`,
      `Valid ballots (${valid}) plus invalid ballots (${invalid}) must equal ballots collected (${collected}).`,
    ),
  candidateVotesMissing: text('Cần nhập số phiếu của từng ứng viên.', 'Enter the votes of each candidate.'),
  candidateCountedTwice: text('Ứng viên này đã có số phiếu ở dòng trên.', 'This candidate already has a count above.'),
  candidateVotesOverValid: (count: number, valid: number) =>
    text(
      `Số phiếu của ứng viên (${count}) không được lớn hơn số phiếu hợp lệ (${valid}).`,
      `The candidate's votes (${count}) cannot exceed the valid ballots (${valid}).`,
    ),
  candidatesMissingVotes: (missing: number) =>
    text(`Thiếu số phiếu của ${missing} ứng viên.`, `Votes are missing for ${missing} candidate(s).`),
  tooManyApprovals: (sum: number, valid: number, maxChoices: number, most: number) =>
    text(
      `Tổng số phiếu bầu cho các ứng viên (${sum}) vượt quá số phiếu hợp lệ nhân số ứng viên được chọn tối đa trên một phiếu (${valid} × ${maxChoices} = ${most}): có phiếu chọn quá ${maxChoices} ứng viên.`,
      `The votes for all candidates (${sum}) exceed the valid ballots times the choices allowed per ballot (${valid} × ${maxChoices} = ${most}): some ballot chooses more than ${maxChoices}.`,
    ),
  answersMissing: text(
    'Cần nhập số phiếu tán thành, không tán thành và không biểu quyết.',
    'Enter the yes votes, the no votes and the abstentions.',
  ),
  answersNotValid: (sum: number, valid: number) =>
    text(
      `Số phiếu tán thành, không tán thành và không biểu quyết cộng lại (${sum}) phải bằng số phiếu hợp lệ (${valid}).`,
      `Yes, no and abstentions together (${sum}) must equal the valid ballots (${valid}).`,
    ),
  candidateBallotWithAnswers: text(
    'Phiếu bầu ứng viên không có phần tán thành / không tán thành.',
    'A ballot among candidates has no yes / no answers.',
  ),
  answerBallotWithCandidates: text(
    'Phiếu biểu quyết tán thành / không tán thành không có ứng viên.',
    'A yes / no ballot has no candidates.',
  ),

  // A result the meeting declares without a count (declared-result.rules).
  declaredApprovalMissing: text('Phải ghi biểu quyết có được thông qua hay không.', 'Say whether it was approved.'),
  declaredQuestionWithUnits: text('Biểu quyết tán thành / không tán thành không chọn đơn vị.', 'A yes / no vote chooses no unit.'),
  declaredUnitsMissing: text('Phải ghi các đơn vị được chọn.', 'Say which units were chosen.'),
  declaredElectionWithAnswer: text(
    'Biểu quyết này chọn đơn vị, không trả lời tán thành.',
    'This vote chooses units; it has no yes / no answer.',
  ),
  declaredTooManyUnits: (places: number, chosen: number) =>
    text(`Chỉ được chọn tối đa ${places} đơn vị; đã ghi ${chosen}.`, `At most ${places} may be chosen; ${chosen} are given.`),
  declaredNotACandidate: text('Đơn vị này không có trong danh sách ứng viên.', 'This unit is not a candidate.'),
  declaredTwice: text('Đơn vị này đã được ghi ở trên.', 'This unit is already given above.'),
  declaredChosen: (how: LocalizedText) => text(`Được chọn, ${how.vi}.`, `Chosen, ${how.en}.`),
  declaredNotChosen: (how: LocalizedText) => text(`Không được chọn, ${how.vi}.`, `Not chosen, ${how.en}.`),
  declaredApproved: (how: LocalizedText) => text(`Được thông qua, ${how.vi}.`, `Approved, ${how.en}.`),
  declaredRejected: (how: LocalizedText) => text(`Không được thông qua, ${how.vi}.`, `Rejected, ${how.en}.`),
  declaredNotCounted: (how: LocalizedText) => text(`Không kiểm phiếu: ${how.vi}.`, `Not counted: ${how.en}.`),
  // A vote rule set (vote-settings.rules, vote-rule-sets.service).
  comparisonUnknown: text('Cách so sánh phải là "trên" hoặc "ít nhất".', 'The comparison must be "more than" or "at least".'),
  shareNotAFraction: text(
    'Tỉ lệ phải là một phân số có tử và mẫu là số nguyên, mẫu lớn hơn 0.',
    'The share must be a fraction of whole numbers with a denominator above 0.',
  ),
  shareZero: text('Tỉ lệ phải lớn hơn 0.', 'The share must be above 0.'),
  shareUnreachable: text('Tỉ lệ này không bao giờ đạt được (vượt quá 100%).', 'This share can never be reached (above 100%).'),
  thresholdBaseUnknown: text('Cơ sở tính ngưỡng không hợp lệ.', 'Unknown threshold base.'),
  maxRoundsInvalid: text(
    'Số vòng bỏ phiếu tối đa phải là số nguyên từ 1 trở lên.',
    'The maximum number of rounds must be a whole number of at least 1.',
  ),
  fallbackUnknown: text('Cách xử lý khi không chọn được không hợp lệ.', 'Unknown fallback.'),
  ruleSetEndsBeforeStart: text('Ngày kết thúc phải từ ngày bắt đầu trở đi.', 'The end date must not be before the start date.'),

  // A round's tally (vote.rules).
  passThreshold: (required: LocalizedText, base: LocalizedText, baseCount: number, minimumVotes: number) =>
    text(
      `Ngưỡng thông qua: ${required.vi} ${base.vi} (${baseCount}), tức ít nhất ${minimumVotes} phiếu.`,
      `Pass threshold: ${required.en} of ${base.en} (${baseCount}), that is at least ${plural(minimumVotes, 'vote', 'votes')}.`,
    ),
  thresholdBaseZero: (base: LocalizedText) => text(`Không đạt ngưỡng: ${base.vi} bằng 0.`, `Threshold not met: ${base.en} number 0.`),
  votesCounted: (votes: number, baseCount: number, noun: VoteNoun, percent: LocalizedText, base: LocalizedText) =>
    text(
      `${votes}/${baseCount} ${noun.vi} (${percent.vi}) so với ${base.vi}`,
      `${votes} of ${baseCount} ${noun.many} (${percent.en}) against ${base.en}`,
    ),
  thresholdMet: (counted: LocalizedText, required: LocalizedText) =>
    text(`Đạt ngưỡng: ${counted.vi}; yêu cầu ${required.vi}.`, `Threshold met: ${counted.en}; ${required.en} required.`),
  thresholdNotMet: (counted: LocalizedText, required: LocalizedText, minimumVotes: number, noun: VoteNoun) =>
    text(
      `Không đạt ngưỡng: ${counted.vi}; yêu cầu ${required.vi}, tức ít nhất ${minimumVotes} ${noun.vi}.`,
      `Threshold not met: ${counted.en}; ${required.en} required, that is at least ${plural(minimumVotes, noun.one, noun.many)}.`,
    ),
  withinQuota: (places: number, rank: number) =>
    text(`Trong chỉ tiêu ${places} đơn vị: xếp thứ ${rank}.`, `Within the quota of ${places}: rank ${rank}.`),
  overQuota: (places: number, rank: number) =>
    text(`Vượt chỉ tiêu ${places} đơn vị: xếp thứ ${rank}.`, `Over the quota of ${places}: rank ${rank}.`),
  tiedAtCutOff: (tiedCount: number, votes: number, left: number) =>
    text(
      `Bằng phiếu tại vị trí cuối của chỉ tiêu: ${tiedCount} đơn vị cùng ${votes} phiếu cho ${left} vị trí còn lại; chưa phân định.`,
      `Tied at the quota cut-off: ${tiedCount} units with ${plural(votes, 'vote', 'votes')} each for ${plural(left, 'remaining place', 'remaining places')}; unresolved.`,
    ),
  elected: text('Trúng cử: nhiều phiếu nhất.', 'Elected: the most votes.'),
  notElected: text(
    'Không trúng cử: đạt ngưỡng nhưng ít phiếu hơn người trúng cử.',
    'Not elected: met the threshold but had fewer votes than the winner.',
  ),
  tiedForElection: (tiedCount: number, votes: number) =>
    text(
      `Bằng phiếu cao nhất: ${tiedCount} ứng viên cùng ${votes} phiếu; chưa phân định người trúng cử.`,
      `Tied for the most votes: ${tiedCount} candidates with ${plural(votes, 'vote', 'votes')} each; no winner yet.`,
    ),
  confirmedAsChair: text('Được tán thành nhận nhiệm vụ Cụm trưởng.', 'Confirmed to take over as chair.'),
  notConfirmedAsChair: text('Chưa được tán thành nhận nhiệm vụ Cụm trưởng.', 'Not confirmed as chair.'),
  memberCountInvalid: text('Số đơn vị thành viên phải từ 1 trở lên.', 'There must be at least 1 member unit.'),
  presentCountInvalid: text(
    'Số đơn vị có mặt phải từ 0 đến số đơn vị thành viên.',
    'The member units present must be between 0 and the member units.',
  ),
  roundOutsideRounds: text('Vòng bỏ phiếu vượt quá số vòng cho phép.', 'The round is outside the rounds allowed.'),
  placesInvalid: text('Chỉ tiêu phải là số nguyên không âm.', 'Places must be a whole number, zero or more.'),
  abstentionsNotYes: (abstentions: number) =>
    text(` Phiếu không biểu quyết (${abstentions}) không được tính là tán thành.`, ` Abstentions (${abstentions}) do not count as yes.`),
  approved: text('Được thông qua.', 'Approved.'),
  rejected: text('Không được thông qua.', 'Rejected.'),

  // Setting a vote up: its rules, its quota and its ballot (vote-setup.rules).
  defaultVoteRules: (on: LocalizedText) =>
    text(
      `Đơn vị tổ chức thi đua chưa ban hành quy tắc biểu quyết áp dụng ngày ${on.vi}; áp dụng quy tắc mặc định (đủ 2/3 số đơn vị thành viên có mặt, trên 1/2 tổng số đơn vị thành viên, tối đa 2 vòng, sau đó Cụm trưởng và Cụm phó quyết định), theo thực tiễn phổ biến, chưa được Liên hiệp Hội xác nhận.`,
      `The organizer has no voting rules in force on ${on.en}; the defaults apply (at least 2/3 of the member units present, more than 1/2 of all member units, at most 2 rounds, then the chair and vice-chair decide), common practice not confirmed by VUSTA.`,
    ),
  organizerVoteRules: (from: LocalizedText, citation: LocalizedText, on: LocalizedText) =>
    text(
      `Quy tắc biểu quyết của đơn vị tổ chức thi đua áp dụng từ ngày ${from.vi}${citation.vi}, có hiệu lực ngày ${on.vi}.`,
      `The organizer's voting rules applying from ${from.en}${citation.en}, in force on ${on.en}.`,
    ),
  awardTypeNotInCatalog: text(
    'Danh mục khen thưởng chưa có loại khen thưởng này (hãy nạp dữ liệu tham chiếu hoặc thêm vào danh mục).',
    'The award catalog has no such award type (load the reference data or add it to the catalog).',
  ),
  awardTypeNotVoted: text('Loại khen thưởng này không xét bằng biểu quyết của cụm.', 'This award type is not proposed by a cluster vote.'),
  quotaSetByMeeting: (given: number) => text(`Chỉ tiêu do hội nghị quyết định: ${given}.`, `Quota set by the meeting: ${given}.`),
  noQuotaOn: (award: LocalizedText, on: LocalizedText) =>
    text(
      `Không có chỉ tiêu của ${award.vi} áp dụng ngày ${on.vi}; hãy nhập chỉ tiêu.`,
      `No quota of ${award.en} applies on ${on.en}; give the quota.`,
    ),
  noPlaceForAward: (award: LocalizedText, explanation: LocalizedText) =>
    text(`Cụm không có chỉ tiêu đề nghị ${award.vi}: ${explanation.vi}.`, `The cluster has no place for ${award.en}: ${explanation.en}.`),
  quotaUnder: (citation: LocalizedText) => text(`theo ${citation.vi}`, `under ${citation.en}`),
  quotaUnderLaterRules: (citation: LocalizedText, from: LocalizedText) =>
    text(
      `theo ${citation.vi} (áp dụng từ ${from.vi}, bộ quy tắc đầu tiên sau ngày họp, khi các đề nghị được xét)`,
      `under ${citation.en} (from ${from.en}, the first rule set after the meeting, when the proposals are judged)`,
    ),
  quotaBasis: (explanation: LocalizedText, when: LocalizedText, source: LocalizedText) =>
    text(`Chỉ tiêu ${explanation.vi}, ${when.vi}${source.vi}.`, `Quota: ${explanation.en}, ${when.en}${source.en}.`),
  quotaPartlyUsed: (basis: LocalizedText, used: number, left: number) =>
    text(
      `${basis.vi}; đã đề nghị ${used} tại biểu quyết trước, còn ${left}`,
      `${basis.en}; ${used} already proposed in an earlier vote, ${left} left`,
    ),
  proposedTwice: (name: string, year: number, voteTitle: string) =>
    text(
      `${name} đã được cụm đề nghị năm ${year} tại biểu quyết "${voteTitle}"; không đề nghị lần thứ hai.`,
      `${name} was already proposed by the cluster in ${year} in the vote "${voteTitle}"; it is not proposed twice.`,
    ),
  quotaFull: (year: number, names: string) =>
    text(
      `Cụm đã đề nghị đủ chỉ tiêu năm ${year} (${names}); không còn vị trí để suy tôn.`,
      `The cluster already proposed its full quota for ${year} (${names}); no place is left.`,
    ),
  chairCannotBeViceChair: (name: string, source: LocalizedText, year: number) =>
    text(
      `${name} ${source.vi} năm ${year}; không thể đồng thời là Cụm phó.`,
      `${name} ${source.en} in ${year}; it cannot be vice-chair as well.`,
    ),
  viceChairCannotChair: (name: string, year: number) =>
    text(
      `${name} đã được bầu làm Cụm phó năm ${year}; không thể đồng thời là Cụm trưởng. Hãy đề nghị đơn vị khác.`,
      `${name} was elected vice-chair for ${year}; it cannot chair the cluster as well. Propose another unit.`,
    ),
  onlyForHandover: text('Chỉ dùng cho chuyển trao Cụm trưởng.', 'Only for a chair handover.'),
  onlyForFlag: text('Chỉ dùng cho suy tôn đề nghị khen thưởng.', 'Only for a flag proposal.'),
  questionWithCandidates: text('Biểu quyết tán thành / không tán thành không có danh sách ứng viên.', 'A yes / no vote has no candidates.'),
  chairsInYear: (year: number) => text(`Đơn vị này là Cụm trưởng năm ${year}.`, `This unit chairs the cluster in ${year}.`),
  notAMemberInYear: (year: number) => text(`Không phải thành viên của cụm năm ${year}.`, `Not a member of the cluster in ${year}.`),
  rotationProposesNoChair: (year: number) =>
    text(
      `Quy tắc luân phiên của cụm không đề xuất được Cụm trưởng năm ${year}; hãy chọn đơn vị.`,
      `The cluster's rotation proposes no chair for ${year}; choose the unit.`,
    ),
  nonLeaderWithoutReason: text(
    'Đơn vị này không thuộc nhóm dẫn đầu bảng xếp hạng thi đua đã chốt: ghi lý do đưa đơn vị vào danh sách bầu.',
    'This unit does not lead the fixed emulation ranking: write why it is on the ballot.',
  ),
} satisfies MessageCatalogue;

/** Where next year's chair comes from, as "… in year Y" completes it. */
export const CHAIR_SOURCE_PHRASES = {
  term: text('là Cụm trưởng', 'chairs the cluster'),
  handover: text('được đề nghị chuyển trao nhiệm vụ Cụm trưởng', 'is proposed in the chair handover as chair'),
  rotation: text('theo luân phiên sẽ là Cụm trưởng', 'will chair the cluster by rotation'),
} satisfies MessageCatalogue;

/** How a share is compared, as "… 2/3" completes it. */
export const COMPARISON_NAMES = {
  more_than: text('trên', 'more than'),
  at_least: text('ít nhất', 'at least'),
} satisfies MessageCatalogue;

/** What a pass threshold is a share of. */
export const THRESHOLD_BASE_NAMES = {
  all_members: text('tổng số đơn vị thành viên', 'all member units'),
  members_present: text('số đơn vị thành viên có mặt', 'the member units present'),
  valid_ballots: text('số phiếu hợp lệ', 'the valid ballots'),
} satisfies MessageCatalogue;

/** How a meeting declares a result without a count, as the minutes say it. */
export const DECLARED_FORM_NAMES = {
  unanimous: text('biểu quyết nhất trí', 'by unanimous decision'),
  consensus: text('biểu quyết đồng thuận', 'by consensus'),
  show_of_hands: text('biểu quyết giơ tay, không ghi số phiếu', 'by show of hands, the count not recorded'),
} satisfies MessageCatalogue;

/** The figures of a counting committee's minutes, as their fields are named to a user. */
export const PAPER_TOTALS_LABELS = {
  ballotsIssued: text('Số phiếu phát ra', 'Ballots issued'),
  ballotsCollected: text('Số phiếu thu vào', 'Ballots collected'),
  ballotsValid: text('Số phiếu hợp lệ', 'Valid ballots'),
  ballotsInvalid: text('Số phiếu không hợp lệ', 'Invalid ballots'),
  yes: text('Số phiếu tán thành', 'Yes votes'),
  no: text('Số phiếu không tán thành', 'No votes'),
  abstain: text('Số phiếu không biểu quyết', 'Abstentions'),
  candidateVotes: text('Số phiếu của ứng viên', 'Votes for the candidate'),
} satisfies MessageCatalogue;

/** What a vote transition does, as "cannot …" completes it. */
export const VOTE_ACTION_PHRASES = {
  open: text('mở bỏ phiếu', 'open it'),
  close: text('kết thúc bỏ phiếu', 'close it'),
  close_for_runoff: text('kết thúc bỏ phiếu', 'close it'),
  open_runoff: text('mở vòng bỏ phiếu tiếp theo', 'open the next round'),
  cancel: text('huỷ', 'cancel it'),
} satisfies MessageCatalogue;
