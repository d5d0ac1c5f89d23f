import { describe, expect, it } from '@jest/globals';
import { registrationStatus } from './registration.rules.js';

describe('registration status against the deadline', () => {
  it('is on time on the deadline itself, late after it', () => {
    expect(registrationStatus('2023-03-31', '2023-03-31', '2023-04-10')).toBe('on_time');
    expect(registrationStatus('2023-04-01', '2023-03-31', '2023-04-10')).toBe('late');
  });

  it('is missing once the deadline has passed without a registration, pending before', () => {
    expect(registrationStatus(null, '2023-03-31', '2023-04-01')).toBe('missing');
    expect(registrationStatus(null, '2023-03-31', '2023-03-31')).toBe('pending');
    expect(registrationStatus(null, null, '2023-12-31')).toBe('pending');
  });
});
