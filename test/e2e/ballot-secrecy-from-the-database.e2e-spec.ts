import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import type { Cluster3Unit } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** One row of the dump: its table, its columns as JSON, and its xmin (the transaction that wrote this version). */
interface DumpedRow {
  table: string;
  row: Record<string, unknown>;
  xmin: string;
}

/** Every row of every table of the database, with the xmin system column. */
async function dumpDatabase(t: TestApp): Promise<{ rows: DumpedRow[]; timestampColumns: Set<string> }> {
  const tables: { table_name: string }[] = await t.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const timestamps: { table_name: string; column_name: string }[] = await t.dataSource.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('timestamp with time zone', 'timestamp without time zone')`,
  );
  const rows: DumpedRow[] = [];
  for (const { table_name: table } of tables) {
    const dumped: { row: Record<string, unknown>; xmin: string }[] = await t.dataSource.query(
      `SELECT to_jsonb(t) AS row, t.xmin::text AS xmin FROM "${table}" t`,
    );
    rows.push(...dumped.map((d) => ({ table, ...d })));
  }
  return { rows, timestampColumns: new Set(timestamps.map((c) => `${c.table_name}.${c.column_name}`)) };
}

const key = (r: DumpedRow) => `${r.table}|${r.xmin}|${JSON.stringify(r.row)}`;

/**
 * The rows a vote's ballots wrote, made comparable across votes: the vote's id becomes VOTE; random per-row values
 * (surrogate ids, request ids) are dropped; timestamps and xmin become their rank among this vote's rows, so that
 * any ordering they carry is kept.
 */
function normalized(rows: DumpedRow[], voteId: string, timestampColumns: Set<string>): string[] {
  const rank = (values: string[]) => {
    const sorted = [...new Set(values)].sort((a, b) => (a.length - b.length) || a.localeCompare(b));
    return (value: string) => sorted.indexOf(value) + 1;
  };
  const isTimestamp = (table: string, column: string) => timestampColumns.has(`${table}.${column}`);
  const xminRank = rank(rows.map((r) => r.xmin));
  const timeRank = rank(
    rows.flatMap((r) => Object.entries(r.row).filter(([c, v]) => isTimestamp(r.table, c) && v !== null).map(([, v]) => new Date(v as string).toISOString())),
  );
  return rows
    .map(({ table, row, xmin }) => {
      const kept = Object.entries(row)
        .filter(([column]) => column !== 'id' && column !== 'request_id')
        .map(([column, value]) => [
          column,
          isTimestamp(table, column) && value !== null ? `time#${timeRank(new Date(value as string).toISOString())}` : value,
        ]);
      return JSON.stringify({ table, xmin: `xmin#${xminRank(xmin)}`, row: Object.fromEntries(kept) }).split(voteId).join('VOTE');
    })
    .sort();
}

