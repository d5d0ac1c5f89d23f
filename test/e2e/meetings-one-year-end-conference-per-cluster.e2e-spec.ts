import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { conference2023 } from '../helpers/meeting-factories.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('records one year-end summary conference per cluster and year, and names the first to a second attempt', () => {
  let t: TestApp;
  let c3: Cluster3;
  let first: string;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    first = (await t.staff.post('/api/v1/meetings').send(conference2023(c3)).expect(201)).body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a second 2023 conference of Cluster 3 with 409, naming the first by its title, date and id', async () => {
    const second = await t.staff.post('/api/v1/meetings').send({ ...conference2023(c3), title: 'Hội nghị tổng kết (nhập lại)' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('MEETING.YEAR_END_SUMMARY_EXISTS');
    expect(second.body.title).toBe(
      `Cụm đã có hội nghị tổng kết năm 2023: "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023" ngày 27/11/2023 (mã định danh ${first}). ` +
        'Mỗi cụm chỉ có một hội nghị tổng kết mỗi năm: hãy cập nhật hội nghị đó; chưa có gì được lưu.',
    );
    const listed = await t.staff.get('/api/v1/meetings').query({ clusterId: c3.cluster, year: 2023 }).expect(200);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([first]);
  });

  it('keeps one of two submits sent at once, and names it to the other', async () => {
    const next = {
      ...conference2023(c3),
      year: 2024,
      title: 'Hội nghị tổng kết năm 2024',
      startsAt: '2024-12-10T08:00:00+07:00',
      endsAt: null,
    };
    const [a, b] = await Promise.all([t.staff.post('/api/v1/meetings').send(next), t.staff.post('/api/v1/meetings').send(next)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const [kept, refused] = a.status === 201 ? [a, b] : [b, a];
    expect(refused.body.code).toBe('MEETING.YEAR_END_SUMMARY_EXISTS');
    expect(refused.body.title).toContain(`ngày 10/12/2024 (mã định danh ${kept.body.id})`);
  });

  it('still records other meetings of the same year', async () => {
    await t.staff
      .post('/api/v1/meetings')
      .send({ ...conference2023(c3), kind: 'extraordinary', title: 'Họp bất thường' })
      .expect(201);
  });
});
