import type { EntityManager } from 'typeorm';
import type { Actor } from '../../platform/request-context/request-context.js';
import { TermRepository } from '../../registry/terms/term.repository.js';
import { NotClusterSecretariatError } from './access.errors.js';
import { type ClusterYearScope, mayManageClusterYear } from './access.rules.js';

/**
 * The facts the secretariat rule needs for one cluster and year, read from the registry's terms (the
 * registry owns `cluster_terms`): who chairs it and whether the year is still open.
 */
export function clusterYearScope(manager: EntityManager, clusterId: string, year: number): Promise<ClusterYearScope> {
  return new TermRepository(manager).scope(clusterId, year);
}

/**
 * Thư ký cụm năm Y: refuses anyone but national staff and, while the year is open, the staff of the
 * year's chair unit. The one check every service makes before it changes a cluster's year.
 */
export async function assertManagesClusterYear(
  manager: EntityManager,
  actor: Actor,
  clusterId: string,
  year: number,
): Promise<ClusterYearScope> {
  const scope = await clusterYearScope(manager, clusterId, year);
  if (!mayManageClusterYear(actor, scope)) throw new NotClusterSecretariatError(year);
  return scope;
}
