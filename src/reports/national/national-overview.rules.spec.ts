import { describe, expect, it } from '@jest/globals';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { NationalFacts } from './national-overview.facts.js';
import { assembleNationalOverview, awardsChart, overviewWorkbook } from './national-overview.rules.js';

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

  it('charts awards by cluster over the years, zero where none was recorded', () => {
    expect(overview.awardsByCluster).toEqual({
      years: [2021, 2022, 2023],
      rows: [
        { clusterId: 'c3', clusterName: 'Cụm thi đua số 3', counts: [1, 0, 1] },
        { clusterId: 'c6', clusterName: 'Cụm thi đua số 6', counts: [0, 3, 0] },
      ],
    });
    expect(awardsChart(overview)).toEqual({
      title: 'Khen thưởng theo Cụm, 2021–2023',
      valueLabel: 'Số lượt khen thưởng',
      categories: ['Cụm thi đua số 3', 'Cụm thi đua số 6'],
      series: [
        { name: '2021', values: [1, 0] },
        { name: '2022', values: [0, 3] },
        { name: '2023', values: [1, 0] },
      ],
    });
  });

  it('lays the same numbers out as sheets, with totals and "not recorded" for a missing chair', () => {
    const [clusters, nominations, awards] = overviewWorkbook(overview).sheets;
    expect(clusters.rows).toEqual([
      ['Cụm thi đua số 3', 'Liên hiệp Hội Việt Nam', 8, 'LHH Sơn La', 'Chưa ghi nhận', 2, 2, 1, 4],
      ['Cụm thi đua số 6', 'Liên hiệp Hội Việt Nam', 7, 'Chưa ghi nhận', 'Chưa ghi nhận', 0, 0, 0, 1],
      ['Tổng cộng (2 cụm, khối)', null, null, null, null, 2, 2, 1, 5],
    ]);
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
});
