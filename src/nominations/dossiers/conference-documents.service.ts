import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { ClusterDocument } from '../../reports/cluster-year/cluster-year.dto.js';
import { ClusterYearReportsService } from '../../reports/cluster-year/cluster-year.service.js';
import { DocumentIssuanceService } from '../../reports/issuance/issuance.service.js';
import type { ReportFile } from '../../reports/delivery/report-file.js';
import { NominationRepository } from '../nominations/nomination.repository.js';
import type { Nomination } from '../nominations/nomination.rules.js';
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
 * dossier files of the flag nominations it made, with their SHA-256: attached when the dossier is first read
 * (not while the vote closes, which they would slow down), and drawn up again from the record as it then stands,
 * amended or not, when the dossier is submitted, and whenever who issues and signs them (issuer, number, date,
 * signer) changes while the dossiers can still be edited.
 */
@Injectable()
export class ConferenceDocumentsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ClusterYearReportsService,
    private readonly nominations: NominationsService,
    private readonly hasher: Sha256Hasher,
    private readonly issuance: DocumentIssuanceService,
  ) {}

  onModuleInit(): void {
    this.issuance.onChange((tx, clusterId, year) => this.attach(tx, clusterId, year));
  }

  /** The documents a flag nomination of a conference does not hold yet, attached now; nothing for other nominations. */
  async attachMissing(nomination: Pick<Nomination, 'id' | 'proposingOrganizationId' | 'basisVote'>): Promise<void> {
    const conference = nomination.basisVote?.flagProposalId ? nomination.basisVote : null;
    if (!conference) return;
    const dossiers = new DossierRepository(this.dataSource.manager);
    const missing: (typeof CONFERENCE_DOCUMENTS)[number][] = [];
    for (const entry of CONFERENCE_DOCUMENTS)
      if ((await dossiers.generatedHash(nomination.id, entry.document)) === null) missing.push(entry);
    if (missing.length === 0) return;
    await this.dataSource.transaction(async (tx) => {
      // Two requests for the same page (its files, its eligibility) may both find the documents missing: one at a
      // time, and the second finds them attached (attachTo skips a document already there).
      await new NominationRepository(tx).find(nomination.id, true);
      const [target] = (await new NominationRepository(tx).editableFlagNominations(conference.clusterId, conference.year)).filter(
        (candidate) => candidate.id === nomination.id,
      );
      if (target) await this.attachTo(tx, [target], conference.clusterId, conference.year, missing);
    });
  }

  /** Draws the documents up again for every flag nomination of the conference still editable, in the caller's transaction. */
  async attach(tx: EntityManager, clusterId: string, year: number): Promise<void> {
    const targets = await new NominationRepository(tx).editableFlagNominations(clusterId, year);
    await this.attachTo(tx, targets, clusterId, year, CONFERENCE_DOCUMENTS);
  }

  private async attachTo(
    tx: EntityManager,
    targets: readonly { id: string; proposingOrganizationId: string }[],
    clusterId: string,
    year: number,
    documents: typeof CONFERENCE_DOCUMENTS,
  ): Promise<void> {
    if (targets.length === 0) return;
    const dossiers = new DossierRepository(tx);
    for (const { document, kind } of documents) {
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
