import type { ClusterDocument } from '../../reports/cluster-year/cluster-year.dto.js';
import type { SectionKey } from '../../reports/cluster-year/cluster-year.facts.js';

/** The addresses of the report pages, written once: controllers, links and tests use these. */
export const reportRoutes = {
  /** Documents of the cluster's year, what the report still misses, and the secretariat's sections. */
  report: (clusterId: string, year: number) => `/clusters/${clusterId}/years/${year}/report`,
  sections: (clusterId: string, year: number) => `/clusters/${clusterId}/years/${year}/report/sections`,
  section: (clusterId: string, year: number, key: SectionKey) => `/clusters/${clusterId}/years/${year}/report/sections/${key}`,
  /** The form of a section on the sections page. */
  sectionForm: (clusterId: string, year: number, key: SectionKey) => `/clusters/${clusterId}/years/${year}/report/sections#section-${key}`,
  /** Who issues and signs the year's documents: one form for the year and one per document. */
  issuance: (clusterId: string, year: number) => `/clusters/${clusterId}/years/${year}/report/issuance`,
  /** The page of one record: the year's, or one document's. */
  issuanceForm: (clusterId: string, year: number, scope: string) => `/clusters/${clusterId}/years/${year}/report/issuance?scope=${scope}`,
  issuanceScope: (clusterId: string, year: number, scope: string) => `/clusters/${clusterId}/years/${year}/report/issuance/${scope}`,
  document: (clusterId: string, year: number, document: ClusterDocument) => `/clusters/${clusterId}/years/${year}/documents/${document}`,
  download: (clusterId: string, year: number, document: ClusterDocument, format: 'docx' | 'pdf') =>
    `/clusters/${clusterId}/years/${year}/documents/${document}.${format}`,
  /** The year selector's address: `?year=` leads to that year's overview (the current year without one). */
  nationalOverviewSelector: '/reports/years',
  nationalOverview: (year: number) => `/reports/years/${year}`,
  nationalOverviewXlsx: (year: number) => `/reports/years/${year}.xlsx`,
  /** The report pages' styles, with those that lay out a document's sheet on screen and in print. */
  stylesheet: '/reports/reports.css',
} as const;
