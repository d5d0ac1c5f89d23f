import { shortDate } from '../../documents/decree30.js';
import type { BodyBlock, OfficialDocument, TableBlock } from '../../documents/document.model.js';
import type { ClusterYearReport, FlagProposalReport } from '../cluster-year.model.js';
import { emulationRankingBlocks } from './emulation-ranking.rules.js';
import {
  clusterHeader,
  clusterSignature,
  compositionText,
  dayText,
  nextYearText,
  ORDER_COLUMN,
  paragraphs,
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
    ...paragraphs(
      compositionText(report, `Năm ${year}, ${cluster.name} thuộc ${cluster.owner.fullName}`),
      supervisor && `Phụ trách Cụm: ${supervisor.fullName}${supervisor.position ? `, ${supervisor.position}` : ''}.`,
    ),
    ...sectionBlocks(report, 'situation'),
  ];
}

/** The meetings as recorded, each by its own title: no count is claimed beyond the record. */
function meetingsHeld(report: ClusterYearReport): BodyBlock[] {
  if (report.meetings.length === 0) return [];
  return [
    paragraph('Trong năm, Cụm đã tổ chức:'),
    { kind: 'list', items: report.meetings.map((m) => `${m.title}, ngày ${dayText(m.starts)} tại ${m.place}`) },
  ];
}

function decisionText(proposal: FlagProposalReport): string {
  if (!proposal.decision) return '';
  const { reference, date } = proposal.decision;
  return `Quyết định số ${reference}${date ? ` ngày ${shortDate(date)}` : ''}`;
}

function proposalsTable(proposals: readonly FlagProposalReport[]): TableBlock {
  const decided = proposals.some((p) => p.decision);
  const counted = proposals.some((p) => p.votes !== null || p.decidedBy === 'chair_and_vice_chair');
  return {
    kind: 'table',
    columns: [
      ORDER_COLUMN,
      { header: 'Đơn vị được suy tôn', width: 6 },
      ...(counted ? [VOTES_COLUMN, PERCENT_COLUMN] : []),
      ...(decided ? [{ header: 'Quyết định tặng', width: 5 }] : []),
    ],
    rows: proposals.map((p, i) => [
      i + 1,
      p.unit?.fullName ?? '',
      ...(counted ? [votesCell(p), p.percent] : []),
      ...(decided ? [decisionText(p)] : []),
    ]),
  };
}

function emulationResults(report: ClusterYearReport): BodyBlock[] {
  const { conference, flagProposals } = report;
  if (flagProposals.length === 0) return [];
  const where = conference ? `Tại ${conference.title} ngày ${dayText(conference.starts)}, các` : 'Các';
  return [paragraph(`${where} đơn vị trong Cụm đã suy tôn, đề nghị ${proposalsText(flagProposals)}.`), proposalsTable(flagProposals)];
}

function commendations(report: ClusterYearReport): BodyBlock[] {
  const { nominations, awards, year } = report;
  const blocks: BodyBlock[] = [];
  if (nominations.total > 0) {
    blocks.push(paragraph(`Các đơn vị trong Cụm có ${nominations.total} hồ sơ đề nghị khen thưởng năm ${year}:`), {
      kind: 'table',
      columns: [
        { header: 'Hình thức khen thưởng', width: 8 },
        { header: 'Số hồ sơ đề nghị', width: 3, align: 'center' },
      ],
      rows: nominations.byAwardType.map((award) => [award.awardName, award.total]),
    });
  }
  if (awards.length) {
    blocks.push(paragraph(`Các đơn vị trong Cụm được khen thưởng năm ${year}:`), {
      kind: 'list',
      items: awards.map((a) => {
        const who = [a.personName, a.unit?.fullName].filter(Boolean).join(', ');
        const date = a.decision.date ? ` ngày ${shortDate(a.decision.date)}` : '';
        return `${a.awardName}: ${who} (Quyết định số ${a.decision.reference}${date})`;
      }),
    });
  }
  return blocks;
}

function recommendations(report: ClusterYearReport): BodyBlock[] {
  const { flagProposals, cluster, year } = report;
  const proposals = flagProposals.length
    ? [paragraph(`Đề nghị ${cluster.owner.fullName} xem xét, ${proposalsText(flagProposals, false)} năm ${year}.`)]
    : [];
  return [...proposals, ...sectionBlocks(report, 'recommendations')];
}

/** A part of the report: its title and what the records hold for it; a part with nothing recorded is left out. */
interface Part {
  title: string;
  blocks: BodyBlock[];
}

/** Numbers the parts that hold something: "I.", "II."…, and within a part its items "1.", "2."… */
function numbered(parts: readonly (Part & { items?: Part[] })[]): BodyBlock[] {
  return parts
    .map((part) => ({ ...part, items: (part.items ?? []).filter((item) => item.blocks.length) }))
    .filter((part) => part.blocks.length || part.items.length)
    .flatMap((part, i) => [
      { kind: 'heading' as const, number: i + 1, title: part.title },
      ...part.blocks,
      ...part.items.flatMap((item, j) => [{ kind: 'item' as const, number: j + 1, title: item.title }, ...item.blocks]),
    ]);
}

/** Báo cáo tổng kết công tác thi đua, khen thưởng of the cluster for the year, in the outline of rules §6.6. */
export function summaryReportDocument(report: ClusterYearReport): OfficialDocument {
  const { cluster, year } = report;
  const next = year + 1;
  return {
    type: 'BC',
    header: clusterHeader(report, 'summary-report'),
    summary: `Tổng kết công tác thi đua, khen thưởng năm ${year} của ${cluster.name}; phương hướng, nhiệm vụ năm ${next}`,
    body: numbered([
      { title: 'Đặc điểm tình hình', blocks: situation(report) },
      {
        title: 'Kết quả thực hiện',
        blocks: [],
        items: [
          {
            title: 'Công tác chỉ đạo, tổ chức phong trào thi đua',
            blocks: [...meetingsHeld(report), ...sectionBlocks(report, 'achievements')],
          },
          { title: 'Kết quả bình xét, suy tôn', blocks: [...emulationRankingBlocks(report), ...emulationResults(report)] },
          { title: 'Công tác khen thưởng', blocks: commendations(report) },
        ],
      },
      { title: 'Đánh giá chung', blocks: sectionBlocks(report, 'assessment') },
      { title: `Phương hướng, nhiệm vụ năm ${next}`, blocks: [...paragraphs(nextYearText(report)), ...sectionBlocks(report, 'direction')] },
      { title: 'Đề xuất, kiến nghị', blocks: recommendations(report) },
    ]),
    recipients: [cluster.owner.fullName, `Các đơn vị thành viên ${cluster.name}`, 'Lưu: VT'],
    signatures: [clusterSignature(report, 'summary-report')],
  };
}
