import { describe, expect, it } from '@jest/globals';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { FormState } from '../http/forms.js';
import { summaryEntry } from '../layout/forms.js';
import { criterionFieldLabel, type CriterionRow } from './criteria.page.js';

const vi = (text: LocalizedText) => text.vi;
const row = (key: string, code: string): CriterionRow => ({
  key,
  code,
  title: '',
  nature: 'standard',
  maxPoints: null,
  evidenceRequired: false,
  evidenceNote: '',
});
const ROWS = [row('a', '2'), row('b', '2.1'), row('new-1', '')];

describe("the criteria form's error summary", () => {
  it('names the criterion and the column of each error, the message unchanged', () => {
    expect(summaryEntry(criterionFieldLabel('maxPoints.b', ROWS, undefined, vi), 'Không được để trống.')).toBe(
      'Tiêu chí 2.1 – Điểm tối đa: Không được để trống.',
    );
    expect(criterionFieldLabel('title.a', ROWS, undefined, vi)).toBe('Tiêu chí 2 – Tên tiêu chí');
  });

  it('takes the code as typed, and the row number for a row without one', () => {
    const form: FormState = { values: { 'code.new-1': '2.2' }, errors: [] };
    expect(criterionFieldLabel('maxPoints.new-1', ROWS, form, vi)).toBe('Tiêu chí 2.2 – Điểm tối đa');
    expect(criterionFieldLabel('maxPoints.new-1', ROWS, undefined, vi)).toBe('Dòng 3 – Điểm tối đa');
  });

  it('leaves a field it does not know to the message alone', () => {
    expect(criterionFieldLabel('file', ROWS, undefined, vi)).toBeUndefined();
    expect(summaryEntry(undefined, 'Tệp không đọc được.')).toBe('Tệp không đọc được.');
  });
});
