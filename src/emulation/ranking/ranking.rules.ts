import type { LocalizedText } from '../../platform/i18n/locale.js';
import { BAND_NAMES } from '../emulation.messages.js';
import type { Centipoints, CriterionNature, CriterionNode } from '../criteria/criteria.rules.js';

/*
 * Totals, ranks and bands of a cluster-year's score table. Pure: plain data in, plain data out.
 *
 * A scored criterion counts at most its maximum; a parent counts at most its own maximum of what its children of its
 * nature bring (a group of 20 points never gives more than 20, whatever its criteria add up to). Bonus items (điểm
 * thưởng) are added and penalty items (điểm trừ) deducted, each capped by its own maximums; the total is never below
 * zero. Units with the same total share a rank ("1, 1, 3"), and the ranking depends only on the scores, never on the
 * order they are given in.
 */

export interface Subtotals {
  readonly standard: Centipoints;
  readonly bonus: Centipoints;
  readonly penalty: Centipoints;
}

const ZERO: Subtotals = { standard: 0, bonus: 0, penalty: 0 };

function add(a: Subtotals, b: Subtotals): Subtotals {
  return { standard: a.standard + b.standard, bonus: a.bonus + b.bonus, penalty: a.penalty + b.penalty };
}

function capped(sums: Subtotals, nature: CriterionNature, max: Centipoints): Subtotals {
  return { ...sums, [nature]: Math.min(sums[nature], max) };
}

function childrenOf(nodes: readonly CriterionNode[]): Map<string | null, CriterionNode[]> {
  const children = new Map<string | null, CriterionNode[]>();
  for (const node of nodes) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  return children;
}

/** The subtotals a tree gives for the points of its scored criteria (missing points count 0, negative ones 0). */
export function subtotals(nodes: readonly CriterionNode[], points: ReadonlyMap<string, Centipoints>): Subtotals {
  const children = childrenOf(nodes);
  const visit = (node: CriterionNode): Subtotals => {
    const below = children.get(node.id);
    if (!below) return capped({ ...ZERO, [node.nature]: Math.max(0, points.get(node.id) ?? 0) }, node.nature, node.maxPoints);
    return capped(below.map(visit).reduce(add, ZERO), node.nature, node.maxPoints);
  };
  return (children.get(null) ?? []).map(visit).reduce(add, ZERO);
}

/** The most a tree can give: the subtotals when every scored criterion gets its maximum. */
export function maximums(nodes: readonly CriterionNode[]): Subtotals {
  return subtotals(nodes, new Map(nodes.map((node) => [node.id, node.maxPoints])));
}

export function totalOf(sums: Subtotals): Centipoints {
  return Math.max(0, sums.standard + sums.bonus - sums.penalty);
}

/** Per group: what the unit got and the most it could, for the "results by criterion" table. */
export function groupSubtotals(
  nodes: readonly CriterionNode[],
  points: ReadonlyMap<string, Centipoints>,
): { groupId: string; points: Subtotals; max: Subtotals }[] {
  const children = childrenOf(nodes);
  const subtree = (root: CriterionNode): CriterionNode[] => [root, ...(children.get(root.id) ?? []).flatMap(subtree)];
  return (children.get(null) ?? []).map((group) => {
    const own = subtree(group).map((node) => (node.id === group.id ? { ...node, parentId: null } : node));
    return { groupId: group.id, points: subtotals(own, points), max: maximums(own) };
  });
}

