import { acceptsBallots, resultsVisible } from '../../../meetings/votes/vote.state.js';
import type { CandidateStatus } from '../../../meetings/votes/vote.rules.js';
import type { BodyBlock, OfficialDocument } from '../../documents/document.model.js';
import type { ConferenceReport, ClusterYearReport, RoundReport, VoteReport } from '../cluster-year.model.js';
import {
  clusterHeader,
  countText,
  missingText,
  ORDER_COLUMN,
  PERCENT_COLUMN,
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

/** For a line whose label already says what is missing; the report's `missing` list has the full sentence. */
const NOT_RECORDED = 'chưa ghi nhận';

const METHOD_NAMES = { electronic: 'bỏ phiếu kín điện tử', paper: 'bỏ phiếu kín bằng phiếu giấy' } as const;

/** The vote texts are sentences; make sure each ends with one full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

function paragraph(text: string): BodyBlock {
  return { kind: 'paragraph', text };
}

function attendance(conference: ConferenceReport, clusterName: string): BodyBlock[] {
  const { presentCount, memberCount, units } = conference.attendance;
  const guests = conference.guests.map((g) => [g.fullName, [g.position, g.agency].filter(Boolean).join(' ')].filter(Boolean).join(', '));
  return [
    paragraph(
      `Thành phần tham dự: đại biểu ${presentCount}/${memberCount} đơn vị thành viên ${clusterName}${guests.length ? ' và khách mời' : ''}.`,
    ),
    {
      kind: 'table',
      columns: [
        ORDER_COLUMN,
        { header: 'Đơn vị', width: 6 },
        { header: 'Đại biểu', width: 5 },
        { header: 'Tham dự', width: 2, align: 'center' },
      ],
      rows: units.map((u, i) => [
        i + 1,
        u.unit.fullName,
        u.delegates.map((d) => [d.fullName, d.position].filter(Boolean).join(', ')).join('; '),
        u.present ? 'Có mặt' : 'Vắng',
      ]),
    },
    ...(guests.length ? [paragraph('Khách mời:'), { kind: 'list' as const, items: guests }] : []),
  ];
}

function roundBlocks(round: RoundReport, numbered: boolean): BodyBlock[] {
  const prefix = numbered ? `Vòng ${round.round}: ` : '';
  const paper = round.paper
    ? [
        paragraph(
          `Ban kiểm phiếu: ${round.paper.countingCommittee.join(', ')}. Số phiếu phát ra: ${round.paper.ballotsIssued}; số phiếu thu về: ${round.paper.ballotsCollected}.`,
        ),
      ]
    : [];
  const counts: BodyBlock[] = round.answers
    ? [
        paragraph(
          `Tán thành: ${countText(round.answers.yes)}; không tán thành: ${countText(round.answers.no)}; không biểu quyết: ${countText(round.answers.abstain)}.`,
        ),
      ]
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
    paragraph(sentence(round.next)),
  ];
}

function voteBlocks(vote: VoteReport, number: number, conference: ConferenceReport): BodyBlock[] {
  const resolution = conference.resolutions.find((r) => r.voteId === vote.id);
  const result =
    vote.rounds.length === 0
      ? [paragraph('Chưa kết thúc bỏ phiếu: kết quả chưa được công bố.')]
      : vote.rounds.flatMap((r) => roundBlocks(r, vote.rounds.length > 1));
  return [
    { kind: 'item', number, title: vote.title },
    paragraph(`Hình thức: ${METHOD_NAMES[vote.method]}.`),
    ...result,
    ...(resolution ? [paragraph(`Kết quả: ${resolution.summary}`)] : []),
  ];
}

/** Biên bản of the year-end conference (Mẫu 1.9): no date line in the header, start and end times in the body. */
export function minutesDocument(report: ClusterYearReport, conference: ConferenceReport): OfficialDocument {
  const { cluster } = report;
  // The votes held: ballots taken or results out.
  const votes = conference.votes.filter((v) => acceptsBallots(v.state) || resultsVisible(v.state));
  return {
    type: 'BB',
    header: clusterHeader(report, 'BB', 'none'),
    summary: conference.title,
    body: [
      paragraph(`Thời gian bắt đầu: ${timeText(conference.starts)}.`),
      paragraph(`Địa điểm: ${conference.place}.`),
      ...(conference.attendance.units.some((u) => u.present)
        ? attendance(conference, cluster.name)
        : [paragraph(missingText(report, 'attendance'))]),
      paragraph(`Chủ trì (chủ tọa): ${conference.presiding ?? NOT_RECORDED}.`),
      paragraph(`Thư ký (người ghi biên bản): ${conference.secretary ?? NOT_RECORDED}.`),
      paragraph('Nội dung (theo diễn biến hội nghị):'),
      { kind: 'heading', number: 1, title: 'Chương trình hội nghị' },
      conference.agenda.length ? { kind: 'list', items: conference.agenda } : paragraph(missingText(report, 'agenda')),
      { kind: 'heading', number: 2, title: 'Diễn biến hội nghị' },
      ...(conference.minutes ? textBlocks(conference.minutes) : [paragraph(missingText(report, 'minutes'))]),
      { kind: 'heading', number: 3, title: 'Kết quả biểu quyết' },
      ...(votes.length
        ? votes.flatMap((vote, i) => voteBlocks(vote, i + 1, conference))
        : [paragraph('Chưa ghi nhận cuộc bỏ phiếu nào tại hội nghị.')]),
      paragraph(conference.ends ? `Hội nghị kết thúc vào ${timeText(conference.ends)}.` : missingText(report, 'conference_end')),
    ],
    recipients: [cluster.owner.fullName, `Các đơn vị thành viên ${cluster.name}`, 'Lưu: VT, Hồ sơ'],
    signatures: [
      { position: 'Thư ký', name: conference.secretary ?? '' },
      { position: 'Chủ tọa', name: conference.presiding ?? '' },
    ],
  };
}
