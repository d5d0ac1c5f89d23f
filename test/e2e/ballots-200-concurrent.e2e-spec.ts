import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { givenMeeting } from '../helpers/meeting-factories.js';
import { givenCluster, givenMembers, givenOrganization, givenTerm, givenVusta } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const UNITS = 200;
/** Requests in flight at once: enough to contend for the vote, few enough for the connection pool. */
const BATCH = 50;

/** Sends the requests in batches of BATCH concurrent ones; the answers come back in the same order. */
async function inBatches(requests: (() => PromiseLike<Response>)[]): Promise<Response[]> {
  const answers: Response[] = [];
  for (let start = 0; start < requests.length; start += BATCH) {
    answers.push(...(await Promise.all(requests.slice(start, start + BATCH).map((send) => send()))));
  }
  return answers;
}

describe('200 units vote at once, electronically', () => {
  let t: TestApp;
  let units: string[];
  let candidates: string[];
  let voteId: string;
  let codes: string[];

  /** Unit i approves two of the four candidates, or casts a blank ballot every fifth time. */
  const ballotOf = (i: number) => (i % 5 === 0 ? [] : [candidates[i % 4], candidates[(i + 1) % 4]]);

  beforeAll(async () => {
    t = await startTestApp();
    const vusta = await givenVusta(t.dataSource);
    units = [];
    for (let i = 0; i < UNITS; i++) {
      units.push(await givenOrganization(t.dataSource, { code: `HOI-${i}`, kind: 'association', fullName: `Hội khoa học số ${i}`, shortName: `Hội ${i}` }));
    }
    const cluster = await givenCluster(t.dataSource, { code: 'KHOI-200', number: 200, name: 'Khối thi đua 200 hội', kind: 'block', ownerId: vusta, rotationRule: 'elected' });
    await givenMembers(t.dataSource, cluster, units, 2023);
    await givenTerm(t.dataSource, { clusterId: cluster, year: 2023, chairId: units[0], viceChairId: null, decidedBy: 'appointment' });
    const delegates = units.map((organizationId, i) => ({ organizationId, fullName: `Đại biểu ${i}`, present: true, votesForUnit: true }));
    const meetingId = await givenMeeting(t.staff, { clusterId: cluster, year: 2023, kind: 'year_end_summary', title: 'Tổng kết khối', startsAt: '2023-12-01T08:00:00+07:00', place: 'Hà Nội' }, delegates);
    candidates = units.slice(0, 4);
    const created = await t.staff
      .post(`/api/v1/meetings/${meetingId}/votes`)
      .send({ subject: 'flag_proposal', title: 'Suy tôn Cờ thi đua', method: 'electronic', candidateIds: candidates, quota: 2 })
      .expect(201);
    voteId = created.body.id;
    await t.staff.post(`/api/v1/votes/${voteId}/open`).expect(200);
    const issued = await t.staff.post(`/api/v1/votes/${voteId}/ballot-codes`).expect(201);
    const byUnit = new Map<string, string>(issued.body.codes.map((c: { unit: { id: string }; code: string }) => [c.unit.id, c.code]));
    codes = units.map((id) => byUnit.get(id) as string);
  }, 180_000);
  afterAll(async () => {
    await t.close();
  });

  it('counts every one of 200 concurrent ballots exactly once', async () => {
    expect(codes.filter(Boolean)).toHaveLength(UNITS);
    const answers = await inBatches(codes.map((code, i) => () => t.http.post('/api/v1/ballots').send({ code, choices: ballotOf(i) })));
    expect(answers.map((a) => a.status)).toEqual(Array(UNITS).fill(201));

    const [{ voters, distinct }] = await t.dataSource.query(
      `SELECT count(*)::int AS voters, count(DISTINCT organization_id)::int AS distinct FROM ballot_voters WHERE vote_id = $1`,
      [voteId],
    );
    expect({ voters, distinct }).toEqual({ voters: UNITS, distinct: UNITS });
  }, 120_000);

  it('refuses a second concurrent wave of the same codes, every one of them, and counts nothing more', async () => {
    const before = await t.dataSource.query(`SELECT option_key, count FROM ballot_counts WHERE vote_id = $1 ORDER BY option_key`, [voteId]);
    const answers = await inBatches(codes.map((code) => () => t.http.post('/api/v1/ballots').send({ code, choices: [candidates[0]] })));
    expect(answers.map((a) => a.status)).toEqual(Array(UNITS).fill(409));
    expect(new Set(answers.map((a) => a.body.code))).toEqual(new Set(['BALLOT.ALREADY_VOTED']));
    expect(await t.dataSource.query(`SELECT option_key, count FROM ballot_counts WHERE vote_id = $1 ORDER BY option_key`, [voteId])).toEqual(before);
  }, 120_000);

  it('gives the exact totals once closed', async () => {
    const expected = candidates.map((id) => Array.from({ length: UNITS }, (_, i) => ballotOf(i)).filter((b) => b.includes(id)).length);
    expect(expected.reduce((a, b) => a + b)).toBe(2 * (UNITS - UNITS / 5));
    await t.staff.post(`/api/v1/votes/${voteId}/close`).expect(200);
    const result = await t.staff.get(`/api/v1/votes/${voteId}/result`).expect(200);
    const [round] = result.body.rounds;
    expect(round).toMatchObject({ ballotsValid: UNITS, ballotsInvalid: 0, quorum: { met: true, present: UNITS, members: UNITS } });
    expect(round.candidates.map((c: { candidateId: string; votes: number }) => [c.candidateId, c.votes])).toEqual(candidates.map((id, i) => [id, expected[i]]));
  });
});
