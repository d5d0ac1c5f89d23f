import type { EntityManager } from 'typeorm';
import { ClusterRepository } from '../../src/registry/clusters/cluster.repository.js';
import { MembershipRepository } from '../../src/registry/memberships/membership.repository.js';
import { TermRepository } from '../../src/registry/terms/term.repository.js';
import { VUSTA_CODE } from '../reference/organizations.js';
import { idOf } from '../upsert-by-code.js';

interface TermSeed {
  year: number;
  chair: string;
  viceChair: string | null;
  /** Where the fact comes from, shown to users with the term. */
  note: string;
}

interface SupervisorSeed {
  year: number;
  fullName: string;
  position: string;
}

interface ClusterSeed {
  number: number;
  name: string;
  membersFrom: number;
  members: string[];
  terms: TermSeed[];
  supervisors: SupervisorSeed[];
}

const PRESIDIUM_MEMBER = 'Ủy viên Đoàn Chủ tịch Hội đồng Trung ương Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam';

/** Illustrative clusters: their names say so, because VUSTA's real split is not known. */
function illustrativeCluster(number: number, members: string[]): ClusterSeed {
  return { number, name: `Cụm thi đua số ${number} (dữ liệu minh hoạ)`, membersFrom: 2022, members, terms: [], supervisors: [] };
}

/**
 * VUSTA's 9 clusters of provincial unions (domain notes §3.2): since 2022, 63 unions in 4 clusters
 * of 7, 3 of 6, 1 of 8 and 1 of 9. Clusters 3, 6, 8 and 9 are from published sources. Every term
 * is recorded as decided by rotation because VUSTA's rule says the head rotates yearly, put forward
 * by the members [S6]; how each of these particular heads was chosen is not reported (UNVERIFIED).
 */
const CLUSTERS: ClusterSeed[] = [
  illustrativeCluster(1, [
    'LHH-HA-GIANG',
    'LHH-CAO-BANG',
    'LHH-BAC-KAN',
    'LHH-TUYEN-QUANG',
    'LHH-THAI-NGUYEN',
    'LHH-LANG-SON',
    'LHH-BAC-GIANG',
  ]),
  illustrativeCluster(2, [
    'LHH-QUANG-NINH',
    'LHH-BAC-NINH',
    'LHH-HA-NOI',
    'LHH-HAI-PHONG',
    'LHH-HAI-DUONG',
    'LHH-HUNG-YEN',
    'LHH-THAI-BINH',
    'LHH-NAM-DINH',
    'LHH-HA-NAM',
  ]),
  {
    // Members and the 2023 head from the published news item of the 27/11/2023 summary conference
    // (seed-article.md); no second source. It names no 2023 cụm phó, and the composition before
    // 2023 is not reported, so memberships start in 2023. Its 2024 head (Lào Cai) and cụm phó
    // (Yên Bái) were decided at that conference: they belong to the meeting records, not to seeds.
    number: 3,
    name: 'Cụm thi đua số 3',
    membersFrom: 2023,
    members: ['LHH-SON-LA', 'LHH-DIEN-BIEN', 'LHH-LAI-CHAU', 'LHH-LAO-CAI', 'LHH-YEN-BAI', 'LHH-VINH-PHUC', 'LHH-PHU-THO', 'LHH-HOA-BINH'],
    terms: [
      {
        year: 2023,
        chair: 'LHH-SON-LA',
        viceChair: null,
        note: 'Theo bản tin Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm (Sơn La, 27/11/2023).',
      },
    ],
    supervisors: [],
  },
  illustrativeCluster(4, [
    'LHH-NINH-BINH',
    'LHH-THANH-HOA',
    'LHH-NGHE-AN',
    'LHH-HA-TINH',
    'LHH-QUANG-BINH',
    'LHH-QUANG-TRI',
    'LHH-THUA-THIEN-HUE',
  ]),
  illustrativeCluster(5, ['LHH-DA-NANG', 'LHH-QUANG-NAM', 'LHH-KON-TUM', 'LHH-GIA-LAI', 'LHH-DAK-LAK', 'LHH-DAK-NONG', 'LHH-LAM-DONG']),
  {
    // vusta.vn, 29/11/2022 [S7]: members, the 2022 head, and Mr Võ Văn Trí (chair of LHH Đà Nẵng)
    // as the Presidium member in charge. No cụm phó is named.
    number: 6,
    name: 'Cụm thi đua số 6',
    membersFrom: 2022,
    members: ['LHH-QUANG-NGAI', 'LHH-BINH-DINH', 'LHH-PHU-YEN', 'LHH-KHANH-HOA', 'LHH-NINH-THUAN', 'LHH-BINH-THUAN'],
    terms: [{ year: 2022, chair: 'LHH-QUANG-NGAI', viceChair: null, note: 'Theo vusta.vn, 29/11/2022.' }],
    supervisors: [
      {
        year: 2022,
        fullName: 'Võ Văn Trí',
        position: `${PRESIDIUM_MEMBER}; Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Đà Nẵng`,
      },
    ],
  },
  illustrativeCluster(7, [
    'LHH-HO-CHI-MINH',
    'LHH-BINH-DUONG',
    'LHH-BINH-PHUOC',
    'LHH-TAY-NINH',
    'LHH-DONG-NAI',
    'LHH-BA-RIA-VUNG-TAU',
    'LHH-LONG-AN',
  ]),
  {
    // vusta.vn, 25/12/2024 [S8]: members, the 2024 head and deputy, Mr Nguyễn Quốc Bảo in charge.
    number: 8,
    name: 'Cụm thi đua số 8 (Bắc Sông Hậu)',
    membersFrom: 2022,
    members: ['LHH-BEN-TRE', 'LHH-VINH-LONG', 'LHH-TIEN-GIANG', 'LHH-DONG-THAP', 'LHH-AN-GIANG', 'LHH-TRA-VINH'],
    terms: [{ year: 2024, chair: 'LHH-VINH-LONG', viceChair: 'LHH-DONG-THAP', note: 'Theo vusta.vn, 25/12/2024.' }],
    supervisors: [{ year: 2024, fullName: 'Nguyễn Quốc Bảo', position: PRESIDIUM_MEMBER }],
  },
  {
    // custa.cantho.gov.vn, pact signing 21/03/2023 and mid-year review 26/07/2023 [S9].
    number: 9,
    name: 'Cụm thi đua số 9 (Nam Sông Hậu)',
    membersFrom: 2022,
    members: ['LHH-CAN-THO', 'LHH-SOC-TRANG', 'LHH-BAC-LIEU', 'LHH-CA-MAU', 'LHH-HAU-GIANG', 'LHH-KIEN-GIANG'],
    terms: [{ year: 2023, chair: 'LHH-CAN-THO', viceChair: 'LHH-SOC-TRANG', note: 'Theo custa.cantho.gov.vn, 21/03/2023 và 26/07/2023.' }],
    supervisors: [],
  },
];

