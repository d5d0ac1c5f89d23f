import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { ForbiddenError } from '../../access/policies/access.errors.js';
import { isStaff } from '../../access/policies/access.rules.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { requireCluster, requireSecretariat } from '../cluster-year.js';
import type { StoredFileContent, UploadedEmulationFile } from '../emulation.dto.js';
import { DossierFileChecker } from '../../nominations/dossiers/dossier-file.checker.js';
import {
  EmulationInvalidError,
  MovementDocumentNotFoundError,
  MovementNotFoundError,
  StaleEmulationRecordError,
} from '../emulation.errors.js';
import type {
  CreateMovementBody,
  ListMovementsQuery,
  MovementDocumentView,
  MovementView,
  UpdateMovementBody,
  UploadMovementDocumentBody,
} from './movement.dto.js';
import { type MovementRecord, MovementRepository } from './movement.repository.js';
import { isFlagEligible, MOVEMENT_KIND_LABELS, movementProblems } from './movement.rules.js';

function viewOf(movement: MovementRecord, documents: MovementDocumentView[]): MovementView {
  return {
    id: movement.id,
    owner: movement.owner,
    cluster: movement.cluster,
    kind: movement.kind,
    title: movement.title,
    startYear: movement.startYear,
    endYear: movement.endYear,
    contentAreas: movement.contentAreas,
    description: movement.description,
    version: movement.version,
    launchedBy: movement.cluster ? 'cluster' : 'owner',
    kindLabel: MOVEMENT_KIND_LABELS[movement.kind],
    flagEligible: isFlagEligible(movement),
    documents: documents.filter((document) => document.movementId === movement.id),
  };
}

/**
 * Phong trào thi đua: launched by the cluster's owner (VUSTA, by national staff) for all its clusters, or by a cluster
 * (by the secretariat of its start year); read by everyone signed in.
 */
@Injectable()
export class MovementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly files: DossierFileChecker,
  ) {}

  async list(query: ListMovementsQuery): Promise<Page<MovementView>> {
    const movements = new MovementRepository(this.dataSource.manager);
    const { items, total } = await movements.list(query);
    const documents = await movements.documents(items.map((item) => item.id));
    return pageOf(
      items.map((item) => viewOf(item, documents)),
      total,
      query,
    );
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<MovementView> {
    const movements = new MovementRepository(manager);
    const movement = await movements.find(id);
    if (!movement) throw new MovementNotFoundError(id);
    return viewOf(movement, await movements.documents([id]));
  }

  async create(actor: Actor, body: CreateMovementBody): Promise<MovementView> {
    return this.dataSource.transaction(async (tx) => {
      const endYear = body.endYear ?? body.startYear;
      const problems = movementProblems({ ...body, endYear });
      if (problems.length > 0) throw new EmulationInvalidError(problems);
      const ownerId = body.clusterId ? (await requireCluster(tx, body.clusterId)).ownerId : body.ownerId!;
      await this.authorize(tx, actor, { clusterId: body.clusterId ?? null, startYear: body.startYear });
      const id = await new MovementRepository(tx).insert({
        ownerId,
        clusterId: body.clusterId ?? null,
        kind: body.kind,
        title: body.title,
        startYear: body.startYear,
        endYear,
        contentAreas: body.contentAreas,
        description: body.description ?? null,
      });
      const view = await this.get(id, tx);
      await this.audit.record(tx, {
        action: 'emulation.movement_create',
        entityType: 'emulation_movement',
        entityId: id,
        subjectOrganizationId: ownerId,
        after: { ...body, endYear },
      });
      return view;
    });
  }

  async update(actor: Actor, id: string, body: UpdateMovementBody): Promise<MovementView> {
    return this.dataSource.transaction(async (tx) => {
      const movements = new MovementRepository(tx);
      const movement = await movements.find(id, true);
      if (!movement) throw new MovementNotFoundError(id);
      await this.authorize(tx, actor, { clusterId: movement.cluster?.id ?? null, startYear: movement.startYear });
      if (movement.version !== body.version) throw new StaleEmulationRecordError(movement.version);
      const next = {
        title: body.title ?? movement.title,
        endYear: body.endYear ?? movement.endYear,
        contentAreas: body.contentAreas ?? movement.contentAreas,
        description: body.description === undefined ? movement.description : body.description,
      };
      const problems = movementProblems({ ...movement, ...next, clusterId: movement.cluster?.id ?? null });
      if (problems.length > 0) throw new EmulationInvalidError(problems);
      await movements.update(id, next);
      await this.audit.record(tx, {
        action: 'emulation.movement_update',
        entityType: 'emulation_movement',
        entityId: id,
        subjectOrganizationId: movement.ownerId,
        before: {
          title: movement.title,
          endYear: movement.endYear,
          contentAreas: movement.contentAreas,
          description: movement.description,
        },
        after: next,
      });
      return this.get(id, tx);
    });
  }

  /** Adds a document (kế hoạch, hướng dẫn, báo cáo) to a movement; the same people who launch it may. */
  async uploadDocument(
    actor: Actor,
    id: string,
    body: UploadMovementDocumentBody,
    file: UploadedEmulationFile | undefined,
  ): Promise<MovementDocumentView> {
    return this.dataSource.transaction(async (tx) => {
      const movements = new MovementRepository(tx);
      const movement = await movements.find(id, true);
      if (!movement) throw new MovementNotFoundError(id);
      await this.authorize(tx, actor, { clusterId: movement.cluster?.id ?? null, startYear: movement.startYear });
      const document = await movements.insertDocument(id, body.title, this.files.accept(file), actor.userId);
      await this.audit.record(tx, {
        action: 'emulation.movement_document_add',
        entityType: 'emulation_movement',
        entityId: id,
        subjectOrganizationId: movement.ownerId,
        after: { ...document },
      });
      return document;
    });
  }

  /** A movement's document as stored, for anyone signed in. */
  async documentContent(documentId: string): Promise<StoredFileContent> {
    const content = await new MovementRepository(this.dataSource.manager).documentContent(documentId);
    if (!content) throw new MovementDocumentNotFoundError(documentId);
    return content;
  }

  /** The owner's movements belong to national staff; a cluster's to the secretariat of its start year. */
  private async authorize(tx: EntityManager, actor: Actor, movement: { clusterId: string | null; startYear: number }): Promise<void> {
    if (movement.clusterId) await requireSecretariat(tx, actor, movement.clusterId, movement.startYear);
    else if (!isStaff(actor)) throw new ForbiddenError();
  }
}
