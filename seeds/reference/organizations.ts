import type { EntityManager } from 'typeorm';
import { OrganizationRepository } from '../../src/registry/organizations/organization.repository.js';
import type { OrganizationKind } from '../../src/registry/organizations/organization.rules.js';
import { idOf } from '../upsert-by-code.js';

export interface OrganizationSeed {
  code: string;
  kind: OrganizationKind;
  province: string | null;
  activeFrom: string;
  fullName: string;
  shortName: string;
}

export const VUSTA_CODE = 'VUSTA';

/**
 * Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam. Founded 26/03/1983: general knowledge (it
 * celebrated its 40th anniversary in 2023), not a fact from the domain notes' sources.
 */
const VUSTA: OrganizationSeed = {
  code: VUSTA_CODE,
  kind: 'national_union',
  province: null,
  activeFrom: '1983-03-26',
  fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  shortName: 'Liên hiệp Hội Việt Nam',
};

/**
 * 2022 is the first year the provincial unions competed in VUSTA's clusters (domain notes §3.2);
 * each union is older, but its founding date is unknown here and nothing before 2022 is recorded.
 */
const PROVINCIAL_UNIONS_FROM = '2022-01-01';

function provincialUnion(code: string, province: string, area = `tỉnh ${province}`, shortName = `LHH ${province}`): OrganizationSeed {
  return {
    code,
    kind: 'provincial_union',
    province,
    activeFrom: PROVINCIAL_UNIONS_FROM,
    fullName: `Liên hiệp các Hội Khoa học và Kỹ thuật ${area}`,
    shortName,
  };
}

/** One of the five cities run by the central government before 2025 (thành phố trực thuộc trung ương). */
function cityUnion(code: string, city: string): OrganizationSeed {
  return provincialUnion(code, city, `thành phố ${city}`);
}

/**
 * The 63 provincial unions (Liên hiệp các Hội KH&KT tỉnh, thành phố) as they were before the
 * mergers of 01/07/2025; the mergers themselves are recorded through the API (POST
 * /organizations/mergers), not here. Thừa Thiên Huế became the centrally-run city of Huế on
 * 01/01/2025; whether its union was renamed then is not known, so no later name is seeded.
 */
