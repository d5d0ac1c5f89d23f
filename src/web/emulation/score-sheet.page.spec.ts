import { describe, expect, it } from '@jest/globals';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { scoreFieldLabel } from './score-sheet.page.js';

const vi = (text: LocalizedText) => text.vi;
const ROWS = [{ criterion: { id: 'c21', code: '2.1' } }, { criterion: { id: 'c31', code: '3.1' } }];

describe("the score form's error summary", () => {
  it('names the criterion and the column of the points, and the explanation or the reason', () => {
    expect(scoreFieldLabel('points.c21', ROWS, 'self', vi)).toBe('Tiêu chí 2.1 – Tự chấm');
    expect(scoreFieldLabel('note.c21', ROWS, 'self', vi)).toBe('Tiêu chí 2.1 – Giải trình');
    expect(scoreFieldLabel('points.c31', ROWS, 'cross', vi)).toBe('Tiêu chí 3.1 – Chấm chéo / thẩm định');
    expect(scoreFieldLabel('reason.c31', ROWS, 'cross', vi)).toBe('Tiêu chí 3.1 – Lý do điều chỉnh');
    expect(scoreFieldLabel('criterionId.c31', ROWS, 'agreed', vi)).toMatch(/^Tiêu chí 3\.1 – /);
  });

  it('leaves a field of no row to the message alone', () => {
    expect(scoreFieldLabel('version', ROWS, 'self', vi)).toBeUndefined();
    expect(scoreFieldLabel('points.unknown', ROWS, 'self', vi)).toBeUndefined();
  });
});
