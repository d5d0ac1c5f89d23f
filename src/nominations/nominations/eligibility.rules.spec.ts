import { describe, expect, it } from '@jest/globals';
import { text } from '../../platform/i18n/locale.js';
import { ruleSetInForce } from '../award-types/rule-set.js';
import {
  checkClusterMembership,
  checkClusterVoteBasis,
  checkNoDuplicate,
  checkNomineeKind,
  checkQuota,
  evaluateEligibility,
  type ExistingNomination,
} from './eligibility.rules.js';
import {
  CHECK_ORDER,
  cluster3,
  cluster3Members2023,
  flag,
  person,
  quangNgai,
  sonLa,
  sonLaFlag2023,
  sonLaVote,
  vustaFighter,
} from './eligibility.spec-support.js';

describe('checkNomineeKind', () => {
  it('passes a unit proposed for a flag', () => {
    const check = checkNomineeKind({ nominee: sonLa, awardTypeName: flag.name, nomineeKinds: flag.nomineeKinds });
    expect(check).toMatchObject({ check: 'NOMINEE_KIND', passed: true });
  });

  it('fails a person proposed for a flag', () => {
    const check = checkNomineeKind({ nominee: person, awardTypeName: flag.name, nomineeKinds: flag.nomineeKinds });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe(
      '"Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam" chỉ tặng cho tập thể, không tặng cho cá nhân.',
    );
  });

  it('fails a unit proposed for an individual title', () => {
    const check = checkNomineeKind({ nominee: sonLa, awardTypeName: vustaFighter.name, nomineeKinds: vustaFighter.nomineeKinds });
    expect(check.passed).toBe(false);
  });
});

describe('checkClusterMembership', () => {
  it('passes a unit that belongs to the cluster that year', () => {
    const check = checkClusterMembership({ nominee: sonLa, cluster: cluster3, year: 2023, clusterMemberIds: cluster3Members2023 });
    expect(check).toEqual({
      check: 'CLUSTER_MEMBERSHIP',
      passed: true,
      reason: text(
        'Liên hiệp các Hội KH&KT tỉnh Sơn La là thành viên Cụm thi đua số 3 năm 2023.',
        'Liên hiệp các Hội KH&KT tỉnh Sơn La is a member of Cụm thi đua số 3 in 2023.',
      ),
    });
  });

  it('passes a person whose unit belongs to the cluster', () => {
    const check = checkClusterMembership({ nominee: person, cluster: cluster3, year: 2023, clusterMemberIds: cluster3Members2023 });
    expect(check.passed).toBe(true);
    expect(check.reason.vi).toContain('Nguyễn Thị Lan (thuộc Liên hiệp các Hội KH&KT tỉnh Hòa Bình)');
  });

  it('fails a unit of another cluster', () => {
    const check = checkClusterMembership({ nominee: quangNgai, cluster: cluster3, year: 2023, clusterMemberIds: cluster3Members2023 });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe('Liên hiệp các Hội KH&KT tỉnh Quảng Ngãi không phải là thành viên Cụm thi đua số 3 năm 2023.');
  });
});

describe('checkClusterVoteBasis', () => {
  const base = { needsClusterVote: true, nominee: sonLa, cluster: cluster3, year: 2023 };

  it('passes a flag nomination resting on a passing vote', () => {
    const check = checkClusterVoteBasis({ ...base, basisVote: sonLaVote });
    expect(check.passed).toBe(true);
    expect(check.reason.vi).toContain('được Cụm thi đua số 3 suy tôn');
  });

  it('passes an award type that needs no cluster vote', () => {
    expect(checkClusterVoteBasis({ ...base, needsClusterVote: false, basisVote: null }).passed).toBe(true);
  });

  it('fails a flag nomination without a vote', () => {
    const check = checkClusterVoteBasis({ ...base, basisVote: null });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe(
      'Chưa có kết quả biểu quyết suy tôn của Cụm thi đua số 3 năm 2023 làm căn cứ đề nghị cho Liên hiệp các Hội KH&KT tỉnh Sơn La.',
    );
  });

  it('fails a vote that did not pass', () => {
    const check = checkClusterVoteBasis({ ...base, basisVote: { ...sonLaVote, passed: false } });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toContain('không đạt');
  });

  it('fails a vote for another unit, cluster or year', () => {
    expect(checkClusterVoteBasis({ ...base, basisVote: { ...sonLaVote, nomineeId: 'hoa-binh' } }).passed).toBe(false);
    expect(checkClusterVoteBasis({ ...base, basisVote: { ...sonLaVote, clusterId: 'cluster-6' } }).passed).toBe(false);
    expect(checkClusterVoteBasis({ ...base, basisVote: { ...sonLaVote, year: 2022 } }).passed).toBe(false);
  });
});

