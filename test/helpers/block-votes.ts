import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { givenMeeting } from './meeting-factories.js';
import { givenReferenceAwardCatalog } from './reference-data.js';
import { givenCluster, givenMembers, givenOrganization, givenTerm, givenVusta } from './registry-factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Requests in flight at once: enough to contend for the vote, few enough for the connection pool. */
const BATCH = 50;

/** Sends the requests in batches of BATCH concurrent ones; the answers come back in the same order. */
export async function inBatches(requests: (() => PromiseLike<Response>)[]): Promise<Response[]> {
  const answers: Response[] = [];
  for (let start = 0; start < requests.length; start += BATCH) {
    answers.push(...(await Promise.all(requests.slice(start, start + BATCH).map((send) => send()))));
  }
  return answers;
}

export interface BlockVote {
  meetingId: string;
  units: string[];
  /** The first four units. */
  candidates: string[];
  voteId: string;
  /** The printed code of each unit, in the order of `units`. */
  codes: string[];
}

/**
 * A block (khối thi đua) of `size` associations, all present with their voting delegate at the year-end meeting, and
 * an electronic flag vote for 2 of 4 candidates opened by national staff, with one printed code per unit.
 */
export async function givenBlockVote(t: TestApp, size: number): Promise<BlockVote> {
  await givenReferenceAwardCatalog(t.dataSource);
  const vusta = await givenVusta(t.dataSource);
  const units: string[] = [];
  for (let i = 0; i < size; i++) {
    units.push(
      await givenOrganization(t.dataSource, {
        code: `HOI-${i}`,
        kind: 'association',
        fullName: `Hội khoa học số ${i}`,
        shortName: `Hội ${i}`,
      }),
    );
  }
  const cluster = await givenCluster(t.dataSource, {
    code: `KHOI-${size}`,
    number: size,
    name: `Khối thi đua ${size} hội`,
    kind: 'block',
    ownerId: vusta,
    rotationRule: 'elected',
  });
  await givenMembers(t.dataSource, cluster, units, 2023);
  await givenTerm(t.dataSource, {
    clusterId: cluster,
    year: 2023,
    chairId: units[0],
    viceChairId: null,
    decidedBy: 'appointment',
  });
  const delegates = units.map((organizationId, i) => ({
    organizationId,
    fullName: `Đại biểu ${i}`,
    present: true,
    votesForUnit: true,
  }));
  const meetingId = await givenMeeting(
    t.staff,
    {
      clusterId: cluster,
      year: 2023,
      kind: 'year_end_summary',
      title: 'Tổng kết khối',
      startsAt: '2023-12-01T08:00:00+07:00',
      place: 'Hà Nội',
    },
    delegates,
  );
  const candidates = units.slice(0, 4);
  const { voteId, codeOf } = await givenOpenFlagVote(t, meetingId, candidates);
  return { meetingId, units, candidates, voteId, codes: units.map((id) => codeOf.get(id) as string) };
}

/** An electronic flag vote for 2 of the `candidates`, opened by national staff, with one printed code per voting unit. */
export async function givenOpenFlagVote(
  t: TestApp,
  meetingId: string,
  candidates: string[],
): Promise<{ voteId: string; codeOf: Map<string, string> }> {
  const created = await t.staff
    .post(`/api/v1/meetings/${meetingId}/votes`)
    .send({
      subject: 'flag_proposal',
      title: 'Suy tôn Cờ thi đua',
      method: 'electronic',
      candidateIds: candidates,
      quota: 2,
    })
    .expect(201);
  const voteId = created.body.id as string;
  await t.staff.post(`/api/v1/votes/${voteId}/open`).expect(200);
  const issued = await t.staff.post(`/api/v1/votes/${voteId}/ballot-codes`).expect(201);
  const byUnit = new Map<string, string>(issued.body.codes.map((c: { unit: { id: string }; code: string }) => [c.unit.id, c.code]));
  return { voteId, codeOf: byUnit };
}

/**
 * The scenario of a large block voting at once with printed codes, in batches of 50 concurrent ballots: every ballot
 * counted once, a second wave of the same codes refused, the exact totals once closed.
 */
