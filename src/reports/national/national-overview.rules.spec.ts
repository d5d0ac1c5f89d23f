import { describe, expect, it } from '@jest/globals';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { NationalFacts } from './national-overview.facts.js';
import { assembleNationalOverview, CHART_CLUSTERS, flagsChart, hasFlagData, overviewWorkbook } from './national-overview.rules.js';

const vusta: UnitView = {
  id: 'vusta',
  code: 'VUSTA',
  fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  shortName: 'Liên hiệp Hội Việt Nam',
};
const unit = (id: string, shortName: string): UnitView => ({ id, code: id, fullName: shortName, shortName });
const cluster = (id: string, number: number) => ({
  id,
  code: id,
  number,
  name: `Cụm thi đua số ${number}`,
  kind: 'cluster' as const,
  owner: vusta,
});

const facts: NationalFacts = {
  year: 2023,
  sinceYear: 2021,
  clusters: [
    {
      cluster: cluster('c3', 3),
      memberCount: 8,
      chair: unit('sonla', 'LHH Sơn La'),
      viceChair: null,
      meetingsHeld: 2,
      yearEndConferences: 1,
      flagsProposed: 2,
      flagsAwarded: 1,
    },
    {
      cluster: cluster('c6', 6),
      memberCount: 7,
      chair: null,
      viceChair: null,
      meetingsHeld: 0,
      yearEndConferences: 0,
      flagsProposed: 0,
      flagsAwarded: 0,
    },
  ],
  nominations: [
    { clusterId: 'c3', awardTypeCode: 'BK', awardName: 'Bằng khen', state: 'submitted', count: 2 },
    { clusterId: 'c6', awardTypeCode: 'BK', awardName: 'Bằng khen', state: 'draft', count: 1 },
    { clusterId: 'c3', awardTypeCode: 'CO', awardName: 'Cờ thi đua', state: 'draft', count: 2 },
  ],
  flags: [
    { clusterId: 'c3', year: 2022, proposed: 1, awarded: 0 },
    { clusterId: 'c3', year: 2023, proposed: 2, awarded: 1 },
  ],
  awards: [
    { clusterId: 'c3', year: 2021, count: 1 },
    { clusterId: 'c3', year: 2023, count: 1 },
    { clusterId: 'c6', year: 2022, count: 3 },
  ],
};

