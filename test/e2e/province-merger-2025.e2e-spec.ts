import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Cluster3,
  contentOf,
  givenCluster,
  givenCluster3In2023,
  givenMembers,
  givenProvincialUnion,
  givenTerm,
  givenVusta,
} from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const API = '/api/v1/organizations';
const MERGER_TABLES = ['organizations', 'organization_names', 'organization_lineage', 'cluster_memberships', 'cluster_terms'];
const RESOLUTION = 'Nghị quyết 202/2025/QH15';

/** A new provincial union created by a merger: a new unit, even where it keeps an old name (rules 5.4.1). */
function newProvince(code: string, province: string) {
  return {
    code,
    province,
    kind: 'provincial_union',
    fullName: `Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh ${province}`,
    shortName: `LHH ${province}`,
  };
}

/** The cluster_memberships rows of a unit, as stored. */
async function seatsOf(t: TestApp, organizationId: string): Promise<{ clusterId: string; fromYear: number; toYear: number | null }[]> {
  return t.dataSource.query(
    'SELECT cluster_id AS "clusterId", from_year AS "fromYear", to_year AS "toYear" FROM cluster_memberships WHERE organization_id = $1',
    [organizationId],
  );
}

async function membersIn(t: TestApp, clusterId: string, year: number): Promise<{ organizationId: string; shortName: string }[]> {
  const response = await t.staff.get(`/api/v1/clusters/${clusterId}/members?year=${year}&pageSize=50`).expect(200);
  return response.body.items.map((m: { organizationId: string; shortName: string }) => ({
    organizationId: m.organizationId,
    shortName: m.shortName,
  }));
}

