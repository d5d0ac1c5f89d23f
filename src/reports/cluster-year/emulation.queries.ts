import type { EntityManager } from 'typeorm';
import { CriterionRepository } from '../../emulation/criteria/criterion.repository.js';
import { finalPoints } from '../../emulation/scores/score.rules.js';
import { ScoreRepository } from '../../emulation/scores/score.repository.js';
import { isPublic } from '../../emulation/scores/score.state.js';
import type { EmulationFacts } from './cluster-year.facts.js';

/*
 * The read behind the report's ranking and "results by criterion" (issue 17), through the emulation context's own
 * repositories (read only, in the report's snapshot): the year's score table once published, its criteria, and the
 * score that counts for each unit and criterion (agreed, else adjusted, else the unit's own).
 */

/** The year's published or fixed score table; null while it is open (self-scores are not shown before publication). */
export async function findEmulation(
  manager: EntityManager,
  clusterId: string,
  ownerId: string,
  year: number,
): Promise<EmulationFacts | null> {
  const scores = new ScoreRepository(manager);
  const table = await scores.table(clusterId, year);
  if (!table || !isPublic(table.state)) return null;
  const criteria = await new CriterionRepository(manager).tree({ ownerId, clusterId, year });
  return {
    state: table.state,
    bands: table.bands,
    leaderCount: table.leaderCount,
    criteria,
    scores: (await scores.scores(clusterId, year)).flatMap((score) => {
      const points = finalPoints(score);
      return points === null ? [] : [{ organizationId: score.organizationId, criterionId: score.criterionId, points }];
    }),
  };
}
