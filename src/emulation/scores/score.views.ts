import { type Centipoints, centipointsOf, type CriterionNode, pointsOf, scorableIds } from '../criteria/criteria.rules.js';
import type { CriterionRecord } from '../criteria/criterion.repository.js';
import { EMULATION_MESSAGES } from '../emulation.messages.js';
import {
  BAND_LABELS,
  bandOf,
  type BandThresholds,
  DEFAULT_BANDS,
  DEFAULT_LEADER_COUNT,
  maximums,
  subtotals,
  totalOf,
} from '../ranking/ranking.rules.js';
import {
  type ColumnTotals,
  type EvidenceView,
  SCORE_COLUMNS,
  type ScoreColumn,
  type ScoreSheetView,
  type ScoreTableView,
} from './score.dto.js';
import type { ScoreRecord, ScoreTableRecord } from './score.repository.js';
import { finalPoints } from './score.rules.js';
import { SCORE_TABLE_WORKFLOW, type ScoreTableRole } from './score.state.js';

/*
 * What the score table and a unit's sheet look like to a caller, from the stored records: points in hundredths become
 * points, labels come from the workflow and the catalogue. Pure.
 */

/** The table as it stands, or as it starts (open, default bands) before its first score or setting. */
export function tableOrNew(clusterId: string, year: number, table: ScoreTableRecord | null): ScoreTableRecord {
  return (
    table ?? {
      clusterId,
      year,
      state: 'open',
      bands: null,
      leaderCount: null,
      publishedAt: null,
      fixedAt: null,
      fixedAtMeeting: null,
      version: 1,
    }
  );
}

export function tableView(
  table: ScoreTableRecord,
  roles: readonly ScoreTableRole[],
  crossPairs: ScoreTableView['crossPairs'],
): ScoreTableView {
  return {
    ...table,
    crossPairs,
    stateLabel: SCORE_TABLE_WORKFLOW.label(table.state),
    actions: SCORE_TABLE_WORKFLOW.allowedActions(table.state, roles),
    bands: table.bands ?? DEFAULT_BANDS,
    defaultBands: table.bands === null,
    bandsNote: table.bands === null ? EMULATION_MESSAGES.unverifiedBands : null,
    leaderCount: table.leaderCount ?? DEFAULT_LEADER_COUNT,
  };
}

/** The totals a column of scores gives against the tree. */
export function columnTotals(nodes: readonly CriterionNode[], points: ReadonlyMap<string, Centipoints>): ColumnTotals {
  const sums = subtotals(nodes, points);
  return {
    standard: pointsOf(sums.standard),
    bonus: pointsOf(sums.bonus),
    penalty: pointsOf(sums.penalty),
    total: pointsOf(totalOf(sums)),
  };
}

/** The points of one column of a unit's scores, by criterion. */
export function pointsByCriterion(scores: readonly ScoreRecord[], column: ScoreColumn | 'final'): Map<string, Centipoints> {
  return new Map(
    scores.flatMap((score) => {
      const points = column === 'final' ? finalPoints(score) : score[column];
      return points === null ? [] : [[score.criterionId, points] as const];
    }),
  );
}

/**
 * The sheet as it stands after a column: a criterion the cross-check (or the agreement) left alone keeps the score
 * before it, so the column's total is the unit's total after that step, not the sum of the few points changed in it.
 */
function pointsAfter(scores: readonly ScoreRecord[], column: ScoreColumn): Map<string, Centipoints> {
  const upTo = SCORE_COLUMNS.slice(0, SCORE_COLUMNS.indexOf(column) + 1);
  return new Map(
    scores.flatMap((score) => {
      const points = upTo.reduce<Centipoints | null>((before, step) => score[step] ?? before, null);
      return points === null ? [] : [[score.criterionId, points] as const];
    }),
  );
}

/** Bảng chấm điểm of one unit: every criterion with its three columns, evidence, the totals of each column and the band. */
export function sheetView(sheet: {
  table: ScoreTableView;
  unit: ScoreSheetView['unit'];
  nodes: readonly CriterionRecord[];
  scores: readonly ScoreRecord[];
  evidence: readonly EvidenceView[];
  bands: BandThresholds;
}): ScoreSheetView {
  const { nodes, scores } = sheet;
  const byCriterion = new Map(scores.map((score) => [score.criterionId, score]));
  const scorable = scorableIds(nodes);
  const cell = (points: Centipoints | null | undefined, comment: string | null | undefined) => ({
    points: points === null || points === undefined ? null : pointsOf(points),
    comment: comment ?? null,
  });
  const rows = nodes.map((node) => {
    const score = byCriterion.get(node.id);
    const final = score ? finalPoints(score) : null;
    return {
      criterion: {
        id: node.id,
        parentId: node.parentId,
        code: node.code,
        level: node.level,
        nature: node.nature,
        title: node.title,
        maxPoints: pointsOf(node.maxPoints),
        evidenceRequired: node.evidenceRequired,
        scorable: scorable.has(node.id),
      },
      self: cell(score?.self, score?.selfNote),
      cross: cell(score?.cross, score?.crossReason),
      agreed: cell(score?.agreed, score?.agreedReason),
      final: final === null ? null : pointsOf(final),
      evidence: sheet.evidence.filter((file) => file.criterionId === node.id),
    };
  });
  const totals = {
    self: columnTotals(nodes, pointsAfter(scores, 'self')),
    cross: columnTotals(nodes, pointsAfter(scores, 'cross')),
    agreed: columnTotals(nodes, pointsAfter(scores, 'agreed')),
    final: columnTotals(nodes, pointsByCriterion(scores, 'final')),
  };
  const max = maximums(nodes);
  const band = bandOf(centipointsOf(totals.final.total), max.standard, sheet.bands);
  return { table: sheet.table, unit: sheet.unit, rows, totals, maxPoints: pointsOf(max.standard), band, bandLabel: BAND_LABELS[band] };
}
