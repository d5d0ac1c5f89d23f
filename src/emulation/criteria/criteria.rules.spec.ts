import { describe, expect, it } from '@jest/globals';
import { criteriaFromSheet } from './criteria-import.rules.js';
import { acceptRows, type CriterionInput, levelOfCode, parentCodeOf } from './criteria.rules.js';

const row = (code: string, maxPoints: number, extra: Partial<CriterionInput> = {}): CriterionInput => ({
  code,
  parentCode: parentCodeOf(code),
  level: levelOfCode(code) ?? 'sub_criterion',
  nature: 'standard',
  title: `Tiêu chí ${code}`,
  maxPoints,
  evidenceRequired: false,
  ...extra,
});

describe('criteria tree', () => {
  it('reads the level and the parent from a dotted code', () => {
    expect([levelOfCode('1'), levelOfCode('1.2'), levelOfCode('1.2.a'), levelOfCode('1.2.a.i')]).toEqual([
      'group',
      'criterion',
      'sub_criterion',
      null,
    ]);
    expect([parentCodeOf('1'), parentCodeOf('1.2'), parentCodeOf('1.2.a')]).toEqual([null, '1', '1.2']);
  });

  it('keeps the rows that form a tree and refuses a child whose parent is missing or refused', () => {
    const { accepted, refused } = acceptRows([row('1', 20), row('1.1', 10), row('2.1', 5), row('3', -1), row('3.1', 2), row('1.1', 3)]);
    expect(accepted.map((r) => r.code)).toEqual(['1', '1.1']);
    expect(refused.map((r) => [r.index, r.problems.map((p) => p.field)])).toEqual([
      [2, ['parentCode']],
      [3, ['maxPoints']],
      [4, ['parentCode']],
      [5, ['code']],
    ]);
  });

  it('keeps the children of a bonus group bonus items', () => {
    const { refused } = acceptRows([row('B', 5, { nature: 'bonus' }), row('B.1', 2, { nature: 'standard' })]);
    expect(refused[0].problems.map((p) => p.field)).toEqual(['nature']);
  });

  it('reads the criteria form, with the Vietnamese decimal comma, and says what is wrong with a row', () => {
    const parsed = criteriaFromSheet([
      ['Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Loại điểm', 'Minh chứng yêu cầu'],
      ['1', 'Công tác tư vấn, phản biện', '30', '', ''],
      ['1.1', 'Số hoạt động tư vấn', '12,5', '', 'Báo cáo kèm danh mục'],
      [],
      ['2', 'Điểm thưởng', 'mười', 'thưởng', ''],
      ['3', 'Điểm trừ', '5', 'phạt', ''],
    ]);
    expect(parsed.map((p) => [p.row, p.code, p.input?.maxPoints ?? null, p.problems.map((x) => x.field)])).toEqual([
      [2, '1', 30, []],
      [3, '1.1', 12.5, []],
      [5, '2', null, ['maxPoints']],
      [6, '3', null, ['nature']],
    ]);
    expect(parsed[1].input).toMatchObject({
      level: 'criterion',
      parentCode: '1',
      evidenceRequired: true,
      evidenceNote: 'Báo cáo kèm danh mục',
    });
  });
});
