import { DomainError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { NewsArticle, OfficialDocument } from '../documents/document.model.js';
import { asciiSlug, fileNames, type FileNames, type ReportFormat } from '../delivery/delivery.rules.js';
import { CLUSTER_DOCUMENTS, type ClusterDocument } from './cluster-year.dto.js';
import { ConferenceNotRecordedError, NoFlagProposalError } from './cluster-year.errors.js';
import type { ClusterYearReport, ConferenceReport } from './cluster-year.model.js';
import { flagProposalDocument } from './documents/flag-proposal.rules.js';
import { minutesDocument } from './documents/minutes.rules.js';
import { newsArticle } from './documents/news.rules.js';
import { summaryReportDocument } from './documents/summary-report.rules.js';
import { lowerNoun } from './documents/wording.js';

export type BuiltDocument = { kind: 'official'; content: OfficialDocument } | { kind: 'article'; content: NewsArticle };

function conferenceOf(report: ClusterYearReport): ConferenceReport {
  if (!report.conference) throw new ConferenceNotRecordedError(report.cluster.name, report.year);
  return report.conference;
}

interface DocumentKind {
  /**
   * What a user sees the document called, on the report pages and as the start of its file name: "Biên bản hội thảo
   * tổng kết" when the conference was recorded as a hội thảo (the meeting's own noun), "Báo cáo tổng kết"…
   */
  name(report: ClusterYearReport): string;
  /** The start of the file name: "bao-cao-tong-ket" → "bao-cao-tong-ket-cum-3-2023.docx". */
  ascii(report: ClusterYearReport): string;
  build(report: ClusterYearReport): BuiltDocument;
}

/** "hội nghị tổng kết", "hội thảo tổng kết": the year-end event as its record calls it ("hội nghị" before it is recorded). */
function conferenceName(report: ClusterYearReport): string {
  return `${lowerNoun(report.conference?.noun ?? 'Hội nghị')} tổng kết`;
}

const KINDS: Readonly<Record<ClusterDocument, DocumentKind>> = {
  'summary-report': {
    name: () => 'Báo cáo tổng kết',
    ascii: () => 'bao-cao-tong-ket',
    build: (report) => ({ kind: 'official', content: summaryReportDocument(report) }),
  },
  minutes: {
    name: (report) => `Biên bản ${conferenceName(report)}`,
    ascii: (report) => asciiSlug(`Biên bản ${conferenceName(report)}`),
    build: (report) => ({ kind: 'official', content: minutesDocument(report, conferenceOf(report)) }),
  },
  'flag-proposal': {
    name: () => 'Tờ trình đề nghị tặng Cờ thi đua',
    ascii: () => 'to-trinh-co-thi-dua',
    build: (report) => {
      if (report.flagProposals.length === 0) throw new NoFlagProposalError(report.cluster.name, report.year);
      return { kind: 'official', content: flagProposalDocument(report, report.conference) };
    },
  },
  news: {
    name: (report) => `Tin ${conferenceName(report)}`,
    ascii: (report) => asciiSlug(`Tin ${conferenceName(report)}`),
    build: (report) => ({ kind: 'article', content: newsArticle(report, conferenceOf(report)) }),
  },
};

/** One of the cluster's documents for the year; refused when the records it tells of are missing. */
export function buildClusterDocument(report: ClusterYearReport, document: ClusterDocument): BuiltDocument {
  return KINDS[document].build(report);
}

/**
 * "bao-cao-tong-ket-cum-3-2023.docx" and "Báo cáo tổng kết Cụm thi đua số 3 năm 2023.docx";
 * "bien-ban-hoi-thao-tong-ket-cum-3-2023.pdf" for a conference recorded as a hội thảo.
 */
export function clusterDocumentNames(report: ClusterYearReport, document: ClusterDocument, format: ReportFormat): FileNames {
  const { cluster, year } = report;
  const name = clusterDocumentName(report, document);
  return fileNames(
    `${KINDS[document].ascii(report)}-${cluster.kind === 'block' ? 'khoi' : 'cum'}-${cluster.number}-${year}`,
    `${name} ${cluster.name} năm ${year}`,
    format,
  );
}

/** "Báo cáo tổng kết", "Biên bản hội nghị tổng kết", "Tin hội thảo tổng kết"… as the report's records call the event. */
export function clusterDocumentName(report: ClusterYearReport, document: ClusterDocument): string {
  return KINDS[document].name(report);
}

export interface DocumentEntry {
  document: ClusterDocument;
  /** "Báo cáo tổng kết" */
  name: string;
  /** Why it cannot be drawn up from the records yet; null when it can. */
  refusal: LocalizedText | null;
}

/** The cluster's documents for the year, each with the reason it cannot be drawn up yet (the error it would raise). */
export function clusterDocumentEntries(report: ClusterYearReport): DocumentEntry[] {
  return CLUSTER_DOCUMENTS.map((document) => {
    try {
      buildClusterDocument(report, document);
      return { document, name: clusterDocumentName(report, document), refusal: null };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { document, name: clusterDocumentName(report, document), refusal: error.text };
    }
  });
}