/** Classification bands (xếp loại) by the share of the scored maximum a total reaches. */
export const BANDS = ['excellent', 'good', 'fair', 'average'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABELS: Readonly<Record<Band, LocalizedText>> = BAND_NAMES;

/** The least percent of the scored maximum for each band above "average", highest band first. */
export interface BandThresholds {
  readonly excellent: number;
  readonly good: number;
  readonly fair: number;
}

/** UNVERIFIED defaults (no published VUSTA thresholds found, rules.md §2.3): each cluster may set its own. */
export const DEFAULT_BANDS: BandThresholds = { excellent: 90, good: 80, fair: 65 };

/** How many leading units the ranking names by default (the flag vote uses its own quota). UNVERIFIED. */
export const DEFAULT_LEADER_COUNT = 2;

export function bandsAreOrdered(bands: BandThresholds): boolean {
  return bands.excellent <= 100 && bands.excellent >= bands.good && bands.good >= bands.fair && bands.fair >= 0;
}

export function bandOf(total: Centipoints, maximum: Centipoints, bands: BandThresholds): Band {
  // Compared in integers: total / maximum ≥ t / 100 ⇔ 100 · total ≥ t · maximum.
  const reaches = (threshold: number) => maximum > 0 && 100 * total >= threshold * maximum;
  if (reaches(bands.excellent)) return 'excellent';
  if (reaches(bands.good)) return 'good';
  if (reaches(bands.fair)) return 'fair';
  return 'average';
}

export interface RankInput {
  readonly unitId: string;
  /** The unit's place in the one order of units (by name), to list tied units the same way every time. */
  readonly sortKey: string;
  readonly total: Centipoints;
}

export interface Ranked<T extends RankInput> {
  readonly entry: T;
  /** Standard competition ranking: tied units share the best rank, the next rank skips ("1, 1, 3"). */
  readonly rank: number;
  readonly tied: boolean;
}

/** Highest total first; ties share a rank and are listed by name; input order plays no part. */
export function rank<T extends RankInput>(entries: readonly T[]): Ranked<T>[] {
  const sorted = [...entries].sort((a, b) => b.total - a.total || compareText(a.sortKey, b.sortKey) || compareText(a.unitId, b.unitId));
  const count = new Map<number, number>();
  for (const entry of sorted) count.set(entry.total, (count.get(entry.total) ?? 0) + 1);
  let rankOfTotal = 0;
  let previous: number | null = null;
  return sorted.map((entry, index) => {
    if (entry.total !== previous) {
      rankOfTotal = index + 1;
      previous = entry.total;
    }
    return { entry, rank: rankOfTotal, tied: (count.get(entry.total) ?? 0) > 1 };
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The leading units: those ranked within the first `count` places, all of a tie at the cut-off included. */
export function leadersOf<T extends RankInput>(ranked: readonly Ranked<T>[], count: number): T[] {
  return ranked.filter((row) => row.rank <= count).map((row) => row.entry);
}

/** One unit's row of the ranking table, in hundredths. */
export interface RankingTableRow<U extends { id: string }> {
  unit: U;
  rank: number;
  tied: boolean;
  sums: Subtotals;
  total: Centipoints;
  band: Band;
  leader: boolean;
  /** What each group of the tree gave, and the most it could (scored plus bonus). */
  groups: { groupId: string; points: Centipoints; max: Centipoints }[];
}

/**
 * Bảng tổng hợp: every unit's totals against the tree, ranked, banded, the first `leaderCount` places marked as
 * leading. `units` come in the one order of units, which lists tied units.
 */
export function rankingTable<U extends { id: string }>(
  nodes: readonly CriterionNode[],
  units: readonly { unit: U; points: ReadonlyMap<string, Centipoints> }[],
  bands: BandThresholds,
  leaderCount: number,
): RankingTableRow<U>[] {
  const max = maximums(nodes);
  const entries = units.map(({ unit, points }, index) => {
    const sums = subtotals(nodes, points);
    return { unitId: unit.id, sortKey: String(index).padStart(6, '0'), total: totalOf(sums), unit, points, sums };
  });
  const ranked = rank(entries);
  const leaders = new Set(leadersOf(ranked, leaderCount).map((entry) => entry.unitId));
  return ranked.map(({ entry, rank: place, tied }) => ({
    unit: entry.unit,
    rank: place,
    tied,
    sums: entry.sums,
    total: entry.total,
    band: bandOf(entry.total, max.standard, bands),
    leader: leaders.has(entry.unitId),
    groups: groupSubtotals(nodes, entry.points).map((group) => ({
      groupId: group.groupId,
      points: totalOf(group.points),
      max: group.max.standard + group.max.bonus,
    })),
  }));
}