describe('checkQuota', () => {
  const quota = ruleSetInForce(flag.ruleSets, '2024-01-10').quota;
  const base = { quota, cluster: cluster3, year: 2023, clusterMemberIds: cluster3Members2023 };

  it('passes the second flag of an eight-member cluster', () => {
    const check = checkQuota({ ...base, othersHoldingPlaces: 1 });
    expect(check.passed).toBe(true);
    expect(check.reason.vi).toBe(
      'Cụm thi đua số 3 năm 2023 được 25% số thành viên (8), làm tròn xuống: 2 đề nghị; theo thực tiễn của Liên hiệp Hội, chưa được văn bản xác nhận; đề nghị này là suất thứ 2.',
    );
  });

  it('fails a third flag', () => {
    const check = checkQuota({ ...base, othersHoldingPlaces: 2 });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe(
      'Cụm thi đua số 3 năm 2023 đã dùng hết 2 suất (25% số thành viên (8), làm tròn xuống: 2 đề nghị; theo thực tiễn của Liên hiệp Hội, chưa được văn bản xác nhận); đã có 2 đề nghị khác.',
    );
  });

  it('counts each member once', () => {
    const check = checkQuota({ ...base, clusterMemberIds: [...cluster3Members2023, 'son-la'], othersHoldingPlaces: 2 });
    expect(check.passed).toBe(false);
  });

  it('fails every flag of a cluster whose share rounds down to nothing', () => {
    expect(checkQuota({ ...base, clusterMemberIds: ['a', 'b', 'c'], othersHoldingPlaces: 0 }).passed).toBe(false);
  });

  it('passes an award type without quota', () => {
    expect(checkQuota({ ...base, quota: null, othersHoldingPlaces: 40 }).passed).toBe(true);
  });
});

describe('checkNoDuplicate', () => {
  const other = (overrides: Partial<ExistingNomination>): ExistingNomination => ({
    id: 'n-2',
    nomineeId: 'son-la',
    awardTypeCode: 'LHHVN_CO_THI_DUA',
    year: 2023,
    state: 'submitted',
    ...overrides,
  });
  const base = { nominationId: 'n-1', nominee: sonLa, awardTypeCode: 'LHHVN_CO_THI_DUA', awardTypeName: flag.name, year: 2023 };

  it('passes the first nomination', () => {
    expect(checkNoDuplicate({ ...base, nomineeNominations: [] }).passed).toBe(true);
  });

  it('fails a second nomination for the same nominee, award type and year', () => {
    const check = checkNoDuplicate({ ...base, nomineeNominations: [other({})] });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe(
      'Đã có đề nghị "Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam" năm 2023 cho Liên hiệp các Hội KH&KT tỉnh Sơn La (trạng thái "Đã nộp").',
    );
  });

  it('still fails when the earlier one was rejected', () => {
    expect(checkNoDuplicate({ ...base, nomineeNominations: [other({ state: 'rejected' })] }).passed).toBe(false);
  });

  it('passes when the earlier one was withdrawn', () => {
    expect(checkNoDuplicate({ ...base, nomineeNominations: [other({ state: 'withdrawn' })] }).passed).toBe(true);
  });

  it('does not count the nomination itself, another year, award type or nominee', () => {
    const nominations = [
      other({ id: 'n-1' }),
      other({ year: 2022 }),
      other({ awardTypeCode: 'LHHVN_BANG_KHEN' }),
      other({ nomineeId: 'hoa-binh' }),
    ];
    expect(checkNoDuplicate({ ...base, nomineeNominations: nominations }).passed).toBe(true);
  });

  it('compares a nomination not saved yet with every other', () => {
    expect(checkNoDuplicate({ ...base, nominationId: null, nomineeNominations: [other({ id: 'n-1' })] }).passed).toBe(false);
  });
});

describe('evaluateEligibility', () => {
  it("finds Sơn La's 2023 flag nomination eligible under Decree 98, explaining every check", () => {
    const report = evaluateEligibility(sonLaFlag2023);
    expect(report.eligible).toBe(true);
    expect(report.legalBasis.citation.vi).toBe('Nghị định 98/2023/NĐ-CP');
    expect(report.asOf).toBe('2024-01-10');
    expect(report.checks.map((c) => c.check)).toEqual(CHECK_ORDER);
    expect(report.checks.every((c) => c.passed && c.reason.vi.length > 0 && c.reason.en.length > 0)).toBe(true);
  });

  it('reports a third flag and a missing minute as the only failures', () => {
    const report = evaluateEligibility({
      ...sonLaFlag2023,
      othersHoldingPlaces: 2,
      attachedDocuments: ['proposal_letter', 'achievement_report'],
    });
    expect(report.eligible).toBe(false);
    expect(report.checks.filter((c) => !c.passed).map((c) => c.check)).toEqual(['QUOTA', 'REQUIRED_DOCUMENTS']);
  });

  it("uses the rule set's window for the year", () => {
    const report = evaluateEligibility({ ...sonLaFlag2023, asOf: '2024-02-15', ruleSet: ruleSetInForce(flag.ruleSets, '2024-02-15') });
    expect(report.checks.find((c) => c.check === 'SUBMISSION_WINDOW')?.passed).toBe(false);
  });

  it("lets the year's announced window replace the usual one", () => {
    const report = evaluateEligibility({
      ...sonLaFlag2023,
      asOf: '2024-02-15',
      announcedWindow: { opensOn: '2023-12-01', closesOn: '2024-02-29' },
    });
    expect(report.checks.find((c) => c.check === 'SUBMISSION_WINDOW')?.passed).toBe(true);
  });

  it('cites Decree 152/2025 for a nomination judged in August 2025', () => {
    const report = evaluateEligibility({
      ...sonLaFlag2023,
      year: 2025,
      asOf: '2025-08-01',
      ruleSet: ruleSetInForce(flag.ruleSets, '2025-08-01'),
      basisVote: { ...sonLaVote, year: 2025 },
    });
    expect(report.legalBasis.citation.vi).toBe('Nghị định 152/2025/NĐ-CP');
  });
});
