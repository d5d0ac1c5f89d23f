import 'reflect-metadata';
import { createHash, createHmac, createSecretKey, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { SessionRepository } from '../src/access/auth/session.repository.js';
import { SEALED_BALLOT_BYTES } from '../src/meetings/ballots/ballot-seal.js';
import { ClusterRepository } from '../src/registry/clusters/cluster.repository.js';
import { MembershipRepository } from '../src/registry/memberships/membership.repository.js';
import { TermRepository } from '../src/registry/terms/term.repository.js';

/**
 * The bare baseline: `node:http` and `pg` with no framework, doing the same work as the app's routes it
 * is compared with: the bearer token checked (HS256 with a KeyObject) and the session looked up, then the
 * very same SQL, because it calls the app's own repositories over a pool instead of TypeORM.
 * Started by bench/run.ts as a child process: DATABASE_URL, AUTH_TOKEN_SECRET, PORT.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const key = createSecretKey(Buffer.from(process.env.AUTH_TOKEN_SECRET ?? ''));

/** The one method of EntityManager the repositories use. */
const manager = {
  query: async (sql: string, parameters?: unknown[]) => (await pool.query(sql, parameters)).rows,
} as unknown as EntityManager;

interface Payload {
  sub: string;
  sid: string;
  exp: number;
}

function verify(header: string | undefined): Payload | null {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
  const parts = token?.split('.');
  if (!parts || parts.length !== 3) return null;
  const expected = createHmac('sha256', key).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString()) as Payload;
  return payload.exp * 1000 > Date.now() ? payload : null;
}

async function signedIn(request: IncomingMessage): Promise<boolean> {
  const payload = verify(request.headers.authorization);
  return payload !== null && (await new SessionRepository(manager).holder(payload.sub, payload.sid, new Date())) !== null;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function bodyOf(request: IncomingMessage): Promise<{ code?: string; answer?: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString()) as { code?: string; answer?: string };
}

/**
 * The least a ballot with a printed code needs, in one transaction: the code's unit and the open vote's round,
 * the vote row locked (ballots of one vote update the same counter rows: without one lock first they deadlock),
 * the voter row (its primary key refuses a second ballot) and one sealed ballot dropped into the round's box.
 */
async function castWithCode(response: ServerResponse, body: { code?: string; answer?: string }): Promise<void> {
  const hash = createHash('sha256')
    .update((body.code ?? '').toUpperCase().replace(/[\s-]/g, ''))
    .digest();
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    const { rows } = await db.query<{ vote_id: string; organization_id: string; current_round: number }>(
      `SELECT c.vote_id, c.organization_id, v.current_round FROM ballot_codes c JOIN votes v ON v.id = c.vote_id
       WHERE c.code_hash = $1 AND v.state = 'open' FOR SHARE OF v`,
      [hash],
    );
    if (rows.length === 0) {
      await db.query('ROLLBACK');
      return send(response, 422, { status: 422 });
    }
    const [{ vote_id: voteId, organization_id: organizationId, current_round: round }] = rows;
    await db.query('INSERT INTO ballot_voters (vote_id, round, organization_id) VALUES ($1, $2, $3)', [voteId, round, organizationId]);
    // The same fixed-size sealed ballot the app stores (540 bytes); the baseline skips the encryption itself.
    await db.query('INSERT INTO ballot_box (vote_id, round, sealed) VALUES ($1, $2, $3)', [
      voteId,
      round,
      randomBytes(SEALED_BALLOT_BYTES),
    ]);
    await db.query('COMMIT');
    send(response, 201, { status: 'counted' });
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    db.release();
  }
}

async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://bare');
  if (url.pathname === '/ballots' && request.method === 'POST') return castWithCode(response, await bodyOf(request));
  if (url.pathname === '/health') {
    await pool.query('SELECT 1');
    return send(response, 200, { status: 'ok', database: 'up' });
  }
  if (!(await signedIn(request))) return send(response, 401, { status: 401 });
  if (url.pathname === '/health/signed-in') {
    await pool.query('SELECT 1');
    return send(response, 200, { status: 'ok', database: 'up' });
  }
  const members = /^\/clusters\/([0-9a-f-]{36})\/members$/.exec(url.pathname);
  if (members) {
    if (!(await new ClusterRepository(manager).find(members[1]))) return send(response, 404, { status: 404 });
    const year = Number(url.searchParams.get('year'));
    const { items, total } = await new MembershipRepository(manager).members(members[1], year, { sort: 'name', limit: 50, offset: 0 });
    return send(response, 200, { items, total, page: 1, pageSize: 50 });
  }
  const term = /^\/clusters\/([0-9a-f-]{36})\/terms\/(\d{4})$/.exec(url.pathname);
  if (term) {
    if (!(await new ClusterRepository(manager).find(term[1]))) return send(response, 404, { status: 404 });
    const view = await new TermRepository(manager).view(term[1], Number(term[2]));
    return view ? send(response, 200, view) : send(response, 404, { status: 404 });
  }
  return send(response, 404, { status: 404 });
}

createServer((request, response) => {
  route(request, response).catch((error: unknown) => send(response, 500, { error: String(error) }));
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
