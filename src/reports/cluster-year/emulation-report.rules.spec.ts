import { describe, expect, it } from '@jest/globals';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { EmulationFacts } from './cluster-year.facts.js';
import { emulationReport } from './emulation-report.rules.js';

const unit = (id: string, shortName: string): UnitView => ({ id, code: id, fullName: `Liên hiệp hội ${shortName}`, shortName });
const MEMBERS = [unit('a', 'LHH A'), unit('b', 'LHH B'), unit('c', 'LHH C')];

const FACTS: EmulationFacts = {
  state: 'fixed',
  bands: null,
  leaderCount: 1,
  criteria: [
    { id: 'g1', parentId: null, code: '1', level: 'group', nature: 'standard', maxPoints: 6000, title: 'Nhóm 1' },
    { id: 'c11', parentId: 'g1', code: '1.1', level: 'criterion', nature: 'standard', maxPoints: 6000, title: 'Tiêu chí 1.1' },
    { id: 'g2', parentId: null, code: '2', level: 'group', nature: 'standard', maxPoints: 4000, title: 'Nhóm 2' },
    { id: 'c21', parentId: 'g2', code: '2.1', level: 'criterion', nature: 'standard', maxPoints: 4000, title: 'Tiêu chí 2.1' },
  ],
  scores: [
    { organizationId: 'a', criterionId: 'c11', points: 5000 },
    { organizationId: 'a', criterionId: 'c21', points: 4000 },
    { organizationId: 'b', criterionId: 'c11', points: 6000 },
    { organizationId: 'b', criterionId: 'c21', points: 3000 },
    { organizationId: 'c', criterionId: 'c11', points: 4000 },
  ],
};

describe("the summary report's ranking and results by criterion", () => {
  it('ranks the units with ties, their groups and bands, and names the leader', () => {
    const report = emulationReport(FACTS, MEMBERS);
    expect(report).toMatchObject({
      fixed: true,
      maxPoints: 100,
      groups: [
        { code: '1', maxPoints: 60 },
        { code: '2', maxPoints: 40 },
      ],
    });
    expect(report.ranking.map((r) => [r.rank, r.tied, r.unit.id, r.groups, r.total, r.bandName, r.leader])).toEqual([
      [1, true, 'a', [50, 40], 90, 'Xuất sắc', true],
      [1, true, 'b', [60, 30], 90, 'Xuất sắc', true],
      [3, false, 'c', [40, 0], 40, 'Trung bình', false],
    ]);
  });

  it('gives each scored criterion its average and its best units', () => {
    expect(emulationReport(FACTS, MEMBERS).byCriterion).toEqual([
      { code: '1.1', title: 'Tiêu chí 1.1', maxPoints: 60, average: 50, best: 60, bestUnits: ['LHH B'] },
      { code: '2.1', title: 'Tiêu chí 2.1', maxPoints: 40, average: 23.33, best: 40, bestUnits: ['LHH A'] },
    ]);
  });
});

describe('the bonus and penalty groups in the ranking', () => {
  const facts: EmulationFacts = {
    ...FACTS,
    criteria: [
      ...FACTS.criteria,
      { id: 'gt', parentId: null, code: 'T', level: 'group', nature: 'bonus', maxPoints: 500, title: 'Điểm thưởng' },
      { id: 't1', parentId: 'gt', code: 'T.1', level: 'criterion', nature: 'bonus', maxPoints: 500, title: 'Thưởng' },
      { id: 'gd', parentId: null, code: 'D', level: 'group', nature: 'penalty', maxPoints: 500, title: 'Điểm trừ' },
      { id: 'd1', parentId: 'gd', code: 'D.1', level: 'criterion', nature: 'penalty', maxPoints: 500, title: 'Vi phạm' },
    ],
    scores: [
      ...FACTS.scores,
      { organizationId: 'a', criterionId: 't1', points: 100 },
      { organizationId: 'b', criterionId: 'd1', points: 200 },
    ],
  };

  it('shows the points a penalty group deducts as negative, and the total deducts them', () => {
    const report = emulationReport(facts, MEMBERS);
    expect(report.groups.map((g) => [g.code, g.nature])).toEqual([
      ['1', 'standard'],
      ['2', 'standard'],
      ['T', 'bonus'],
      ['D', 'penalty'],
    ]);
    expect(report.ranking.map((r) => [r.unit.id, r.groups, r.total])).toEqual([
      ['a', [50, 40, 1, 0], 91],
      ['b', [60, 30, 0, -2], 88],
      ['c', [40, 0, 0, 0], 40],
    ]);
    for (const row of report.ranking) expect(row.groups.reduce((sum, points) => sum + points, 0)).toBe(row.total);
  });
});
