import type { EntityManager } from 'typeorm';
import { insertAll } from '../../platform/database/insert-all.js';
import type { LineageLinkView } from './merger.dto.js';
import type { LeadingRole } from './merger.rules.js';

/** The mergers' table, `organization_lineage`, and what a merger must read to be planned. */
export class MergerRepository {
  constructor(private readonly db: EntityManager) {}

  /** Inserts the links and returns their ids, in the same order. */
  link(links: LineageLinkView[]): Promise<string[]> {
    return insertAll(
      this.db,
      'organization_lineage',
      {
        predecessor_id: ['uuid', (link) => link.predecessorId],
        successor_id: ['uuid', (link) => link.successorId],
        event: ['lineage_event', (link) => link.event],
        effective_date: ['date', (link) => link.effectiveDate],
        legal_basis: ['varchar', (link) => link.legalBasis],
      },
      links,
    );
  }

  /** The units `predecessorId` was merged or split into. */
  async successorsOf(predecessorId: string): Promise<string[]> {
    const rows: { successor_id: string }[] = await this.db.query(
      'SELECT successor_id FROM organization_lineage WHERE predecessor_id = $1',
      [predecessorId],
    );
    return rows.map((row) => row.successor_id);
  }

  /** The terms in which the units `ids` chair or vice-chair a cluster. */
  leadingRolesOf(ids: string[]): Promise<LeadingRole[]> {
    return this.db.query(
      `SELECT r.organization_id AS "organizationId", c.name AS "clusterName", t.year, r.role
       FROM cluster_terms t
       JOIN clusters c ON c.id = t.cluster_id
       CROSS JOIN LATERAL (VALUES (t.chair_id, 'chair'), (t.vice_chair_id, 'vice_chair')) AS r (organization_id, role)
       WHERE r.organization_id = ANY($1::uuid[])
       ORDER BY t.year, c.name, r.role`,
      [ids],
    );
  }
}
