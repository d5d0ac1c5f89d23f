import { resultsVisible } from '../../../meetings/votes/vote.state.js';
import type { CandidateStatus } from '../../../meetings/votes/vote.rules.js';
import type { BodyBlock, OfficialDocument } from '../../documents/document.model.js';
import type { ConferenceReport, ClusterYearReport, RoundReport, VoteReport } from '../cluster-year.model.js';
import { declaredFormText } from '../../../meetings/votes/declared-result.rules.js';
import type { DeclaredForm } from '../../../meetings/votes/vote-rule-set.js';
import {
  answerText,
  clusterHeader,
  listText,
  lowerNoun,
  ORDER_COLUMN,
  paragraphs,
  PERCENT_COLUMN,
  resolutionText,
  textBlocks,
  timeText,
  VOTES_COLUMN,
  votesCell,
} from './wording.js';

const STATUS_NAMES: Readonly<Record<CandidateStatus, string>> = {
  chosen: 'Đạt',
  tied: 'Bằng phiếu tại vị trí cuối',
  over_quota: 'Ngoài chỉ tiêu',
  below_threshold: 'Không đạt',
  quorum_not_met: 'Không đủ số đơn vị có mặt',
};

const METHOD_NAMES = { electronic: 'bỏ phiếu kín điện tử', paper: 'bỏ phiếu kín bằng phiếu giấy' } as const;

