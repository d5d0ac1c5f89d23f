import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenSignedInUser, type SignedInUser } from '../helpers/auth.js';
import { cluster3Delegates, conference2023, GUESTS_2023, MEETING_TABLES } from '../helpers/meeting-factories.js';
import { type Cluster3, contentOf, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { asForm, type Csrf, csrfOf } from '../helpers/web-forms.js';

/** The 2023 conference as the meeting form posts it: the details, each union present with its voting delegate, one guest. */
function conferenceForm(c3: Cluster3): Record<string, string> {
  const attendance = Object.fromEntries(
    Object.values(c3.units).flatMap((unit) => [
      [`attendance.${unit}.present`, 'on'],
      [`attendance.${unit}.votes`, 'on'],
    ]),
  );
  return {
    clusterId: c3.cluster,
    year: '2023',
    kind: 'year_end_summary',
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
    date: '2023-11-27',
    startTime: '08:00',
    endTime: '11:30',
    place: 'Thành phố Sơn La, tỉnh Sơn La',
    hostOrganizationId: c3.units.sonLa,
    ...attendance,
    'guests.0.agency': 'Ban Tuyên giáo Tỉnh ủy Sơn La',
    'guests.0.position': 'Đại diện lãnh đạo',
  };
}

/**
 * Issue 11: a meeting is recorded with its delegates and guests by one service call, in one transaction, from the
 * API and from the meeting form alike; when the guests cannot be written, no meeting is left behind.
 */
describe('a meeting recorded with its delegates and guests at once', () => {
  let t: TestApp;
  let c3: Cluster3;
  let sonLa: SignedInUser;
  let csrf: Csrf;

  /** Until the returned function runs, PostgreSQL refuses every guest row, as a failing write of the guests would. */
  const guestsRefusedByTheDatabase = async (): Promise<() => Promise<unknown>> => {
    await t.dataSource.query(`CREATE FUNCTION refuse_guest() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'guests cannot be written'; END $$`);
    await t.dataSource.query('CREATE TRIGGER refuse_guest BEFORE INSERT ON meeting_guests FOR EACH ROW EXECUTE FUNCTION refuse_guest()');
    return () => t.dataSource.query('DROP TRIGGER refuse_guest ON meeting_guests; DROP FUNCTION refuse_guest()');
  };

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    sonLa = await givenSignedInUser(t, { username: 'sonla.canbo', roles: ['unit_officer'], organizationId: c3.units.sonLa });
    csrf = await csrfOf(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('leaves no meeting when the guests cannot be written, from the form as from the API', async () => {
    const before = await contentOf(t.dataSource, ...MEETING_TABLES);
    const allowGuests = await guestsRefusedByTheDatabase();
    try {
      const page = await asForm(t.http.post('/meetings').set('authorization', sonLa.bearer), csrf, conferenceForm(c3));
      expect(page.status).toBe(500);
      const api = await t.http
        .post('/api/v1/meetings')
        .set('authorization', sonLa.bearer)
        .send({ ...conference2023(c3), delegates: cluster3Delegates(c3), guests: GUESTS_2023 });
      expect(api.status).toBe(500);
    } finally {
      await allowGuests();
    }
    expect(await contentOf(t.dataSource, ...MEETING_TABLES)).toEqual(before);
  });

  it('records the meeting from the form with its delegates and its guest in one write', async () => {
    const page = await asForm(t.http.post('/meetings').set('authorization', sonLa.bearer), csrf, conferenceForm(c3)).expect(303);
    const id = /^\/meetings\/([0-9a-f-]{36})/.exec(String(page.headers.location))![1];
    const meeting = await t.http.get(`/api/v1/meetings/${id}`).set('authorization', sonLa.bearer).expect(200);
    expect(meeting.body).toMatchObject({
      version: 1,
      guests: [{ agency: 'Ban Tuyên giáo Tỉnh ủy Sơn La', position: 'Đại diện lãnh đạo' }],
    });
    expect(meeting.body.delegates).toHaveLength(8);
    expect(meeting.body.delegates.every((d: { present: boolean; votesForUnit: boolean }) => d.present && d.votesForUnit)).toBe(true);
    const audit = await t.dataSource.query('SELECT action FROM audit_events WHERE entity_id = $1', [id]);
    expect(audit).toEqual([{ action: 'meeting.create' }]);
  });

  it('takes the delegates and guests in the body of POST /meetings, and keeps the routes that replace them', async () => {
    const body = { ...conference2023(c3), kind: 'extraordinary', delegates: cluster3Delegates(c3), guests: GUESTS_2023 };
    const created = await t.http.post('/api/v1/meetings').set('authorization', sonLa.bearer).send(body).expect(201);
    expect(created.body).toMatchObject({ version: 1, guests: GUESTS_2023 });
    expect(created.body.delegates).toHaveLength(8);
    const [event] = await t.dataSource.query("SELECT changes FROM audit_events WHERE entity_id = $1 AND action = 'meeting.create'", [
      created.body.id,
    ]);
    expect(event.changes.after.guests).toEqual(GUESTS_2023.map((guest) => ({ fullName: null, ...guest })));
    const replaced = await t.http
      .put(`/api/v1/meetings/${created.body.id}/guests`)
      .set('authorization', sonLa.bearer)
      .send({ guests: [GUESTS_2023[2]], version: 1 })
      .expect(200);
    expect(replaced.body).toMatchObject({ version: 2, guests: [GUESTS_2023[2]] });
  });
});
