import { NOMINATION_STATES, type NominationState, STATE_NAMES } from '../../nominations/nominations/nomination.state.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { ClusterFacts } from '../cluster-year/cluster-year.facts.js';
import type { BarChart } from '../documents/chart.model.js';
import type { TabularReport, TableCell } from '../documents/document.model.js';
import type { ClusterYearCounts, NationalFacts } from './national-overview.facts.js';

/** How many years, up to the year asked for, the chart of awards by cluster covers. */
export const CHART_YEARS = 5;

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
  return {
    title,
    sheets: [
      {
        name: `Các cụm ${year}`,
        title,
        columns: [
          { header: 'Cụm, khối thi đua', width: 4 },
          { header: 'Đơn vị tổ chức', width: 4 },
          { header: 'Số thành viên', width: 2, align: 'center' },
          { header: 'Cụm trưởng', width: 3 },
          { header: 'Cụm phó', width: 3 },
          { header: 'Số hội nghị', width: 2, align: 'center' },
          { header: 'Cờ thi đua đề nghị', width: 2, align: 'center' },
          { header: 'Cờ thi đua được tặng', width: 2, align: 'center' },
          { header: 'Đề nghị khen thưởng', width: 2, align: 'center' },
        ],
        rows: [
          ...overview.clusters.map((c): TableCell[] => [
            c.cluster.name,
            c.cluster.owner.shortName,
            c.memberCount,
            unitName(c.chair),
            unitName(c.viceChair),
            c.meetingsHeld,
            c.flagsProposed,
            c.flagsAwarded,
            c.nominations,
          ]),
          [
            `Tổng cộng (${totals.clusters} cụm, khối)`,
            null,
            null,
            null,
            null,
            totals.meetingsHeld,
            totals.flagsProposed,
            totals.flagsAwarded,
            totals.nominations,
          ],
        ],
      },
      {
        name: 'Đề nghị khen thưởng',
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

/** Awards by cluster over the chart's years: a group of bars per cluster, one bar per year. */
export function awardsChart(overview: NationalOverview): BarChart {
  const { awardsByCluster } = overview;
  return {
    title: `Khen thưởng theo Cụm, ${awardsByCluster.years[0]}–${overview.year}`,
    valueLabel: 'Số lượt khen thưởng',
    categories: awardsByCluster.rows.map((row) => row.clusterName),
    series: awardsByCluster.years.map((year, i) => ({ name: String(year), values: awardsByCluster.rows.map((row) => row.counts[i]) })),
  };
}
