/** The kinds of signed token thidua hands out; each is accepted in one place only. */
export type TokenKind = 'access' | 'session' | 'refresh';

/** What a token says: the user, the sign-in (session) it belongs to, its kind, and for a refresh token its generation. */
export interface TokenPayload {
  sub: string;
  sid: string;
  typ: TokenKind;
  gen?: number;
}

/**
 * Where a token may be presented: the short access token as a bearer (API clients), the session
 * token as the session cookie (the web UI, whose writes also need the CSRF token), and the refresh
 * token only in the body of `POST /auth/refresh`. A token shown anywhere else is refused.
 */
export function tokenAcceptedVia(payload: Pick<TokenPayload, 'typ'>, via: 'bearer' | 'cookie'): boolean {
  return payload.typ === (via === 'bearer' ? 'access' : 'session');
}

/** The session row as a refresh finds it. */
export interface RefreshableSession {
  live: boolean;
  refreshGeneration: number;
}

export type RefreshOutcome = 'rotate' | 'dead' | 'reused';

/**
 * A refresh token of the session's current generation is exchanged for the next; an older one has
 * already been exchanged, so someone else holds a copy: the session is ended for both.
 */
export function judgeRefresh(session: RefreshableSession | null, presentedGeneration: number): RefreshOutcome {
  if (!session || !session.live) return 'dead';
  return presentedGeneration === session.refreshGeneration ? 'rotate' : 'reused';
}
