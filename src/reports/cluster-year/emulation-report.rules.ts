import { pointsOf, scorableIds } from '../../emulation/criteria/criteria.rules.js';
import {
  BAND_LABELS,
  DEFAULT_BANDS,
  DEFAULT_LEADER_COUNT,
  groupSubtotals,
  maximums,
  rankingTable,
} from '../../emulation/ranking/ranking.rules.js';
import { isFixed } from '../../emulation/scores/score.state.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { EmulationFacts } from './cluster-year.facts.js';
import type { EmulationReport } from './cluster-year.model.js';

/** The ranking and the results by criterion of the year's published score table, for the summary report. */
export function emulationReport(facts: EmulationFacts, members: readonly UnitView[]): EmulationReport {
  const { criteria } = facts;
  const pointsOfUnit = (unitId: string) =>
    new Map(facts.scores.filter((score) => score.organizationId === unitId).map((score) => [score.criterionId, score.points]));
  const units = members.map((unit) => ({ unit, points: pointsOfUnit(unit.id) }));
  const table = rankingTable(criteria, units, facts.bands ?? DEFAULT_BANDS, facts.leaderCount ?? DEFAULT_LEADER_COUNT);
  const groups = criteria.filter((node) => node.parentId === null);
  const scorable = scorableIds(criteria);
  return {
    fixed: isFixed(facts.state),
    maxPoints: pointsOf(maximums(criteria).standard),
    groups: groups.map((group, i) => ({
      code: group.code,
      title: group.title,
      nature: group.nature,
      maxPoints: pointsOf(table[0]?.groups[i]?.max ?? group.maxPoints),
    })),
    ranking: table.map((row) => ({
      rank: row.rank,
      tied: row.tied,
      unit: row.unit,
      // Signed, not clamped at 0: a penalty group shows the points it deducts ("−2"); the total stays clamped.
      groups: groupSubtotals(criteria, pointsOfUnit(row.unit.id)).map(({ points }) =>
        pointsOf(points.standard + points.bonus - points.penalty),
      ),
      total: pointsOf(row.total),
      bandName: BAND_LABELS[row.band].vi,
      leader: row.leader,
    })),
    byCriterion: criteria
      .filter((node) => scorable.has(node.id))
      .map((node) => {
        const given = units.map(({ unit, points }) => ({ unit, points: Math.min(points.get(node.id) ?? 0, node.maxPoints) }));
        const best = Math.max(0, ...given.map((entry) => entry.points));
        const sum = given.reduce((total, entry) => total + entry.points, 0);
        return {
          code: node.code,
          title: node.title,
          maxPoints: pointsOf(node.maxPoints),
          average: given.length > 0 ? Math.round(sum / given.length) / 100 : 0,
          best: pointsOf(best),
          bestUnits: best > 0 ? given.filter((entry) => entry.points === best).map((entry) => entry.unit.shortName) : [],
        };
      }),
  };
}
