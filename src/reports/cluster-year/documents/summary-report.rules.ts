import { shortDate } from '../../documents/decree30.js';
import type { BodyBlock, OfficialDocument, TableBlock } from '../../documents/document.model.js';
import type { ClusterYearReport, FlagProposalReport } from '../cluster-year.model.js';
import { emulationRankingBlocks } from './emulation-ranking.rules.js';
import {
  clusterHeader,
  clusterSignature,
  compositionText,
  dayText,
  missingText,
  nextYearText,
  ORDER_COLUMN,
  PERCENT_COLUMN,
  proposalsText,
  sectionBlocks,
  VOTES_COLUMN,
  votesCell,
} from './wording.js';

function paragraph(text: string, number?: number): BodyBlock {
  return { kind: 'paragraph', text, number };
}

function situation(report: ClusterYearReport): BodyBlock[] {
  const { cluster, year, supervisor } = report;
  return [
    paragraph(compositionText(report, `Năm ${year}, ${cluster.name} thuộc ${cluster.owner.fullName}`)),
    paragraph(
      supervisor
        ? `Phụ trách Cụm: ${supervisor.fullName}${supervisor.position ? `, ${supervisor.position}` : ''}.`
        : missingText(report, 'supervisor'),
    ),
    ...sectionBlocks(report, 'situation'),
  ];
}

function meetingsHeld(report: ClusterYearReport): BodyBlock[] {
  if (report.meetings.length === 0) return [paragraph(missingText(report, 'meetings'))];
  return [
    paragraph(`Trong năm, Cụm đã tổ chức ${report.meetings.length} hội nghị:`),
    { kind: 'list', items: report.meetings.map((m) => `${m.title}, ngày ${dayText(m.starts)} tại ${m.place}`) },
  ];
}

function decisionText(proposal: FlagProposalReport): string {
  if (proposal.decision) {
    const { reference, date } = proposal.decision;
    return `Đã tặng: Quyết định số ${reference}${date ? ` ngày ${shortDate(date)}` : ''}`;
  }
  return proposal.nomination
    ? `Chưa có quyết định (hồ sơ: ${proposal.nomination.stateName.toLocaleLowerCase('vi')})`
    : 'Chưa ghi nhận quyết định';
}

function proposalsTable(proposals: readonly FlagProposalReport[]): TableBlock {
  return {
    kind: 'table',
    columns: [
      ORDER_COLUMN,
      { header: 'Đơn vị được suy tôn', width: 6 },
      VOTES_COLUMN,
      PERCENT_COLUMN,
      { header: 'Kết quả xét tặng', width: 5 },
    ],
    rows: proposals.map((p, i) => [i + 1, p.unit?.fullName ?? '', votesCell(p), p.percent, decisionText(p)]),
  };
}

function emulationResults(report: ClusterYearReport): BodyBlock[] {
  const { conference, flagProposals } = report;
  if (flagProposals.length === 0) return [paragraph(missingText(report, 'flag_proposals'))];
  const where = conference ? `Tại ${conference.title} ngày ${dayText(conference.starts)}, các` : 'Các';
  return [paragraph(`${where} đơn vị trong Cụm đã suy tôn, đề nghị ${proposalsText(flagProposals)}.`), proposalsTable(flagProposals)];
}

function commendations(report: ClusterYearReport): BodyBlock[] {
  const { nominations, awards, year } = report;
  const blocks: BodyBlock[] = [];
  if (nominations.total === 0) {
    blocks.push(paragraph(`Chưa ghi nhận đề nghị khen thưởng nào của Cụm năm ${year}.`));
  } else {
    blocks.push(paragraph(`Các đơn vị trong Cụm có ${nominations.total} đề nghị khen thưởng năm ${year}:`), {
      kind: 'table',
      columns: [
        { header: 'Hình thức khen thưởng', width: 6 },
        { header: 'Trạng thái hồ sơ', width: 5 },
        { header: 'Số đề nghị', width: 2, align: 'center' },
      ],
      rows: nominations.byAwardType.flatMap((award) => award.byState.map((s) => [award.awardName, s.stateName, s.count])),
    });
  }
  blocks.push(
    awards.length === 0
      ? paragraph(`Chưa ghi nhận quyết định khen thưởng nào cho các đơn vị trong Cụm năm ${year}.`)
      : {
          kind: 'list',
          items: awards.map((a) => {
            const who = [a.personName, a.unit?.fullName].filter(Boolean).join(', ');
            const date = a.decision.date ? ` ngày ${shortDate(a.decision.date)}` : '';
            return `${a.awardName}: ${who} (Quyết định số ${a.decision.reference}${date})`;
          }),
        },
  );
  return blocks;
}

function recommendations(report: ClusterYearReport): BodyBlock[] {
  const { flagProposals, cluster, year } = report;
  const proposals = flagProposals.length
    ? [paragraph(`Đề nghị ${cluster.owner.fullName} xem xét, ${proposalsText(flagProposals)} năm ${year}.`, 1)]
    : [];
  const written = report.sections.texts.recommendations;
  return [...proposals, ...(written || proposals.length === 0 ? sectionBlocks(report, 'recommendations') : [])];
}

/** Báo cáo tổng kết công tác thi đua, khen thưởng of the cluster for the year, in the outline of rules §6.6. */
export function summaryReportDocument(report: ClusterYearReport): OfficialDocument {
  const { cluster, year, conference } = report;
  const next = year + 1;
  return {
    type: 'BC',
    header: clusterHeader(report, 'BC', conference ? { on: conference.starts.date } : 'blank'),
    summary: `Tổng kết công tác thi đua, khen thưởng năm ${year} của ${cluster.name}; phương hướng, nhiệm vụ năm ${next}`,
    body: [
      { kind: 'heading', number: 1, title: 'Đặc điểm tình hình' },
      ...situation(report),
      { kind: 'heading', number: 2, title: 'Kết quả thực hiện' },
      { kind: 'item', number: 1, title: 'Công tác chỉ đạo, tổ chức phong trào thi đua' },
      ...meetingsHeld(report),
      ...sectionBlocks(report, 'achievements'),
      { kind: 'item', number: 2, title: 'Kết quả bình xét, suy tôn' },
      ...emulationRankingBlocks(report),
      ...emulationResults(report),
      { kind: 'item', number: 3, title: 'Công tác khen thưởng' },
      ...commendations(report),
      { kind: 'heading', number: 3, title: 'Đánh giá chung' },
      ...sectionBlocks(report, 'assessment'),
      { kind: 'heading', number: 4, title: `Phương hướng, nhiệm vụ năm ${next}` },
      paragraph(nextYearText(report)),
      ...sectionBlocks(report, 'direction'),
      { kind: 'heading', number: 5, title: 'Đề xuất, kiến nghị' },
      ...recommendations(report),
    ],
    recipients: [cluster.owner.fullName, `Các đơn vị thành viên ${cluster.name}`, 'Lưu: VT'],
    signatures: [clusterSignature(report)],
  };
}
