import type { SectionKey } from '../../reports/cluster-year/cluster-year.facts.js';
import { SECTION_KEYS } from '../../reports/cluster-year/cluster-year.facts.js';
import type { ClusterYearReport, MissingFact } from '../../reports/cluster-year/cluster-year.model.js';
import { type LocalizedText, text } from '../../platform/i18n/locale.js';
import { reportRoutes } from './report.routes.js';

/** Pages of other areas where the facts a report misses are recorded (the meetings pages' routes as they define them). */
const PAGES = {
  clusterYear: (clusterId: string, year: number) => `/clusters/${clusterId}/years/${year}`,
  cluster: (clusterId: string, year: number) => `/clusters/${clusterId}?year=${year}`,
  organization: (organizationId: string) => `/organizations/${organizationId}`,
  meeting: (meetingId: string) => `/meetings/${meetingId}`,
  newMeeting: (clusterId: string, year: number) => `/meetings/new?clusterId=${clusterId}&year=${year}`,
  vote: (voteId: string) => `/votes/${voteId}`,
};

/** Where a missing fact is recorded: the page and what to call it in the checklist. */
export interface RecordingPlace {
  href: string;
  label: LocalizedText;
}

const CLUSTER_PAGE = text(
  'Trang Cụm (thành viên, Cụm trưởng, Cụm phó, phụ trách Cụm)',
  'Cluster page (members, chair, vice-chair, supervisor)',
);
const CLUSTER_YEAR_PAGE = text('Trang năm của Cụm (hội nghị, bỏ phiếu)', "Cluster's year page (meetings, votes)");
const CONFERENCE_PAGE = text('Trang hội nghị tổng kết', 'Year-end conference page');

const MEETING_FACTS = new Set(['attendance', 'agenda', 'conference_end', 'presiding', 'secretary', 'minutes', 'flag_proposals']);
const CLUSTER_FACTS = new Set(['members', 'term', 'vice_chair', 'supervisor', 'next_term']);

/**
 * The page where a fact the report misses is recorded, from the fact's key (`conference`, `vote:<id>`,
 * `section:<key>`…). A key this does not know leads to the cluster's year page, where every record of the year starts.
 */
export function recordingPlace(report: ClusterYearReport, fact: MissingFact): RecordingPlace {
  const { id: clusterId } = report.cluster;
  const { year } = report;
  const [kind, argument] = fact.key.split(':', 2);
  if (kind === 'section' && (SECTION_KEYS as readonly string[]).includes(argument)) {
    return {
      href: reportRoutes.sectionForm(clusterId, year, argument as SectionKey),
      label: text('Phần báo cáo do Thư ký Cụm viết', 'Report section written by the secretariat'),
    };
  }
  if (kind === 'issuance') {
    const scope = argument === 'summary-report' || argument === 'minutes' || argument === 'flag-proposal' ? argument : 'year';
    return {
      href: reportRoutes.issuanceForm(clusterId, year, scope),
      label: text('Cơ quan ban hành, số, ngày và người ký', 'Issuer, number, date and signer'),
    };
  }
  if (kind === 'vote' && argument) return { href: PAGES.vote(argument), label: text('Trang bỏ phiếu', 'Vote page') };
  if (CLUSTER_FACTS.has(kind)) return { href: PAGES.cluster(clusterId, year), label: CLUSTER_PAGE };
  if (kind === 'issuer_place' && report.chair) {
    return {
      href: PAGES.organization(report.chair.id),
      label: text(`Trang đơn vị ${report.chair.shortName}`, `${report.chair.shortName} unit page`),
    };
  }
  if (kind === 'meetings' || kind === 'conference') {
    return { href: PAGES.newMeeting(clusterId, year), label: text('Ghi nhận hội nghị của Cụm', 'Record a meeting of the cluster') };
  }
  if (MEETING_FACTS.has(kind) && report.conference) return { href: PAGES.meeting(report.conference.id), label: CONFERENCE_PAGE };
  return { href: PAGES.clusterYear(clusterId, year), label: CLUSTER_YEAR_PAGE };
}
