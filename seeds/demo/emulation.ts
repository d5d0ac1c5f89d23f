import type { EntityManager } from 'typeorm';
import type { CriterionInput } from '../../src/emulation/criteria/criteria.rules.js';
import { centipointsOf, levelOfCode, parentCodeOf } from '../../src/emulation/criteria/criteria.rules.js';
import { CriterionRepository } from '../../src/emulation/criteria/criterion.repository.js';
import { PactRepository } from '../../src/emulation/pacts/pact.repository.js';
import { ScoreRepository } from '../../src/emulation/scores/score.repository.js';
import { VUSTA_CODE } from '../reference/organizations.js';
import { idOf } from '../upsert-by-code.js';

/*
 * Demo data of Cluster 3's emulation year 2023 (issue 17): the pact signed by the 8 unions, a criteria tree drawn from
 * the content areas of VUSTA's provincial clusters (domain notes §2.3), and self-scores in which Sơn La and Hòa Bình
 * lead. The point scale, the scores and the signatories are ILLUSTRATIVE: no VUSTA cluster's score sheet is
 * published (UNVERIFIED), and the pact's signing day is the Cluster 9 one seen in the sources. The score table is left
 * open, with the chair's one adjustment (Lào Cai's 3.1), so that the demo can publish and fix it.
 */

type Row = [code: string, title: string, maxPoints: number, nature?: CriterionInput['nature'], evidence?: string];

const ROWS: Row[] = [
  ['1', 'Thực hiện nghị quyết của Đảng, Nhà nước; công tác chính trị, tư tưởng với trí thức khoa học và công nghệ', 15],
  ['1.1', 'Quán triệt, triển khai các nghị quyết, chỉ thị', 8, 'standard', 'Kế hoạch, báo cáo triển khai'],
  ['1.2', 'Nắm bắt tâm tư, nguyện vọng của đội ngũ trí thức', 7],
  ['2', 'Xây dựng, phát triển hội thành viên; kiện toàn tổ chức bộ máy Liên hiệp hội', 20],
  ['2.1', 'Phát triển hội thành viên mới', 10, 'standard', 'Quyết định thành lập, kết nạp'],
  ['2.2', 'Kiện toàn tổ chức bộ máy', 10],
  ['3', 'Tư vấn, phản biện và giám định xã hội', 25],
  ['3.1', 'Đề án, dự án, chương trình được tư vấn, phản biện', 15, 'standard', 'Danh mục và văn bản phản biện'],
  ['3.2', 'Kiến nghị được cơ quan có thẩm quyền tiếp thu', 10],
  ['4', 'Phổ biến kiến thức khoa học và công nghệ; hội thi sáng tạo', 20],
  ['4.1', 'Ấn phẩm, chương trình phổ biến kiến thức', 10],
  ['4.2', 'Hội thi Sáng tạo kỹ thuật; Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng', 10],
  ['4.2.a', 'Hội thi Sáng tạo kỹ thuật', 5, 'standard', 'Quyết định trao giải'],
  ['4.2.b', 'Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng', 5],
  ['5', 'Tham gia hoạt động chung của cụm; báo cáo đầy đủ, đúng hạn', 20],
  ['5.1', 'Tham gia hoạt động chung của cụm', 10],
  ['5.2', 'Báo cáo đầy đủ, đúng hạn', 10],
  ['T', 'Điểm thưởng', 5, 'bonus'],
  ['T.1', 'Sáng kiến, mô hình mới được nhân rộng', 5, 'bonus'],
  ['D', 'Điểm trừ', 10, 'penalty'],
  ['D.1', 'Báo cáo chậm, thiếu so với quy định', 10, 'penalty'],
];

/** Cluster 3's criteria for 2023, parents before children: 5 scored groups of 100 points, 5 bonus and 10 penalty points. */
export const CLUSTER_3_CRITERIA_2023: CriterionInput[] = ROWS.map(([code, title, maxPoints, nature = 'standard', evidence]) => ({
  code,
  parentCode: parentCodeOf(code),
  level: levelOfCode(code)!,
  nature,
  title,
  maxPoints,
  evidenceRequired: evidence !== undefined,
  evidenceNote: evidence ?? null,
}));

/** The criteria that are scored, in the order of the self-scores below. */
export const SCORED_CODES_2023 = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2.a', '4.2.b', '5.1', '5.2', 'T.1', 'D.1'] as const;

/**
 * Each union's self-scores (tự chấm), in the order of SCORED_CODES_2023. Totals: Sơn La 97, Hòa Bình 96, Lào Cai 96
 * (93 once its 3.1 is adjusted to 11 and agreed at 12), Vĩnh Phúc 87, Phú Thọ 84, Điện Biên and Yên Bái 82 (a tie),
 * Lai Châu 76.
 */
