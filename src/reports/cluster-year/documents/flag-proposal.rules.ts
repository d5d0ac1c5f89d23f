import { fullDate } from '../../documents/decree30.js';
import type { OfficialDocument } from '../../documents/document.model.js';
import type { ClusterYearReport, ConferenceReport } from '../cluster-year.model.js';
import {
  clusterHeader,
  clusterSignature,
  compositionText,
  dayText,
  listText,
  ORDER_COLUMN,
  PERCENT_COLUMN,
  proposalsText,
  VOTES_COLUMN,
  votesCell,
} from './wording.js';

/**
 * Tờ trình to the owner (VUSTA) proposing the flags the conference voted (rules §6.7), with each unit's vote result.
 * It is dated when signed; the legal bases are those the records hold: the conference's minutes. Call it only when
 * some unit was proposed.
 */
export function flagProposalDocument(report: ClusterYearReport, conference: ConferenceReport | null): OfficialDocument {
  const { cluster, year, flagProposals } = report;
  const owner = cluster.owner.fullName;
  const awards = listText([...new Set(flagProposals.map((p) => p.awardName))]);
  const held = conference
    ? `Tại ${conference.title} ngày ${dayText(conference.starts)} tại ${conference.place}, đại biểu ${conference.attendance.presentCount}/${conference.attendance.memberCount} đơn vị thành viên đã bình xét, suy tôn; kết quả như sau:`
    : `Kết quả bình xét, suy tôn của các đơn vị thành viên như sau:`;
  return {
    type: 'TTr',
    header: clusterHeader(report, 'TTr', 'blank'),
    summary: `Về việc đề nghị tặng ${awards} năm ${year}`,
    addressees: [owner],
    legalBases: conference ? [`Căn cứ Biên bản ${conference.title} của ${cluster.name} ${fullDate(conference.starts.date)}`] : [],
    body: [
      { kind: 'paragraph', text: compositionText(report, `Năm ${year}, ${cluster.name}`) },
      { kind: 'paragraph', text: held },
      {
        kind: 'table',
        columns: [
          ORDER_COLUMN,
          { header: 'Đơn vị đề nghị tặng', width: 6 },
          { header: 'Hình thức', width: 4 },
          VOTES_COLUMN,
          PERCENT_COLUMN,
        ],
        rows: flagProposals.map((p, i) => [i + 1, p.unit?.fullName ?? '', p.awardName, votesCell(p), p.percent]),
      },
      { kind: 'paragraph', text: `${cluster.name} kính đề nghị ${owner} xem xét, ${proposalsText(flagProposals, false)} năm ${year}.` },
      { kind: 'paragraph', text: `Kính trình ${owner} xem xét, quyết định.` },
    ],
    recipients: ['Như trên', `Các đơn vị thành viên ${cluster.name}`, 'Lưu: VT'],
    signatures: [clusterSignature(report)],
  };
}
