import { describe, expect, it } from '@jest/globals';
import { DECREE_152_2025, DECREE_98_2023 } from './award-catalog.data.js';
import { LEGAL_INSTRUMENTS } from './legal-instruments.data.js';

const inForce = (kind: 'law' | 'decree', on: string) =>
  LEGAL_INSTRUMENTS.filter((i) => i.kind === kind && i.effectiveFrom <= on && (i.effectiveTo === null || on <= i.effectiveTo)).map(
    (i) => i.code,
  );

describe('the dated Laws and decrees', () => {
  it('has one Law and one decree in force on each day from 2017, the one then in force', () => {
    expect([inForce('law', '2023-11-27'), inForce('decree', '2023-11-27')]).toEqual([['LUAT-TDKT-2003'], ['ND-91-2017']]);
    expect([inForce('law', '2024-01-05'), inForce('decree', '2024-01-05')]).toEqual([['LUAT-TDKT-2022'], ['ND-98-2023']]);
    expect([inForce('law', '2025-07-01'), inForce('decree', '2025-07-01')]).toEqual([['LUAT-TDKT-2022'], ['ND-152-2025']]);
    for (let year = 2018; year <= 2030; year++) {
      for (const day of [`${year}-01-01`, `${year}-06-30`, `${year}-07-01`, `${year}-12-31`]) {
        expect([inForce('law', day).length, inForce('decree', day).length]).toEqual([1, 1]);
      }
    }
  });

  it('cites the decrees as the award rule sets do, and says what is unverified', () => {
    const byCode = new Map(LEGAL_INSTRUMENTS.map((i) => [i.code, i]));
    expect(byCode.get(DECREE_98_2023.code)?.citation).toEqual(DECREE_98_2023.citation);
    expect(byCode.get(DECREE_152_2025.code)?.citation).toEqual(DECREE_152_2025.citation);
    for (const instrument of LEGAL_INSTRUMENTS) expect(instrument.verified || instrument.note?.startsWith('UNVERIFIED')).toBe(true);
    expect(LEGAL_INSTRUMENTS.filter((i) => !i.verified).map((i) => i.code)).toEqual(['LUAT-TDKT-2003', 'ND-91-2017']);
  });
});
