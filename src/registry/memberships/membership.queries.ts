import type { EntityManager } from 'typeorm';
import type { MemberView } from './membership.dto.js';
import { type MembersFilter, MembershipRepository } from './membership.repository.js';

export type { MembersFilter } from './membership.repository.js';

/**
 * The members of a cluster in `year`, named as they were that year. Kept for the meetings and reports
 * that read members inside their own transaction; the query itself is the memberships repository's.
 */
export function findMembers(
  manager: EntityManager,
  clusterId: string,
  year: number,
  filter: MembersFilter,
): Promise<{ items: MemberView[]; total: number }> {
  return new MembershipRepository(manager).members(clusterId, year, filter);
}
