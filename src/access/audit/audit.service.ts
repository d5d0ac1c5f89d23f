import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import { type Actor, requestContext } from '../../platform/request-context/request-context.js';
import { ownUnitScope } from '../policies/access.rules.js';
import type { AuditQuery } from './audit.dto.js';
import { type AuditEvent, AuditRepository } from './audit.repository.js';
import { changedFields } from './audit.rules.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  subjectOrganizationId?: string | null;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** Defaults to the signed-in actor of the request. */
  actor?: Actor | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Always called with the transaction of the change it records: both commit, or neither. */
  async record(tx: EntityManager, event: AuditRecord): Promise<void> {
    const actor = event.actor === undefined ? requestContext.actor() : event.actor;
    await new AuditRepository(tx).append({
      actorUserId: actor?.userId ?? null,
      actorUsername: actor?.username ?? null,
      actorOrganizationId: actor?.organizationId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      subjectOrganizationId: event.subjectOrganizationId ?? null,
      changes: event.before || event.after ? changedFields(event.before, event.after) : null,
      requestId: requestContext.requestId() ?? null,
    });
  }

  /** National staff read everything; a unit reads the events on its own records. */
  async list(actor: Actor, query: AuditQuery): Promise<Page<AuditEvent>> {
    const { items, total } = await new AuditRepository(this.dataSource.manager).list(query, ownUnitScope(actor));
    return pageOf(items, total, query);
  }
}
