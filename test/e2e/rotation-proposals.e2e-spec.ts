import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Cluster3, givenCluster3In2023, givenProvincialUnion, UNKNOWN_ID } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('rotation: proposing next year’s chair and vice-chair', () => {
  let t: TestApp;
  let c3: Cluster3;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  function proposal(clusterId: string, year: number) {
    return t.staff.get(`/api/v1/clusters/${clusterId}/terms/${year}/proposal`);
  }

  async function version(clusterId: string): Promise<number> {
    return (await t.staff.get(`/api/v1/clusters/${clusterId}`).expect(200)).body.version as number;
  }

  describe('vice_chair_succeeds (Cluster 3)', () => {
    it('leaves 2024 to the conference when 2023 had no vice-chair and no order is stored', async () => {
      const response = await proposal(c3.cluster, 2024).expect(200);
      expect(response.body).toMatchObject({
        clusterId: c3.cluster,
        year: 2024,
        rule: 'vice_chair_succeeds',
        previousTerm: { year: 2023, chair: { shortName: 'LHH Sơn La' }, viceChair: null },
        chair: null,
        viceChair: null,
        reasons: [
          'Nhiệm kỳ năm 2023 (cụm trưởng LHH Sơn La) không có cụm phó để kế nhiệm.',
          'Cụm chưa lưu thứ tự luân phiên: cụm trưởng và cụm phó năm 2024 do hội nghị cụm bầu.',
        ],
      });
      expect(response.body.eligible).toHaveLength(8);
      expect(response.body.eligible[7]).toEqual({ unit: expect.objectContaining({ shortName: 'LHH Sơn La' }), lastChairedYear: 2023 });
    });

    it('follows the stored order when there is no vice-chair to succeed: Lào Cai after Sơn La, Yên Bái vice-chair', async () => {
      const { units } = c3;
      await t.staff
        .patch(`/api/v1/clusters/${c3.cluster}`)
        .send({
          rotationOrder: [
            units.sonLa,
            units.laoCai,
            units.yenBai,
            units.dienBien,
            units.laiChau,
            units.vinhPhuc,
            units.phuTho,
            units.hoaBinh,
          ],
          version: await version(c3.cluster),
        })
        .expect(200);
      const response = await proposal(c3.cluster, 2024).expect(200);
      expect(response.body.chair).toEqual({
        id: units.laoCai,
        code: 'LHH-LAO-CAI',
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai',
        shortName: 'LHH Lào Cai',
      });
      expect(response.body.viceChair).toMatchObject({ id: units.yenBai, shortName: 'LHH Yên Bái' });
      expect(response.body.reasons).toContain('Theo thứ tự luân phiên, LHH Lào Cai là đơn vị kế tiếp: đề xuất làm cụm trưởng năm 2024.');
    });

    it('makes the 2024 vice-chair (Yên Bái) the 2025 chair', async () => {
      await t.staff
        .put(`/api/v1/clusters/${c3.cluster}/terms/2024`)
        .send({ chairId: c3.units.laoCai, viceChairId: c3.units.yenBai, decidedBy: 'rotation' })
        .expect(201);
      const response = await proposal(c3.cluster, 2025).expect(200);
      expect(response.body).toMatchObject({
        chair: { id: c3.units.yenBai },
        viceChair: { id: c3.units.dienBien },
        reasons: [
          'LHH Yên Bái là cụm phó năm 2024 nên kế nhiệm cụm trưởng năm 2025.',
          'Cụm phó: LHH Điện Biên, đơn vị kế tiếp LHH Yên Bái trong thứ tự luân phiên.',
        ],
      });
    });

    it('says so when the vice-chair is no longer a member, and falls back to the order (Yên Bái merged in 2025)', async () => {
      await t.staff
        .put(`/api/v1/clusters/${c3.cluster}/terms/2025`)
        .send({ chairId: c3.units.dienBien, viceChairId: c3.units.yenBai, decidedBy: 'election' })
        .expect(201);
      await t.staff.post(`/api/v1/clusters/${c3.cluster}/members/${c3.units.yenBai}/end`).send({ lastYear: 2025 }).expect(200);
      const response = await proposal(c3.cluster, 2026).expect(200);
      expect(response.body).toMatchObject({
        chair: { id: c3.units.laiChau },
        viceChair: { id: c3.units.vinhPhuc },
        reasons: [
          'LHH Yên Bái, cụm phó năm 2025, không còn là thành viên của cụm năm 2026.',
          'Cụm trưởng năm 2025 là LHH Điện Biên.',
          'Theo thứ tự luân phiên, LHH Lai Châu là đơn vị kế tiếp: đề xuất làm cụm trưởng năm 2026.',
          'Cụm phó: LHH Vĩnh Phúc, đơn vị kế tiếp LHH Lai Châu trong thứ tự luân phiên.',
        ],
      });
      expect(response.body.eligible).toHaveLength(7);
    });

    it('explains in English when asked', async () => {
      const response = await proposal(c3.cluster, 2025).set('accept-language', 'en').expect(200);
      expect(response.body.reasons[0]).toBe('LHH Yên Bái was vice-chair in 2024, so it succeeds as chair in 2025.');
    });
  });

  describe('round_robin and elected (Cluster 9 “Nam Sông Hậu”)', () => {
    let cluster9: string;
    const units: Record<string, string> = {};

    beforeAll(async () => {
      for (const [code, province] of [
        ['LHH-CAN-THO', 'Cần Thơ'],
        ['LHH-SOC-TRANG', 'Sóc Trăng'],
        ['LHH-BAC-LIEU', 'Bạc Liêu'],
        ['LHH-CA-MAU', 'Cà Mau'],
        ['LHH-HAU-GIANG', 'Hậu Giang'],
        ['LHH-KIEN-GIANG', 'Kiên Giang'],
      ]) {
        units[province] = await givenProvincialUnion(t.dataSource, code, province);
      }
      const created = await t.staff
        .post('/api/v1/clusters')
        .send({
          code: 'VUSTA-C9',
          number: 9,
          name: 'Cụm thi đua số 9 "Nam Sông Hậu"',
          kind: 'cluster',
          ownerId: c3.vusta,
          rotationRule: 'round_robin',
          rotationOrder: Object.values(units),
        })
        .expect(201);
      cluster9 = created.body.id;
      for (const organizationId of Object.values(units)) {
        await t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId, fromYear: 2023 }).expect(201);
      }
      await t.staff
        .put(`/api/v1/clusters/${cluster9}/terms/2023`)
        .send({ chairId: units['Cần Thơ'], viceChairId: units['Sóc Trăng'], decidedBy: 'election' })
        .expect(201);
    });

    it('passes the chair to the next unit in the order, and the vice-chair to the one after', async () => {
      const response = await proposal(cluster9, 2024).expect(200);
      expect(response.body).toMatchObject({
        rule: 'round_robin',
        chair: { shortName: 'LHH Sóc Trăng' },
        viceChair: { shortName: 'LHH Bạc Liêu' },
        reasons: [
          'Cụm trưởng năm 2023 là LHH Cần Thơ.',
          'Theo thứ tự luân phiên, LHH Sóc Trăng là đơn vị kế tiếp: đề xuất làm cụm trưởng năm 2024.',
          'Cụm phó: LHH Bạc Liêu, đơn vị kế tiếp LHH Sóc Trăng trong thứ tự luân phiên.',
        ],
      });
    });

    it('skips a unit that is not a member in the year', async () => {
      await t.staff.post(`/api/v1/clusters/${cluster9}/members/${units['Sóc Trăng']}/end`).send({ lastYear: 2023 }).expect(200);
      const response = await proposal(cluster9, 2024).expect(200);
      expect(response.body).toMatchObject({
        chair: { shortName: 'LHH Bạc Liêu' },
        viceChair: { shortName: 'LHH Cà Mau' },
        reasons: [
          'Cụm trưởng năm 2023 là LHH Cần Thơ.',
          'Bỏ qua LHH Sóc Trăng vì không phải thành viên của cụm năm 2024.',
          'Theo thứ tự luân phiên, LHH Bạc Liêu là đơn vị kế tiếp: đề xuất làm cụm trưởng năm 2024.',
          'Cụm phó: LHH Cà Mau, đơn vị kế tiếp LHH Bạc Liêu trong thứ tự luân phiên.',
        ],
      });
    });

    it('proposes nobody under the elected rule, listing the members who have not chaired first', async () => {
      await t.staff
        .patch(`/api/v1/clusters/${cluster9}`)
        .send({ rotationRule: 'elected', version: await version(cluster9) })
        .expect(200);
      const response = await proposal(cluster9, 2024).expect(200);
      expect(response.body).toMatchObject({ rule: 'elected', chair: null, viceChair: null });
      expect(
        response.body.eligible.map((e: { unit: { shortName: string }; lastChairedYear: number | null }) => [
          e.unit.shortName,
          e.lastChairedYear,
        ]),
      ).toEqual([
        ['LHH Bạc Liêu', null],
        ['LHH Cà Mau', null],
        ['LHH Hậu Giang', null],
        ['LHH Kiên Giang', null],
        ['LHH Cần Thơ', 2023],
      ]);
      expect(response.body.reasons).toEqual([
        'Quy tắc của cụm là bầu: cụm trưởng và cụm phó năm 2024 do hội nghị cụm bầu, không đề xuất sẵn.',
        'Có 5 thành viên năm 2024 có thể được bầu; xếp trước các đơn vị chưa làm cụm trưởng hoặc làm đã lâu nhất.',
        'LHH Cần Thơ là cụm trưởng năm 2023.',
      ]);
    });
  });

  it('answers 404 for an unknown cluster and 400 for a bad year', async () => {
    const unknown = await proposal(UNKNOWN_ID, 2024).expect(404);
    expect(unknown.body.code).toBe('REGISTRY.CLUSTER_NOT_FOUND');
    const badYear = await t.staff.get(`/api/v1/clusters/${c3.cluster}/terms/3000/proposal`).expect(400);
    expect(badYear.body.errors).toEqual([{ field: 'year', message: 'Giá trị quá lớn; không được lớn hơn 2200' }]);
  });
});
