import { describe, expect, it } from '@jest/globals';
import { judgeRefresh, tokenAcceptedVia } from './session.rules.js';

describe('tokens and refresh', () => {
  it('takes the access token only as a bearer and the session token only as the cookie; a refresh token neither way', () => {
    expect(tokenAcceptedVia({ typ: 'access' }, 'bearer')).toBe(true);
    expect(tokenAcceptedVia({ typ: 'session' }, 'bearer')).toBe(false);
    expect(tokenAcceptedVia({ typ: 'session' }, 'cookie')).toBe(true);
    expect(tokenAcceptedVia({ typ: 'access' }, 'cookie')).toBe(false);
    expect(tokenAcceptedVia({ typ: 'refresh' }, 'bearer')).toBe(false);
    expect(tokenAcceptedVia({ typ: 'refresh' }, 'cookie')).toBe(false);
  });

  it('rotates the current generation, calls an older one reused, and refuses a session that has ended', () => {
    expect(judgeRefresh({ live: true, refreshGeneration: 2 }, 2)).toBe('rotate');
    expect(judgeRefresh({ live: true, refreshGeneration: 2 }, 1)).toBe('reused');
    expect(judgeRefresh({ live: false, refreshGeneration: 2 }, 2)).toBe('dead');
    expect(judgeRefresh(null, 0)).toBe('dead');
  });
});