describe('from the database alone, a ballot cannot be linked to its voter', () => {
  let t: TestApp;
  let conference: Conference;
  const votes = { a: '', b: '' };
  const order: Cluster3Unit[] = ['hoaBinh', 'sonLa', 'phuTho', 'dienBien', 'yenBai', 'laiChau', 'vinhPhuc', 'laoCai'];
  /** Eight distinct ballots: the i-th approves the i-th and the (i+1)-th unit. */
  const choice = (i: number) => [conference.c3.units[order[i % 8]], conference.c3.units[order[(i + 1) % 8]]];
  let before: Set<string>;
  let dump: Awaited<ReturnType<typeof dumpDatabase>>;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    const flag = { subject: 'flag_proposal', title: 'Suy tôn Cờ thi đua năm 2023', method: 'electronic' };
    votes.a = await givenOpenVote(conference, flag);
    votes.b = await givenOpenVote(conference, flag);
    const codes = {
      a: (await conference.secretariat.post(`/api/v1/votes/${votes.a}/ballot-codes`).expect(201)).body.codes,
      b: (await conference.secretariat.post(`/api/v1/votes/${votes.b}/ballot-codes`).expect(201)).body.codes,
    };
    before = new Set((await dumpDatabase(t)).rows.map(key));

    // The same units vote in the same order and the same way (signed in, or with a printed code) in both votes; in B
    // each casts the ballot of the unit 3 places on.
    const cast = async (vote: 'a' | 'b', i: number, choices: string[]) => {
      const unit = order[i];
      if (i % 2 === 0) return conference.officers[unit].post(`/api/v1/votes/${votes[vote]}/ballots`).send({ choices }).expect(201);
      const code = codes[vote].find((c: { unit: { id: string } }) => c.unit.id === conference.c3.units[unit]).code;
      return t.http.post('/api/v1/ballots').send({ code, choices }).expect(201);
    };
    for (const i of order.keys()) {
      await cast('a', i, choice(i));
      await cast('b', i, choice(i + 3));
    }
    dump = await dumpDatabase(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps who voted and what was voted in two tables with nothing else in them', async () => {
    const columns: { table_name: string; column_name: string; data_type: string; column_default: string | null }[] = await t.dataSource.query(
      `SELECT table_name, column_name, data_type, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name IN ('ballot_counts', 'ballot_voters') ORDER BY table_name, ordinal_position`,
    );
    expect(columns.map((c) => [c.table_name, c.column_name, c.data_type, c.column_default])).toEqual([
      ['ballot_counts', 'vote_id', 'uuid', null],
      ['ballot_counts', 'round', 'integer', null],
      ['ballot_counts', 'option_key', 'character varying', null],
      ['ballot_counts', 'count', 'integer', '0'],
      ['ballot_voters', 'vote_id', 'uuid', null],
      ['ballot_voters', 'round', 'integer', null],
      ['ballot_voters', 'organization_id', 'uuid', null],
    ]);
  });

  it('stores no ballot: the choice side holds one counter per candidate, and they add up to the ballots cast', () => {
    const counters = dump.rows.filter((r) => r.table === 'ballot_counts' && r.row.vote_id === votes.a);
    expect(counters).toHaveLength(8);
    expect(counters.every((c) => c.row.count === 2)).toBe(true);
    const voters = dump.rows.filter((r) => r.table === 'ballot_voters' && r.row.vote_id === votes.a);
    expect(voters.map((v) => v.row.organization_id).sort()).toEqual(Object.values(conference.c3.units).sort());
  });

  it('gives every counter row of a round the same xmin, whatever each ballot chose', () => {
    for (const vote of [votes.a, votes.b]) {
      const xmins = new Set(dump.rows.filter((r) => r.table === 'ballot_counts' && r.row.vote_id === vote).map((r) => r.xmin));
      expect(xmins.size).toBe(1);
    }
  });

  it('writes nothing a ballot could be traced by outside the two votes', () => {
    const written = dump.rows.filter((r) => !before.has(key(r)));
    const elsewhere = written.filter((r) => !JSON.stringify(r.row).includes(votes.a) && !JSON.stringify(r.row).includes(votes.b));
    expect(elsewhere).toEqual([]);
    expect(new Set(written.map((r) => r.table))).toEqual(new Set(['ballot_counts', 'ballot_voters', 'audit_events']));
  });

  it('leaves the whole database the same whichever voter cast which ballot', () => {
    const written = dump.rows.filter((r) => !before.has(key(r)));
    const of = (vote: string) => written.filter((r) => JSON.stringify(r.row).includes(vote));
    const a = normalized(of(votes.a), votes.a, dump.timestampColumns);
    const b = normalized(of(votes.b), votes.b, dump.timestampColumns);
    expect(a).toHaveLength(8 + 8 + 8);
    // Each unit chose differently in A and in B, yet nothing written differs: no column, timestamp, xmin or order
    // ties a voter to a choice. The audit trail says who voted (as the minutes do), never what they chose.
    expect(a).toEqual(b);
  });
});
