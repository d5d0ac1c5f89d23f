import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { CriterionNature, CriterionNode } from '../criteria/criteria.rules.js';
import { bandOf, DEFAULT_BANDS, leadersOf, maximums, rank, subtotals, totalOf } from './ranking.rules.js';

const node = (id: string, parentId: string | null, maxPoints: number, nature: CriterionNature = 'standard'): CriterionNode => ({
  id,
  parentId,
  code: id,
  level: parentId === null ? 'group' : 'criterion',
  nature,
  maxPoints,
});

/** Two groups of 60 and 40 points, a bonus group of 5 and a penalty group of 10 (in hundredths). */
const TREE: CriterionNode[] = [
  node('1', null, 6000),
  node('1.1', '1', 4000),
  node('1.2', '1', 3000),
  node('2', null, 4000),
  node('2.1', '2', 4000),
  node('B', null, 500, 'bonus'),
  node('B.1', 'B', 300, 'bonus'),
  node('B.2', 'B', 300, 'bonus'),
  node('P', null, 1000, 'penalty'),
  node('P.1', 'P', 1000, 'penalty'),
];

describe('totals', () => {
  it('caps a criterion at its maximum and a group at its own, whatever its criteria add up to', () => {
    const sums = subtotals(
      TREE,
      new Map([
        ['1.1', 4000],
        ['1.2', 3000],
        ['2.1', 9999],
      ]),
    );
    expect(sums).toEqual({ standard: 6000 + 4000, bonus: 0, penalty: 0 });
  });

  it('adds bonus items and deducts penalty items, each within its maximum', () => {
    const sums = subtotals(
      TREE,
      new Map([
        ['1.1', 2000],
        ['B.1', 300],
        ['B.2', 300],
        ['P.1', 250],
      ]),
    );
    expect(sums).toEqual({ standard: 2000, bonus: 500, penalty: 250 });
    expect(totalOf(sums)).toBe(2250);
  });

  it('never goes below zero when penalties outweigh the scores', () => {
    expect(
      totalOf(
        subtotals(
          TREE,
          new Map([
            ['1.1', 100],
            ['P.1', 1000],
          ]),
        ),
      ),
    ).toBe(0);
  });

  it('knows the most a tree can give', () => {
    expect(maximums(TREE)).toEqual({ standard: 10000, bonus: 500, penalty: 1000 });
  });

  const points = fc.dictionary(fc.constantFrom(...TREE.map((n) => n.id)), fc.integer({ min: -500, max: 20000 }));

  it('never exceeds the maximum plus the bonuses, and is never negative (property)', () => {
    const max = maximums(TREE);
    fc.assert(
      fc.property(points, (given) => {
        const total = totalOf(subtotals(TREE, new Map(Object.entries(given))));
        expect(total).toBeLessThanOrEqual(max.standard + max.bonus);
        expect(total).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a penalty item never raises the total (property)', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 0, max: 2000 }), (given, penalty) => {
        const without = totalOf(subtotals(TREE, new Map(Object.entries({ ...given, 'P.1': 0 }))));
        const withPenalty = totalOf(subtotals(TREE, new Map(Object.entries({ ...given, 'P.1': penalty }))));
        expect(withPenalty).toBeLessThanOrEqual(without);
      }),
    );
  });
});

describe('ranks and ties', () => {
  const entries = [
    { unitId: 'son-la', sortKey: 'Sơn La', total: 9500 },
    { unitId: 'hoa-binh', sortKey: 'Hòa Bình', total: 9500 },
    { unitId: 'lao-cai', sortKey: 'Lào Cai', total: 9000 },
    { unitId: 'yen-bai', sortKey: 'Yên Bái', total: 8000 },
  ];

  it('gives tied units the same rank and skips the next ("1, 1, 3")', () => {
    expect(rank(entries).map((row) => [row.entry.unitId, row.rank, row.tied])).toEqual([
      ['hoa-binh', 1, true],
      ['son-la', 1, true],
      ['lao-cai', 3, false],
      ['yen-bai', 4, false],
    ]);
  });

  it('names every unit of a tie at the cut-off among the leaders', () => {
    expect(leadersOf(rank(entries), 1).map((entry) => entry.unitId)).toEqual(['hoa-binh', 'son-la']);
    expect(leadersOf(rank(entries), 3).map((entry) => entry.unitId)).toEqual(['hoa-binh', 'son-la', 'lao-cai']);
  });

  const units = fc.uniqueArray(
    fc.record({
      unitId: fc.string({ minLength: 1, maxLength: 6 }),
      sortKey: fc.string({ maxLength: 6 }),
      total: fc.integer({ min: 0, max: 50 }),
    }),
    { selector: (entry) => entry.unitId, maxLength: 20 },
  );

  it('does not depend on the order the units are given in (property)', () => {
    fc.assert(
      fc.property(units, fc.func(fc.integer()), (given, key) => {
        const shuffled = [...given].sort((a, b) => key(a.unitId) - key(b.unitId));
        expect(rank(shuffled)).toEqual(rank(given));
      }),
    );
  });

  it('ranks a higher total before a lower one, and shares ranks only between equal totals (property)', () => {
    fc.assert(
      fc.property(units, (given) => {
        const ranked = rank(given);
        ranked.forEach((row, i) => {
          if (i === 0) return;
          const before = ranked[i - 1];
          expect(before.entry.total).toBeGreaterThanOrEqual(row.entry.total);
          expect(before.rank === row.rank).toBe(before.entry.total === row.entry.total);
        });
      }),
    );
  });
});

describe('bands', () => {
  it('classifies by the share of the scored maximum, with the UNVERIFIED defaults', () => {
    expect(bandOf(9000, 10000, DEFAULT_BANDS)).toBe('excellent');
    expect(bandOf(8999, 10000, DEFAULT_BANDS)).toBe('good');
    expect(bandOf(6500, 10000, DEFAULT_BANDS)).toBe('fair');
    expect(bandOf(6499, 10000, DEFAULT_BANDS)).toBe('average');
  });

  it('a total with bonuses above the maximum is still the top band', () => {
    expect(bandOf(10500, 10000, DEFAULT_BANDS)).toBe('excellent');
  });

  it('puts a tree without scored maximum in the lowest band', () => {
    expect(bandOf(0, 0, DEFAULT_BANDS)).toBe('average');
  });

  it('never lowers the band of a higher total (property)', () => {
    const ORDER = ['average', 'fair', 'good', 'excellent'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 1, max: 20000 }),
        (a, b, max) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(ORDER.indexOf(bandOf(high, max, DEFAULT_BANDS))).toBeGreaterThanOrEqual(ORDER.indexOf(bandOf(low, max, DEFAULT_BANDS)));
        },
      ),
    );
  });
});
