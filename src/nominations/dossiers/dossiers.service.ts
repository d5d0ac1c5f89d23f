import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { NominationNotFoundError } from '../nominations/nomination.errors.js';
import { requireTransition } from '../nominations/nomination.state.js';
import { NominationsService } from '../nominations/nominations.service.js';
import type { AttachmentContent, AttachmentView, ListAttachmentsQuery, UploadAttachmentBody, UploadedDossierFile } from './dossier.dto.js';
import { AttachmentNotFoundError } from './dossier.errors.js';
import { ConferenceDocumentsService } from './conference-documents.service.js';
import { DossierRepository } from './dossier.repository.js';
import { DossierFileChecker } from './dossier-file.checker.js';

/** Hồ sơ: the files of a nomination, changed only while the proposing unit holds it (draft, returned). */
@Injectable()
export class DossiersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nominations: NominationsService,
    private readonly documents: ConferenceDocumentsService,
    private readonly files: DossierFileChecker,
  ) {}

  async upload(
    actor: Actor,
    nominationId: string,
    body: UploadAttachmentBody,
    file: UploadedDossierFile | undefined,
  ): Promise<AttachmentView> {
    return this.dataSource.transaction(async (tx) => {
      const nomination = await this.nominations.require(tx, actor, nominationId, true);
      requireTransition(actor, nomination, 'edit');
      const accepted = this.files.accept(file);
      const view = await new DossierRepository(tx).insert({ nominationId, kind: body.kind, ...accepted, uploadedBy: actor.userId });
      await this.nominations.record(tx, 'nomination.attachment_add', nomination, { after: { ...view } });
      return view;
    });
  }

  async list(actor: Actor, nominationId: string, query: ListAttachmentsQuery): Promise<Page<AttachmentView>> {
    await this.documents.attachMissing(await this.nominations.require(this.dataSource.manager, actor, nominationId));
    const { items, total } = await new DossierRepository(this.dataSource.manager).list(nominationId, query, query);
    return pageOf(items, total, query);
  }

  /** The file as stored, for whoever may see its nomination. */
  async content(actor: Actor, id: string): Promise<AttachmentContent> {
    const { fileName, contentType, sizeBytes, sha256 } = await this.find(this.dataSource.manager, actor, id);
    const content = await new DossierRepository(this.dataSource.manager).content(id);
    if (!content) throw new AttachmentNotFoundError(id);
    return { fileName, contentType, sizeBytes, sha256, content };
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const attachment = await this.find(tx, actor, id);
      const nomination = await this.nominations.require(tx, actor, attachment.nominationId, true);
      requireTransition(actor, nomination, 'edit');
      if (!(await new DossierRepository(tx).delete(id))) throw new AttachmentNotFoundError(id);
      await this.nominations.record(tx, 'nomination.attachment_remove', nomination, { before: { ...attachment } });
    });
  }

  /** The attachment (without its content), if the actor may see its nomination; otherwise a 404, as for an unknown id. */
  private async find(manager: EntityManager, actor: Actor, id: string): Promise<AttachmentView> {
    if (!isUUID(id)) throw new AttachmentNotFoundError(id);
    const attachment = await new DossierRepository(manager).find(id);
    if (!attachment) throw new AttachmentNotFoundError(id);
    try {
      await this.nominations.require(manager, actor, attachment.nominationId);
    } catch (error) {
      throw error instanceof NominationNotFoundError ? new AttachmentNotFoundError(id) : error;
    }
    return attachment;
  }
}