describe('the 2025 province merger in Cluster 3', () => {
  let t: TestApp;
  let c3: Cluster3;
  let newLaoCai: string;
  let newPhuTho: string;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    // 2024: the chair passed to Lào Cai, Yên Bái became vice-chair (the 2023 news item).
    await givenTerm(t.dataSource, { clusterId: c3.cluster, year: 2024, chairId: c3.units.laoCai, viceChairId: c3.units.yenBai });
  });
  afterAll(async () => {
    await t.close();
  });

  it('merges Yên Bái and Lào Cai into a new Lào Cai from 01/07/2025', async () => {
    const response = await t.staff
      .post(`${API}/mergers`)
      .send({
        sourceIds: [c3.units.yenBai, c3.units.laoCai],
        successor: newProvince('LHH-LAO-CAI-2025', 'Lào Cai'),
        effectiveDate: '2025-07-01',
        legalBasis: RESOLUTION,
      })
      .expect(201);
    newLaoCai = response.body.successor.id;
    expect(newLaoCai).not.toBe(c3.units.laoCai);
    expect(response.body.successor).toMatchObject({
      code: 'LHH-LAO-CAI-2025',
      shortName: 'LHH Lào Cai',
      activeFrom: '2025-07-01',
      activeTo: null,
      version: 1,
    });
    expect(response.body.sources).toEqual([
      expect.objectContaining({ id: c3.units.yenBai, shortName: 'LHH Yên Bái', activeTo: '2025-06-30', version: 2 }),
      expect.objectContaining({ id: c3.units.laoCai, shortName: 'LHH Lào Cai', activeTo: '2025-06-30', version: 2 }),
    ]);
    expect(response.body.lineage).toEqual(
      [c3.units.yenBai, c3.units.laoCai].map((predecessorId) => ({
        predecessorId,
        successorId: newLaoCai,
        event: 'merger',
        effectiveDate: '2025-07-01',
        legalBasis: RESOLUTION,
      })),
    );
  });

  it('merges Vĩnh Phúc, Hòa Bình and Phú Thọ into a new Phú Thọ from 01/07/2025', async () => {
    const response = await t.staff
      .post(`${API}/mergers`)
      .send({
        sourceIds: [c3.units.vinhPhuc, c3.units.hoaBinh, c3.units.phuTho],
        successor: newProvince('LHH-PHU-THO-2025', 'Phú Thọ'),
        effectiveDate: '2025-07-01',
        legalBasis: RESOLUTION,
      })
      .expect(201);
    newPhuTho = response.body.successor.id;
    expect(response.body.sources.map((s: { activeTo: string }) => s.activeTo)).toEqual(['2025-06-30', '2025-06-30', '2025-06-30']);
  });

  it('still shows the 8 members, with the names they had, in 2023 and 2024', async () => {
    for (const year of [2023, 2024]) {
      const members = await membersIn(t, c3.cluster, year);
      expect(members.map((m) => m.organizationId).sort()).toEqual(Object.values(c3.units).sort());
      expect(members.map((m) => m.shortName).sort()).toEqual(
        ['Điện Biên', 'Hòa Bình', 'Lai Châu', 'Lào Cai', 'Phú Thọ', 'Sơn La', 'Vĩnh Phúc', 'Yên Bái'].map((p) => `LHH ${p}`).sort(),
      );
    }
  });

  it('shows 5 members from 2025: the three unchanged units and the two new ones', async () => {
    const members = await membersIn(t, c3.cluster, 2025);
    expect(members.map((m) => m.organizationId).sort()).toEqual(
      [c3.units.sonLa, c3.units.dienBien, c3.units.laiChau, newLaoCai, newPhuTho].sort(),
    );
    expect(await membersIn(t, c3.cluster, 2026)).toHaveLength(5);
  });

  it('lists 8 provincial unions active in 2024 and 5 in 2026', async () => {
    const active = async (year: number) =>
      (await t.staff.get(`${API}?kind=provincial_union&activeIn=${year}&pageSize=50`).expect(200)).body.total;
    expect(await active(2024)).toBe(8);
    expect(await active(2025)).toBe(10);
    expect(await active(2026)).toBe(5);
  });

  it('keeps the old Lào Cai as it was, ended the day before, pointing to its successor', async () => {
    const response = await t.staff.get(`${API}/${c3.units.laoCai}`).expect(200);
    expect(response.body).toMatchObject({ code: 'LHH-LAO-CAI', activeTo: '2025-06-30', predecessors: [] });
    expect(response.body.names).toEqual([
      expect.objectContaining({ shortName: 'LHH Lào Cai', validFrom: '2000-01-01', validTo: '2025-06-30' }),
    ]);
    expect(response.body.successors).toEqual([
      {
        id: newLaoCai,
        code: 'LHH-LAO-CAI-2025',
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai',
        shortName: 'LHH Lào Cai',
        event: 'merger',
        effectiveDate: '2025-07-01',
        legalBasis: RESOLUTION,
      },
    ]);
  });

  it('lets the new Lào Cai see its predecessors', async () => {
    const detail = await t.staff.get(`${API}/${newLaoCai}`).expect(200);
    expect(detail.body.predecessors.map((p: { shortName: string; id: string }) => [p.shortName, p.id])).toEqual([
      ['LHH Lào Cai', c3.units.laoCai],
      ['LHH Yên Bái', c3.units.yenBai],
    ]);

    const lineage = await t.staff.get(`${API}/${newLaoCai}/lineage`).expect(200);
    expect(lineage.body.organization.id).toBe(newLaoCai);
    expect(lineage.body.descendants).toEqual([]);
    expect(lineage.body.ancestors).toEqual([
      expect.objectContaining({ id: c3.units.laoCai, shortName: 'LHH Lào Cai', depth: 1, viaId: newLaoCai }),
      expect.objectContaining({ id: c3.units.yenBai, shortName: 'LHH Yên Bái', depth: 1, viaId: newLaoCai }),
    ]);
    const ofYenBai = await t.staff.get(`${API}/${c3.units.yenBai}/lineage`).expect(200);
    expect(ofYenBai.body.descendants).toEqual([expect.objectContaining({ id: newLaoCai, depth: 1, viaId: c3.units.yenBai })]);
  });

  it("shows, year by year, its predecessors' memberships and terms beside its own", async () => {
    const response = await t.staff.get(`${API}/${newLaoCai}/history`).expect(200);
    const years = response.body.years as {
      year: number;
      memberships: { unit: { id: string; shortName: string; depth: number }; cluster: { name: string } }[];
      terms: { role: string; unit: { shortName: string; depth: number } }[];
    }[];
    expect(years[0].year).toBe(2023);
    const byYear = new Map(years.map((y) => [y.year, y]));
    for (const year of [2023, 2024]) {
      expect(byYear.get(year)?.memberships.map((m) => [m.unit.shortName, m.unit.depth, m.cluster.name])).toEqual([
        ['LHH Lào Cai', 1, 'Cụm thi đua số 3'],
        ['LHH Yên Bái', 1, 'Cụm thi đua số 3'],
      ]);
    }
    expect(byYear.get(2023)?.terms).toEqual([]);
    expect(byYear.get(2024)?.terms.map((r) => [r.role, r.unit.shortName, r.unit.depth])).toEqual([
      ['chair', 'LHH Lào Cai', 1],
      ['vice_chair', 'LHH Yên Bái', 1],
    ]);
    expect(byYear.get(2025)?.memberships.map((m) => [m.unit.id, m.unit.depth])).toEqual([[newLaoCai, 0]]);
  });
});

