import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../access/audit/audit.service.js';

/** Records a new register entry, readable by the unit it honours (or whose person it honours). */
export function recordRegisterEntry(
  audit: AuditService,
  tx: EntityManager,
  entry: { id: string; organizationId: string },
  after: Record<string, unknown>,
): Promise<void> {
  return audit.record(tx, {
    action: 'award_register.create',
    entityType: 'award_register',
    entityId: entry.id,
    subjectOrganizationId: entry.organizationId,
    after,
  });
}
