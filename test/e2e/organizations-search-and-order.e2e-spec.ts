import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const API = '/api/v1/organizations';

/** Provinces stored with the spelling their union uses; "Hòa Bình" with the new tone placement. */
const PROVINCES = [
  ['LHH-HA-GIANG', 'Hà Giang'],
  ['LHH-DIEN-BIEN', 'Điện Biên'],
  ['LHH-BAC-NINH', 'Bắc Ninh'],
  ['LHH-CAO-BANG', 'Cao Bằng'],
  ['LHH-THAI-BINH', 'Thái Bình'],
  ['LHH-BAC-LIEU', 'Bạc Liêu'],
  ['LHH-HOA-BINH', 'Hòa Bình'],
  ['LHH-CA-MAU', 'Cà Mau'],
  ['LHH-BR-VT', 'Bà Rịa - Vũng Tàu'],
] as const;

/** The same provinces in Vietnamese alphabetical order (ă after a, đ after d, tones only break ties). */
const IN_VIETNAMESE_ORDER = [
  'Bà Rịa - Vũng Tàu',
  'Bạc Liêu',
  'Bắc Ninh',
  'Cà Mau',
  'Cao Bằng',
  'Điện Biên',
  'Hà Giang',
  'Hòa Bình',
  'Thái Bình',
];

describe('finding organizations', () => {
  let t: TestApp;

  const provinces = async (query: string) => {
    const response = await t.staff.get(`${API}?kind=provincial_union&pageSize=50&${query}`).expect(200);
    return (response.body.items as { province: string }[]).map((item) => item.province);
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const [code, province] of PROVINCES) {
      await t.staff
        .post(API)
        .send({
          code,
          province,
          kind: 'provincial_union',
          fullName: `Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh ${province}`,
          shortName: `LHH ${province}`,
          activeFrom: '2000-01-01',
        })
        .expect(201);
    }
    for (const [code, fullName, activeFrom] of [
      ['HOI-DUOC', 'Hội Dược học Việt Nam', '1960-01-01'],
      ['HOI-DIEN', 'Hội Điện lực Việt Nam', '2030-01-01'],
    ]) {
      await t.staff.post(API).send({ code, fullName, shortName: fullName, kind: 'association', activeFrom }).expect(201);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds Hòa Bình and only it, however the name is typed', async () => {
    for (const q of ['Hoà Bình', 'Hòa Bình', 'hoa binh', 'HOA BINH', 'Hòa Bình'.normalize('NFD'), 'lhh-hoa']) {
      const response = await t.staff.get(API).query({ q }).expect(200);
      expect({ q, total: response.body.total, codes: response.body.items.map((i: { code: string }) => i.code) }).toEqual({
        q,
        total: 1,
        codes: ['LHH-HOA-BINH'],
      });
    }
  });

  it('takes the search text literally, not as a LIKE pattern', async () => {
    const response = await t.staff.get(API).query({ q: '%' }).expect(200);
    expect(response.body.total).toBe(0);
  });

  it('sorts names in Vietnamese alphabetical order, both ways', async () => {
    expect(await provinces('')).toEqual(IN_VIETNAMESE_ORDER);
    expect(await provinces('sort=-name')).toEqual([...IN_VIETNAMESE_ORDER].reverse());
  });

  it('puts Đ after every D', async () => {
    const response = await t.staff.get(`${API}?kind=association`).expect(200);
    expect(response.body.items.map((i: { fullName: string }) => i.fullName)).toEqual(['Hội Dược học Việt Nam', 'Hội Điện lực Việt Nam']);
  });

  it('sorts by code and by province', async () => {
    const byCode = await t.staff.get(`${API}?sort=-code&pageSize=3`).expect(200);
    expect(byCode.body.items.map((i: { code: string }) => i.code)).toEqual(['LHH-THAI-BINH', 'LHH-HOA-BINH', 'LHH-HA-GIANG']);
    const byProvince = await t.staff.get(`${API}?sort=province&pageSize=50`).expect(200);
    expect(byProvince.body.items.map((i: { province: string | null }) => i.province)).toEqual([...IN_VIETNAMESE_ORDER, null, null]);
  });

  it('pages through the list with the total count', async () => {
    const response = await t.staff.get(`${API}?kind=provincial_union&page=2&pageSize=4`).expect(200);
    expect(response.body).toMatchObject({ total: 9, page: 2, pageSize: 4 });
    expect(response.body.items.map((i: { province: string }) => i.province)).toEqual(IN_VIETNAMESE_ORDER.slice(4, 8));
    const beyond = await t.staff.get(`${API}?kind=provincial_union&page=9&pageSize=4`).expect(200);
    expect(beyond.body).toMatchObject({ total: 9, items: [] });
  });

  it('filters by province without regard to diacritics, and by the years a unit was active', async () => {
    expect(await provinces('province=dien bien')).toEqual(['Điện Biên']);
    const in2025 = await t.staff.get(`${API}?kind=association&activeIn=2025`).expect(200);
    expect(in2025.body.items.map((i: { code: string }) => i.code)).toEqual(['HOI-DUOC']);
    const in2030 = await t.staff.get(`${API}?kind=association&activeIn=2030`).expect(200);
    expect(in2030.body.total).toBe(2);
  });

  it('refuses bad query parameters with Vietnamese field errors', async () => {
    const response = await t.staff.get(`${API}?sort=ten&pageSize=0&activeIn=1800&year=abc&kind=club`).expect(400);
    const fields = new Set(response.body.errors.map((e: { field: string }) => e.field));
    expect([...fields].sort()).toEqual(['activeIn', 'kind', 'pageSize', 'sort', 'year']);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([{ field: 'activeIn', message: 'Giá trị quá nhỏ; không được nhỏ hơn 1945' }]),
    );
  });
});
