import type { EntityManager } from 'typeorm';
import type { MergersService } from '../../src/registry/organizations/mergers.service.js';
import { idOf } from '../upsert-by-code.js';

interface MergerSeed {
  /** The unions merged; the first is the one whose province gives the new province its name. */
  sources: string[];
  successor: { code: string; province: string; area: string };
}

const EFFECTIVE_DATE = '2025-07-01';
const LEGAL_BASIS = 'Nghị quyết 202/2025/QH15';

function into(code: string, province: string, area = `tỉnh ${province}`) {
  return { code, province, area };
}

/**
 * The provincial unions merged along with their provinces on 01/07/2025 (Resolution 202/2025/QH15;
 * rules.md §5): 63 provinces became 34. Each merger makes a new union, even where it keeps a
 * predecessor's name (rules.md §5.4.1). Hà Giang → Tuyên Quang is UNVERIFIED in the domain notes.
 * When the sources sat in different clusters, the new union takes the cluster of the first source.
 */
const MERGERS: MergerSeed[] = [
  { sources: ['LHH-TUYEN-QUANG', 'LHH-HA-GIANG'], successor: into('LHH-TUYEN-QUANG-2025', 'Tuyên Quang') },
  { sources: ['LHH-LAO-CAI', 'LHH-YEN-BAI'], successor: into('LHH-LAO-CAI-2025', 'Lào Cai') },
  { sources: ['LHH-THAI-NGUYEN', 'LHH-BAC-KAN'], successor: into('LHH-THAI-NGUYEN-2025', 'Thái Nguyên') },
  { sources: ['LHH-PHU-THO', 'LHH-VINH-PHUC', 'LHH-HOA-BINH'], successor: into('LHH-PHU-THO-2025', 'Phú Thọ') },
  { sources: ['LHH-BAC-NINH', 'LHH-BAC-GIANG'], successor: into('LHH-BAC-NINH-2025', 'Bắc Ninh') },
  { sources: ['LHH-HUNG-YEN', 'LHH-THAI-BINH'], successor: into('LHH-HUNG-YEN-2025', 'Hưng Yên') },
  { sources: ['LHH-HAI-PHONG', 'LHH-HAI-DUONG'], successor: into('LHH-HAI-PHONG-2025', 'Hải Phòng', 'thành phố Hải Phòng') },
  { sources: ['LHH-NINH-BINH', 'LHH-HA-NAM', 'LHH-NAM-DINH'], successor: into('LHH-NINH-BINH-2025', 'Ninh Bình') },
  { sources: ['LHH-QUANG-TRI', 'LHH-QUANG-BINH'], successor: into('LHH-QUANG-TRI-2025', 'Quảng Trị') },
  { sources: ['LHH-DA-NANG', 'LHH-QUANG-NAM'], successor: into('LHH-DA-NANG-2025', 'Đà Nẵng', 'thành phố Đà Nẵng') },
  { sources: ['LHH-QUANG-NGAI', 'LHH-KON-TUM'], successor: into('LHH-QUANG-NGAI-2025', 'Quảng Ngãi') },
  { sources: ['LHH-GIA-LAI', 'LHH-BINH-DINH'], successor: into('LHH-GIA-LAI-2025', 'Gia Lai') },
  { sources: ['LHH-KHANH-HOA', 'LHH-NINH-THUAN'], successor: into('LHH-KHANH-HOA-2025', 'Khánh Hòa') },
  { sources: ['LHH-LAM-DONG', 'LHH-DAK-NONG', 'LHH-BINH-THUAN'], successor: into('LHH-LAM-DONG-2025', 'Lâm Đồng') },
  { sources: ['LHH-DAK-LAK', 'LHH-PHU-YEN'], successor: into('LHH-DAK-LAK-2025', 'Đắk Lắk') },
  {
    sources: ['LHH-HO-CHI-MINH', 'LHH-BINH-DUONG', 'LHH-BA-RIA-VUNG-TAU'],
    successor: into('LHH-HO-CHI-MINH-2025', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh'),
  },
  { sources: ['LHH-DONG-NAI', 'LHH-BINH-PHUOC'], successor: into('LHH-DONG-NAI-2025', 'Đồng Nai') },
  { sources: ['LHH-TAY-NINH', 'LHH-LONG-AN'], successor: into('LHH-TAY-NINH-2025', 'Tây Ninh') },
  { sources: ['LHH-CAN-THO', 'LHH-SOC-TRANG', 'LHH-HAU-GIANG'], successor: into('LHH-CAN-THO-2025', 'Cần Thơ', 'thành phố Cần Thơ') },
  { sources: ['LHH-VINH-LONG', 'LHH-BEN-TRE', 'LHH-TRA-VINH'], successor: into('LHH-VINH-LONG-2025', 'Vĩnh Long') },
  { sources: ['LHH-DONG-THAP', 'LHH-TIEN-GIANG'], successor: into('LHH-DONG-THAP-2025', 'Đồng Tháp') },
  { sources: ['LHH-CA-MAU', 'LHH-BAC-LIEU'], successor: into('LHH-CA-MAU-2025', 'Cà Mau') },
  { sources: ['LHH-AN-GIANG', 'LHH-KIEN-GIANG'], successor: into('LHH-AN-GIANG-2025', 'An Giang') },
];

/** The short name keeps "TP." for Hồ Chí Minh, as the reference data writes it. */
function shortNameOf(successor: MergerSeed['successor']): string {
  return successor.province === 'Hồ Chí Minh' ? 'LHH TP. Hồ Chí Minh' : `LHH ${successor.province}`;
}

/**
 * Demo data: the 2025 mergers, recorded through the same merger operation as POST
 * /organizations/mergers. A merger whose first source already has a successor is left as it is, so a
 * second run changes nothing. `clusterOf` gives the cluster a union sat in before the merger.
 */
export async function seedMergers(
  tx: EntityManager,
  organizations: Map<string, string>,
  clusterOf: (code: string) => string | undefined,
  mergers: MergersService,
): Promise<void> {
  for (const merger of MERGERS) {
    const sourceIds = merger.sources.map((code) => idOf(organizations, code));
    if ((await mergers.successorsOfIn(tx, sourceIds[0])).length > 0) continue;
    const cluster = clusterOf(merger.sources[0]);
    await mergers.mergeIn(tx, {
      sourceIds,
      successor: {
        code: merger.successor.code,
        fullName: `Liên hiệp các Hội Khoa học và Kỹ thuật ${merger.successor.area}`,
        shortName: shortNameOf(merger.successor),
        kind: 'provincial_union',
        province: merger.successor.province,
      },
      effectiveDate: EFFECTIVE_DATE,
      legalBasis: LEGAL_BASIS,
      ...(cluster && { successorClusterIds: [cluster] }),
    });
  }
}
