import type { EntityManager } from 'typeorm';
import { queryPage } from '../../platform/pagination/page.js';
import type { UnitScope } from '../policies/access.rules.js';
import type { AuditQuery } from './audit.dto.js';

/** One state change or sign-in, written in the same transaction as the change; never updated. */
export interface AuditEvent {
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  actorOrganizationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The unit the record belongs to, so a unit can read the events on its own records. */
  subjectOrganizationId: string | null;
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } | null;
  requestId: string | null;
}

const EVENT_COLUMNS = `id, occurred_at AS "occurredAt", actor_user_id AS "actorUserId", actor_username AS "actorUsername",
  actor_organization_id AS "actorOrganizationId", action, entity_type AS "entityType", entity_id AS "entityId",
  subject_organization_id AS "subjectOrganizationId", changes, request_id AS "requestId"`;

/** `audit_events`: appended by every feature through `AuditService`, read by the audit trail. */
export class AuditRepository {
  constructor(private readonly db: EntityManager) {}

  async append(event: Omit<AuditEvent, 'id' | 'occurredAt'>): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_events (actor_user_id, actor_username, actor_organization_id, action, entity_type, entity_id,
         subject_organization_id, changes, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        event.actorUserId,
        event.actorUsername,
        event.actorOrganizationId,
        event.action,
        event.entityType,
        event.entityId,
        event.subjectOrganizationId,
        event.changes === null ? null : JSON.stringify(event.changes),
        event.requestId,
      ],
    );
  }

  /** The events matching `query` within `scope`, newest first. */
  async list(query: AuditQuery, scope: UnitScope): Promise<{ items: AuditEvent[]; total: number }> {
    const { rows, total } = await queryPage<AuditEvent>(
      this.db,
      {
        select: EVENT_COLUMNS,
        from: 'FROM audit_events',
        where: `WHERE ($8::boolean OR subject_organization_id = $1)
          AND ($2::varchar IS NULL OR entity_type = $2)
          AND ($3::varchar IS NULL OR entity_id = $3)
          AND ($4::varchar IS NULL OR action = $4)
          AND ($5::uuid IS NULL OR actor_user_id = $5)
          AND ($6::timestamptz IS NULL OR occurred_at >= $6)
          AND ($7::date IS NULL OR occurred_at < $7::date + 1)`,
        orderBy: 'occurred_at DESC, id ASC',
        parameters: [
          scope.allUnits ? null : scope.organizationId,
          query.entityType ?? null,
          query.entityId ?? null,
          query.action ?? null,
          query.actorUserId ?? null,
          query.from ?? null,
          query.to ?? null,
          scope.allUnits,
        ],
      },
      query,
    );
    return { items: rows, total };
  }
}
