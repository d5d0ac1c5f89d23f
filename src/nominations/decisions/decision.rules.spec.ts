import { describe, expect, it } from '@jest/globals';
import { text } from '../../platform/i18n/locale.js';
import { decisionSummary, parseDecisionNumber } from './decision.rules.js';

describe('parseDecisionNumber', () => {
  it('reads the number, the symbol and the issuer', () => {
    expect(parseDecisionNumber('123/QĐ-LHHVN')).toEqual({ number: 123, symbol: 'QĐ-LHHVN', issuer: 'LHHVN', reference: '123/QĐ-LHHVN' });
    expect(parseDecisionNumber(' 45 / QĐ-TTg ')).toEqual({ number: 45, symbol: 'QĐ-TTg', issuer: 'TTg', reference: '45/QĐ-TTg' });
    expect(parseDecisionNumber('07/QĐ-LHH-ĐB')).toMatchObject({ number: 7, issuer: 'LHH-ĐB', reference: '7/QĐ-LHH-ĐB' });
  });

  it('refuses what is not a decision number', () => {
    for (const value of ['', 'QĐ-LHHVN', '123/QĐ', '123/TTr-LHHVN', '0/QĐ-LHHVN', '123/QD-LHHVN', '1234567/QĐ-LHHVN', '12/QĐ-LHHVN/2024']) {
      expect([value, parseDecisionNumber(value)]).toEqual([value, null]);
    }
  });
});

describe('decisionSummary', () => {
  const flag = text('Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'Emulation Flag of VUSTA');
  const merit = text('Bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'Certificate of Merit of VUSTA');

  it('names each award once with its years', () => {
    expect(
      decisionSummary([
        { name: flag, year: 2023 },
        { name: flag, year: 2023 },
      ]).vi,
    ).toBe('Về việc tặng Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam năm 2023');
    expect(
      decisionSummary([
        { name: merit, year: 2023 },
        { name: flag, year: 2023 },
        { name: merit, year: 2022 },
      ]),
    ).toEqual({
      vi: 'Về việc tặng Bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam năm 2022, 2023; Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam năm 2023',
      en: 'On awarding the Certificate of Merit of VUSTA for 2022, 2023; Emulation Flag of VUSTA for 2023',
    });
  });
});
