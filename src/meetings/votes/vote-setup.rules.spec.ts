import { describe, expect, it } from '@jest/globals';
import { AWARD_CATALOG } from '../../nominations/award-types/award-catalog.data.js';
import { DEFAULT_VOTE_RULE_SET } from './vote-rule-set.js';
import {
  type BallotFacts,
  chooseFlagQuota,
  chooseVoteRules,
  DEFAULT_FLAG_AWARD_TYPE,
  planBallot,
  recordConflicts,
  type RecordFacts,
} from './vote-setup.rules.js';

const flag = AWARD_CATALOG.find((type) => type.code === DEFAULT_FLAG_AWARD_TYPE) ?? null;
const bangKhen = AWARD_CATALOG.find((type) => type.code === 'LHHVN_BANG_KHEN') ?? null;

describe('the rules a vote copies', () => {
  it('falls back to the defaults when the owner has none in force, and says so', () => {
    const chosen = chooseVoteRules(null, '2023-11-27');
    expect(chosen.rules).toBe(DEFAULT_VOTE_RULE_SET);
    expect(chosen.basis.vi).toContain('chưa ban hành quy tắc biểu quyết áp dụng ngày 27/11/2023; áp dụng quy tắc mặc định');
    expect(chosen.basis.vi).toContain('theo thực tiễn phổ biến, chưa được Liên hiệp Hội xác nhận');
  });

  it("cites the owner's set in force on the meeting date", () => {
    const rules = { ...DEFAULT_VOTE_RULE_SET, maxRounds: 1 };
    const chosen = chooseVoteRules({ rules, effectiveFrom: '2023-06-01', effectiveTo: null, legalBasis: 'QĐ 1/QĐ-LHHVN' }, '2023-11-27');
    expect(chosen.rules).toBe(rules);
    expect(chosen.basis.en).toBe("The organizer's voting rules applying from 2023-06-01 (QĐ 1/QĐ-LHHVN), in force on 2023-11-27.");
  });
});

describe('the flag quota K of a vote', () => {
  it('takes 25 % of 8 members rounded down from the first rule set for a meeting before it (Cluster 3, 2023)', () => {
    expect(chooseFlagQuota(flag, '2023-11-27', 8, undefined)).toEqual({
      quota: 2,
      basis: {
        vi: 'Chỉ tiêu 25% số thành viên (8), làm tròn xuống: 2 đề nghị, theo Nghị định 98/2023/NĐ-CP (áp dụng từ 01/01/2024, bộ quy tắc đầu tiên sau ngày họp, khi các đề nghị được xét); theo thực tiễn của Liên hiệp Hội, chưa được văn bản xác nhận.',
        en: "Quota: 25% of the members (8), rounded down: 2 nominations, under Decree 98/2023/ND-CP (from 2024-01-01, the first rule set after the meeting, when the proposals are judged); VUSTA's practice, not confirmed by the instrument.",
      },
      ruleSetId: null,
    });
  });

  it('takes the rule set in force on the meeting date once there is one', () => {
    const choice = chooseFlagQuota(flag, '2025-12-10', 5, undefined);
    expect(choice).toMatchObject({ quota: 1 });
    expect('basis' in choice && choice.basis.vi).toBe(
      'Chỉ tiêu 25% số thành viên (5), làm tròn xuống: 1 đề nghị, theo Nghị định 152/2025/NĐ-CP; theo thực tiễn của Liên hiệp Hội, chưa được văn bản xác nhận.',
    );
  });

  it('keeps the number the meeting gives', () => {
    expect(chooseFlagQuota(flag, '2023-11-27', 8, 3)).toMatchObject({ quota: 3, basis: { vi: 'Chỉ tiêu do hội nghị quyết định: 3.' } });
  });

  it('refuses an award the cluster does not vote on, and a cluster too small for a place', () => {
    expect(chooseFlagQuota(bangKhen, '2024-11-27', 8, undefined)).toMatchObject({ field: 'awardTypeCode' });
    expect(chooseFlagQuota(null, '2024-11-27', 8, undefined)).toMatchObject({
      field: 'awardTypeCode',
      message: { en: 'The award catalog has no such award type (load the reference data or add it to the catalog).' },
    });
    expect(chooseFlagQuota(flag, '2024-11-27', 3, undefined)).toMatchObject({
      field: 'quota',
      message: { vi: expect.stringContaining('25% số thành viên (3), làm tròn xuống: 0 đề nghị') },
    });
  });
});