function clusterCode(number: number): string {
  return `VUSTA-CUM-${number}`;
}

/**
 * Demo data: the clusters with their members, terms and supervisors. Clusters, terms and
 * supervisors are upserted by their natural keys; a membership is added only when the unit has none
 * from that year in that cluster, so one ended through the API stays ended.
 */
/** The code of the seeded cluster a union was put in, by the union's code. */
export function seededClusterOf(unionCode: string): string | undefined {
  const cluster = CLUSTERS.find((candidate) => candidate.members.includes(unionCode));
  return cluster && clusterCode(cluster.number);
}

export async function seedClusters(tx: EntityManager, organizations: Map<string, string>): Promise<Map<string, string>> {
  const ownerId = idOf(organizations, VUSTA_CODE);
  const clusters = await new ClusterRepository(tx).upsertByCode(
    CLUSTERS.map((cluster) => ({
      code: clusterCode(cluster.number),
      number: cluster.number,
      name: cluster.name,
      kind: 'cluster' as const,
      ownerId,
      rotationRule: 'vice_chair_succeeds' as const,
    })),
  );

  const memberships = new MembershipRepository(tx);
  const existing = await memberships.ofClusters([...clusters.values()]);
  const missing = CLUSTERS.flatMap((cluster) => {
    const clusterId = idOf(clusters, clusterCode(cluster.number));
    return cluster.members
      .map((code) => ({ clusterId, ownerId, organizationId: idOf(organizations, code), fromYear: cluster.membersFrom, toYear: null }))
      .filter(
        (wanted) =>
          !existing.some((m) => m.clusterId === clusterId && m.organizationId === wanted.organizationId && m.fromYear === wanted.fromYear),
      );
  });
  await memberships.insert(missing);

  await new TermRepository(tx).upsertSeeded(
    CLUSTERS.flatMap((cluster) =>
      cluster.terms.map((term) => ({
        clusterId: idOf(clusters, clusterCode(cluster.number)),
        year: term.year,
        chairId: idOf(organizations, term.chair),
        viceChairId: term.viceChair === null ? null : idOf(organizations, term.viceChair),
        decidedBy: 'rotation' as const,
        note: term.note,
      })),
    ),
  );

  await new ClusterRepository(tx).upsertSupervisors(
    CLUSTERS.flatMap((cluster) =>
      cluster.supervisors.map((supervisor) => ({ clusterId: idOf(clusters, clusterCode(cluster.number)), ...supervisor })),
    ),
  );
  return clusters;
}
