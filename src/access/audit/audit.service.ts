import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { type Actor, requestContext } from '../../platform/request-context/request-context.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { changedFields } from './audit.rules.js';
import type { AuditQuery } from './audit.dto.js';
import { isStaff } from '../policies/access.rules.js';

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
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Always called with the transaction of the change it records: both commit, or neither. */
  async record(tx: EntityManager, event: AuditRecord): Promise<void> {
    const actor = event.actor === undefined ? requestContext.actor() : event.actor;
    const changes = event.before || event.after ? changedFields(event.before, event.after) : null;
    await tx.save(
      tx.create(AuditEventEntity, {
      actorUserId: actor?.userId ?? null,
      actorUsername: actor?.username ?? null,
      actorOrganizationId: actor?.organizationId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      subjectOrganizationId: event.subjectOrganizationId ?? null,
      changes,
      requestId: requestContext.requestId() ?? null,
      }),
    );
  }

  /** National staff read everything; a unit reads the events on its own records. */
  async list(actor: Actor, query: AuditQuery): Promise<Page<AuditEventEntity>> {
    const qb = this.events.createQueryBuilder('e').orderBy('e.occurredAt', 'DESC').addOrderBy('e.id', 'ASC');
    if (!isStaff(actor)) qb.andWhere('e.subjectOrganizationId = :own', { own: actor.organizationId });
    if (query.entityType) qb.andWhere('e.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entityId = :entityId', { entityId: query.entityId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.actorUserId) qb.andWhere('e.actorUserId = :actorUserId', { actorUserId: query.actorUserId });
    if (query.from) qb.andWhere('e.occurredAt >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurredAt < (:to::date + 1)', { to: query.to });
    const [items, total] = await qb.skip(offsetOf(query)).take(query.pageSize).getManyAndCount();
    return pageOf(items, total, query);
  }
}