/** The vote texts are sentences; make sure each ends with one full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

function paragraph(text: string): BodyBlock {
  return { kind: 'paragraph', text };
}

/** "Đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy Sơn La" or "Ông A, Phó Trưởng ban Ban…": a guest as recorded. */
export function guestText(guest: ConferenceReport['guests'][number]): string {
  return [guest.fullName, [guest.position, guest.agency].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

function attendance(conference: ConferenceReport, clusterName: string): BodyBlock[] {
  const { presentCount, memberCount, units } = conference.attendance;
  const guests = conference.guests.map(guestText);
  const named = units.some((u) => u.delegates.some((d) => d.fullName || d.position));
  return [
    paragraph(
      `Thành phần tham dự: đại biểu ${presentCount}/${memberCount} đơn vị thành viên ${clusterName}${guests.length ? ' và khách mời' : ''}.`,
    ),
    {
      kind: 'table',
      columns: [
        ORDER_COLUMN,
        { header: 'Đơn vị', width: 6 },
        ...(named ? [{ header: 'Đại biểu', width: 5 }] : []),
        { header: 'Tham dự', width: 2, align: 'center' as const },
      ],
      rows: units.map((u, i) => [
        i + 1,
        u.unit.fullName,
        ...(named ? [u.delegates.map((d) => [d.fullName, d.position].filter(Boolean).join(', ')).join('; ')] : []),
        u.present ? 'Có mặt' : 'Vắng',
      ]),
    },
    ...(guests.length ? [paragraph('Khách mời:'), { kind: 'list' as const, items: guests }] : []),
  ];
}

/** A counted round: the quorum, the ballots and the count per candidate or the yes / no answers. */
function countedRound(round: RoundReport, prefix: string): BodyBlock[] {
  const paper = round.paper
    ? [
        paragraph(
          `Ban kiểm phiếu: ${round.paper.countingCommittee.join(', ')}. Số phiếu phát ra: ${round.paper.ballotsIssued}; số phiếu thu về: ${round.paper.ballotsCollected}.`,
        ),
      ]
    : [];
  const counts: BodyBlock[] = round.answers
    ? [paragraph(`Kết quả biểu quyết: ${answerText(round.answers)}.`)]
    : [
        {
          kind: 'table',
          columns: [ORDER_COLUMN, { header: 'Đơn vị', width: 6 }, VOTES_COLUMN, PERCENT_COLUMN, { header: 'Kết quả', width: 3 }],
          rows: [...round.candidates]
            .sort((a, b) => b.votes - a.votes)
            .map((c, i) => [i + 1, c.unit?.fullName ?? '', votesCell(c), c.percent, STATUS_NAMES[c.status]]),
        },
      ];
  return [
    paragraph(
      `${prefix}${sentence(round.quorum)} Số phiếu hợp lệ: ${round.ballotsValid}; không hợp lệ: ${round.ballotsInvalid}. ${sentence(round.threshold)}`,
    ),
    ...paper,
    ...counts,
  ];
}

/** A round whose result the meeting declared without a count: who was chosen, in words, and no figure. */
function declaredRound(round: RoundReport, form: DeclaredForm, prefix: string): BodyBlock[] {
  const how = declaredFormText(form).vi;
  const chosen = round.chosen.map((u) => u.fullName);
  const result = round.answers
    ? round.answers.passed
      ? `được thông qua, ${how}`
      : `không được thông qua, ${how}`
    : chosen.length
      ? `${listText(chosen)} được chọn, ${how}`
      : `không có đơn vị nào được chọn, ${how}`;
  return [paragraph(`${prefix}${sentence(round.quorum)} Kết quả: ${result}.`)];
}

/** A round, and what came next when another round followed it (the conclusion says how the last one ended). */
function roundBlocks(round: RoundReport, numbered: boolean, last: boolean): BodyBlock[] {
  const prefix = numbered ? `Vòng ${round.round}: ` : '';
  const blocks = round.declared ? declaredRound(round, round.declared, prefix) : countedRound(round, prefix);
  return last ? blocks : [...blocks, paragraph(sentence(round.next))];
}

/** How the vote was taken: by ballot (electronic or paper), or declared without a count in every round. */
function methodText(vote: VoteReport): string {
  const forms = [...new Set(vote.rounds.map((r) => r.declared))];
  return forms.length === 1 && forms[0] ? declaredFormText(forms[0]).vi : METHOD_NAMES[vote.method];
}

function voteBlocks(report: ClusterYearReport, vote: VoteReport, number: number, conference: ConferenceReport): BodyBlock[] {
  if (vote.state === 'cancelled') {
    return [
      { kind: 'item', number, title: vote.title },
      paragraph(`Cuộc biểu quyết đã bị hủy${vote.cancellationReason ? `. Lý do: ${sentence(vote.cancellationReason)}` : '.'}`),
    ];
  }
  const resolution = conference.resolutions.find((r) => r.voteId === vote.id);
  return [
    { kind: 'item', number, title: vote.title },
    paragraph(`Hình thức: ${methodText(vote)}.`),
    ...vote.rounds.flatMap((r, i) => roundBlocks(r, vote.rounds.length > 1, i === vote.rounds.length - 1)),
    ...(resolution ? [paragraph(`Kết luận: ${resolutionText(report, conference.noun, resolution, vote.title)}`)] : []),
  ];
}

/** The votes the minutes tell: those closed with a published result, and those cancelled once opened (with why). */
function votesHeld(conference: ConferenceReport): VoteReport[] {
  return conference.votes.filter(
    (v) => (resultsVisible(v.state) && v.rounds.length > 0) || (v.state === 'cancelled' && v.cancellationReason),
  );
}

/**
 * Biên bản of the year-end conference (Mẫu 1.9): no date line in the header; start and end times, presiding person
 * and secretary in the body, the record of what happened, the statement that the minutes were read and approved,
 * and both signatures. A line whose fact is not recorded is left out (the report lists it as missing).
 */
export function minutesDocument(report: ClusterYearReport, conference: ConferenceReport): OfficialDocument {
  const { cluster } = report;
  const noun = conference.noun;
  const event = lowerNoun(noun);
  const votes = votesHeld(conference);
  const parts: { title: string; blocks: BodyBlock[] }[] = [
    { title: `Chương trình ${event}`, blocks: conference.agenda.length ? [{ kind: 'list' as const, items: conference.agenda }] : [] },
    { title: `Diễn biến ${event}`, blocks: conference.minutes ? textBlocks(conference.minutes) : [] },
    { title: 'Kết quả biểu quyết', blocks: votes.flatMap((vote, i) => voteBlocks(report, vote, i + 1, conference)) },
  ].filter((part) => part.blocks.length);
  return {
    type: 'BB',
    header: clusterHeader(report, 'minutes'),
    summary: conference.title,
    body: [
      paragraph(`Thời gian bắt đầu: ${timeText(conference.starts)}.`),
      paragraph(`Địa điểm: ${conference.place}.`),
      ...(conference.attendance.units.some((u) => u.present) ? attendance(conference, cluster.name) : []),
      ...paragraphs(
        conference.presiding && `Chủ trì (chủ tọa): ${conference.presiding}.`,
        conference.secretary && `Thư ký (người ghi biên bản): ${conference.secretary}.`,
      ),
      ...(parts.length ? [paragraph(`Nội dung (theo diễn biến ${event}):`)] : []),
      ...parts.flatMap((part, i): BodyBlock[] => [{ kind: 'heading', number: i + 1, title: part.title }, ...part.blocks]),
      paragraph(`Biên bản đã được đọc lại trước ${event} và được các đại biểu dự ${event} nhất trí thông qua.`),
      ...paragraphs(conference.ends && `${noun} kết thúc vào ${timeText(conference.ends)}.`),
    ],
    recipients: [cluster.owner.fullName, `Các đơn vị thành viên ${cluster.name}`, 'Lưu: VT, Hồ sơ'],
    signatures: [
      { position: 'Thư ký', name: conference.secretary ?? '' },
      { position: 'Chủ tọa', name: conference.presiding ?? '' },
    ],
  };
}
