import { fullDate } from '../../documents/decree30.js';
import type { BodyBlock, OfficialDocument } from '../../documents/document.model.js';
import type { ClusterYearReport, ConferenceReport } from '../cluster-year.model.js';
import {
  clusterHeader,
  clusterSignature,
  compositionText,
  dayText,
  listText,
  ORDER_COLUMN,
  paragraphs,
  PERCENT_COLUMN,
  proposalsText,
  VOTES_COLUMN,
  votesCell,
} from './wording.js';

/**
 * Luật Thi đua, khen thưởng 06/2022/QH15, passed on 15/06/2022 (in force from 01/01/2024): the Law every proposal
 * made after it was passed is judged under (rules §1.1).
 */
export const EMULATION_LAW = { passedOn: '2022-06-15', citation: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022' };

/**
 * Căn cứ of the tờ trình: the Law, the decree of the award's rule set on the conference's day, the awarding body's
 * regulation as recorded, and the conference's minutes; each only when recorded.
 */
function legalBases(report: ClusterYearReport, conference: ConferenceReport | null): string[] {
  const { cluster } = report;
  const day = conference?.starts.date ?? `${report.year}-12-31`;
  const regulation = report.issuance['flag-proposal'].regulation;
  return [
    ...(day >= EMULATION_LAW.passedOn ? [`Căn cứ ${EMULATION_LAW.citation}`] : []),
    ...(report.flagLegalBasis ? [`Căn cứ ${report.flagLegalBasis.citation}`] : []),
    ...(regulation ? [`Căn cứ ${regulation.replace(/^căn cứ\s+/iu, '')}`] : []),
    ...(conference ? [`Căn cứ Biên bản ${conference.title} của ${cluster.name} ${fullDate(conference.starts.date)}`] : []),
  ];
}

/** Hồ sơ kèm theo: the minutes, the vote's result and each proposed unit's achievement report. */
function enclosures(report: ClusterYearReport, conference: ConferenceReport | null): BodyBlock[] {
  const items = [
    ...(conference ? [`Biên bản ${conference.title}`] : []),
    ...(conference?.votes.some((v) => v.subject === 'flag_proposal' && v.rounds.length) ? ['Kết quả biểu quyết suy tôn'] : []),
    ...report.flagProposals.flatMap((p) => (p.unit ? [`Báo cáo thành tích của ${p.unit.fullName}`] : [])),
  ];
  return items.length
    ? [
        { kind: 'paragraph', text: 'Hồ sơ kèm theo gồm:' },
        { kind: 'list', items },
      ]
    : [];
}

/**
 * Tờ trình to the owner (VUSTA) proposing the flags the conference voted (rules §6.7), with each unit's vote result
 * when it was counted, its legal bases and its enclosures. Call it only when some unit was proposed.
 */
export function flagProposalDocument(report: ClusterYearReport, conference: ConferenceReport | null): OfficialDocument {
  const { cluster, year, flagProposals } = report;
  const owner = cluster.owner.fullName;
  const awards = listText([...new Set(flagProposals.map((p) => p.awardName))]);
  const counted = flagProposals.some((p) => p.votes !== null || p.decidedBy === 'chair_and_vice_chair');
  const held = conference
    ? `Tại ${conference.title} ngày ${dayText(conference.starts)} tại ${conference.place}, đại biểu ${conference.attendance.presentCount}/${conference.attendance.memberCount} đơn vị thành viên đã bình xét, suy tôn; kết quả như sau:`
    : `Kết quả bình xét, suy tôn của các đơn vị thành viên như sau:`;
  return {
    type: 'TTr',
    header: clusterHeader(report, 'flag-proposal'),
    summary: `Về việc đề nghị tặng ${awards} năm ${year}`,
    addressees: [owner],
    legalBases: legalBases(report, conference),
    body: [
      ...paragraphs(compositionText(report, `Năm ${year}, ${cluster.name}`), held),
      {
        kind: 'table',
        columns: [
          ORDER_COLUMN,
          { header: 'Đơn vị đề nghị tặng', width: 6 },
          { header: 'Hình thức', width: 4 },
          ...(counted ? [VOTES_COLUMN, PERCENT_COLUMN] : []),
        ],
        rows: flagProposals.map((p, i) => [i + 1, p.unit?.fullName ?? '', p.awardName, ...(counted ? [votesCell(p), p.percent] : [])]),
      },
      { kind: 'paragraph', text: `${cluster.name} kính đề nghị ${owner} xem xét, ${proposalsText(flagProposals, false)} năm ${year}.` },
      ...enclosures(report, conference),
      { kind: 'paragraph', text: `Kính trình ${owner} xem xét, quyết định.` },
    ],
    recipients: ['Như trên', `Các đơn vị thành viên ${cluster.name}`, 'Lưu: VT'],
    signatures: [clusterSignature(report, 'flag-proposal')],
  };
}
