import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { CRITERION_LEVEL_NAMES, CRITERION_NATURE_NAMES, EMULATION_MESSAGES as M } from '../emulation.messages.js';

/*
 * The criteria tree (bảng tiêu chí, thang điểm) of a cluster-year: groups → criteria → sub-criteria, each with its
 * maximum points. The point scale, the weights and the bonus and penalty items used by VUSTA clusters are UNVERIFIED
 * (rules.md §2.3): the tree is generic and every cluster sets its own. Points are kept in hundredths (integers), so
 * that sums are exact: 12.5 points is 1250.
 */

export const CRITERION_LEVELS = ['group', 'criterion', 'sub_criterion'] as const;
export type CriterionLevel = (typeof CRITERION_LEVELS)[number];

/** standard: counts towards the score out of the maximum; bonus: điểm thưởng (added); penalty: điểm trừ (deducted). */
export const CRITERION_NATURES = ['standard', 'bonus', 'penalty'] as const;
export type CriterionNature = (typeof CRITERION_NATURES)[number];

/** Points in hundredths of a point. */
export type Centipoints = number;

export const MAX_POINTS = 10_000;
export const MAX_CRITERIA = 500;

export function centipointsOf(points: number): Centipoints {
  return Math.round(points * 100);
}

/** 12.25 yes, 12.125 no: points are kept in hundredths. */
export function hasTwoDecimalsAtMost(points: number): boolean {
  return Math.abs(Math.round(points * 100) - points * 100) < 1e-6;
}

export function pointsOf(centipoints: Centipoints): number {
  return centipoints / 100;
}

/** One node of a tree, as the rules need it. */
export interface CriterionNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly code: string;
  readonly level: CriterionLevel;
  readonly nature: CriterionNature;
  readonly maxPoints: Centipoints;
}

/** One row of a tree as a form or a spreadsheet gives it: the parent named by its code. */
export interface CriterionInput {
  code: string;
  parentCode?: string | null;
  level: CriterionLevel;
  nature: CriterionNature;
  title: string;
  maxPoints: number;
  evidenceRequired: boolean;
  evidenceNote?: string | null;
}

const LEVEL_BELOW: Readonly<Record<CriterionLevel, CriterionLevel | null>> = {
  group: 'criterion',
  criterion: 'sub_criterion',
  sub_criterion: null,
};

export const LEVEL_LABELS = CRITERION_LEVEL_NAMES;

export const NATURE_LABELS = CRITERION_NATURE_NAMES;

/**
 * Why one row cannot join the tree given the rows accepted before it (a parent comes before its children), or an
 * empty list. A child's level is the one below its parent's; bonus and penalty rows keep their parent's nature
 * unless the parent is scored; a code appears once.
 */
export function criterionRowProblems(row: CriterionInput, accepted: ReadonlyMap<string, CriterionInput>): FieldError[] {
  const problems: FieldError[] = [];
  const problem = (field: string, message: LocalizedText) => problems.push({ field, message });
  if (!/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/.test(row.code)) {
    problem('code', M.criterionCodeInvalid(row.code));
  } else if (accepted.has(row.code)) {
    problem('code', M.criterionCodeTwice(row.code));
  }
  if (!(row.maxPoints >= 0 && row.maxPoints <= MAX_POINTS)) {
    problem('maxPoints', M.maxPointsOutOfRange(MAX_POINTS));
  } else if (!hasTwoDecimalsAtMost(row.maxPoints)) {
    problem('maxPoints', M.maxPointsDecimals);
  }
  if (row.title.trim() === '') problem('title', M.criterionTitleMissing);
  const parentCode = row.parentCode ?? null;
  if (parentCode === null) {
    if (row.level !== 'group') problem('parentCode', M.criterionParentMissing);
    return problems;
  }
  const parent = accepted.get(parentCode);
  if (!parent) {
    problem('parentCode', M.noParentBefore(parentCode));
    return problems;
  }
  if (LEVEL_BELOW[parent.level] !== row.level) {
    problem('level', M.levelNotBelow(LEVEL_LABELS[row.level], LEVEL_LABELS[parent.level]));
  }
  if (parent.nature !== 'standard' && parent.nature !== row.nature) {
    problem('nature', M.natureOfParent(NATURE_LABELS[parent.nature]));
  }
  return problems;
}

/** The parent code a dotted code implies: "1.2.a" → "1.2"; a code without a dot has none. */
export function parentCodeOf(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

const LEVEL_BY_DEPTH: readonly CriterionLevel[] = ['group', 'criterion', 'sub_criterion'];

/** The level a dotted code implies: 1 a group, 1.2 a criterion, 1.2.a a sub-criterion; null deeper than that. */
export function levelOfCode(code: string): CriterionLevel | null {
  return LEVEL_BY_DEPTH[code.split('.').length - 1] ?? null;
}

/** Splits rows into those that form a tree, in order, and those refused with their reasons (by index). */
export function acceptRows(rows: readonly CriterionInput[]): {
  accepted: CriterionInput[];
  refused: { index: number; problems: FieldError[] }[];
} {
  const accepted = new Map<string, CriterionInput>();
  const refused: { index: number; problems: FieldError[] }[] = [];
  rows.forEach((row, index) => {
    const problems = criterionRowProblems(row, accepted);
    if (problems.length > 0) refused.push({ index, problems });
    else accepted.set(row.code, row);
  });
  if (accepted.size > MAX_CRITERIA) {
    return {
      accepted: [],
      refused: [{ index: 0, problems: [{ field: 'items', message: M.tooManyCriteria(MAX_CRITERIA) }] }],
    };
  }
  return { accepted: [...accepted.values()], refused };
}

/** The criteria that are scored: those without children. */
export function scorableIds(nodes: readonly CriterionNode[]): Set<string> {
  const parents = new Set(nodes.flatMap((node) => node.parentId ?? []));
  return new Set(nodes.filter((node) => !parents.has(node.id)).map((node) => node.id));
}
