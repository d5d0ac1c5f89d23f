import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClusterNotFoundError } from '../../registry/clusters/cluster.errors.js';
import type { NewsArticle, OfficialDocument } from '../documents/document.model.js';
import { negotiateFormat } from '../delivery/delivery.rules.js';
import { ReportFile } from '../delivery/report-file.js';
import { DocxRenderer } from '../renderers/docx.renderer.js';
import { HtmlRenderer, type Sheet } from '../renderers/html.renderer.js';
import { PdfRenderer } from '../renderers/pdf.renderer.js';
import { type BuiltDocument, buildClusterDocument, clusterDocumentNames } from './cluster-documents.js';
import { type ClusterDocument, DOCUMENT_FORMATS, type DocumentFormat } from './cluster-year.dto.js';
import type { ClusterYearReport } from './cluster-year.model.js';
import { loadClusterYearFacts } from './cluster-year.queries.js';
import { assembleClusterYear } from './cluster-year.rules.js';

/** The report of a cluster and year, and the documents drawn from it. Readable by every signed-in user. */
@Injectable()
export class ClusterYearReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly html: HtmlRenderer,
    private readonly docx: DocxRenderer,
    private readonly pdf: PdfRenderer,
  ) {}

  /** Read in one snapshot, so that a report never mixes a vote before and after it closed. */
  async report(clusterId: string, year: number): Promise<ClusterYearReport> {
    const facts = await this.dataSource.transaction('REPEATABLE READ', (tx) => loadClusterYearFacts(tx, clusterId, year));
    if (!facts) throw new ClusterNotFoundError(clusterId);
    return assembleClusterYear(facts);
  }

  async document(
    clusterId: string,
    year: number,
    document: ClusterDocument,
    requested: DocumentFormat | undefined,
    accept: string | undefined,
  ): Promise<ReportFile | OfficialDocument | NewsArticle> {
    const report = await this.report(clusterId, year);
    const built = buildClusterDocument(report, document);
    const format = negotiateFormat(requested, accept, DOCUMENT_FORMATS);
    if (format === 'json') return built.content;
    return new ReportFile(format, await this.render(built, format), clusterDocumentNames(report, document, format));
  }

  /** A document as a sheet for a web page that shows it inside its own layout, with the report it is drawn from. */
  async sheet(clusterId: string, year: number, document: ClusterDocument): Promise<{ report: ClusterYearReport; sheet: Sheet }> {
    const report = await this.report(clusterId, year);
    const built = buildClusterDocument(report, document);
    return { report, sheet: built.kind === 'official' ? this.html.documentSheet(built.content) : this.html.articleSheet(built.content) };
  }

  /**
   * One of the cluster's documents of the year as a PDF file, read within the caller's transaction, which may hold
   * records not committed yet (a conference's flag proposals while its vote closes). Throws the document's own
   * refusal (ConferenceNotRecordedError, NoFlagProposalError) when the records it tells of are missing.
   */
  async pdfWithin(manager: EntityManager, clusterId: string, year: number, document: ClusterDocument): Promise<ReportFile> {
    const facts = await loadClusterYearFacts(manager, clusterId, year);
    if (!facts) throw new ClusterNotFoundError(clusterId);
    const report = assembleClusterYear(facts);
    return new ReportFile(
      'pdf',
      await this.render(buildClusterDocument(report, document), 'pdf'),
      clusterDocumentNames(report, document, 'pdf'),
    );
  }

  private async render(built: BuiltDocument, format: Exclude<DocumentFormat, 'json'>): Promise<Buffer> {
    if (format === 'html') {
      return Buffer.from(built.kind === 'official' ? this.html.document(built.content) : this.html.article(built.content));
    }
    const renderer = format === 'docx' ? this.docx : this.pdf;
    return built.kind === 'official' ? renderer.document(built.content) : renderer.article(built.content);
  }
}