const PROVINCIAL_UNIONS: OrganizationSeed[] = [
  provincialUnion('LHH-HA-GIANG', 'Hà Giang'),
  provincialUnion('LHH-CAO-BANG', 'Cao Bằng'),
  provincialUnion('LHH-BAC-KAN', 'Bắc Kạn'),
  provincialUnion('LHH-TUYEN-QUANG', 'Tuyên Quang'),
  provincialUnion('LHH-THAI-NGUYEN', 'Thái Nguyên'),
  provincialUnion('LHH-LANG-SON', 'Lạng Sơn'),
  provincialUnion('LHH-BAC-GIANG', 'Bắc Giang'),
  provincialUnion('LHH-SON-LA', 'Sơn La'),
  provincialUnion('LHH-DIEN-BIEN', 'Điện Biên'),
  provincialUnion('LHH-LAI-CHAU', 'Lai Châu'),
  provincialUnion('LHH-LAO-CAI', 'Lào Cai'),
  provincialUnion('LHH-YEN-BAI', 'Yên Bái'),
  provincialUnion('LHH-VINH-PHUC', 'Vĩnh Phúc'),
  provincialUnion('LHH-PHU-THO', 'Phú Thọ'),
  provincialUnion('LHH-HOA-BINH', 'Hòa Bình'),
  provincialUnion('LHH-QUANG-NINH', 'Quảng Ninh'),
  provincialUnion('LHH-BAC-NINH', 'Bắc Ninh'),
  cityUnion('LHH-HA-NOI', 'Hà Nội'),
  cityUnion('LHH-HAI-PHONG', 'Hải Phòng'),
  provincialUnion('LHH-HAI-DUONG', 'Hải Dương'),
  provincialUnion('LHH-HUNG-YEN', 'Hưng Yên'),
  provincialUnion('LHH-THAI-BINH', 'Thái Bình'),
  provincialUnion('LHH-NAM-DINH', 'Nam Định'),
  provincialUnion('LHH-HA-NAM', 'Hà Nam'),
  provincialUnion('LHH-NINH-BINH', 'Ninh Bình'),
  provincialUnion('LHH-THANH-HOA', 'Thanh Hóa'),
  provincialUnion('LHH-NGHE-AN', 'Nghệ An'),
  provincialUnion('LHH-HA-TINH', 'Hà Tĩnh'),
  provincialUnion('LHH-QUANG-BINH', 'Quảng Bình'),
  provincialUnion('LHH-QUANG-TRI', 'Quảng Trị'),
  provincialUnion('LHH-THUA-THIEN-HUE', 'Thừa Thiên Huế'),
  cityUnion('LHH-DA-NANG', 'Đà Nẵng'),
  provincialUnion('LHH-QUANG-NAM', 'Quảng Nam'),
  provincialUnion('LHH-QUANG-NGAI', 'Quảng Ngãi'),
  provincialUnion('LHH-BINH-DINH', 'Bình Định'),
  provincialUnion('LHH-PHU-YEN', 'Phú Yên'),
  provincialUnion('LHH-KHANH-HOA', 'Khánh Hòa'),
  provincialUnion('LHH-NINH-THUAN', 'Ninh Thuận'),
  provincialUnion('LHH-BINH-THUAN', 'Bình Thuận'),
  provincialUnion('LHH-KON-TUM', 'Kon Tum'),
  provincialUnion('LHH-GIA-LAI', 'Gia Lai'),
  provincialUnion('LHH-DAK-LAK', 'Đắk Lắk'),
  provincialUnion('LHH-DAK-NONG', 'Đắk Nông'),
  provincialUnion('LHH-LAM-DONG', 'Lâm Đồng'),
  provincialUnion('LHH-HO-CHI-MINH', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'LHH TP. Hồ Chí Minh'),
  provincialUnion('LHH-BINH-DUONG', 'Bình Dương'),
  provincialUnion('LHH-BINH-PHUOC', 'Bình Phước'),
  provincialUnion('LHH-TAY-NINH', 'Tây Ninh'),
  provincialUnion('LHH-DONG-NAI', 'Đồng Nai'),
  provincialUnion('LHH-BA-RIA-VUNG-TAU', 'Bà Rịa - Vũng Tàu'),
  provincialUnion('LHH-LONG-AN', 'Long An'),
  provincialUnion('LHH-BEN-TRE', 'Bến Tre'),
  provincialUnion('LHH-VINH-LONG', 'Vĩnh Long'),
  provincialUnion('LHH-TIEN-GIANG', 'Tiền Giang'),
  provincialUnion('LHH-DONG-THAP', 'Đồng Tháp'),
  provincialUnion('LHH-AN-GIANG', 'An Giang'),
  provincialUnion('LHH-TRA-VINH', 'Trà Vinh'),
  cityUnion('LHH-CAN-THO', 'Cần Thơ'),
  provincialUnion('LHH-SOC-TRANG', 'Sóc Trăng'),
  provincialUnion('LHH-BAC-LIEU', 'Bạc Liêu'),
  provincialUnion('LHH-CA-MAU', 'Cà Mau'),
  provincialUnion('LHH-HAU-GIANG', 'Hậu Giang'),
  provincialUnion('LHH-KIEN-GIANG', 'Kiên Giang'),
];

/**
 * Reference data: VUSTA and the provincial unions, upserted by code, each with its founding name.
 * A unit whose name history the application already manages is left as it is. Returns id by code.
 */
export async function seedOrganizations(tx: EntityManager): Promise<Map<string, string>> {
  const seeds = [VUSTA, ...PROVINCIAL_UNIONS];
  const organizations = new OrganizationRepository(tx);
  const ids = await organizations.upsertByCode(seeds.map(({ code, kind, province, activeFrom }) => ({ code, kind, province, activeFrom })));
  const existing = await organizations.namesOf([...ids.values()]);
  for (const seed of seeds) {
    const organizationId = idOf(ids, seed.code);
    const history = existing.filter((name) => name.organizationId === organizationId);
    const founding = history.find((name) => name.validFrom === seed.activeFrom);
    if (history.length === 0) {
      await organizations.insertName(organizationId, {
        fullName: seed.fullName,
        shortName: seed.shortName,
        validFrom: seed.activeFrom,
        validTo: null,
      });
    } else if (founding && (founding.fullName !== seed.fullName || founding.shortName !== seed.shortName)) {
      await organizations.reword(founding.id, seed);
    }
  }
  return ids;
}
