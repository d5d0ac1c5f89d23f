import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BallotKeys } from '../../src/meetings/ballots/ballot-keys.js';
import { type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import type { Cluster3Unit } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ORDER: Cluster3Unit[] = ['sonLa', 'hoaBinh', 'phuTho', 'dienBien', 'yenBai', 'laiChau', 'vinhPhuc', 'laoCai'];

describe('a delegate finds their receipt in the published list, and a tampered ballot box is not counted', () => {
  let t: TestApp;
  let conference: Conference;
  let voteId: string;
  const receipts = new Map<Cluster3Unit, string>();
  const close = () => conference.secretariat.post(`/api/v1/votes/${voteId}/close`);
  const boxRows = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ballot_box WHERE vote_id = $1`, [voteId]))[0].n;

  /** Closing is refused with BALLOT.BOX_MISMATCH and `reason`; the vote stays open with its box untouched. */
  async function closeRefused(reason: string) {
    const before = await boxRows();
    const refused = await close().expect(409);
    expect(refused.body).toMatchObject({ code: 'BALLOT.BOX_MISMATCH' });
    expect(refused.body.title).toContain(reason);
    expect(refused.body.title).toContain('Cuộc biểu quyết vẫn mở');
    const vote = await conference.secretariat.get(`/api/v1/votes/${voteId}`).expect(200);
    expect(vote.body).toMatchObject({ state: 'open', rounds: [{ ballotsCast: 8, closedAt: null }] });
    expect(await boxRows()).toBe(before);
    await conference.secretariat.get(`/api/v1/votes/${voteId}/result`).expect(409);
  }

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    voteId = await givenOpenVote(conference, { subject: 'question', title: 'Thông qua quy chế hoạt động của Cụm', method: 'electronic' });
    for (const [i, unit] of ORDER.entries()) {
      const cast = await conference.officers[unit]
        .post(`/api/v1/votes/${voteId}/ballots`)
        .send({ answer: i < 6 ? 'yes' : 'no' })
        .expect(201);
      receipts.set(unit, cast.body.receipt);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers each ballot with a printable receipt, different for every ballot', () => {
    expect([...receipts.values()].every((r) => /^[0-9A-HJKMNP-TV-Z]{10}$/.test(r))).toBe(true);
    expect(new Set(receipts.values()).size).toBe(8);
  });

  it('publishes the receipts in the box before the count, and a delegate finds theirs without signing in', async () => {
    const published = await conference.officers.dienBien.get(`/api/v1/votes/${voteId}/receipts`).expect(200);
    expect(published.body).toEqual({
      voteId,
      rounds: [{ round: 1, open: true, ballotsInBox: 8, votersMarked: 8, receipts: [...receipts.values()].sort() }],
    });
    const mine = receipts.get('dienBien') as string;
    const check = await t.http.get(`/api/v1/votes/${voteId}/receipts/${mine.toLowerCase()}`).expect(200);
    expect(check.body).toEqual({
      voteId,
      receipt: mine,
      round: 1,
      found: true,
      counted: false,
      message: 'Phiếu có mã biên nhận này đang ở trong hòm phiếu của vòng 1, chờ kiểm phiếu.',
    });
    const unknown = await t.http.get(`/api/v1/votes/${voteId}/receipts/0000000000`).expect(200);
    expect(unknown.body).toMatchObject({ found: false, round: null, counted: false });
  });

  it('refuses to count a box from which a sealed ballot was deleted in the database', async () => {
    const [[removed]] = await t.dataSource.query(
      `DELETE FROM ballot_box WHERE ctid = (SELECT ctid FROM ballot_box WHERE vote_id = $1 LIMIT 1) RETURNING sealed`,
      [voteId],
    );
    await closeRefused('hòm có 7 phiếu nhưng 8 đơn vị đã được ghi là đã bỏ phiếu');
    await t.dataSource.query(`INSERT INTO ballot_box (vote_id, round, sealed) VALUES ($1, 1, $2)`, [voteId, removed.sealed]);
  });

  it('refuses to count a box in which a sealed ballot was copied, alone or in place of another', async () => {
    await t.dataSource.query(
      `INSERT INTO ballot_box (vote_id, round, sealed) SELECT vote_id, round, sealed FROM ballot_box WHERE vote_id = $1 LIMIT 1`,
      [voteId],
    );
    await closeRefused('hòm có 9 phiếu nhưng 8 đơn vị đã được ghi là đã bỏ phiếu');
    // The copy now replaces another ballot: the counts agree, the receipts do not.
    const [[replaced]] = await t.dataSource.query(
      `DELETE FROM ballot_box WHERE ctid = (SELECT ctid FROM ballot_box b WHERE vote_id = $1
         AND (SELECT count(*) FROM ballot_box o WHERE o.sealed = b.sealed) = 1 LIMIT 1) RETURNING sealed`,
      [voteId],
    );
    await closeRefused('1 phiếu trong hòm là bản sao của một phiếu khác');
    await t.dataSource.query(
      `DELETE FROM ballot_box WHERE ctid = (SELECT max(ctid) FROM ballot_box b WHERE vote_id = $1 AND (SELECT count(*) FROM ballot_box o WHERE o.sealed = b.sealed) = 2)`,
      [voteId],
    );
    await t.dataSource.query(`INSERT INTO ballot_box (vote_id, round, sealed) VALUES ($1, 1, $2)`, [voteId, replaced.sealed]);
  });

  it('refuses to count a box holding a sealed ballot altered in the database (it fails authentication)', async () => {
    const [row] = await t.dataSource.query(`SELECT ctid::text AS ctid, sealed FROM ballot_box WHERE vote_id = $1 LIMIT 1`, [voteId]);
    const altered = Buffer.from(row.sealed);
    altered[200] ^= 0x01;
    await t.dataSource.query(`UPDATE ballot_box SET sealed = $2 WHERE ctid = $1::tid`, [row.ctid, altered]);
    await closeRefused('1 phiếu trong hòm không xác thực được');
    await t.dataSource.query(`UPDATE ballot_box SET sealed = $2 WHERE sealed = $1`, [altered, row.sealed]);
  });

  it('counts the untouched box after a restart, from the key stored wrapped, and then keeps only the totals and receipts', async () => {
    // A restart loses the keys held in memory; the same BALLOT_KEY_SECRET unwraps the stored copy.
    t.app.get(BallotKeys).forget(voteId);
    await close().expect(200);
    const result = await conference.officers.laoCai.get(`/api/v1/votes/${voteId}/result`).expect(200);
    expect(result.body.rounds[0]).toMatchObject({
      ballotsValid: 8,
      answers: { yes: { votes: 6 }, no: { votes: 2 }, abstain: { votes: 0 } },
    });
    expect(await boxRows()).toBe(0);
    expect(await t.dataSource.query(`SELECT * FROM ballot_keys WHERE vote_id = $1`, [voteId])).toEqual([]);
    const [round] = await t.dataSource.query(`SELECT ballots_in_box, voters_marked, receipts FROM vote_rounds WHERE vote_id = $1`, [
      voteId,
    ]);
    expect(round).toEqual({ ballots_in_box: 8, voters_marked: 8, receipts: [...receipts.values()].sort() });
  });

  it('keeps the published list with the result, where each delegate still finds their receipt', async () => {
    const published = await conference.officers.hoaBinh.get(`/api/v1/votes/${voteId}/receipts`).expect(200);
    expect(published.body.rounds).toEqual([
      { round: 1, open: false, ballotsInBox: 8, votersMarked: 8, receipts: [...receipts.values()].sort() },
    ]);
    const check = await t.http
      .get(`/api/v1/votes/${voteId}/receipts/${receipts.get('hoaBinh')}`)
      .set('accept-language', 'en')
      .expect(200);
    expect(check.body).toMatchObject({
      found: true,
      counted: true,
      round: 1,
      message: 'The ballot with this receipt was counted in round 1.',
    });
  });
});
