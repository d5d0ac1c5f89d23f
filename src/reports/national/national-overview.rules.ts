import { NOMINATION_STATES, type NominationState, STATE_NAMES } from '../../nominations/nominations/nomination.state.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { ClusterFacts } from '../cluster-year/cluster-year.facts.js';
import type { BarChart } from '../documents/chart.model.js';
import type { TableCell, TableColumn, TabularReport } from '../documents/document.model.js';
import type { ClusterYearCounts, NationalFacts } from './national-overview.facts.js';

/** How many years, up to the year asked for, the chart of flags and the table of awards by cluster cover. */
export const CHART_YEARS = 5;
/** The chart names at most this many clusters (those with the most flags proposed), so that it stays readable. */
export const CHART_CLUSTERS = 40;

export interface ClusterOverview extends Omit<ClusterYearCounts, 'cluster'> {
  cluster: ClusterFacts;
  nominations: number;
}

export interface NominationsByAward {
  awardTypeCode: string;
  awardName: string;
  total: number;
  byState: { state: NominationState; stateName: string; count: number }[];
}

/** Tổng hợp công tác thi đua các cụm: the national picture of a year (GET /reports/years/{year}). */
export interface NationalOverview {
  year: number;
  clusters: ClusterOverview[];
  totals: { clusters: number; meetingsHeld: number; flagsProposed: number; flagsAwarded: number; nominations: number };
  nominations: {
    total: number;
    byState: { state: NominationState; stateName: string; count: number }[];
    byAwardType: NominationsByAward[];
  };
  /** Awards the register holds for each cluster's members, for each of the chart's years. */
  awardsByCluster: { years: number[]; rows: { clusterId: string; clusterName: string; counts: number[] }[] };
  /** Flags proposed and awarded in each of the chart's years, for the clusters that recorded any (in the overview's order). */
  flagsByCluster: { years: number[]; rows: { clusterId: string; clusterName: string; proposed: number[]; awarded: number[] }[] };
}

function sum<T>(rows: readonly T[], count: (row: T) => number): number {
  return rows.reduce((total, row) => total + count(row), 0);
}

function byState(rows: readonly { state: NominationState; count: number }[]) {
  return NOMINATION_STATES.map((state) => ({
    state,
    stateName: STATE_NAMES[state].vi,
    count: sum(
      rows.filter((r) => r.state === state),
      (r) => r.count,
    ),
  })).filter((entry) => entry.count > 0);
}

/** The counts of `rows` added up by key, so that 1,000 clusters are one pass over the rows, not one each. */
function totalsBy<T>(rows: readonly T[], key: (row: T) => string, count: (row: T) => number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + count(row));
  return totals;
}

export function assembleNationalOverview(facts: NationalFacts): NationalOverview {
  const nominationsOf = totalsBy(
    facts.nominations,
    (n) => n.clusterId,
    (n) => n.count,
  );
  const awardsOf = totalsBy(
    facts.awards,
    (a) => `${a.clusterId} ${a.year}`,
    (a) => a.count,
  );
  const flagsOf = new Map(facts.flags.map((f) => [`${f.clusterId} ${f.year}`, f]));
  const clusters = facts.clusters.map((row) => ({ ...row, nominations: nominationsOf.get(row.cluster.id) ?? 0 }));
  const awardCodes = [...new Set(facts.nominations.map((n) => n.awardTypeCode))];
  const years = Array.from({ length: facts.year - facts.sinceYear + 1 }, (_, i) => facts.sinceYear + i);
  return {
    year: facts.year,
    clusters,
    totals: {
      clusters: clusters.length,
      meetingsHeld: sum(clusters, (c) => c.meetingsHeld),
      flagsProposed: sum(clusters, (c) => c.flagsProposed),
      flagsAwarded: sum(clusters, (c) => c.flagsAwarded),
      nominations: sum(facts.nominations, (n) => n.count),
    },
    nominations: {
      total: sum(facts.nominations, (n) => n.count),
      byState: byState(facts.nominations),
      byAwardType: awardCodes.map((code) => {
        const rows = facts.nominations.filter((n) => n.awardTypeCode === code);
        return { awardTypeCode: code, awardName: rows[0].awardName, total: sum(rows, (r) => r.count), byState: byState(rows) };
      }),
    },
    awardsByCluster: {
      years,
      rows: clusters.map(({ cluster }) => ({
        clusterId: cluster.id,
        clusterName: cluster.name,
        counts: years.map((year) => awardsOf.get(`${cluster.id} ${year}`) ?? 0),
      })),
    },
    flagsByCluster: {
      years,
      rows: clusters.flatMap(({ cluster }) => {
        const proposed = years.map((year) => flagsOf.get(`${cluster.id} ${year}`)?.proposed ?? 0);
        const awarded = years.map((year) => flagsOf.get(`${cluster.id} ${year}`)?.awarded ?? 0);
        return sum(proposed, (n) => n) + sum(awarded, (n) => n) > 0
          ? [{ clusterId: cluster.id, clusterName: cluster.name, proposed, awarded }]
          : [];
      }),
    },
  };
}

const NOT_RECORDED = 'Chưa ghi nhận';

function unitName(unit: UnitView | null): string {
  return unit?.shortName ?? NOT_RECORDED;
}

