import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedAwardCatalog } from '../../seeds/reference/award-catalog.js';
import { AWARD_CATALOG } from '../../src/nominations/award-types/award-catalog.data.js';
import { givenSignedInUser, type SignedInUser } from '../helpers/auth.js';
import { givenAwardCatalog } from '../helpers/nomination-factories.js';
import { contentOf, givenProvincialUnion, UNKNOWN_ID } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const CATALOG_TABLES = ['award_types', 'award_rule_sets', 'audit_events'];

const RULE_SET_2027 = {
  legalBasis: { code: 'ND-XX-2027', citation: { vi: 'Nghị định giả định năm 2027', en: 'A hypothetical 2027 decree' } },
  effectiveFrom: '2027-01-01',
  needsClusterVote: false,
  quota: { kind: 'at_most', count: 3 },
  councilThreshold: null,
  prerequisites: [],
  submissionWindow: { opens: { yearOffset: 0, month: 11, day: 1 }, closes: { yearOffset: 1, month: 1, day: 15 } },
  requiredDocuments: ['proposal_letter', 'achievement_report'],
  cashReward: { collective: { numerator: 3, denominator: 1 }, individual: { numerator: 15, denominator: 10 } },
};

describe('the award catalog, kept by VUSTA staff with rule sets dated by the law', () => {
  let t: TestApp;
  let officer: SignedInUser;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const sonLa = await givenProvincialUnion(t.dataSource, 'LHH-SON-LA', 'Sơn La');
    officer = await givenSignedInUser(t, { username: 'sonla.canbo', roles: ['unit_officer'], organizationId: sonLa });
    ids = await givenAwardCatalog(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('seeds every award of the domain notes, each with its Decree 98 and Decree 152 rule sets, and a second run changes nothing', async () => {
    const before = await contentOf(t.dataSource, 'award_types', 'award_rule_sets', 'legal_instruments');
    await t.dataSource.transaction((tx) => seedAwardCatalog(tx));
    expect(await contentOf(t.dataSource, 'award_types', 'award_rule_sets', 'legal_instruments')).toEqual(before);
    // The dated Laws and decrees the documents cite, those rules.md does not confirm marked unverified.
    const instruments = await t.dataSource.query(
      `SELECT code, kind, effective_from::text AS "from", effective_to::text AS "to", verified FROM legal_instruments ORDER BY kind, effective_from`,
    );
    expect(instruments).toEqual([
      { code: 'ND-91-2017', kind: 'decree', from: '2017-07-31', to: '2023-12-31', verified: false },
      { code: 'ND-98-2023', kind: 'decree', from: '2024-01-01', to: '2025-06-30', verified: true },
      { code: 'ND-152-2025', kind: 'decree', from: '2025-07-01', to: null, verified: true },
      { code: 'LUAT-TDKT-2003', kind: 'law', from: '2004-07-01', to: '2023-12-31', verified: false },
      { code: 'LUAT-TDKT-2022', kind: 'law', from: '2024-01-01', to: null, verified: true },
    ]);
    const list = await t.http.get('/api/v1/award-types?pageSize=50').set('authorization', officer.bearer).expect(200);
    expect(list.body.total).toBe(AWARD_CATALOG.length);
    const flag = await t.http.get(`/api/v1/award-types/${ids.LHHVN_CO_THI_DUA}`).set('authorization', officer.bearer).expect(200);
    expect(flag.body).toMatchObject({
      code: 'LHHVN_CO_THI_DUA',
      name: 'Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
      level: 'vusta',
      form: 'emulation_title',
      nomineeKinds: ['collective'],
    });
    expect(flag.body.ruleSets).toEqual([
      expect.objectContaining({
        legalBasis: { code: 'ND-98-2023', citation: 'Nghị định 98/2023/NĐ-CP' },
        effectiveFrom: '2024-01-01',
        effectiveTo: '2025-06-30',
        needsClusterVote: true,
        quota: { kind: 'share_of_members', share: { numerator: 25, denominator: 100 }, rounding: 'down', source: 'unverified_practice' },
        councilThreshold: { numerator: 80, denominator: 100 },
        requiredDocuments: ['proposal_letter', 'achievement_report', 'evaluation_minutes'],
        cashReward: { collective: { numerator: 8, denominator: 1 }, individual: null, roundUpToMultipleOf: 1 },
      }),
      expect.objectContaining({
        legalBasis: expect.objectContaining({ code: 'ND-152-2025' }),
        effectiveFrom: '2025-07-01',
        effectiveTo: null,
      }),
    ]);
  });

  it('lists the catalog in Vietnamese alphabetical order, filtered and searched without diacritics', async () => {
    const individual = await t.staff.get('/api/v1/award-types?nomineeKind=individual&level=vusta&pageSize=50').expect(200);
    expect(individual.body.items.map((a: { code: string }) => a.code)).toEqual([
      'LHHVN_BANG_KHEN',
      'LHHVN_CHIEN_SI_THI_DUA',
      'LHHVN_KY_NIEM_CHUONG',
    ]);
    const search = await t.staff.get(`/api/v1/award-types?q=${encodeURIComponent('huan chuong lao dong')}&sort=-name`).expect(200);
    expect(search.body.items.map((a: { name: string }) => a.name)).toEqual([
      'Huân chương Lao động hạng Nhì',
      'Huân chương Lao động hạng Nhất',
      'Huân chương Lao động hạng Ba',
    ]);
    const page = await t.staff.get('/api/v1/award-types?nominatedThroughVusta=false&page=1&pageSize=1').expect(200);
    expect(page.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    const bad = await t.staff.get('/api/v1/award-types?level=tinh&sort=gia').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['level', 'sort']);
  });

  it('answers which rule set is in force on a day', async () => {
    const on = (day: string) => t.staff.get(`/api/v1/award-types/${ids.LHHVN_BANG_KHEN}/rule-sets?on=${day}`).expect(200);
    expect((await on('2025-06-30')).body.items.map((r: { legalBasis: { code: string } }) => r.legalBasis.code)).toEqual(['ND-98-2023']);
    expect((await on('2025-07-01')).body.items.map((r: { legalBasis: { code: string } }) => r.legalBasis.code)).toEqual(['ND-152-2025']);
    expect((await on('2023-12-31')).body).toMatchObject({ items: [], total: 0 });
  });

  it('lets national staff add an award type, and nobody else', async () => {
    const body = {
      code: 'LHHVN_GIAY_KHEN_THU',
      name: { vi: '  Giấy khen thử nghiệm ', en: 'Trial certificate' },
      level: 'vusta',
      form: 'commendation',
      awardingAuthority: { vi: 'Chủ tịch Liên hiệp Hội Việt Nam', en: 'President of VUSTA' },
      nomineeKinds: ['individual'],
    };
    const before = await contentOf(t.dataSource, ...CATALOG_TABLES);
    const refused = await t.http.post('/api/v1/award-types').set('authorization', officer.bearer).send(body).expect(403);
    expect(refused.body.code).toBe('ACCESS.FORBIDDEN');
    expect(await contentOf(t.dataSource, ...CATALOG_TABLES)).toEqual(before);
    const created = await t.staff.post('/api/v1/award-types').send(body).expect(201);
    expect(created.body).toMatchObject({
      code: 'LHHVN_GIAY_KHEN_THU',
      name: 'Giấy khen thử nghiệm',
      nominatedThroughVusta: true,
      version: 1,
      ruleSets: [],
    });
    const inEnglish = await t.staff.get(`/api/v1/award-types/${created.body.id}`).set('accept-language', 'en').expect(200);
    expect(inEnglish.body).toMatchObject({ name: 'Trial certificate', awardingAuthority: 'President of VUSTA' });
    const again = await t.staff.post('/api/v1/award-types').send(body).expect(409);
    expect(again.body).toMatchObject({ code: 'AWARD_TYPE.CODE_TAKEN', errors: [{ field: 'code' }] });
    const [event] = await t.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'award_type.create' AND entity_id = $1`, [
      created.body.id,
    ]);
    expect(event.changes.after).toMatchObject({ code: 'LHHVN_GIAY_KHEN_THU', name: 'Giấy khen thử nghiệm' });
  });

  it('refuses malformed award types with a Vietnamese message per field, changing nothing', async () => {
    const before = await contentOf(t.dataSource, ...CATALOG_TABLES);
    const response = await t.staff
      .post('/api/v1/award-types')
      .send({
        code: 'bang khen',
        name: { vi: '' },
        level: 'xa',
        form: 'commendation',
        awardingAuthority: 'VUSTA',
        nomineeKinds: [],
        extra: 1,
      })
      .expect(400);
    expect(response.body.title).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['code', 'name.vi', 'name.en', 'level', 'awardingAuthority', 'nomineeKinds', 'extra']),
    );
    await t.staff.get('/api/v1/award-types/khong-phai-uuid').expect(400);
    const unknown = await t.staff.get(`/api/v1/award-types/${UNKNOWN_ID}`).expect(404);
    expect(unknown.body.title).toBe(`Không tìm thấy loại khen thưởng có mã định danh ${UNKNOWN_ID}.`);
    expect(await contentOf(t.dataSource, ...CATALOG_TABLES)).toEqual(before);
  });

  it('changes an award type on the version read, and refuses a stale one', async () => {
    const current = await t.staff.get(`/api/v1/award-types/${ids.LHHVN_KY_NIEM_CHUONG}`).expect(200);
    const changed = await t.staff
      .patch(`/api/v1/award-types/${ids.LHHVN_KY_NIEM_CHUONG}`)
      .send({ nomineeKinds: ['individual', 'collective'], version: current.body.version })
      .expect(200);
    expect(changed.body).toMatchObject({
      nomineeKinds: ['individual', 'collective'],
      version: current.body.version + 1,
      name: current.body.name,
    });
    const stale = await t.staff
      .patch(`/api/v1/award-types/${ids.LHHVN_KY_NIEM_CHUONG}`)
      .send({ level: 'state', version: current.body.version })
      .expect(409);
    expect(stale.body.code).toBe('DATA.STALE_VERSION');
    await t.http
      .patch(`/api/v1/award-types/${ids.LHHVN_KY_NIEM_CHUONG}`)
      .set('authorization', officer.bearer)
      .send({ version: 2 })
      .expect(403);
  });

  it('adds the rule set of a new instrument, ending the one in force the day before', async () => {
    const added = await t.staff.post(`/api/v1/award-types/${ids.LHHVN_BANG_KHEN}/rule-sets`).send(RULE_SET_2027).expect(201);
    expect(added.body).toMatchObject({
      legalBasis: { code: 'ND-XX-2027' },
      effectiveFrom: '2027-01-01',
      effectiveTo: null,
      quota: { kind: 'at_most', count: 3 },
      cashReward: { roundUpToMultipleOf: 1 },
    });
    const list = await t.staff.get(`/api/v1/award-types/${ids.LHHVN_BANG_KHEN}/rule-sets?sort=-effectiveFrom`).expect(200);
    expect(list.body.items.map((r: { effectiveFrom: string; effectiveTo: string | null }) => [r.effectiveFrom, r.effectiveTo])).toEqual([
      ['2027-01-01', null],
      ['2025-07-01', '2026-12-31'],
      ['2024-01-01', '2025-06-30'],
    ]);
    const actions = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_type = 'award_rule_set' ORDER BY occurred_at, action`,
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['award_rule_set.close', 'award_rule_set.create']);
  });

  it('refuses rule sets that overlap, leave a gap or say impossible things, changing nothing', async () => {
    const before = await contentOf(t.dataSource, ...CATALOG_TABLES);
    const path = `/api/v1/award-types/${ids.LHHVN_BANG_KHEN}/rule-sets`;
    const overlap = await t.staff
      .post(path)
      .send({ ...RULE_SET_2027, effectiveFrom: '2026-06-01', effectiveTo: '2027-03-01' })
      .expect(422);
    expect(overlap.body).toMatchObject({ code: 'AWARD_TYPE.RULE_SET_TIMELINE', errors: [{ field: 'effectiveFrom' }] });
    expect(overlap.body.title).toContain('chồng lấn');
    const early = await t.staff
      .post(path)
      .send({ ...RULE_SET_2027, effectiveFrom: '2020-01-01', effectiveTo: '2022-12-31' })
      .expect(422);
    expect(early.body.title).toContain('gián đoạn');
    const impossible = await t.staff
      .post(path)
      .send({
        ...RULE_SET_2027,
        effectiveFrom: '2023-01-01',
        effectiveTo: '2023-12-31',
        councilThreshold: { numerator: 9, denominator: 8 },
        prerequisites: [{ anyOf: ['KHONG_CO_LOAI_NAY'], consecutiveYears: 2, mayEndYearsBefore: 0 }],
        submissionWindow: { opens: { yearOffset: 0, month: 2, day: 29 }, closes: { yearOffset: 0, month: 3, day: 1 } },
      })
      .expect(422);
    expect(impossible.body).toMatchObject({ code: 'AWARD_TYPE.RULE_SET_REFUSED' });
    expect(impossible.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'councilThreshold',
      'submissionWindow',
      'prerequisites[0].anyOf',
    ]);
    const malformed = await t.staff
      .post(path)
      .send({ ...RULE_SET_2027, quota: { kind: 'share_of_members' }, requiredDocuments: ['giay_to'] })
      .expect(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['quota.share', 'quota.rounding', 'requiredDocuments']),
    );
    await t.http.post(path).set('authorization', officer.bearer).send(RULE_SET_2027).expect(403);
    expect(await contentOf(t.dataSource, ...CATALOG_TABLES)).toEqual(before);
  });

  it('holds the no-overlap rule in the database itself', async () => {
    const attempt = t.dataSource.query(
      `INSERT INTO award_rule_sets (award_type_id, legal_basis_code, legal_basis_citation, legal_basis_citation_en, effective_from, needs_cluster_vote)
       VALUES ($1, 'X', 'X', 'X', '2025-01-01', false)`,
      [ids.LHHVN_CO_THI_DUA],
    );
    await expect(attempt).rejects.toMatchObject({ driverError: expect.objectContaining({ constraint: 'award_rule_sets_no_overlap' }) });
  });
});