export function unitsVoteAtOnce(UNITS: number, timeouts: { setup: number; wave: number }): void {
  describe(`${UNITS} units vote at once, electronically`, () => {
    let t: TestApp;
    let candidates: string[];
    let voteId: string;
    let codes: string[];
    let meetingId: string;
    let units: string[];

    /** Unit i approves two of the four candidates, or casts a blank ballot every fifth time. */
    const ballotOf = (i: number) => (i % 5 === 0 ? [] : [candidates[i % 4], candidates[(i + 1) % 4]]);

    beforeAll(async () => {
      t = await startTestApp();
      ({ candidates, voteId, codes, meetingId, units } = await givenBlockVote(t, UNITS));
    }, timeouts.setup);
    afterAll(async () => {
      await t.close();
    });

    it('lists the delegates page by page, however many there are', async () => {
      const last = Math.ceil(UNITS / 200);
      const page = await t.staff.get(`/api/v1/meetings/${meetingId}/delegates`).query({ page: last, pageSize: 200 }).expect(200);
      expect(page.body).toMatchObject({ total: UNITS, page: last, pageSize: 200 });
      expect(page.body.items.map((d: { unit: { id: string } }) => d.unit.id)).toEqual(units.slice((last - 1) * 200));
    });

    it(
      `counts every one of ${UNITS} concurrent ballots exactly once`,
      async () => {
        expect(codes.filter(Boolean)).toHaveLength(UNITS);
        const started = performance.now();
        const answers = await inBatches(codes.map((code, i) => () => t.http.post('/api/v1/ballots').send({ code, choices: ballotOf(i) })));
        const seconds = (performance.now() - started) / 1000;
        expect(answers.map((a) => a.status)).toEqual(Array(UNITS).fill(201));
        // `npm run bench:ballots` reports the rate; no test asserts a speed.
        if (process.env.THIDUA_BENCH_BALLOTS)
          process.stdout.write(`\n${UNITS} ballots in ${seconds.toFixed(1)} s: ${(UNITS / seconds).toFixed(0)} ballots/s\n`);

        const [{ voters, distinct }] = await t.dataSource.query(
          `SELECT count(*)::int AS voters, count(DISTINCT organization_id)::int AS distinct FROM ballot_voters WHERE vote_id = $1`,
          [voteId],
        );
        expect({ voters, distinct }).toEqual({
          voters: UNITS,
          distinct: UNITS,
        });
      },
      timeouts.wave,
    );

    it(
      'refuses a second concurrent wave of the same codes, every one of them, and counts nothing more',
      async () => {
        const box = `SELECT count(*)::int AS sealed FROM ballot_box WHERE vote_id = $1`;
        const before = await t.dataSource.query(box, [voteId]);
        expect(before).toEqual([{ sealed: UNITS }]);
        const answers = await inBatches(codes.map((code) => () => t.http.post('/api/v1/ballots').send({ code, choices: [candidates[0]] })));
        expect(answers.map((a) => a.status)).toEqual(Array(UNITS).fill(409));
        expect(new Set(answers.map((a) => a.body.code))).toEqual(new Set(['BALLOT.ALREADY_VOTED']));
        expect(await t.dataSource.query(box, [voteId])).toEqual(before);
      },
      timeouts.wave,
    );

    it('gives the exact totals once closed', async () => {
      const expected = candidates.map((id) => Array.from({ length: UNITS }, (_, i) => ballotOf(i)).filter((b) => b.includes(id)).length);
      expect(expected.reduce((a, b) => a + b)).toBe(2 * (UNITS - UNITS / 5));
      await t.staff.post(`/api/v1/votes/${voteId}/close`).expect(200);
      const result = await t.staff.get(`/api/v1/votes/${voteId}/result`).expect(200);
      const [round] = result.body.rounds;
      expect(round).toMatchObject({
        ballotsValid: UNITS,
        ballotsInvalid: 0,
        quorum: { met: true, present: UNITS, members: UNITS },
      });
      expect(round.candidates.map((c: { candidateId: string; votes: number }) => [c.candidateId, c.votes])).toEqual(
        candidates.map((id, i) => [id, expected[i]]),
      );
    });
  });
}
