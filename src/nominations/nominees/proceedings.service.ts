import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import { PersonRepository } from './person.repository.js';
import type { CreateProceedingBody, ListProceedingsQuery, ProceedingView, UpdateProceedingBody } from './proceeding.dto.js';
import { ProceedingNotFoundError } from './proceeding.errors.js';
import { ProceedingRepository } from './proceeding.repository.js';

/** Kỷ luật, điều tra, thanh tra, khiếu nại: what bars a nominee while it runs. Kept by national staff. */
@Injectable()
export class ProceedingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(body: CreateProceedingBody): Promise<ProceedingView> {
    return this.dataSource.transaction(async (tx) => {
      const fields = {
        kind: body.kind,
        organizationId: body.organizationId,
        personId: body.person ? await new PersonRepository(tx).idOf(body.organizationId, body.person) : null,
        startedOn: body.startedOn,
        endedOn: body.endedOn ?? null,
        reference: body.reference ?? null,
        note: body.note ?? null,
      };
      const view = await this.view(tx, await new ProceedingRepository(tx).insert(fields));
      await this.record(tx, 'proceeding.create', view, { after: fields });
      return view;
    });
  }

  async list(query: ListProceedingsQuery): Promise<Page<ProceedingView>> {
    const { items, total } = await new ProceedingRepository(this.dataSource.manager).list(query, query);
    return pageOf(items, total, query);
  }

  /** Optimistic on `version`; an end before the start is refused by the database's check. */
  async update(id: string, body: UpdateProceedingBody): Promise<ProceedingView> {
    return this.dataSource.transaction(async (tx) => {
      const before = await this.view(tx, id, true);
      if (before.version !== body.version) throw new StaleVersionError();
      await new ProceedingRepository(tx).update(id, { endedOn: body.endedOn, reference: body.reference, note: body.note });
      const after = await this.view(tx, id);
      await this.record(tx, 'proceeding.update', after, { before: { ...before }, after: { ...after } });
      return after;
    });
  }

  private async view(manager: EntityManager, id: string, lock = false): Promise<ProceedingView> {
    if (!isUUID(id)) throw new ProceedingNotFoundError(id);
    const view = await new ProceedingRepository(manager).find(id, lock);
    if (!view) throw new ProceedingNotFoundError(id);
    return view;
  }

  private record(
    tx: EntityManager,
    action: string,
    proceeding: ProceedingView,
    changes: { before?: Record<string, unknown>; after?: Record<string, unknown> },
  ): Promise<void> {
    return this.audit.record(tx, {
      action,
      entityType: 'proceeding',
      entityId: proceeding.id,
      subjectOrganizationId: proceeding.organizationId,
      ...changes,
    });
  }
}
