import { describe, expect, it } from '@jest/globals';
import type { CriterionNode } from '../criteria/criteria.rules.js';
import { finalPoints, scoreEntryProblems, selfScoresFromSheet } from './score.rules.js';

const TREE: (CriterionNode & { code: string })[] = [
  { id: 'g1', parentId: null, code: '1', level: 'group', nature: 'standard', maxPoints: 2000 },
  { id: 'c11', parentId: 'g1', code: '1.1', level: 'criterion', nature: 'standard', maxPoints: 1250 },
  { id: 'c12', parentId: 'g1', code: '1.2', level: 'criterion', nature: 'standard', maxPoints: 750 },
];

describe('score entries', () => {
  it('takes the agreed score, else the adjusted one, else the unit’s own', () => {
    expect(finalPoints({ self: 900, cross: 800, agreed: 850 })).toBe(850);
    expect(finalPoints({ self: 900, cross: 800, agreed: null })).toBe(800);
    expect(finalPoints({ self: 900, cross: null, agreed: null })).toBe(900);
    expect(finalPoints({ self: null, cross: null, agreed: null })).toBeNull();
  });

  it('scores only the last level, within its maximum, with at most two decimals, once each', () => {
    const problems = scoreEntryProblems(
      [
        { criterionId: 'g1', points: 5 },
        { criterionId: 'c11', points: 12.75 },
        { criterionId: 'c12', points: 7.125 },
        { criterionId: 'c12', points: 7 },
        { criterionId: 'nope', points: 1 },
      ],
      TREE,
    );
    expect(problems.map((p) => [p.field, p.message.vi])).toEqual([
      ['scores[0].criterionId', 'Chỉ chấm điểm ở tiêu chí cuối cùng (không có tiêu chí con).'],
      ['scores[1].points', 'Điểm vượt quá điểm tối đa (12,5).'],
      ['scores[2].points', 'Điểm lấy tối đa 2 chữ số thập phân.'],
      ['scores[3].criterionId', 'Tiêu chí 1.2 được ghi hai lần.'],
      ['scores[4].criterionId', 'Không có tiêu chí "nope" trong bảng tiêu chí.'],
    ]);
    expect(scoreEntryProblems([{ criterionId: 'c11', points: null }], TREE)).toEqual([]);
  });

  it('reads the self-score form row by row, refusing a second row of the same criterion', () => {
    const rows = selfScoresFromSheet(
      [
        ['Mã tiêu chí', 'Nội dung tiêu chí', 'Điểm tự chấm', 'Giải trình'],
        ['1.1', '', '12,5', 'Báo cáo số 3'],
        ['1.1', '', '10', ''],
        ['', '', '', ''],
        ['1.2', '', '8', ''],
      ],
      TREE,
    );
    expect(rows.map((r) => [r.row, r.entry?.points ?? null, r.problems.map((p) => p.field)])).toEqual([
      [2, 12.5, []],
      [3, null, ['code']],
      [5, null, ['points']],
    ]);
    expect(rows[0].entry).toMatchObject({ criterionId: 'c11', note: 'Báo cáo số 3' });
  });
});
