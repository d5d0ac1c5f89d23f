import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { BallotKeys } from '../../src/meetings/ballots/ballot-keys.js';
import { givenBlockVote, givenOpenFlagVote } from '../helpers/block-votes.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * Issue 13, "Done when": a vote of 50 ballots (twice: votes A and B, where the same units cast the same 50 ballots,
 * shuffled differently between them), then everything a database superuser can read — every row of every table with
 * its system columns, the WAL records of the whole run through pg_walinspect, pg_stat_* — and the app's log; and a
 * read-only login polling the ballot tables during the vote. No voter can be linked to a choice.
 */

const VOTERS = 50;
const BALLOT_TABLES = ['ballot_voters', 'ballot_box', 'ballot_keys', 'ballot_codes', 'vote_rounds', 'votes'];

/** One row as a superuser reads it: its table, its columns, and its system columns. */
interface DumpedRow {
  table: string;
  row: Record<string, unknown>;
  xmin: string;
  xmax: string;
  ctid: string;
}

async function dumpTables(db: { query: (sql: string) => Promise<unknown> }, tables?: string[]): Promise<DumpedRow[]> {
  const names =
    tables ??
    (
      (await db.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
      )) as { table_name: string }[]
    ).map((r) => r.table_name);
  const rows: DumpedRow[] = [];
  for (const table of names) {
    const dumped = (await db.query(
      `SELECT to_jsonb(t) AS row, t.xmin::text AS xmin, t.xmax::text AS xmax, t.ctid::text AS ctid FROM "${table}" t ORDER BY t.ctid`,
    )) as Omit<DumpedRow, 'table'>[];
    rows.push(...dumped.map((d) => ({ table, ...d })));
  }
  return rows;
}

/** A pg client's rows, so that it reads like a data source. */
function reader(client: pg.Client) {
  return { query: async (sql: string) => (await client.query(sql)).rows };
}

