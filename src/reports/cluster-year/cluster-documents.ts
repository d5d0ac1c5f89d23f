import { DomainError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { NewsArticle, OfficialDocument } from '../documents/document.model.js';
import { fileNames, type FileNames, type ReportFormat } from '../delivery/delivery.rules.js';
import { CLUSTER_DOCUMENTS, type ClusterDocument } from './cluster-year.dto.js';
import { ConferenceNotRecordedError, NoFlagProposalError } from './cluster-year.errors.js';
import type { ClusterYearReport, ConferenceReport } from './cluster-year.model.js';
import { flagProposalDocument } from './documents/flag-proposal.rules.js';
import { minutesDocument } from './documents/minutes.rules.js';
import { newsArticle } from './documents/news.rules.js';
import { summaryReportDocument } from './documents/summary-report.rules.js';

export type BuiltDocument = { kind: 'official'; content: OfficialDocument } | { kind: 'article'; content: NewsArticle };

function conferenceOf(report: ClusterYearReport): ConferenceReport {
  if (!report.conference) throw new ConferenceNotRecordedError(report.cluster.name, report.year);
  return report.conference;
}

interface DocumentKind {
  /** The start of the file name: "bao-cao-tong-ket" → "bao-cao-tong-ket-cum-3-2023.docx". */
  ascii: string;
  vietnamese: string;
  build(report: ClusterYearReport): BuiltDocument;
}

const KINDS: Readonly<Record<ClusterDocument, DocumentKind>> = {
  'summary-report': {
    ascii: 'bao-cao-tong-ket',
    vietnamese: 'Báo cáo tổng kết',
    build: (report) => ({ kind: 'official', content: summaryReportDocument(report) }),
  },
  minutes: {
    ascii: 'bien-ban-hoi-nghi-tong-ket',
    vietnamese: 'Biên bản hội nghị tổng kết',
    build: (report) => ({ kind: 'official', content: minutesDocument(report, conferenceOf(report)) }),
  },
  'flag-proposal': {
    ascii: 'to-trinh-co-thi-dua',
    vietnamese: 'Tờ trình đề nghị tặng Cờ thi đua',
    build: (report) => {
      if (report.flagProposals.length === 0) throw new NoFlagProposalError(report.cluster.name, report.year);
      return { kind: 'official', content: flagProposalDocument(report, report.conference) };
    },
  },
  news: {
    ascii: 'tin-hoi-nghi-tong-ket',
    vietnamese: 'Tin hội nghị tổng kết',
    build: (report) => ({ kind: 'article', content: newsArticle(report, conferenceOf(report)) }),
  },
};

/** One of the cluster's documents for the year; refused when the records it tells of are missing. */
export function buildClusterDocument(report: ClusterYearReport, document: ClusterDocument): BuiltDocument {
  return KINDS[document].build(report);
}

/** "bao-cao-tong-ket-cum-3-2023.docx" and "Báo cáo tổng kết Cụm thi đua số 3 năm 2023.docx". */
export function clusterDocumentNames(report: ClusterYearReport, document: ClusterDocument, format: ReportFormat): FileNames {
  const { cluster, year } = report;
  const kind = KINDS[document];
  return fileNames(
    `${kind.ascii}-${cluster.kind === 'block' ? 'khoi' : 'cum'}-${cluster.number}-${year}`,
    `${kind.vietnamese} ${cluster.name} năm ${year}`,
    format,
  );
}

/** "Báo cáo tổng kết", "Biên bản hội nghị tổng kết"… */
export function clusterDocumentName(document: ClusterDocument): string {
  return KINDS[document].vietnamese;
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
      return { document, name: KINDS[document].vietnamese, refusal: null };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { document, name: KINDS[document].vietnamese, refusal: error.text };
    }
  });
}
