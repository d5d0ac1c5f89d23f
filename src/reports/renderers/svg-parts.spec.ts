import { describe, expect, it } from '@jest/globals';
import { chartNumber, tickStep, wrapLabel } from './svg-parts.js';

describe('labels of the SVG charts', () => {
  it('wraps at spaces within the width', () => {
    expect(wrapLabel('Suy tôn đơn vị đề nghị tặng Cờ thi đua năm 2023', 20)).toEqual([
      'Suy tôn đơn vị đề',
      'nghị tặng Cờ thi đua',
      'năm 2023',
    ]);
  });

  it('ends a label cut short with "…" after a whole word', () => {
    expect(wrapLabel('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Phúc', 20, 1)).toEqual(['Liên hiệp các Hội…']);
    expect(wrapLabel('Liên hiệp các Hội Khoa học', 17, 1)).toEqual(['Liên hiệp các…']);
    expect(wrapLabel('Khoahọcvàkỹthuật Việt Nam', 10, 1)).toEqual(['Khoahọcvà…']);
  });

  it('writes numbers the Vietnamese way and steps the axis in round numbers', () => {
    expect(chartNumber(87.5)).toBe('87,5');
    expect([tickStep(8), tickStep(40), tickStep(0)]).toEqual([2, 10, 1]);
  });
});
