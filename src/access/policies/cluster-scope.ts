import type { EntityManager } from 'typeorm';
import type { ClusterYearScope } from './access.rules.js';

/**
 * The facts the secretariat rule needs for one cluster and year, read from the registry's terms:
 * who chairs it and whether the year is still open. No term means no secretariat.
 */
export async function clusterYearScope(manager: EntityManager, clusterId: string, year: number): Promise<ClusterYearScope> {
  const [term]: { chair_id: string; closed_at: Date | null }[] = await manager.query(
    'SELECT chair_id, closed_at FROM cluster_terms WHERE cluster_id = $1 AND year = $2',
    [clusterId, year],
  );
  return { chairOrganizationId: term?.chair_id ?? null, termOpen: term ? term.closed_at === null : false };
}