describe('refusing a merger that would rewrite history', () => {
  let t: TestApp;
  let c3: Cluster3;

  const merge = (body: Record<string, unknown>) => t.staff.post(`${API}/mergers`).send({ effectiveDate: '2026-01-01', ...body });

  /** Sends the merger, expects `status`, and proves that nothing was written. */
  async function refused(body: Record<string, unknown>, status: number) {
    const before = await contentOf(t.dataSource, ...MERGER_TABLES);
    const response = await merge(body).expect(status);
    expect(await contentOf(t.dataSource, ...MERGER_TABLES)).toEqual(before);
    return response.body as { code: string; errors: { field: string; message: string }[] };
  }

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    await givenTerm(t.dataSource, { clusterId: c3.cluster, year: 2026, chairId: c3.units.sonLa, viceChairId: c3.units.laiChau });
    // Điện Biên is also placed in its province's block of social organisations, from 2026 on.
    const province = await givenProvincialUnion(t.dataSource, 'UBND-DIEN-BIEN', 'Điện Biên (UBND)');
    const block = await givenCluster(t.dataSource, {
      code: 'K-DB',
      number: 1,
      name: 'Khối các tổ chức xã hội',
      kind: 'block',
      ownerId: province,
      rotationRule: 'elected',
    });
    await givenMembers(t.dataSource, block, [c3.units.dienBien], 2026);
    await merge({ sourceIds: [c3.units.yenBai], successor: { id: c3.units.laoCai }, effectiveDate: '2025-07-01' }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a source that already ended, naming it', async () => {
    const body = await refused({ sourceIds: [c3.units.yenBai], successor: { id: c3.units.phuTho } }, 422);
    expect(body).toMatchObject({
      code: 'REGISTRY.MERGER_REFUSED',
      errors: [{ field: 'sourceIds[0]', message: 'LHH Yên Bái đã kết thúc hoạt động ngày 30/06/2025.' }],
    });
  });

  it('refuses a successor that is also a source, and repeated sources', async () => {
    const body = await refused(
      { sourceIds: [c3.units.hoaBinh, c3.units.hoaBinh, c3.units.phuTho], successor: { id: c3.units.phuTho } },
      422,
    );
    expect(body.errors.map((e) => e.field)).toEqual(['sourceIds[1]', 'successor.id']);
  });

  it('refuses a source that chairs or vice-chairs a term in or after the merger year', async () => {
    const body = await refused({ sourceIds: [c3.units.phuTho, c3.units.laiChau], successor: newProvince('LHH-TAY-BAC', 'Tây Bắc') }, 422);
    expect(body.errors).toEqual([
      { field: 'sourceIds[1]', message: 'LHH Lai Châu là cụm phó của Cụm thi đua số 3 năm 2026; hãy đổi nhiệm kỳ đó trước khi sáp nhập.' },
    ]);
    const chair = await refused({ sourceIds: [c3.units.sonLa], successor: { id: c3.units.dienBien } }, 422);
    expect(chair.errors[0].message).toContain('LHH Sơn La là cụm trưởng của Cụm thi đua số 3 năm 2026');
  });

  it('refuses a source placed in a cluster from the merger year on', async () => {
    const body = await refused({ sourceIds: [c3.units.dienBien], successor: { id: c3.units.sonLa }, effectiveDate: '2026-07-01' }, 422);
    expect(body.errors).toEqual([
      { field: 'sourceIds[0]', message: expect.stringContaining('LHH Điện Biên đã được xếp vào Khối các tổ chức xã hội từ năm 2026') },
    ]);
  });

  it('lets only one of two concurrent mergers of the same unit through', async () => {
    const [first, second] = await Promise.all([
      merge({ sourceIds: [c3.units.vinhPhuc], successor: { id: c3.units.sonLa }, effectiveDate: '2025-01-01' }),
      merge({ sourceIds: [c3.units.vinhPhuc], successor: { id: c3.units.dienBien }, effectiveDate: '2025-01-01' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 422]);
    const links = await t.dataSource.query(`SELECT successor_id FROM organization_lineage WHERE predecessor_id = $1`, [c3.units.vinhPhuc]);
    expect(links).toHaveLength(1);
  });

  it('refuses unknown units and a successor given both by id and as a new unit', async () => {
    const unknown = await refused({ sourceIds: ['0b6f3c2e-8a52-4d1e-9f3a-1c2d3e4f5a6b'], successor: { id: c3.units.phuTho } }, 422);
    expect(unknown.errors).toEqual([{ field: 'sourceIds[0]', message: 'Không tìm thấy đơn vị 0b6f3c2e-8a52-4d1e-9f3a-1c2d3e4f5a6b.' }]);
    const both = await refused({ sourceIds: [c3.units.hoaBinh], successor: { id: c3.units.phuTho, code: 'X' } }, 400);
    expect(both).toMatchObject({ code: 'REGISTRY.MERGER_SUCCESSOR_AMBIGUOUS', errors: [{ field: 'successor' }] });
  });

  it('refuses a new successor whose code is taken, naming the code', async () => {
    const body = await refused({ sourceIds: [c3.units.hoaBinh], successor: newProvince('LHH-PHU-THO', 'Phú Thọ') }, 409);
    expect(body).toMatchObject({
      code: 'REGISTRY.ORGANIZATION_CODE_TAKEN',
      errors: [{ field: 'successor.code', message: expect.stringContaining('LHH-PHU-THO') }],
    });
  });

  it('refuses malformed bodies and extra fields with Vietnamese field errors', async () => {
    const body = await refused({ sourceIds: [], successor: { code: 'LHH-MOI' }, effectiveDate: '01/07/2025', reason: 'x' }, 400);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'reason', message: 'Trường này không được phép gửi lên.' },
        { field: 'sourceIds', message: expect.stringContaining('Danh sách quá ít phần tử') },
        { field: 'successor.fullName', message: 'Bắt buộc phải có.' },
        { field: 'successor.kind', message: expect.stringContaining('Giá trị không hợp lệ') },
        { field: 'effectiveDate', message: 'Phải là ngày theo dạng YYYY-MM-DD.' },
      ]),
    );
    const notIds = await refused({ sourceIds: ['abc'], successor: {} }, 400);
    expect(notIds.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['sourceIds', 'successor.id', 'successor.code']));
  });

  it('merges into an existing unit, which keeps its own seat', async () => {
    const response = await merge({ sourceIds: [c3.units.hoaBinh], successor: { id: c3.units.phuTho } }).expect(201);
    expect(response.body.successor).toMatchObject({ id: c3.units.phuTho, activeTo: null });
    const seats = await seatsOf(t, c3.units.phuTho);
    expect(seats.map((m) => [m.fromYear, m.toYear])).toEqual([[2023, null]]);
    const ended = await seatsOf(t, c3.units.hoaBinh);
    expect(ended.map((m) => [m.fromYear, m.toYear])).toEqual([[2023, 2025]]);
  });
});

