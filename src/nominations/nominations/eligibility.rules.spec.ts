import { describe, expect, it } from '@jest/globals';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { AWARD_CATALOG } from '../award-types/award-catalog.data.js';
import { ruleSetInForce, type DossierDocumentKind } from '../award-types/rule-set.js';
import {
  checkClusterMembership,
  checkClusterVoteBasis,
  checkNoDuplicate,
  checkNoPendingProceedings,
  checkNomineeKind,
  checkPrerequisites,
  checkQuota,
  checkRequiredDocuments,
  checkSubmissionWindow,
  evaluateEligibility,
  type BasisVote,
  type EligibilityInput,
  type ExistingNomination,
  type NomineeRef,
  type RegisterEntry,
} from './eligibility.rules.js';

function awardType(code: string) {
  const type = AWARD_CATALOG.find((t) => t.code === code);
  if (!type) throw new Error(`no award type ${code}`);
  return type;
}

const flag = awardType('LHHVN_CO_THI_DUA');
const vustaFighter = awardType('LHHVN_CHIEN_SI_THI_DUA');
const nationalFighter = awardType('CHIEN_SI_THI_DUA_TOAN_QUOC');
const governmentFlag = awardType('CP_CO_THI_DUA');
const awardTypeNames: ReadonlyMap<string, LocalizedText> = new Map(AWARD_CATALOG.map((t) => [t.code, t.name]));

const cluster3 = { id: 'cluster-3', name: 'Cụm thi đua số 3' };
const cluster3Members2023 = ['son-la', 'dien-bien', 'lai-chau', 'lao-cai', 'yen-bai', 'vinh-phuc', 'phu-tho', 'hoa-binh'];

function unit(id: string, name: string): NomineeRef {
  return { kind: 'collective', id, name, organizationId: id, organizationName: name };
}

const sonLa = unit('son-la', 'Liên hiệp các Hội KH&KT tỉnh Sơn La');
const quangNgai = unit('quang-ngai', 'Liên hiệp các Hội KH&KT tỉnh Quảng Ngãi');
const person: NomineeRef = {
  kind: 'individual',
  id: 'person-1',
  name: 'Nguyễn Thị Lan',
  organizationId: 'hoa-binh',
  organizationName: 'Liên hiệp các Hội KH&KT tỉnh Hòa Bình',
};

const sonLaVote: BasisVote = {
  reference: 'Biên bản Hội nghị tổng kết Cụm thi đua số 3 ngày 27/11/2023',
  nomineeId: 'son-la',
  clusterId: 'cluster-3',
  year: 2023,
  passed: true,
};

const fullDossier: DossierDocumentKind[] = ['proposal_letter', 'achievement_report', 'evaluation_minutes'];

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