describe('from the database, its logs and the app log, a ballot cannot be linked to its voter', () => {
  let t: TestApp;
  const log: string[] = [];
  let units: string[];
  let candidates: string[];
  const votes = { a: '', b: '' };
  const codes: Record<'a' | 'b', string[]> = { a: [], b: [] };
  const receipts: Record<'a' | 'b', string[]> = { a: [], b: [] };
  /** Eight distinct ballots: approve candidate k, k and k+1, or no one. */
  const ballots = (c: string[]) => [[c[0]], [c[1]], [c[2]], [c[3]], [c[0], c[1]], [c[1], c[2]], [c[2], c[3]], []];
  /** In B, unit i casts the ballot unit i + 3 cast in A: the same 50 ballots, each from another unit. */
  const choiceOf = (vote: 'a' | 'b', i: number) => ballots(candidates)[((vote === 'a' ? i : i + 3) % VOTERS) % 8];
  let roundKeys: Buffer[];
  let startLsn: string;
  let endLsn: string;
  /** What the read-only login saw change with each ballot. */
  const observed: string[] = [];
  let readOnly: pg.Client;
  const readOnlyRole = `ballot_reader_${randomBytes(4).toString('hex')}`;
  let before: Set<string>;

  beforeAll(async () => {
    t = await startTestApp({ log: new Writable({ write: (chunk, _encoding, done) => (log.push(String(chunk)), done()) }) });
    await t.dataSource.query(`CREATE EXTENSION IF NOT EXISTS pg_walinspect`);
    const block = await givenBlockVote(t, VOTERS);
    ({ units, candidates } = block);
    votes.a = block.voteId;
    codes.a = block.codes;
    const second = await givenOpenFlagVote(t, block.meetingId, candidates);
    votes.b = second.voteId;
    codes.b = units.map((id) => second.codeOf.get(id) as string);
    // Copies: closing the round overwrites the key in memory.
    roundKeys = await Promise.all(
      [votes.a, votes.b].map(async (id) => Buffer.from((await t.app.get(BallotKeys).recover(id, 1, async () => null)) as Buffer)),
    );

    // A reporting account: it may read every table, and nothing else.
    const url = new URL((t.dataSource.options as { url: string }).url);
    await t.dataSource.query(`CREATE ROLE ${readOnlyRole} LOGIN PASSWORD 'lecture-seule' NOSUPERUSER`);
    await t.dataSource.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${readOnlyRole}`);
    url.username = readOnlyRole;
    url.password = 'lecture-seule';
    readOnly = new pg.Client({ connectionString: url.toString() });
    await readOnly.connect();

    before = new Set((await dumpTables(t.dataSource)).map((r) => `${r.table}|${JSON.stringify(r.row)}`));
    [{ lsn: startLsn }] = await t.dataSource.query(`SELECT pg_current_wal_lsn()::text AS lsn`);
    let seen = await dumpTables(reader(readOnly), BALLOT_TABLES);
    for (let i = 0; i < VOTERS; i++) {
      for (const vote of ['a', 'b'] as const) {
        const cast = await t.http
          .post('/api/v1/ballots')
          .send({ code: codes[vote][i], choices: choiceOf(vote, i) })
          .expect(201);
        receipts[vote].push(cast.body.receipt);
        const now = await dumpTables(reader(readOnly), BALLOT_TABLES);
        observed.push(changeSeen(seen, now, units[i]));
        seen = now;
      }
    }
    for (const id of [votes.a, votes.b]) await t.staff.post(`/api/v1/votes/${id}/close`).expect(200);
    await t.dataSource.query(`CHECKPOINT`);
    [{ lsn: endLsn }] = await t.dataSource.query(`SELECT pg_current_wal_lsn()::text AS lsn`);
  }, 300_000);
  afterAll(async () => {
    await readOnly.end();
    await t.dataSource.query(`DROP OWNED BY ${readOnlyRole}`);
    await t.dataSource.query(`DROP ROLE ${readOnlyRole}`);
    await t.close();
  });

  /**
   * What changed in the ballot tables with one ballot, as the read-only login sees it: the rows added, removed or
   * changed per table, with the voter's id and any sealed ballot replaced by placeholders of its length.
   */
  function changeSeen(then: DumpedRow[], now: DumpedRow[], voter: string): string {
    const key = (r: DumpedRow) => `${r.table}|${r.xmin}|${JSON.stringify(r.row)}`;
    const old = new Set(then.map(key));
    const fresh = new Set(now.map(key));
    const shape = (r: DumpedRow) =>
      JSON.stringify(r.row)
        .split(voter)
        .join('VOTER')
        .split(votes.a)
        .join('VOTE')
        .split(votes.b)
        .join('VOTE')
        .replace(/"\\\\x([0-9a-f]+)"/g, (_m, hex: string) => `bytes(${hex.length / 2})`);
    return JSON.stringify({
      added: now
        .filter((r) => !old.has(key(r)))
        .map((r) => `${r.table}:${shape(r)}`)
        .sort(),
      removed: then
        .filter((r) => !fresh.has(key(r)))
        .map((r) => r.table)
        .sort(),
    });
  }

  it('stores each ballot as one sealed value of one fixed length, beside the mark that its unit voted, and nothing else', () => {
    // Every one of the 100 ballots looks the same to a login polling the tables: one mark, one sealed ballot of 540
    // bytes. Nothing (a counter, a length, a row version) depends on the choice.
    expect(new Set(observed)).toEqual(
      new Set([
        JSON.stringify({
          added: [
            'ballot_box:{"round":1,"sealed":bytes(540),"vote_id":"VOTE"}',
            'ballot_voters:{"round":1,"vote_id":"VOTE","organization_id":"VOTER"}',
          ],
          removed: [],
        }),
      ]),
    );
  });

  it('never holds a round key where a database login could read it: not in a row, not in the WAL', async () => {
    const rows = await dumpTables(t.dataSource);
    const everything = JSON.stringify(rows);
    for (const key of roundKeys) expect(everything).not.toContain(key.toString('hex'));
    const [{ found }] = await t.dataSource.query(
      `SELECT count(*)::int AS found FROM pg_get_wal_block_info($1::pg_lsn, $2::pg_lsn, true) b
       WHERE position($3::bytea IN coalesce(b.block_data, '')) > 0 OR position($3::bytea IN coalesce(b.block_fpi_data, '')) > 0
          OR position($4::bytea IN coalesce(b.block_data, '')) > 0 OR position($4::bytea IN coalesce(b.block_fpi_data, '')) > 0`,
      [startLsn, endLsn, roundKeys[0], roundKeys[1]],
    );
    expect(found).toBe(0);
  });

  it('leaves no sealed ballot and no key after the count, only the totals and the sorted receipts', async () => {
    expect(await t.dataSource.query(`SELECT * FROM ballot_box`)).toEqual([]);
    expect(await t.dataSource.query(`SELECT * FROM ballot_keys`)).toEqual([]);
    const rounds = await t.dataSource.query(`SELECT vote_id, ballots_in_box, voters_marked, receipts FROM vote_rounds ORDER BY vote_id`);
    for (const vote of ['a', 'b'] as const) {
      expect(rounds.find((r: { vote_id: string }) => r.vote_id === votes[vote])).toMatchObject({
        ballots_in_box: VOTERS,
        voters_marked: VOTERS,
        receipts: [...receipts[vote]].sort(),
      });
    }
    const results = await Promise.all(
      [votes.a, votes.b].map(async (id) => (await t.staff.get(`/api/v1/votes/${id}/result`).expect(200)).body.rounds[0]),
    );
    const totals = (r: { candidates: { candidateId: string; votes: number }[] }) =>
      r.candidates.map((c) => [c.candidateId, c.votes]).sort();
    expect(totals(results[0])).toEqual(totals(results[1]));
  });

  it('leaves every row of every table, system columns aside, the same whichever voter cast which ballot', async () => {
    const timestamps: { table_name: string; column_name: string }[] = await t.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('timestamp with time zone', 'timestamp without time zone')`,
    );
    // Random by design: surrogate ids, request ids, the hashes of printed codes; times differ between the two votes.
    const random = new Set(['id', 'request_id', 'code_hash', ...timestamps.map((c) => c.column_name)]);
    const written = (await dumpTables(t.dataSource)).filter((r) => !before.has(`${r.table}|${JSON.stringify(r.row)}`));
    const of = (vote: 'a' | 'b') =>
      written
        .filter((r) => JSON.stringify(r.row).includes(votes[vote]))
        .map(({ table, row }) => {
          const kept = Object.fromEntries(
            Object.entries(row)
              .filter(([column]) => !random.has(column))
              // The receipts are random; the list is sorted, so only its length could carry anything.
              .map(([column, value]) => (column === 'receipts' ? [column, (value as string[]).length] : [column, value])),
          );
          return `${table}|${JSON.stringify(kept).split(votes[vote]).join('VOTE')}`;
        })
        .sort();
    // Each unit chose differently in A and in B; nothing stored differs between them.
    expect(of('a').length).toBeGreaterThan(2 * VOTERS);
    expect(of('a')).toEqual(of('b'));
    // The ballot transactions wrote rows in the same order in A and B; a row's physical place says nothing either.
    const places = (vote: string) =>
      written.filter((r) => r.table === 'ballot_voters' && r.row.vote_id === vote).map((r) => r.row.organization_id);
    expect(places(votes.a)).toEqual(places(votes.b));
  });

  it('logs in the WAL the same records, of the same sizes, for every ballot whatever it chose', async () => {
    const relations: { filenode: string; name: string }[] = await t.dataSource.query(
      `SELECT pg_relation_filenode(c.oid)::text AS filenode, c.relname AS name FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND pg_relation_filenode(c.oid) IS NOT NULL`,
    );
    const relation = new Map(relations.map((r) => [r.filenode, r.name]));
    const ballotBox = relations.find((r) => r.name === 'ballot_box')?.filenode;
    const blocks: {
      xid: string;
      relfilenode: string;
      record_type: string;
      main_data_length: number;
      block_data_length: number;
      block_fpi_length: number;
    }[] = await t.dataSource.query(
      `SELECT xid::text AS xid, relfilenode::text AS relfilenode, record_type, main_data_length, block_data_length, block_fpi_length
         FROM pg_get_wal_block_info($1::pg_lsn, $2::pg_lsn, false)
         WHERE xid::text <> '0' AND record_type ~ '^(INSERT|UPDATE|HOT_UPDATE|DELETE|LOCK)'
           -- The WAL is the server's: other test files' databases, copies of one template, share the file numbers.
           AND reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [startLsn, endLsn],
    );
    const boxInserts = blocks.filter((b) => b.relfilenode === ballotBox && b.record_type.startsWith('INSERT'));
    expect(boxInserts).toHaveLength(2 * VOTERS);
    // Each ballot's transaction: what it wrote to the ballot box and the tables that record who voted. A transaction
    // that happened to write a page's first change after a checkpoint logs a full-page image instead: left aside.
    const withImage = new Set(blocks.filter((b) => b.block_fpi_length > 0).map((b) => b.xid));
    const ballotTransactions = [...new Set(boxInserts.map((b) => b.xid))].filter((xid) => !withImage.has(xid));
    expect(ballotTransactions.length).toBeGreaterThan(VOTERS);
    const shapes = ballotTransactions.map((xid) =>
      JSON.stringify(
        blocks
          .filter(
            (b) => b.xid === xid && ['ballot_box', 'ballot_voters', 'vote_rounds', 'votes'].includes(relation.get(b.relfilenode) ?? ''),
          )
          .map((b) => `${relation.get(b.relfilenode)} ${b.record_type.replace('+INIT', '')} ${b.main_data_length}+${b.block_data_length}`)
          .sort(),
      ),
    );
    // The sealed ballot is the only thing of a ballot the WAL keeps, always the same size; no counter moves.
    expect(new Set(shapes).size).toBe(1);
    expect(JSON.parse(shapes[0]).filter((s: string) => s.startsWith('ballot_box'))).toHaveLength(1);
    expect(JSON.parse(shapes[0]).some((s: string) => s.startsWith('vote_rounds UPDATE') || s.startsWith('vote_rounds HOT_UPDATE'))).toBe(
      false,
    );
  });

  it('reads nothing per ballot in pg_stat_*: the ballot tables are only ever inserted into and deleted from', async () => {
    await t.dataSource.query(`SELECT pg_stat_force_next_flush()`);
    const stats: { relname: string; n_tup_upd: string; n_tup_hot_upd: string }[] = await t.dataSource.query(
      `SELECT relname, n_tup_upd::text, n_tup_hot_upd::text FROM pg_stat_user_tables WHERE relname IN ('ballot_box', 'ballot_voters')`,
    );
    expect(stats.map((s) => [s.relname, s.n_tup_upd]).sort()).toEqual([
      ['ballot_box', '0'],
      ['ballot_voters', '0'],
    ]);
    const all = JSON.stringify(await t.dataSource.query(`SELECT * FROM pg_stat_user_tables`));
    for (const code of codes.a) expect(all).not.toContain(code);
  });

  it("writes nothing to the app's log that names a choice or a printed code", () => {
    expect(log.length).toBeGreaterThan(2 * VOTERS);
    const lines = log.join('');
    for (const code of [...codes.a, ...codes.b]) expect(lines).not.toContain(code);
    const ballotLines = log.filter((line) => line.includes('"url":"/api/v1/ballots"'));
    expect(ballotLines).toHaveLength(2 * VOTERS);
    for (const line of ballotLines) for (const candidate of candidates) expect(line).not.toContain(candidate);
    for (const receipt of [...receipts.a, ...receipts.b]) expect(lines).not.toContain(receipt);
  });
});