describe('a successor of a successor', () => {
  let t: TestApp;
  let c3: Cluster3;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('sees the predecessors of its predecessors, with their history', async () => {
    const merge = (body: Record<string, unknown>) => t.staff.post(`${API}/mergers`).send(body).expect(201);
    await merge({ sourceIds: [c3.units.yenBai], successor: { id: c3.units.laoCai }, effectiveDate: '2025-07-01' });
    const later = await merge({
      sourceIds: [c3.units.laoCai],
      successor: newProvince('LHH-TAY-BAC', 'Tây Bắc'),
      effectiveDate: '2027-01-01',
    });
    const id = later.body.successor.id;

    const lineage = await t.staff.get(`${API}/${id}/lineage`).expect(200);
    expect(lineage.body.ancestors.map((a: { shortName: string; depth: number; viaId: string }) => [a.shortName, a.depth, a.viaId])).toEqual(
      [
        ['LHH Lào Cai', 1, id],
        ['LHH Yên Bái', 2, c3.units.laoCai],
      ],
    );
    const detail = await t.staff.get(`${API}/${id}`).expect(200);
    expect(detail.body.predecessors.map((p: { shortName: string }) => p.shortName)).toEqual(['LHH Lào Cai']);

    const history = await t.staff.get(`${API}/${id}/history`).expect(200);
    const unitsIn = (year: number) =>
      history.body.years
        .find((y: { year: number }) => y.year === year)
        .memberships.map((m: { unit: { shortName: string; depth: number } }) => [m.unit.shortName, m.unit.depth]);
    expect(unitsIn(2024)).toEqual([
      ['LHH Lào Cai', 1],
      ['LHH Yên Bái', 2],
    ]);
    expect(unitsIn(2026)).toEqual([['LHH Lào Cai', 1]]);
    expect(unitsIn(2027)).toEqual([['LHH Tây Bắc', 0]]);
  });
});