export const SELF_SCORES_2023: Record<string, number[]> = {
  'LHH-SON-LA': [8, 7, 10, 9, 14, 10, 9, 5, 4, 10, 9, 2, 0],
  'LHH-HOA-BINH': [8, 6, 9, 9, 14, 9, 9, 5, 5, 10, 10, 2, 0],
  'LHH-LAO-CAI': [7, 7, 9, 9, 15, 10, 9, 5, 5, 10, 10, 0, 0],
  'LHH-VINH-PHUC': [7, 7, 8, 9, 12, 9, 8, 4, 4, 9, 10, 0, 0],
  'LHH-PHU-THO': [7, 6, 8, 8, 12, 8, 8, 4, 4, 9, 9, 1, 0],
  'LHH-DIEN-BIEN': [6, 6, 8, 8, 12, 8, 8, 4, 4, 9, 9, 0, 0],
  'LHH-YEN-BAI': [7, 6, 8, 8, 13, 8, 8, 4, 4, 9, 9, 0, 2],
  'LHH-LAI-CHAU': [6, 5, 7, 8, 11, 8, 7, 4, 3, 9, 8, 0, 0],
};

/** The chair's adjustment of Lào Cai's 3.1 (chấm chéo), and the score the summary conference agreed. */
export const LAO_CAI_ADJUSTMENT_2023 = {
  code: '3.1',
  cross: 11,
  reason: 'Hai đề án chưa có văn bản phản biện kèm theo; chỉ tính các đề án có minh chứng.',
  agreed: 12,
  agreedReason: 'Hội nghị tổng kết thống nhất bổ sung một văn bản phản biện được cung cấp tại hội nghị.',
};

export const PACT_2023 = {
  title: 'Giao ước thi đua năm 2023 của Cụm thi đua số 3',
  content:
    'Các Liên hiệp hội tỉnh thuộc Cụm thi đua số 3 giao ước thi đua thực hiện tốt các nội dung: thực hiện nghị quyết của Đảng, ' +
    'Nhà nước; phát triển hội thành viên; tư vấn, phản biện và giám định xã hội; phổ biến kiến thức khoa học và công nghệ; ' +
    'tham gia đầy đủ hoạt động chung của cụm, báo cáo đúng hạn.',
  signedOn: '2023-03-21',
};

/**
 * Seeds the demo emulation year of Cluster 3 (2023), each part only when it is not there yet: a second run, or data
 * changed through the application, is left alone.
 */
export async function seedEmulation2023(
  tx: EntityManager,
  organizations: Map<string, string>,
  clusters: Map<string, string>,
): Promise<void> {
  const ownerId = idOf(organizations, VUSTA_CODE);
  const clusterId = idOf(clusters, 'VUSTA-CUM-3');
  const year = 2023;
  const criteria = new CriterionRepository(tx);
  const scope = { ownerId, clusterId, year };
  if ((await criteria.tree(scope)).length === 0) await criteria.replace(scope, CLUSTER_3_CRITERIA_2023);
  const nodes = new Map((await criteria.tree(scope)).map((node) => [node.code, node.id]));

  const pacts = new PactRepository(tx);
  if (!(await pacts.find(clusterId, year))) {
    const pactId = await pacts.insert(clusterId, year, { ...PACT_2023, signingMeetingId: null });
    for (const code of Object.keys(SELF_SCORES_2023)) {
      await pacts.sign(
        pactId,
        {
          organizationId: idOf(organizations, code),
          signatoryName: `Chủ tịch ${code}`,
          signatoryTitle: 'Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (dữ liệu minh hoạ)',
          signedOn: PACT_2023.signedOn,
        },
        null,
      );
    }
  }

  const scores = new ScoreRepository(tx);
  if ((await scores.scores(clusterId, year)).length > 0) return;
  await scores.ensureTable(clusterId, year);
  const seeded = { userId: null, username: null };
  for (const [code, points] of Object.entries(SELF_SCORES_2023)) {
    const changes = await scores.writeColumn(
      clusterId,
      year,
      idOf(organizations, code),
      'self',
      SCORED_CODES_2023.map((criterion, i) => ({ criterionId: idOf(nodes, criterion), points: centipointsOf(points[i]), comment: null })),
    );
    await scores.appendHistory(clusterId, year, changes, seeded, new Date('2023-11-10T09:00:00+07:00'));
  }
  const adjusted = await scores.writeColumn(clusterId, year, idOf(organizations, 'LHH-LAO-CAI'), 'cross', [
    {
      criterionId: idOf(nodes, LAO_CAI_ADJUSTMENT_2023.code),
      points: centipointsOf(LAO_CAI_ADJUSTMENT_2023.cross),
      comment: LAO_CAI_ADJUSTMENT_2023.reason,
    },
  ]);
  await scores.appendHistory(clusterId, year, adjusted, seeded, new Date('2023-11-20T09:00:00+07:00'));
}