/** The overview as a workbook: clusters, nominations by award and state, awards by cluster and year. */
export function overviewWorkbook(overview: NationalOverview): TabularReport {
  const { year, totals, nominations, awardsByCluster } = overview;
  const title = `Tổng hợp công tác thi đua, khen thưởng các Cụm thi đua năm ${year}`;
  const states = nominations.byState.map((s) => s.state);
  const countIn = (award: NominationsByAward, state: NominationState) => award.byState.find((s) => s.state === state)?.count ?? 0;
  // The owner of the clusters (the body that organises them) is a column only when they are not all the same one.
  const owners = new Set(overview.clusters.map((c) => c.cluster.owner.id)).size > 1;
  const withOwner = <T>(owner: T, row: T[]): T[] => (owners ? [row[0], owner, ...row.slice(1)] : row);
  return {
    title,
    sheets: [
      {
        name: `Các cụm ${year}`,
        title,
        orientation: 'landscape',
        columns: withOwner<TableColumn>({ header: 'Đơn vị tổ chức', width: 4 }, [
          { header: 'Cụm, khối thi đua', width: 4 },
          { header: 'Số thành viên', width: 2, align: 'center' },
          { header: 'Cụm trưởng', width: 3 },
          { header: 'Cụm phó', width: 3 },
          { header: 'Số hội nghị', width: 2, align: 'center' },
          { header: 'Cờ thi đua đề nghị', width: 2, align: 'center' },
          { header: 'Cờ thi đua được tặng', width: 2, align: 'center' },
          { header: 'Đề nghị khen thưởng', width: 2, align: 'center' },
        ]),
        rows: [
          ...overview.clusters.map((c): TableCell[] =>
            withOwner<TableCell>(c.cluster.owner.shortName, [
              c.cluster.name,
              c.memberCount,
              unitName(c.chair),
              unitName(c.viceChair),
              c.meetingsHeld,
              c.flagsProposed,
              c.flagsAwarded,
              c.nominations,
            ]),
          ),
          withOwner<TableCell>(null, [
            `Tổng cộng (${totals.clusters} cụm, khối)`,
            null,
            null,
            null,
            totals.meetingsHeld,
            totals.flagsProposed,
            totals.flagsAwarded,
            totals.nominations,
          ]),
        ],
      },
      {
        name: 'Đề nghị khen thưởng',
        orientation: 'landscape',
        title: `Đề nghị khen thưởng năm ${year} theo hình thức và trạng thái hồ sơ`,
        columns: [
          { header: 'Hình thức khen thưởng', width: 5 },
          ...nominations.byState.map((s) => ({ header: s.stateName, width: 2, align: 'center' as const })),
          { header: 'Tổng', width: 2, align: 'center' },
        ],
        rows: [
          ...nominations.byAwardType.map((award): TableCell[] => [
            award.awardName,
            ...states.map((state) => countIn(award, state)),
            award.total,
          ]),
          ['Tổng cộng', ...nominations.byState.map((s) => s.count), nominations.total],
        ],
      },
      {
        name: 'Khen thưởng theo cụm',
        orientation: 'landscape',
        title: `Số lượt khen thưởng theo Cụm, ${awardsByCluster.years[0]}–${year}`,
        columns: [
          { header: 'Cụm, khối thi đua', width: 4 },
          ...awardsByCluster.years.map((y) => ({ header: String(y), width: 1, align: 'center' as const })),
        ],
        rows: awardsByCluster.rows.map((row): TableCell[] => [row.clusterName, ...row.counts]),
      },
    ],
  };
}

/**
 * Flags (Cờ thi đua) proposed and awarded by cluster over the chart's years: two bars per cluster that recorded any,
 * named in full; the clusters with the most proposed when there are more than the chart can name. With none recorded
 * the chart has no category, and says there is no data rather than drawing zeros.
 */
/** Whether any cluster proposed or was awarded a flag in the chart's years: without, the page says so instead of the chart. */
export function hasFlagData(overview: NationalOverview): boolean {
  return overview.flagsByCluster.rows.some((row) => [...row.proposed, ...row.awarded].some((count) => count > 0));
}

export function flagsChart(overview: NationalOverview): BarChart {
  const { years, rows } = overview.flagsByCluster;
  const total = (counts: number[]) => sum(counts, (n) => n);
  const shown =
    rows.length <= CHART_CLUSTERS ? rows : [...rows].sort((a, b) => total(b.proposed) - total(a.proposed)).slice(0, CHART_CLUSTERS);
  const kept = new Set(shown);
  const ordered = rows.filter((row) => kept.has(row));
  const period = `${years[0]}–${overview.year}`;
  return {
    title:
      rows.length <= CHART_CLUSTERS
        ? `Cờ thi đua đề nghị và được tặng theo Cụm, ${period}`
        : `Cờ thi đua đề nghị và được tặng, ${period}: ${CHART_CLUSTERS} Cụm đề nghị nhiều nhất (trong ${rows.length} Cụm)`,
    valueLabel: 'Số Cờ thi đua',
    categories: ordered.map((row) => row.clusterName),
    series: [
      { name: 'Cờ thi đua đề nghị', values: ordered.map((row) => total(row.proposed)) },
      { name: 'Cờ thi đua được tặng', values: ordered.map((row) => total(row.awarded)) },
    ],
  };
}
