import type { EntityManager } from 'typeorm';
import type { Centipoints, CriterionLevel, CriterionNature } from '../../emulation/criteria/criteria.rules.js';
import type { BandThresholds } from '../../emulation/ranking/ranking.rules.js';
import type { ScoreTableState } from '../../emulation/scores/score.state.js';
import type { EmulationFacts } from './cluster-year.facts.js';

/*
 * The read behind the report's ranking and "results by criterion" (issue 17): the score table of the year, once it is
 * published, with its criteria and the score that counts for each unit and criterion (agreed, else adjusted, else the
 * unit's own). Read-only; the emulation context owns these tables.
 */

interface TableRow {
  state: ScoreTableState;
  bands: BandThresholds | null;
  leader_count: number | null;
}

interface CriterionRow {
  id: string;
  parent_id: string | null;
  code: string;
  level: CriterionLevel;
  nature: CriterionNature;
  title: string;
  max_points: Centipoints;
}

/** The year's published or fixed score table; null while it is open (self-scores are not shown before publication). */
export async function findEmulation(manager: EntityManager, clusterId: string, year: number): Promise<EmulationFacts | null> {
  const [table] = await manager.query<TableRow[]>(
    `SELECT state, bands, leader_count FROM emulation_score_tables WHERE cluster_id = $1 AND year = $2 AND state <> 'open'`,
    [clusterId, year],
  );
  if (!table) return null;
  const criteria = await manager.query<CriterionRow[]>(
    `SELECT id, parent_id, code, level, nature, title, (max_points * 100)::int AS max_points
     FROM emulation_criteria WHERE cluster_id = $1 AND year = $2 ORDER BY position`,
    [clusterId, year],
  );
  const scores = await manager.query<{ organizationId: string; criterionId: string; points: Centipoints }[]>(
    `SELECT organization_id AS "organizationId", criterion_id AS "criterionId",
       (COALESCE(agreed_points, cross_points, self_points) * 100)::int AS points
     FROM emulation_scores WHERE cluster_id = $1 AND year = $2 AND COALESCE(agreed_points, cross_points, self_points) IS NOT NULL`,
    [clusterId, year],
  );
  return {
    state: table.state,
    bands: table.bands,
    leaderCount: table.leader_count,
    criteria: criteria.map((row) => ({
      id: row.id,
      parentId: row.parent_id,
      code: row.code,
      level: row.level,
      nature: row.nature,
      title: row.title,
      maxPoints: row.max_points,
    })),
    scores,
  };
}
