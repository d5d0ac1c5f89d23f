import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { workingMeeting2023 } from '../helpers/meeting-factories.js';
import { givenAwardCatalog, officerOf, onDay } from '../helpers/nomination-factories.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Every page form carries an idempotency key of its own (a hidden field): the same form posted twice
 * (a double click, a reload of the post, a retry after a lost answer) writes once, and both posts go
 * to the same page.
 */
describe('a web form posted twice writes once', () => {
  let t: TestApp;
  let c3: Cluster3;
  let meeting: string;
  const title = 'Thông qua chương trình công tác năm 2024';
  const votesTitled = async () =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM votes WHERE meeting_id = $1 AND title = $2', [meeting, title]))[0].n);
  const postVote = (key?: string) =>
    t.staff
      .post(`/meetings/${meeting}/votes`)
      .type('form')
      .send({ subject: 'question', title, method: 'paper', ...(key ? { _idempotency: key } : {}) });

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    meeting = (await t.staff.post('/api/v1/meetings').send(workingMeeting2023(c3)).expect(201)).body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('renders a fresh key in every form it shows', async () => {
    const page = await t.staff.get(`/meetings/${meeting}/votes/new?subject=question`).expect(200);
    const keys = [...page.text.matchAll(/name="_idempotency" value="([^"]+)"/g)].map((match) => match[1]);
    expect(keys.length).toBeGreaterThan(0);
    const again = await t.staff.get(`/meetings/${meeting}/votes/new?subject=question`).expect(200);
    expect(again.text).not.toContain(keys[0]);
  });

  it('sets a vote up once when its form is posted twice at the same moment, and sends both posts to it', async () => {
    const key = randomUUID();
    const [first, second] = await Promise.all([postVote(key), postVote(key)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.location).toBe(first.headers.location);
    expect(first.headers.location).toMatch(/^\/votes\/[0-9a-f-]{36}$/);
    expect(await votesTitled()).toBe(1);

    const reloaded = await postVote(key).expect(303);
    expect(reloaded.headers.location).toBe(first.headers.location);
    expect(await votesTitled()).toBe(1);
  });

  it('sets up another vote from another form (another key)', async () => {
    await postVote(randomUUID()).expect(303);
    expect(await votesTitled()).toBe(2);
  });

  it('frees the key of a post refused with field errors, so the corrected form goes through', async () => {
    const key = randomUUID();
    await t.staff
      .post(`/meetings/${meeting}/votes`)
      .type('form')
      .send({ subject: 'question', title: '', method: 'paper', _idempotency: key })
      .expect(422);
    await postVote(key).expect(303);
    expect(await votesTitled()).toBe(3);
  });

  it('records one meeting when the new-meeting form is posted twice at the same moment', async () => {
    const key = randomUUID();
    const form = {
      clusterId: c3.cluster,
      year: '2023',
      kind: 'extraordinary',
      title: 'Họp bất thường Cụm thi đua số 3',
      date: '2023-11-20',
      startTime: '08:00',
      place: 'Sơn La',
      hostOrganizationId: c3.units.sonLa,
      _idempotency: key,
    };
    const meetingsTitled = async () =>
      Number((await t.dataSource.query('SELECT count(*) AS n FROM meetings WHERE title = $1', [form.title]))[0].n);
    const [first, second] = await Promise.all([0, 1].map(() => t.staff.post('/meetings').type('form').send(form)));
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.location).toBe(first.headers.location);
    expect(await meetingsTitled()).toBe(1);
  });

  it("creates one draft when the nomination wizard's last step is posted twice at the same moment, and sends both posts to it", async () => {
    const awards = await givenAwardCatalog(t);
    const hoaBinh = await officerOf(t, c3, 'hoaBinh');
    onDay(t, '2025-08-05');
    try {
      const fullName = 'Đinh Thị Hạnh';
      const lastStep = (key: string) =>
        hoaBinh.post('/nominations/new').type('form').send({
          step: '3',
          go: 'save',
          awardTypeId: awards.LHHVN_CHIEN_SI_THI_DUA,
          year: '2025',
          nomineeKind: 'individual',
          nomineeOrganizationId: c3.units.hoaBinh,
          fullName,
          gender: 'female',
          birthYear: '1979',
          achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025.',
          _idempotency: key,
        });
      const draftsOf = async () =>
        Number(
          (
            await t.dataSource.query(
              `SELECT count(*) AS n FROM nominations n JOIN people p ON p.id = n.nominee_person_id WHERE p.full_name = $1`,
              [fullName],
            )
          )[0].n,
        );
      const key = randomUUID();
      const [first, second] = await Promise.all([lastStep(key), lastStep(key)]);
      expect([first.status, second.status]).toEqual([303, 303]);
      expect(first.headers.location).toMatch(/^\/nominations\/[0-9a-f-]{36}$/);
      expect(second.headers.location).toBe(first.headers.location);
      expect(await draftsOf()).toBe(1);

      const reloaded = await lastStep(key).expect(303);
      expect(reloaded.headers.location).toBe(first.headers.location);
      expect(await draftsOf()).toBe(1);
    } finally {
      jest.restoreAllMocks();
    }
  });
});
