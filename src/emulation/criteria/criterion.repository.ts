import type { EntityManager } from 'typeorm';
import type { Centipoints, CriterionInput, CriterionLevel, CriterionNature, CriterionNode } from './criteria.rules.js';
import { centipointsOf } from './criteria.rules.js';

/** Whose tree: a cluster-year's (clusterId set), or the owner's template of a year (clusterId null). */
export interface TreeScope {
  ownerId: string;
  clusterId: string | null;
  year: number;
}

export interface CriterionRecord extends CriterionNode {
  title: string;
  evidenceRequired: boolean;
  evidenceNote: string | null;
  position: number;
}

interface CriterionRow {
  id: string;
  parent_id: string | null;
  code: string;
  level: CriterionLevel;
  nature: CriterionNature;
  title: string;
  max_centipoints: number;
  evidence_required: boolean;
  evidence_note: string | null;
  position: number;
}

function recordOf(row: CriterionRow): CriterionRecord {
  return {
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    level: row.level,
    nature: row.nature,
    title: row.title,
    maxPoints: row.max_centipoints,
    evidenceRequired: row.evidence_required,
    evidenceNote: row.evidence_note,
    position: row.position,
  };
}

const SCOPE = `owner_id = $1 AND cluster_id IS NOT DISTINCT FROM $2::uuid AND year = $3`;

/** `emulation_criteria`: the criteria trees of cluster-years and the owner's templates. */
export class CriterionRepository {
  constructor(private readonly db: EntityManager) {}

  async tree(scope: TreeScope): Promise<CriterionRecord[]> {
    const rows = await this.db.query<CriterionRow[]>(
      `SELECT id, parent_id, code, level, nature, title, (max_points * 100)::int AS max_centipoints, evidence_required,
         evidence_note, position
       FROM emulation_criteria WHERE ${SCOPE} ORDER BY position`,
      [scope.ownerId, scope.clusterId, scope.year],
    );
    return rows.map(recordOf);
  }

  /** The latest year, up to `year`, for which the owner has a template. */
  async templateYear(ownerId: string, year: number): Promise<number | null> {
    const [row] = await this.db.query<{ year: number | null }[]>(
      'SELECT max(year) AS year FROM emulation_criteria WHERE owner_id = $1 AND cluster_id IS NULL AND year <= $2',
      [ownerId, year],
    );
    return row?.year ?? null;
  }

  /** Replaces the whole tree of the scope: parents come before their children in `items`. */
  async replace(scope: TreeScope, items: readonly CriterionInput[]): Promise<void> {
    await this.db.query(`DELETE FROM emulation_criteria WHERE ${SCOPE}`, [scope.ownerId, scope.clusterId, scope.year]);
    const ids = new Map<string, string>();
    for (const [position, item] of items.entries()) {
      const [{ id }] = await this.db.query<{ id: string }[]>(
        `INSERT INTO emulation_criteria
           (owner_id, cluster_id, year, parent_id, code, level, nature, title, max_points, evidence_required, evidence_note, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::numeric / 100, $10, $11, $12) RETURNING id`,
        [
          scope.ownerId,
          scope.clusterId,
          scope.year,
          item.parentCode ? (ids.get(item.parentCode) ?? null) : null,
          item.code,
          item.level,
          item.nature,
          item.title,
          centipointsOf(item.maxPoints) satisfies Centipoints,
          item.evidenceRequired,
          item.evidenceNote ?? null,
          position,
        ],
      );
      ids.set(item.code, id);
    }
  }

  /** Whether any unit has a score in the cluster-year: from then on its criteria are locked. */
  async scoringStarted(clusterId: string, year: number): Promise<boolean> {
    const [row] = await this.db.query<{ started: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM emulation_scores WHERE cluster_id = $1 AND year = $2) AS started',
      [clusterId, year],
    );
    return row.started;
  }
}
