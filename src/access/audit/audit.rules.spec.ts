import { describe, expect, it } from '@jest/globals';
import { changedFields } from './audit.rules.js';

describe('changedFields', () => {
  it('keeps only the fields whose values differ', () => {
    expect(changedFields({ chairId: 'a', year: 2024, note: null }, { chairId: 'b', year: 2024, note: null })).toEqual({
      before: { chairId: 'a' },
      after: { chairId: 'b' },
    });
  });

  it('keeps a whole record when it was created or deleted', () => {
    expect(changedFields(undefined, { code: 'X' })).toEqual({ before: undefined, after: { code: 'X' } });
  });
});
