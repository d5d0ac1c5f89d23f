import { describe, expect, it } from '@jest/globals';
import { renameViolation } from './organization.rules.js';

describe('renaming a unit from a date', () => {
  it('accepts a date after the current name began', () => {
    expect(renameViolation({ validFrom: '2020-01-01', validTo: null }, '2024-01-01')).toBeNull();
  });

  it('refuses a date on or before the current name began', () => {
    for (const validFrom of ['2020-01-01', '2019-12-31']) {
      const violation = renameViolation({ validFrom: '2020-01-01', validTo: null }, validFrom);
      expect(violation?.field).toBe('validFrom');
      expect(violation?.message.vi).toContain('01/01/2020');
    }
  });

  it('refuses a date after an ended unit stopped', () => {
    const violation = renameViolation({ validFrom: '2020-01-01', validTo: '2025-06-30' }, '2025-07-01');
    expect(violation?.message.vi).toContain('kết thúc hoạt động ngày 30/06/2025');
    expect(renameViolation({ validFrom: '2020-01-01', validTo: '2025-06-30' }, '2025-06-30')).toBeNull();
  });
});