describe('the ballot a vote asks for', () => {
  /** Cluster 3 in 2023, Yên Bái gone from the cluster in 2024, Lào Cai already chosen to chair 2024. */
  const facts: BallotFacts = {
    year: 2023,
    meetingDate: '2023-11-27',
    members: ['hoa-binh', 'lao-cai', 'son-la', 'yen-bai'],
    nextYearMembers: ['hoa-binh', 'lao-cai', 'son-la'],
    nextChairId: 'lao-cai',
    rotationChairId: 'lao-cai',
    awardType: flag,
  };

  it('puts every member on a flag ballot, under the flag quota', () => {
    const { ballot, problems } = planBallot({ subject: 'flag_proposal' }, facts);
    expect(problems).toEqual([]);
    expect(ballot).toMatchObject({ candidateIds: facts.members, awardTypeCode: 'LHHVN_CO_THI_DUA', quota: 1 });
  });

  it('puts the leaders of a fixed emulation ranking on a flag ballot, and asks a reason for any other member', () => {
    const ranking = [
      { unitId: 'son-la', rank: 1 },
      { unitId: 'hoa-binh', rank: 2 },
      { unitId: 'lao-cai', rank: 3 },
      { unitId: 'yen-bai', rank: 4 },
    ];
    expect(planBallot({ subject: 'flag_proposal', quota: 2 }, { ...facts, ranking }).ballot.candidateIds).toEqual(['son-la', 'hoa-binh']);
    const unexplained = planBallot({ subject: 'flag_proposal', quota: 2, candidateIds: ['son-la', 'lao-cai'] }, { ...facts, ranking });
    expect(unexplained.problems.map((p) => [p.field, p.message.vi, p.message.en])).toEqual([
      [
        'candidateIds[1]',
        'Đơn vị này không thuộc nhóm dẫn đầu bảng xếp hạng thi đua đã chốt: ghi lý do đưa đơn vị vào danh sách bầu.',
        'This unit does not lead the fixed emulation ranking: write why it is on the ballot.',
      ],
    ]);
    // A clerk reads words only: no API field name in the text.
    expect(unexplained.problems.every((p) => !/[a-z][A-Z]|\(/.test(p.message.vi + p.message.en))).toBe(true);
    const explained = planBallot(
      {
        subject: 'flag_proposal',
        quota: 2,
        candidateIds: ['son-la', 'lao-cai'],
        candidateReasons: [{ organizationId: 'lao-cai', reason: 'Thành tích đột xuất trong năm.' }],
      },
      { ...facts, ranking },
    );
    expect(explained.problems).toEqual([]);
  });

  it("keeps next year's chair and the units leaving the cluster off a vice-chair ballot", () => {
    expect(planBallot({ subject: 'vice_chair_election' }, facts).ballot.candidateIds).toEqual(['hoa-binh', 'son-la']);
    const { problems } = planBallot({ subject: 'vice_chair_election', candidateIds: ['lao-cai', 'yen-bai', 'ha-noi'] }, facts);
    expect(problems.map((p) => [p.field, p.message.vi])).toEqual([
      ['candidateIds[0]', 'Đơn vị này là Cụm trưởng năm 2024.'],
      ['candidateIds[1]', 'Không phải thành viên của cụm năm 2024.'],
      ['candidateIds[2]', 'Không phải thành viên của cụm năm 2023.'],
    ]);
  });

  it("proposes the rotation's chair for a handover unless the meeting names one, who must be a member next year", () => {
    expect(planBallot({ subject: 'chair_handover' }, facts).ballot).toMatchObject({
      proposedOrganizationId: 'lao-cai',
      candidateIds: ['lao-cai'],
    });
    expect(planBallot({ subject: 'chair_handover', proposedOrganizationId: 'yen-bai' }, facts).problems.map((p) => p.field)).toEqual([
      'proposedOrganizationId',
    ]);
    expect(planBallot({ subject: 'chair_handover' }, { ...facts, rotationChairId: null }).problems[0].message.en).toBe(
      "The cluster's rotation proposes no chair for 2024; choose the unit.",
    );
  });

  it('refuses the fields a subject does not take', () => {
    const { problems } = planBallot({ subject: 'question', candidateIds: ['son-la'], proposedOrganizationId: 'lao-cai', quota: 2 }, facts);
    expect(problems.map((p) => p.field)).toEqual(['candidateIds', 'proposedOrganizationId', 'quota']);
    expect(planBallot({ subject: 'vice_chair_election', awardTypeCode: 'LHHVN_CO_THI_DUA' }, facts).problems.map((p) => p.field)).toEqual([
      'awardTypeCode',
    ]);
  });
});

describe('what the record rules out of a vote, said before any ballot is cast', () => {
  const record: RecordFacts = {
    year: 2023,
    proposed: [{ id: 'son-la', name: 'LHH Sơn La', voteTitle: 'Suy tôn năm 2023' }],
    nextChair: { id: 'lao-cai', name: 'LHH Lào Cai', source: 'rotation' },
    nextViceChair: { id: 'yen-bai', name: 'LHH Yên Bái' },
  };
  const ballot = (candidateIds: string[], proposedOrganizationId: string | null = null, quota: number | null = 1) => ({
    candidateIds,
    proposedOrganizationId,
    quota,
  });

  it('names a unit proposed for the flag twice, and a quota used up', () => {
    expect(recordConflicts('flag_proposal', ballot(['hoa-binh', 'son-la']), record)).toEqual([
      {
        field: 'candidateIds[1]',
        message: {
          vi: 'LHH Sơn La đã được cụm đề nghị năm 2023 tại biểu quyết "Suy tôn năm 2023"; không đề nghị lần thứ hai.',
          en: 'LHH Sơn La was already proposed by the cluster in 2023 in the vote "Suy tôn năm 2023"; it is not proposed twice.',
        },
      },
    ]);
    expect(recordConflicts('flag_proposal', ballot(['hoa-binh'], null, 0), record).map((c) => c.field)).toEqual(['quota']);
  });

  it("keeps next year's chair off the vice-chair ballot and next year's vice-chair out of the chair", () => {
    expect(recordConflicts('vice_chair_election', ballot(['yen-bai', 'lao-cai']), record)[0].message.vi).toBe(
      'LHH Lào Cai theo luân phiên sẽ là Cụm trưởng năm 2024; không thể đồng thời là Cụm phó.',
    );
    expect(recordConflicts('chair_handover', ballot(['yen-bai'], 'yen-bai'), record).map((c) => c.field)).toEqual([
      'proposedOrganizationId',
    ]);
    expect(recordConflicts('chair_handover', ballot(['lao-cai'], 'lao-cai'), record)).toEqual([]);
    expect(recordConflicts('question', ballot([]), record)).toEqual([]);
  });
});
