import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { castBallots, type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import type { Cluster3Unit } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { asForm, type Csrf, csrfOf } from '../helpers/web-forms.js';

/**
 * Issue 11: a flag vote whose two rounds leave a place open waits for the chair and vice-chair (the default rules'
 * fallback). The secretariat records their decision from the vote page, so the conference can be finished in a
 * browser: refused with the reason next to the field when it takes more places than are left, then recorded.
 */
describe("the chair and vice-chair's decision on the places left open, from the vote page", () => {
  let t: TestApp;
  let conference: Conference;
  let csrf: Csrf;
  let voteId: string;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    csrf = await csrfOf(t);
    const { sonLa: SL, hoaBinh: HB, phuTho: PT, laiChau: LC, yenBai: YB } = conference.c3.units;
    const close = () => conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
    voteId = await givenOpenVote(conference, { subject: 'flag_proposal', title: 'Suy tôn Cờ thi đua năm 2023', method: 'electronic' });
    // Round 1: Sơn La on every ballot; the second choices scatter, so no other unit has more than half of the 8.
    const secondChoice = { sonLa: HB, dienBien: HB, laiChau: PT, laoCai: PT, yenBai: LC, vinhPhuc: LC, phuTho: YB, hoaBinh: YB };
    await castBallots(
      conference,
      voteId,
      Object.entries(secondChoice).map(([unit, other]) => [unit as Cluster3Unit, { choices: [SL, other] }]),
    );
    await close();
    await conference.secretariat.post(`/api/v1/votes/${voteId}/next-round`).expect(200);
    // Round 2, for the last place: 4 to 4, again no one above half.
    const units = Object.keys(conference.c3.units) as Cluster3Unit[];
    await castBallots(
      conference,
      voteId,
      units.map((unit, i) => [unit, { choices: [i % 2 === 0 ? HB : PT] }]),
    );
    await close();
  });
  afterAll(async () => {
    await t.close();
  });

  it('says on the vote page that a place waits for them, and offers the secretariat the form', async () => {
    const page = await conference.secretariat.get(`/votes/${voteId}`).expect(200);
    expect(page.text).toContain('Còn 1 vị trí chờ Cụm trưởng và Cụm phó quyết định.');
    expect(page.text).toContain(`href="/votes/${voteId}/fallback-decision"`);
    const meeting = await conference.officers.dienBien.get(`/meetings/${conference.meetingId}`).expect(200);
    expect(meeting.text).toContain(
      'Vị trí còn lại do Cụm trưởng và Cụm phó quyết định.</a><mark> chờ Cụm trưởng và Cụm phó quyết định</mark>',
    );
    const officer = await conference.officers.dienBien.get(`/votes/${voteId}`).expect(200);
    expect(officer.text).not.toContain(`href="/votes/${voteId}/fallback-decision"`);
    const form = await conference.secretariat.get(`/votes/${voteId}/fallback-decision`).expect(200);
    expect(form.text).toContain('Các đơn vị Cụm trưởng và Cụm phó chọn (tối đa 1)');
    expect(form.text).toContain('LHH Hòa Bình');
    expect(form.text).not.toContain('/> LHH Sơn La</label>');
  });

  it('shows the form again with the reason next to the field when more units are chosen than places are left', async () => {
    const { hoaBinh, phuTho } = conference.c3.units;
    const refused = await asForm(conference.secretariat.post(`/votes/${voteId}/fallback-decision`), csrf, {
      organizationIds: [hoaBinh, phuTho],
    }).expect(422);
    expect(refused.text).toContain('id="f-organizationIds-error"');
    expect(refused.text).toContain('Chỉ còn 1 vị trí để quyết định; đã chọn 2.');
    const resolutions = await conference.secretariat.get(`/api/v1/meetings/${conference.meetingId}/resolutions`).expect(200);
    expect(resolutions.body.items[0].status).toBe('awaiting_fallback');
  });

  it('records their decision, which the vote page then shows as theirs', async () => {
    await asForm(conference.secretariat.post(`/votes/${voteId}/fallback-decision`), csrf, {
      organizationIds: conference.c3.units.hoaBinh,
      note: 'Cụm trưởng Sơn La quyết định theo quy chế.',
    })
      .expect(303)
      .expect('location', `/votes/${voteId}`);
    const [resolution] = (await conference.secretariat.get(`/api/v1/meetings/${conference.meetingId}/resolutions`).expect(200)).body.items;
    expect(resolution).toMatchObject({ status: 'applied', fallback: { recordedBy: { username: 'sonLa.canbo' } } });
    const page = await conference.secretariat.get(`/votes/${voteId}`).expect(200);
    expect(page.text).toMatch(/Cụm trưởng và Cụm phó quyết định: <strong>LHH Hòa Bình<\/strong>/);
    await conference.secretariat.get(`/votes/${voteId}/fallback-decision`).expect(409);
  });
});
