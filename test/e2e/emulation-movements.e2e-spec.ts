import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenSignedInUser } from '../helpers/auth.js';
import { pdfFile, windowsExecutable } from '../helpers/dossier-files.js';
import { binary } from '../helpers/downloads.js';
import { as, type Caller } from '../helpers/nomination-factories.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Phong trào thi đua: launched by VUSTA for all its clusters, or by a cluster; a themed one of 3 years can carry a flag. */
describe('emulation movements of the owner and of a cluster', () => {
  let t: TestApp;
  let c3: Cluster3;
  let sonLa: Caller;
  let laoCai: Caller;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    sonLa = as(t, await givenSignedInUser(t, { username: 'sonla.canbo', roles: ['unit_officer'], organizationId: c3.units.sonLa }));
    laoCai = as(t, await givenSignedInUser(t, { username: 'laocai.canbo', roles: ['unit_officer'], organizationId: c3.units.laoCai }));
  });
  afterAll(async () => {
    await t.close();
  });

  it("lets national staff launch VUSTA's themed movement, which can carry a flag after 3 years", async () => {
    const refused = await sonLa
      .post('/api/v1/emulation/movements')
      .send({
        ownerId: c3.vusta,
        kind: 'themed',
        title: 'Trí thức khoa học và công nghệ chung tay',
        startYear: 2023,
        endYear: 2025,
        contentAreas: [],
      })
      .expect(403);
    expect(refused.body.code).toBe('ACCESS.FORBIDDEN');
    const themed = await t.staff
      .post('/api/v1/emulation/movements')
      .send({
        ownerId: c3.vusta,
        kind: 'themed',
        title: 'Trí thức khoa học và công nghệ chung tay xây dựng nông thôn mới',
        startYear: 2023,
        endYear: 2025,
        contentAreas: ['Tư vấn, phản biện', 'Chuyển giao tiến bộ kỹ thuật'],
      })
      .expect(201);
    expect(themed.body).toMatchObject({ launchedBy: 'owner', cluster: null, flagEligible: true, kindLabel: 'Theo chuyên đề' });
    const shorter = await t.staff.patch(`/api/v1/emulation/movements/${themed.body.id}`).send({ version: 1, endYear: 2024 }).expect(200);
    expect(shorter.body).toMatchObject({ endYear: 2024, flagEligible: false, version: 2 });
  });

  it("lets the year's secretariat launch the cluster's yearly movement, and no one else", async () => {
    const body = {
      clusterId: c3.cluster,
      kind: 'regular',
      title: 'Phong trào thi đua năm 2023 của Cụm thi đua số 3',
      startYear: 2023,
      contentAreas: ['Phổ biến kiến thức'],
    };
    await laoCai.post('/api/v1/emulation/movements').send(body).expect(403);
    const twoYears = await sonLa
      .post('/api/v1/emulation/movements')
      .send({ ...body, endYear: 2024 })
      .expect(422);
    expect(twoYears.body.errors).toEqual([
      expect.objectContaining({ field: 'endYear', message: 'Phong trào thường xuyên diễn ra trong một năm.' }),
    ]);
    const regular = await sonLa.post('/api/v1/emulation/movements').send(body).expect(201);
    expect(regular.body).toMatchObject({ launchedBy: 'cluster', endYear: 2023, flagEligible: false, owner: { id: c3.vusta } });

    const listed = await laoCai.get(`/api/v1/emulation/movements?clusterId=${c3.cluster}&year=2024`).expect(200);
    expect(listed.body.items.map((m: { launchedBy: string }) => m.launchedBy)).toEqual(['owner']);
    const in2023 = await laoCai.get(`/api/v1/emulation/movements?clusterId=${c3.cluster}&year=2023`).expect(200);
    expect(in2023.body.total).toBe(2);
  });

  it("keeps a movement's documents, checked as dossier files are", async () => {
    const [movement] = (await laoCai.get(`/api/v1/emulation/movements?clusterId=${c3.cluster}&year=2023`).expect(200)).body.items.filter(
      (m: { launchedBy: string }) => m.launchedBy === 'cluster',
    );
    const upload = (caller: Caller, file: Buffer, name: string) =>
      caller.post(`/api/v1/emulation/movements/${movement.id}/documents`).field('title', 'Kế hoạch phát động').attach('file', file, name);
    await upload(laoCai, pdfFile(), 'ke-hoach.pdf').expect(403);
    const refused = await upload(sonLa, windowsExecutable(), 'ke-hoach.pdf').expect(422);
    expect(refused.body.code).toBe('DOSSIER.FILE_REFUSED');
    const stored = await upload(sonLa, pdfFile('Kế hoạch'), 'Kế hoạch phát động.pdf').expect(201);
    expect(stored.body).toMatchObject({ title: 'Kế hoạch phát động', contentType: 'application/pdf' });
    const downloaded = await binary(laoCai.get(`/api/v1/emulation/movement-documents/${stored.body.id}/content`)).expect(200);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect((downloaded.body as Buffer).equals(pdfFile('Kế hoạch'))).toBe(true);
    const read = await laoCai.get(`/api/v1/emulation/movements/${movement.id}`).expect(200);
    expect(read.body.documents).toHaveLength(1);
  });
});
