import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { numberFromCell } from '../criteria/criteria-import.rules.js';
import {
  type Centipoints,
  centipointsOf,
  type CriterionNode,
  hasTwoDecimalsAtMost,
  pointsOf,
  scorableIds,
} from '../criteria/criteria.rules.js';
import { EMULATION_MESSAGES, SCORE_COLUMN_NAMES } from '../emulation.messages.js';

export const SCORE_COLUMN_LABELS = SCORE_COLUMN_NAMES;

/** The three columns of one unit and criterion, in hundredths; null where nothing is entered. */
export interface ScoreColumns {
  self: Centipoints | null;
  cross: Centipoints | null;
  agreed: Centipoints | null;
}

/** The score that counts: the agreed one, else the adjusted one, else the unit's own. */
export function finalPoints(columns: ScoreColumns): Centipoints | null {
  return columns.agreed ?? columns.cross ?? columns.self;
}

/** One score a request gives: a criterion and its points (null clears the column). */
export interface ScoreEntry {
  criterionId: string;
  points: number | null;
}

/**
 * Why the entries cannot be recorded against the tree, by entry (`scores[i].…`): an unknown criterion, one that has
 * sub-criteria (only the last level is scored), points above the criterion's maximum, negative or with more than two
 * decimals, a criterion given twice.
 */
export function scoreEntryProblems(entries: readonly ScoreEntry[], nodes: readonly CriterionNode[]): FieldError[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const scorable = scorableIds(nodes);
  const seen = new Set<string>();
  return entries.flatMap((entry, i): FieldError[] => {
    const node = byId.get(entry.criterionId);
    const at = (field: string) => `scores[${i}].${field}`;
    if (!node) return [{ field: at('criterionId'), message: EMULATION_MESSAGES.unknownCriterion(entry.criterionId) }];
    if (!scorable.has(node.id)) return [{ field: at('criterionId'), message: EMULATION_MESSAGES.notScorable }];
    if (seen.has(node.id)) {
      return [{ field: at('criterionId'), message: EMULATION_MESSAGES.criterionScoredTwice(node.code) }];
    }
    seen.add(node.id);
    if (entry.points === null) return [];
    if (entry.points < 0) return [{ field: at('points'), message: EMULATION_MESSAGES.pointsNegative }];
    if (!hasTwoDecimalsAtMost(entry.points)) {
      return [{ field: at('points'), message: EMULATION_MESSAGES.pointsDecimals }];
    }
    if (centipointsOf(entry.points) > node.maxPoints) {
      return [{ field: at('points'), message: EMULATION_MESSAGES.pointsAboveMax(pointsOf(node.maxPoints)) }];
    }
    return [];
  });
}

/*
 * The self-score form (bảng tự chấm điểm) as units fill it in Excel, first sheet, one header row:
 *   A Mã tiêu chí | B Nội dung tiêu chí (not read) | C Điểm tự chấm | D Giải trình
 */
export const SELF_SCORE_SHEET_HEADERS = ['Mã tiêu chí', 'Nội dung tiêu chí', 'Điểm tự chấm', 'Giải trình'] as const;

export interface SelfScoreRow {
  row: number;
  code: string | null;
  entry: (ScoreEntry & { note: string | null }) | null;
  problems: FieldError[];
}

/** Reads the self-score form against the tree: each row accepted with its entry, or refused with reasons. */
export function selfScoresFromSheet(rows: readonly string[][], nodes: readonly (CriterionNode & { code: string })[]): SelfScoreRow[] {
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  const seen = new Set<string>();
  return rows.slice(1).flatMap((cells, index): SelfScoreRow[] => {
    const [code = '', , points = '', note = ''] = cells.map((cell) => cell.trim());
    if (code === '' && points === '' && note === '') return [];
    const row = index + 2;
    const refuse = (field: string, message: LocalizedText): SelfScoreRow[] => [
      { row, code: code || null, entry: null, problems: [{ field, message }] },
    ];
    const node = byCode.get(code);
    if (!node) return refuse('code', EMULATION_MESSAGES.sheetCodeUnknown(code));
    const value = numberFromCell(points);
    if (value === null) return refuse('points', EMULATION_MESSAGES.sheetPointsNotANumber(points));
    if (seen.has(code)) return refuse('code', EMULATION_MESSAGES.sheetCodeTwice(code));
    const problems = scoreEntryProblems([{ criterionId: node.id, points: value }], nodes).map((problem) => ({
      ...problem,
      field: problem.field.replace(/^scores\[0\]\./, ''),
    }));
    if (problems.length > 0) return [{ row, code, entry: null, problems }];
    seen.add(code);
    return [{ row, code, entry: { criterionId: node.id, points: value, note: note || null }, problems: [] }];
  });
}