describe('merging units from different clusters of one owner', () => {
  let t: TestApp;
  let clusters: { north: string; south: string; block: string };
  let units: { a: string; b: string };

  beforeAll(async () => {
    t = await startTestApp();
    const vusta = await givenVusta(t.dataSource);
    const province = await givenProvincialUnion(t.dataSource, 'UBND-TINH', 'Tỉnh');
    units = {
      a: await givenProvincialUnion(t.dataSource, 'LHH-A', 'Bình Dương'),
      b: await givenProvincialUnion(t.dataSource, 'LHH-B', 'Bà Rịa - Vũng Tàu'),
    };
    const cluster = (code: string, number: number, ownerId: string, kind: 'cluster' | 'block') =>
      givenCluster(t.dataSource, { code, number, name: `Cụm ${number}`, kind, ownerId, rotationRule: 'elected' });
    clusters = {
      north: await cluster('C-7', 7, vusta, 'cluster'),
      south: await cluster('C-8', 8, vusta, 'cluster'),
      block: await cluster('K-1', 1, province, 'block'),
    };
    await givenMembers(t.dataSource, clusters.north, [units.a], 2022);
    await givenMembers(t.dataSource, clusters.south, [units.b], 2022);
    await givenMembers(t.dataSource, clusters.block, [units.b], 2022);
  });
  afterAll(async () => {
    await t.close();
  });

  const merger = (extra: Record<string, unknown> = {}) => ({
    sourceIds: [units.a, units.b],
    successor: newProvince('LHH-TP-HCM-2025', 'Thành phố Hồ Chí Minh'),
    effectiveDate: '2025-07-01',
    ...extra,
  });

  it('asks which of the owner’s clusters the successor joins, and changes nothing', async () => {
    const before = await contentOf(t.dataSource, ...MERGER_TABLES);
    const response = await t.staff.post(`${API}/mergers`).send(merger()).expect(422);
    expect(response.body.errors).toEqual([{ field: 'successorClusterIds', message: expect.stringContaining('Cụm 7, Cụm 8') }]);
    expect(await contentOf(t.dataSource, ...MERGER_TABLES)).toEqual(before);
  });

  it('seats the successor in the chosen cluster and in the other hierarchy the sources belonged to', async () => {
    const response = await t.staff
      .post(`${API}/mergers`)
      .send(merger({ successorClusterIds: [clusters.south] }))
      .expect(201);
    const seats = await seatsOf(t, response.body.successor.id);
    expect(seats.map((m) => [m.clusterId, m.fromYear, m.toYear]).sort()).toEqual(
      [
        [clusters.south, 2025, null],
        [clusters.block, 2025, null],
      ].sort(),
    );
    const history = await t.staff.get(`${API}/${response.body.successor.id}/history`).expect(200);
    const in2024 = history.body.years.find((y: { year: number }) => y.year === 2024);
    expect(
      in2024.memberships.map((m: { unit: { code: string }; cluster: { code: string } }) => `${m.unit.code}@${m.cluster.code}`).sort(),
    ).toEqual(['LHH-A@C-7', 'LHH-B@C-8', 'LHH-B@K-1'].sort());
  });
});