describe('checkNoPendingProceedings', () => {
  const asOf = '2024-01-10';

  it('passes a nominee with no proceedings', () => {
    expect(checkNoPendingProceedings({ nominee: sonLa, proceedings: [], asOf }).passed).toBe(true);
  });

  it('fails a nominee under an inspection without conclusion', () => {
    const check = checkNoPendingProceedings({
      nominee: sonLa,
      proceedings: [{ kind: 'inspection', from: '2023-12-01', to: null }],
      asOf,
    });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe(
      'Ngày 10/01/2024, Liên hiệp các Hội KH&KT tỉnh Sơn La đang bị thanh tra, kiểm tra nên chưa được khen thưởng hoặc đề nghị khen thưởng.',
    );
  });

  it('fails on the last day of a proceeding and names every kind running', () => {
    const check = checkNoPendingProceedings({
      nominee: person,
      proceedings: [
        { kind: 'discipline', from: '2023-10-01', to: '2024-01-10' },
        { kind: 'complaint', from: '2024-01-05', to: null },
      ],
      asOf,
    });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toContain('đang bị xem xét thi hành kỷ luật, có đơn thư khiếu nại, tố cáo đang được xác minh');
  });

  it('passes once the proceeding has ended, or before it starts', () => {
    const check = checkNoPendingProceedings({
      nominee: sonLa,
      proceedings: [
        { kind: 'investigation', from: '2023-01-01', to: '2024-01-09' },
        { kind: 'complaint', from: '2024-01-11', to: null },
      ],
      asOf,
    });
    expect(check.passed).toBe(true);
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
      'Cụm thi đua số 3 năm 2023 được 25% số thành viên (8), làm tròn xuống: 2 đề nghị; đề nghị này là suất thứ 2.',
    );
  });

  it('fails a third flag', () => {
    const check = checkQuota({ ...base, othersHoldingPlaces: 2 });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe(
      'Cụm thi đua số 3 năm 2023 đã dùng hết 2 suất (25% số thành viên (8), làm tròn xuống: 2 đề nghị); đã có 2 đề nghị khác.',
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

describe('checkPrerequisites', () => {
  const fighterRules = ruleSetInForce(vustaFighter.ruleSets, '2025-11-15');
  const grassroots = (...years: number[]): RegisterEntry[] =>
    years.map((year) => ({ awardTypeCode: 'CHIEN_SI_THI_DUA_CO_SO', year }));
  const check = (prerequisites = fighterRules.prerequisites, register: RegisterEntry[], year = 2025) =>
    checkPrerequisites({ prerequisites, year, register, awardTypeNames });

  it('passes an award type without prerequisites', () => {
    expect(check([], []).passed).toBe(true);
  });

  it('passes 3 consecutive Chiến sĩ thi đua cơ sở ending in the nomination year', () => {
    const result = check(undefined, grassroots(2023, 2024, 2025));
    expect(result.passed).toBe(true);
    expect(result.reason.vi).toBe('Đã đạt "Chiến sĩ thi đua cơ sở" 3 năm liên tục (2023–2025).');
  });

  it('passes 3 consecutive titles ending the year before', () => {
    expect(check(undefined, grassroots(2022, 2023, 2024)).passed).toBe(true);
  });

  it('fails a run that ended too long ago', () => {
    expect(check(undefined, grassroots(2021, 2022, 2023)).passed).toBe(false);
  });

  it('fails titles that are not consecutive, listing the years the register holds', () => {
    const result = check(undefined, grassroots(2022, 2024, 2025));
    expect(result.passed).toBe(false);
    expect(result.reason.vi).toBe(
      'Cần đạt "Chiến sĩ thi đua cơ sở" 3 năm liên tục, kết thúc vào năm 2025 hoặc 2024; sổ khen thưởng ghi nhận các năm: 2022, 2024, 2025.',
    );
  });

  it('does not count other titles', () => {
    const register: RegisterEntry[] = [...grassroots(2023, 2024), { awardTypeCode: 'LHHVN_BANG_KHEN', year: 2025 }];
    expect(check(undefined, register).passed).toBe(false);
  });

  it('accepts any of the listed titles for Chiến sĩ thi đua toàn quốc (VUSTA then province)', () => {
    const national = ruleSetInForce(nationalFighter.ruleSets, '2025-11-15').prerequisites;
    const mixed: RegisterEntry[] = [
      { awardTypeCode: 'CHIEN_SI_THI_DUA_TINH', year: 2024 },
      { awardTypeCode: 'LHHVN_CHIEN_SI_THI_DUA', year: 2025 },
    ];
    expect(check(national, mixed).passed).toBe(true);
    expect(check(national, mixed.slice(1)).passed).toBe(false);
  });

  it("asks VUSTA's flag of the same year for the Government's flag", () => {
    const government = ruleSetInForce(governmentFlag.ruleSets, '2024-02-01').prerequisites;
    expect(check(government, [{ awardTypeCode: 'LHHVN_CO_THI_DUA', year: 2023 }], 2023).passed).toBe(true);
    expect(check(government, [{ awardTypeCode: 'LHHVN_CO_THI_DUA', year: 2022 }], 2023).passed).toBe(false);
  });
});

describe('checkSubmissionWindow', () => {
  const window = { opensOn: '2023-11-01', closesOn: '2024-01-31' };

  it('passes a date within the window, ends included', () => {
    expect(checkSubmissionWindow({ window, asOf: '2023-11-01', year: 2023 }).passed).toBe(true);
    expect(checkSubmissionWindow({ window, asOf: '2024-01-31', year: 2023 }).passed).toBe(true);
  });

  it('fails a date before the window opens', () => {
    const check = checkSubmissionWindow({ window, asOf: '2023-10-31', year: 2023 });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe('Chưa đến thời hạn nộp hồ sơ năm 2023 (từ 01/11/2023 đến 31/01/2024); ngày 31/10/2023 là quá sớm.');
  });

  it('fails a date after the window closed', () => {
    const check = checkSubmissionWindow({ window, asOf: '2024-02-01', year: 2023 });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe('Đã hết thời hạn nộp hồ sơ năm 2023 (từ 01/11/2023 đến 31/01/2024); ngày 01/02/2024 là quá hạn.');
  });

  it('passes any date when nominations are taken all year', () => {
    expect(checkSubmissionWindow({ window: null, asOf: '2024-07-15', year: 2024 }).passed).toBe(true);
  });
});

describe('checkRequiredDocuments', () => {
  it('passes a dossier with every required document', () => {
    expect(checkRequiredDocuments({ required: fullDossier, attached: [...fullDossier, 'initiative_certificate'] }).passed).toBe(true);
  });

  it('fails a dossier without the minutes and names what is missing', () => {
    const check = checkRequiredDocuments({ required: fullDossier, attached: ['proposal_letter', 'achievement_report'] });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe('Hồ sơ còn thiếu: Biên bản bình xét thi đua kèm kết quả bỏ phiếu.');
  });

  it('fails an empty dossier, listing every part', () => {
    const check = checkRequiredDocuments({ required: fullDossier, attached: [] });
    expect(check.reason.vi).toBe(
      'Hồ sơ còn thiếu: Tờ trình đề nghị khen thưởng, Báo cáo thành tích, Biên bản bình xét thi đua kèm kết quả bỏ phiếu.',
    );
  });

  it('passes when nothing is required', () => {
    expect(checkRequiredDocuments({ required: [], attached: [] }).passed).toBe(true);
  });
});

describe('evaluateEligibility', () => {
  const sonLaFlag2023: EligibilityInput = {
    nominationId: 'n-son-la',
    year: 2023,
    nominee: sonLa,
    cluster: cluster3,
    awardType: flag,
    ruleSet: ruleSetInForce(flag.ruleSets, '2024-01-10'),
    asOf: '2024-01-10',
    clusterMemberIds: cluster3Members2023,
    proceedings: [],
    basisVote: sonLaVote,
    othersHoldingPlaces: 1,
    nomineeNominations: [],
    register: [],
    awardTypeNames,
    attachedDocuments: fullDossier,
  };

  it("finds Sơn La's 2023 flag nomination eligible under Decree 98, explaining every check", () => {
    const report = evaluateEligibility(sonLaFlag2023);
    expect(report.eligible).toBe(true);
    expect(report.legalBasis.citation.vi).toBe('Nghị định 98/2023/NĐ-CP');
    expect(report.asOf).toBe('2024-01-10');
    expect(report.checks.map((c) => c.check)).toEqual([
      'NOMINEE_KIND',
      'CLUSTER_MEMBERSHIP',
      'NO_PENDING_PROCEEDINGS',
      'CLUSTER_VOTE_BASIS',
      'QUOTA',
      'NO_DUPLICATE',
      'PREREQUISITES',
      'SUBMISSION_WINDOW',
      'REQUIRED_DOCUMENTS',
    ]);
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