describe('the national overview of a year', () => {
  const overview = assembleNationalOverview(facts);

  it('counts every cluster and adds them up', () => {
    expect(overview.clusters.map((c) => [c.cluster.name, c.nominations])).toEqual([
      ['Cụm thi đua số 3', 4],
      ['Cụm thi đua số 6', 1],
    ]);
    expect(overview.totals).toEqual({ clusters: 2, meetingsHeld: 2, flagsProposed: 2, flagsAwarded: 1, nominations: 5 });
  });

  it('counts nominations by state (in workflow order) and by award', () => {
    expect(overview.nominations.byState).toEqual([
      { state: 'draft', stateName: 'Bản nháp', count: 3 },
      { state: 'submitted', stateName: 'Đã nộp', count: 2 },
    ]);
    expect(overview.nominations.byAwardType.map((a) => [a.awardName, a.total, a.byState.map((s) => s.count)])).toEqual([
      ['Bằng khen', 3, [1, 2]],
      ['Cờ thi đua', 2, [2]],
    ]);
  });

  it('counts awards by cluster over the years, zero where none was recorded', () => {
    expect(overview.awardsByCluster).toEqual({
      years: [2021, 2022, 2023],
      rows: [
        { clusterId: 'c3', clusterName: 'Cụm thi đua số 3', counts: [1, 0, 1] },
        { clusterId: 'c6', clusterName: 'Cụm thi đua số 6', counts: [0, 3, 0] },
      ],
    });
  });

  it('charts the flags proposed and awarded by the clusters that recorded any, over the years', () => {
    expect(overview.flagsByCluster).toEqual({
      years: [2021, 2022, 2023],
      rows: [{ clusterId: 'c3', clusterName: 'Cụm thi đua số 3', proposed: [0, 1, 2], awarded: [0, 0, 1] }],
    });
    expect(flagsChart(overview)).toEqual({
      title: 'Cờ thi đua đề nghị và được tặng theo Cụm, 2021–2023',
      valueLabel: 'Số Cờ thi đua',
      categories: ['Cụm thi đua số 3'],
      series: [
        { name: 'Cờ thi đua đề nghị', values: [3] },
        { name: 'Cờ thi đua được tặng', values: [1] },
      ],
    });
  });

  it('charts no cluster when no flag was recorded, and names the most proposing when there are too many', () => {
    expect(flagsChart(assembleNationalOverview({ ...facts, flags: [] })).categories).toEqual([]);
    expect(hasFlagData(assembleNationalOverview({ ...facts, flags: [] }))).toBe(false);
    expect(hasFlagData(overview)).toBe(true);
    const many = Array.from({ length: CHART_CLUSTERS + 5 }, (_, i) => ({ ...facts.clusters[1], cluster: cluster(`c${i}`, i + 10) }));
    const chart = flagsChart(
      assembleNationalOverview({
        ...facts,
        clusters: many,
        flags: many.map((c, i) => ({ clusterId: c.cluster.id, year: 2023, proposed: i + 1, awarded: 0 })),
      }),
    );
    expect(chart.categories).toHaveLength(CHART_CLUSTERS);
    expect(chart.categories[0]).toBe('Cụm thi đua số 15');
    expect(chart.series[0].values.at(-1)).toBe(CHART_CLUSTERS + 5);
    expect(chart.title).toBe(
      `Cờ thi đua đề nghị và được tặng, 2021–2023: ${CHART_CLUSTERS} Cụm đề nghị nhiều nhất (trong ${CHART_CLUSTERS + 5} Cụm)`,
    );
  });

  it('lays the same numbers out as sheets, with totals and "not recorded" for a missing chair', () => {
    const [clusters, nominations, awards] = overviewWorkbook(overview).sheets;
    expect(clusters.rows).toEqual([
      ['Cụm thi đua số 3', 8, 'LHH Sơn La', 'Chưa ghi nhận', 2, 2, 1, 4],
      ['Cụm thi đua số 6', 7, 'Chưa ghi nhận', 'Chưa ghi nhận', 0, 0, 0, 1],
      ['Tổng cộng (2 cụm, khối)', null, null, null, 2, 2, 1, 5],
    ]);
    expect(clusters.orientation).toBe('landscape');
    expect(nominations.columns.map((c) => c.header)).toEqual(['Hình thức khen thưởng', 'Bản nháp', 'Đã nộp', 'Tổng']);
    expect(nominations.rows).toEqual([
      ['Bằng khen', 1, 2, 3],
      ['Cờ thi đua', 2, 0, 2],
      ['Tổng cộng', 3, 2, 5],
    ]);
    expect(awards.rows).toEqual([
      ['Cụm thi đua số 3', 1, 0, 1],
      ['Cụm thi đua số 6', 0, 3, 0],
    ]);
  });

  it('names the owner of each cluster only when the clusters have different owners', () => {
    const other: UnitView = { id: 'bo', code: 'BO', fullName: 'Bộ Khoa học và Công nghệ', shortName: 'Bộ KH&CN' };
    const [c3, c6] = facts.clusters;
    const mixed = assembleNationalOverview({ ...facts, clusters: [c3, { ...c6, cluster: { ...c6.cluster, owner: other } }] });
    const [clusters] = overviewWorkbook(mixed).sheets;
    expect(clusters.columns.map((c) => c.header).slice(0, 2)).toEqual(['Cụm, khối thi đua', 'Đơn vị tổ chức']);
    expect(clusters.rows.map((row) => row[1])).toEqual(['Liên hiệp Hội Việt Nam', 'Bộ KH&CN', null]);
  });
});
