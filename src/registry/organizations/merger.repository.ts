import type { EntityManager } from 'typeorm';
import type { LineageLinkView } from './merger.dto.js';
import type { LeadingRole } from './merger.rules.js';

/** The mergers' table, `organization_lineage`, and what a merger must read to be planned. */
export class MergerRepository {
  constructor(private readonly db: EntityManager) {}

  /** Inserts the links and returns their ids, in the same order. */
  async link(links: LineageLinkView[]): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO organization_lineage (predecessor_id, successor_id, event, effective_date, legal_basis)
       SELECT l.predecessor_id, l.successor_id, l.event, l.effective_date, l.legal_basis
       FROM unnest($1::uuid[], $2::uuid[], $3::lineage_event[], $4::date[], $5::varchar[]) WITH ORDINALITY
         AS l (predecessor_id, successor_id, event, effective_date, legal_basis, position)
       ORDER BY l.position
       RETURNING id`,
      [
        links.map((link) => link.predecessorId),
        links.map((link) => link.successorId),
        links.map((link) => link.event),
        links.map((link) => link.effectiveDate),
        links.map((link) => link.legalBasis),
      ],
    );
    return rows.map((row) => row.id);
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
