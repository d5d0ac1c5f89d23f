import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { ClusterDocument } from '../../reports/cluster-year/cluster-year.dto.js';
import { ClusterYearReportsService } from '../../reports/cluster-year/cluster-year.service.js';
import type { ReportFile } from '../../reports/delivery/report-file.js';
import { NominationRepository } from '../nominations/nomination.repository.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { DossierRepository } from './dossier.repository.js';
import type { AttachmentKind } from './dossier.rules.js';
import { Sha256Hasher } from './sha256.hasher.js';

/** The conference's documents a flag nomination's dossier takes, and the part each provides. */
const CONFERENCE_DOCUMENTS: readonly { document: ClusterDocument; kind: AttachmentKind }[] = [
  { document: 'flag-proposal', kind: 'to_trinh' },
  { document: 'minutes', kind: 'bien_ban_binh_xet' },
];

/**
 * The tờ trình and the minutes of a cluster's year-end conference, drawn up from its records as PDF, are the
 * dossier files of the flag nominations it made: attached with their SHA-256 while the proposing unit may still
 * edit them, and drawn up again (replacing the earlier ones) when the record has changed since.
 */
@Injectable()
export class ConferenceDocumentsService {
  constructor(
    private readonly reports: ClusterYearReportsService,
    private readonly nominations: NominationsService,
    private readonly hasher: Sha256Hasher,
  ) {}

  /** In the caller's transaction, which may hold the conference's records not yet committed. */
  async attach(tx: EntityManager, clusterId: string, year: number): Promise<void> {
    const targets = await new NominationRepository(tx).editableFlagNominations(clusterId, year);
    if (targets.length === 0) return;
    const dossiers = new DossierRepository(tx);
    for (const { document, kind } of CONFERENCE_DOCUMENTS) {
      const file = await this.drawUp(tx, clusterId, year, document);
      if (!file) continue;
      const sha256 = this.hasher.digest(file.body);
      for (const nomination of targets) {
        if ((await dossiers.generatedHash(nomination.id, document)) === sha256) continue;
        await dossiers.deleteGenerated(nomination.id, document);
        const view = await dossiers.insert({
          nominationId: nomination.id,
          kind,
          fileName: file.names.vietnamese,
          contentType: 'application/pdf',
          sha256,
          content: file.body,
          uploadedBy: null,
          generatedDocument: document,
        });
        await this.nominations.record(tx, 'nomination.attachment_generate', nomination, { after: { ...view } });
      }
    }
  }

  /** The document, or null while the records it tells of are missing (no conference recorded yet). */
  private async drawUp(tx: EntityManager, clusterId: string, year: number, document: ClusterDocument): Promise<ReportFile | null> {
    try {
      return await this.reports.pdfWithin(tx, clusterId, year, document);
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }
}
