import { describe, expect, it } from '@jest/globals';
import { proposeTerm, type RotationInput, type RotationUnit } from './rotation.rules.js';

const unit = (id: string): RotationUnit => ({ id, shortName: `LHH ${id}` });
const sonLa = unit('Sơn La');
const dienBien = unit('Điện Biên');
const laiChau = unit('Lai Châu');
const laoCai = unit('Lào Cai');
const yenBai = unit('Yên Bái');
const phuTho = unit('Phú Thọ');
const cluster3In2024 = [dienBien, laiChau, laoCai, phuTho, sonLa, yenBai];
/** An order in which Lào Cai follows Sơn La and Yên Bái follows Lào Cai, as the 2024 hand-over went. */
const order = [sonLa, laoCai, yenBai, dienBien, laiChau, phuTho];

function input(overrides: Partial<RotationInput<RotationUnit>>): RotationInput<RotationUnit> {
  return {
    rule: 'vice_chair_succeeds',
    year: 2024,
    members: cluster3In2024,
    previousTerm: null,
    rotationOrder: [],
    chairHistory: [],
    ...overrides,
  };
}

function vi(reasons: { vi: string }[]): string[] {
  return reasons.map((reason) => reason.vi);
}

describe('proposeTerm', () => {
  describe('vice_chair_succeeds: last year’s vice-chair becomes chair', () => {
    it('makes last year’s vice-chair the chair and leaves the vice-chair to election without an order', () => {
      const proposal = proposeTerm(input({ year: 2025, previousTerm: { chair: laoCai, viceChair: yenBai } }));
      expect(proposal.chair).toBe(yenBai);
      expect(proposal.viceChair).toBeNull();
      expect(vi(proposal.reasons)).toEqual([
        'LHH Yên Bái là cụm phó năm 2024 nên kế nhiệm cụm trưởng năm 2025.',
        'Cụm chưa lưu thứ tự luân phiên: cụm phó năm 2025 do hội nghị cụm bầu.',
      ]);
    });

    it('takes the vice-chair from the unit after the new chair in the stored order', () => {
      const proposal = proposeTerm(input({ year: 2025, previousTerm: { chair: laoCai, viceChair: yenBai }, rotationOrder: order }));
      expect(proposal.chair).toBe(yenBai);
      expect(proposal.viceChair).toBe(dienBien);
      expect(vi(proposal.reasons)).toContain('Cụm phó: LHH Điện Biên, đơn vị kế tiếp LHH Yên Bái trong thứ tự luân phiên.');
    });

    it('falls back to the rotation order when last year had no vice-chair (Cluster 3, 2023 → 2024)', () => {
      const proposal = proposeTerm(input({ previousTerm: { chair: sonLa, viceChair: null }, rotationOrder: order }));
      expect(proposal.chair).toBe(laoCai);
      expect(proposal.viceChair).toBe(yenBai);
      expect(vi(proposal.reasons)).toEqual([
        'Nhiệm kỳ năm 2023 (cụm trưởng LHH Sơn La) không có cụm phó để kế nhiệm.',
        'Cụm trưởng năm 2023 là LHH Sơn La.',
        'Theo thứ tự luân phiên, LHH Lào Cai là đơn vị kế tiếp: đề xuất làm cụm trưởng năm 2024.',
        'Cụm phó: LHH Yên Bái, đơn vị kế tiếp LHH Lào Cai trong thứ tự luân phiên.',
      ]);
    });

    it('leaves both to election when there is no vice-chair and no stored order', () => {
      const proposal = proposeTerm(input({ previousTerm: { chair: sonLa, viceChair: null } }));
      expect(proposal).toMatchObject({ chair: null, viceChair: null });
      expect(vi(proposal.reasons)).toEqual([
        'Nhiệm kỳ năm 2023 (cụm trưởng LHH Sơn La) không có cụm phó để kế nhiệm.',
        'Cụm chưa lưu thứ tự luân phiên: cụm trưởng và cụm phó năm 2024 do hội nghị cụm bầu.',
      ]);
    });

    it('says so when last year’s vice-chair is no longer a member, and skips it in the order', () => {
      const afterMerger = [dienBien, laiChau, laoCai, phuTho, sonLa];
      const proposal = proposeTerm(
        input({ year: 2026, members: afterMerger, previousTerm: { chair: laoCai, viceChair: yenBai }, rotationOrder: order }),
      );
      expect(proposal.chair).toBe(dienBien);
      expect(proposal.viceChair).toBe(laiChau);
      expect(vi(proposal.reasons)).toEqual([
        'LHH Yên Bái, cụm phó năm 2025, không còn là thành viên của cụm năm 2026.',
        'Cụm trưởng năm 2025 là LHH Lào Cai.',
        'Bỏ qua LHH Yên Bái vì không phải thành viên của cụm năm 2026.',
        'Theo thứ tự luân phiên, LHH Điện Biên là đơn vị kế tiếp: đề xuất làm cụm trưởng năm 2026.',
        'Cụm phó: LHH Lai Châu, đơn vị kế tiếp LHH Điện Biên trong thứ tự luân phiên.',
      ]);
    });

    it('starts from the top of the order when the cluster never had a term', () => {
      const proposal = proposeTerm(input({ rotationOrder: order }));
      expect(proposal.chair).toBe(sonLa);
      expect(proposal.viceChair).toBe(laoCai);
      expect(vi(proposal.reasons).slice(0, 2)).toEqual([
        'Không có nhiệm kỳ năm 2023, nên không có cụm phó để kế nhiệm cụm trưởng.',
        'Cụm chưa có nhiệm kỳ nào trước năm 2024: bắt đầu từ đầu thứ tự luân phiên.',
      ]);
    });

    it('takes the vice-chair from the top when the new chair is not in the order', () => {
      const proposal = proposeTerm(input({ previousTerm: { chair: sonLa, viceChair: phuTho }, rotationOrder: [laoCai, yenBai] }));
      expect(proposal.chair).toBe(phuTho);
      expect(proposal.viceChair).toBe(laoCai);
      expect(vi(proposal.reasons)).toContain('LHH Phú Thọ không có trong thứ tự luân phiên: cụm phó lấy từ đầu thứ tự.');
    });
  });

  describe('round_robin: the next member in the stored order', () => {
    it('passes the chair to the unit after last year’s chair, and the vice-chair to the one after', () => {
      const proposal = proposeTerm(
        input({ rule: 'round_robin', previousTerm: { chair: laoCai, viceChair: yenBai }, rotationOrder: order }),
      );
      expect(proposal.chair).toBe(yenBai);
      expect(proposal.viceChair).toBe(dienBien);
    });

    it('wraps round from the end of the order to its start', () => {
      const proposal = proposeTerm(input({ rule: 'round_robin', previousTerm: { chair: phuTho, viceChair: null }, rotationOrder: order }));
      expect(proposal.chair).toBe(sonLa);
      expect(proposal.viceChair).toBe(laoCai);
    });

    it('skips units that are not members in the year, and says which', () => {
      const members = [sonLa, laoCai, phuTho];
      const proposal = proposeTerm(
        input({ rule: 'round_robin', members, previousTerm: { chair: laoCai, viceChair: null }, rotationOrder: order }),
      );
      expect(proposal.chair).toBe(phuTho);
      expect(proposal.viceChair).toBe(sonLa);
      expect(vi(proposal.reasons)).toContain('Bỏ qua LHH Yên Bái, LHH Điện Biên, LHH Lai Châu vì không phải thành viên của cụm năm 2024.');
    });

    it('continues from the latest chair when the previous year has no term', () => {
      const proposal = proposeTerm(
        input({
          rule: 'round_robin',
          chairHistory: [
            { year: 2021, chair: sonLa },
            { year: 2022, chair: laoCai },
          ],
          rotationOrder: order,
        }),
      );
      expect(proposal.chair).toBe(yenBai);
      expect(vi(proposal.reasons)[0]).toBe('Cụm trưởng năm 2022 là LHH Lào Cai (nhiệm kỳ gần nhất, năm 2022).');
    });

    it('starts from the top when last year’s chair is not in the order', () => {
      const proposal = proposeTerm(
        input({ rule: 'round_robin', previousTerm: { chair: phuTho, viceChair: null }, rotationOrder: [laoCai, yenBai] }),
      );
      expect(proposal.chair).toBe(laoCai);
      expect(proposal.viceChair).toBe(yenBai);
      expect(vi(proposal.reasons)).toContain('LHH Phú Thọ không có trong thứ tự luân phiên: bắt đầu từ đầu thứ tự.');
    });

    it('proposes no vice-chair when no other unit of the order is a member', () => {
      const proposal = proposeTerm(
        input({
          rule: 'round_robin',
          members: [laoCai, dienBien],
          previousTerm: { chair: sonLa, viceChair: null },
          rotationOrder: [sonLa, laoCai],
        }),
      );
      expect(proposal.chair).toBe(laoCai);
      expect(proposal.viceChair).toBeNull();
      expect(vi(proposal.reasons)).toContain(
        'Không còn đơn vị nào khác trong thứ tự luân phiên là thành viên năm 2024: cụm phó do hội nghị cụm bầu.',
      );
    });

    it('proposes no chair when nobody in the order is a member', () => {
      const proposal = proposeTerm(input({ rule: 'round_robin', members: [dienBien], previousTerm: null, rotationOrder: [sonLa, laoCai] }));
      expect(proposal).toMatchObject({ chair: null, viceChair: null });
      expect(vi(proposal.reasons)).toContain(
        'Không đơn vị nào trong thứ tự luân phiên là thành viên năm 2024: cụm trưởng do hội nghị cụm bầu.',
      );
    });

    it('cannot propose without a stored order, and says why', () => {
      const proposal = proposeTerm(input({ rule: 'round_robin', previousTerm: { chair: sonLa, viceChair: null } }));
      expect(proposal).toMatchObject({ chair: null, viceChair: null });
      expect(vi(proposal.reasons)).toEqual([
        'Quy tắc của cụm là luân phiên theo thứ tự, nhưng cụm chưa lưu thứ tự luân phiên.',
        'Cụm chưa lưu thứ tự luân phiên: cụm trưởng và cụm phó năm 2024 do hội nghị cụm bầu.',
      ]);
    });
  });

  describe('elected: the conference chooses', () => {
    it('proposes nobody and ranks first the members who have not chaired before the year, in member order', () => {
      const proposal = proposeTerm(
        input({
          rule: 'elected',
          previousTerm: { chair: sonLa, viceChair: null },
          chairHistory: [
            { year: 2023, chair: sonLa },
            { year: 2021, chair: laoCai },
            { year: 2022, chair: dienBien },
            { year: 2024, chair: laiChau },
          ],
        }),
      );
      expect(proposal).toMatchObject({ chair: null, viceChair: null });
      expect(proposal.eligible).toEqual([
        { unit: laiChau, lastChairedYear: null },
        { unit: phuTho, lastChairedYear: null },
        { unit: yenBai, lastChairedYear: null },
        { unit: laoCai, lastChairedYear: 2021 },
        { unit: dienBien, lastChairedYear: 2022 },
        { unit: sonLa, lastChairedYear: 2023 },
      ]);
      expect(vi(proposal.reasons)).toEqual([
        'Quy tắc của cụm là bầu: cụm trưởng và cụm phó năm 2024 do hội nghị cụm bầu, không đề xuất sẵn.',
        'Có 6 thành viên năm 2024 có thể được bầu; xếp trước các đơn vị chưa làm cụm trưởng hoặc làm đã lâu nhất.',
        'LHH Sơn La là cụm trưởng năm 2023.',
      ]);
    });
  });

  it('proposes nobody when the cluster has no members that year', () => {
    const proposal = proposeTerm(input({ members: [], previousTerm: { chair: sonLa, viceChair: laoCai }, rotationOrder: order }));
    expect(proposal).toEqual({
      chair: null,
      viceChair: null,
      eligible: [],
      reasons: [
        {
          vi: 'Cụm không có thành viên nào trong năm 2024, nên không thể đề xuất cụm trưởng.',
          en: 'The cluster has no members in 2024, so no chair can be proposed.',
        },
      ],
    });
  });

  it('gives every reason in English too', () => {
    const proposal = proposeTerm(input({ previousTerm: { chair: sonLa, viceChair: null }, rotationOrder: order }));
    expect(proposal.reasons.map((reason) => reason.en)).toEqual([
      'The 2023 term (chair LHH Sơn La) had no vice-chair to succeed.',
      'LHH Sơn La chaired the cluster in 2023.',
      'LHH Lào Cai comes next in the rotation order: proposed as chair for 2024.',
      'Vice-chair: LHH Yên Bái, next after LHH Lào Cai in the rotation order.',
    ]);
  });
});
