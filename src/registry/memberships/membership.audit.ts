import type { AuditRecord } from '../../access/audit/audit.service.js';

const ENTITY_TYPE = 'cluster_membership';

/** What the audit trail keeps of a membership: the seat, not the row's bookkeeping. */
export interface Seat {
  clusterId: string;
  organizationId: string;
  fromYear: number;
  toYear: number | null;
}

/** A unit took a seat in a cluster (its own request, or a merger handing seats to the successor). */
export function seatTaken(action: string, membershipId: string, seat: Seat): AuditRecord {
  const { clusterId, organizationId, fromYear, toYear } = seat;
  return {
    action,
    entityType: ENTITY_TYPE,
    entityId: membershipId,
    subjectOrganizationId: organizationId,
    after: { clusterId, organizationId, fromYear, toYear },
  };
}

/** A membership now ends with `lastYear`. */
export function seatEnded(
  action: string,
  membership: { id: string; organizationId: string; toYear: number | null },
  lastYear: number,
): AuditRecord {
  return {
    action,
    entityType: ENTITY_TYPE,
    entityId: membership.id,
    subjectOrganizationId: membership.organizationId,
    before: { toYear: membership.toYear },
    after: { toYear: lastYear },
  };
}
