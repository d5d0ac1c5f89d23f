import { DEFAULT_VOTE_RULE_SET } from '../../meetings/votes/vote-rule-set.js';
import { tally } from '../../meetings/votes/vote.rules.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { ClusterYearFacts, ConferenceFacts } from './cluster-year.facts.js';

/**
 * Plain facts shaped like Cluster 3's 2023 records, for the unit specs of the report assembly and its documents.
 * The vote counts are invented (the source gives only the outcome) and tallied by the real vote rules.
 */
function union(key: string, province: string): UnitView {
  return {
    id: `unit-${key}`,
    code: `LHH-${key.toUpperCase()}`,
    fullName: `Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh ${province}`,
    shortName: `LHH ${province}`,
  };
}

export const UNITS = {
  dienBien: union('dienBien', 'Điện Biên'),
  hoaBinh: union('hoaBinh', 'Hòa Bình'),
  laiChau: union('laiChau', 'Lai Châu'),
  laoCai: union('laoCai', 'Lào Cai'),
  phuTho: union('phuTho', 'Phú Thọ'),
  sonLa: union('sonLa', 'Sơn La'),
  vinhPhuc: union('vinhPhuc', 'Vĩnh Phúc'),
  yenBai: union('yenBai', 'Yên Bái'),
};

const MEMBERS = Object.values(UNITS);
const VUSTA: UnitView = {
  id: 'vusta',
  code: 'VUSTA',
  fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  shortName: 'Liên hiệp Hội Việt Nam',
};
const COMMON = { rules: DEFAULT_VOTE_RULE_SET, round: 1, memberCount: 8, presentCount: 8, ballotsValid: 8, ballotsInvalid: 0 };
const FLAG = 'Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam';

export function conference2023(): ConferenceFacts {
  const flagVotes = [UNITS.sonLa, UNITS.hoaBinh, UNITS.phuTho].map((u, i) => ({ candidateId: u.id, votes: [7, 6, 1][i] }));
  return {
    meeting: {
      id: 'meeting-2023',
      kind: 'year_end_summary',
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
      startsAt: new Date('2023-11-27T08:00:00+07:00'),
      endsAt: new Date('2023-11-27T11:30:00+07:00'),
      place: 'Thành phố Sơn La, tỉnh Sơn La',
      state: 'draft',
      hostOrganizationId: UNITS.sonLa.id,
      presiding: null,
      secretary: null,
      agenda: ['Báo cáo tổng kết', 'Bình xét, suy tôn'],
      minutes: null,
    },
    delegates: MEMBERS.map((u) => ({
      organizationId: u.id,
      fullName: `Trưởng đoàn ${u.shortName}`,
      position: 'Chủ tịch',
      present: true,
      votesForUnit: true,
    })),
    guests: [{ agency: 'Ban Tuyên giáo Tỉnh ủy Sơn La', fullName: null, position: 'Đại diện lãnh đạo' }],
    speakers: [{ body: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', fullName: null, position: null }],
    votes: [
      {
        id: 'vote-flag',
        subject: 'flag_proposal',
        title: 'Suy tôn Cờ thi đua năm 2023',
        method: 'electronic',
        state: 'closed',
        proposedOrganizationId: null,
        cancellationReason: null,
        rounds: [{ round: 1, result: tally({ ...COMMON, subject: 'flag_proposal', places: 2, votes: flagVotes }), paperTotals: null }],
      },
      {
        id: 'vote-vice',
        subject: 'vice_chair_election',
        title: 'Bầu Cụm phó năm 2024',
        method: 'electronic',
        state: 'closed',
        proposedOrganizationId: null,
        cancellationReason: null,
        rounds: [
          {
            round: 1,
            result: tally({
              ...COMMON,
              subject: 'vice_chair_election',
              votes: [
                { candidateId: UNITS.yenBai.id, votes: 6 },
                { candidateId: UNITS.phuTho.id, votes: 1 },
              ],
            }),
            paperTotals: null,
          },
        ],
      },
      {
        id: 'vote-chair',
        subject: 'chair_handover',
        title: 'Chuyển trao nhiệm vụ Cụm trưởng năm 2024',
        method: 'electronic',
        state: 'closed',
        proposedOrganizationId: UNITS.laoCai.id,
        cancellationReason: null,
        rounds: [
          {
            round: 1,
            result: tally({ ...COMMON, subject: 'chair_handover', proposedId: UNITS.laoCai.id, answers: { yes: 8, no: 0, abstain: 0 } }),
            paperTotals: null,
          },
        ],
      },
    ],
    resolutions: [
      {
        voteId: 'vote-flag',
        subject: 'flag_proposal',
        adopted: true,
        summary: { vi: `Hội nghị suy tôn, đề nghị tặng ${FLAG} cho LHH Sơn La và LHH Hòa Bình.`, en: '-' },
        decidedIds: [UNITS.sonLa.id, UNITS.hoaBinh.id],
      },
      {
        voteId: 'vote-vice',
        subject: 'vice_chair_election',
        adopted: true,
        summary: { vi: 'Hội nghị bầu LHH Yên Bái làm Cụm phó năm 2024.', en: '-' },
        decidedIds: [UNITS.yenBai.id],
      },
      {
        voteId: 'vote-chair',
        subject: 'chair_handover',
        adopted: true,
        summary: { vi: 'Hội nghị nhất trí chuyển trao nhiệm vụ Cụm trưởng năm 2024 cho LHH Lào Cai.', en: '-' },
        decidedIds: [UNITS.laoCai.id],
      },
    ],
  };
}

/** Cluster 3 in 2023 with its conference; `overrides` replace whole facts. */
export function cluster3Facts(overrides: Partial<ClusterYearFacts> = {}): ClusterYearFacts {
  const proposal = (unit: UnitView, votes: number, rank: number) => ({
    organizationId: unit.id,
    awardTypeCode: 'LHHVN_CO_THI_DUA',
    awardName: FLAG,
    decidedBy: 'vote' as const,
    votes,
    shareNumerator: votes,
    shareDenominator: 8,
    percent: (votes / 8) * 100,
    rank,
    nomination: null,
    decision: null,
  });
  return {
    year: 2023,
    cluster: { id: 'cluster-3', code: 'VUSTA-C3', number: 3, name: 'Cụm thi đua số 3', kind: 'cluster', owner: VUSTA },
    members: MEMBERS,
    otherUnits: [],
    term: { year: 2023, chair: UNITS.sonLa, chairProvince: 'Sơn La', viceChair: null, decidedBy: 'rotation', decidedAtMeetingId: null },
    nextTerm: {
      year: 2024,
      chair: UNITS.laoCai,
      chairProvince: 'Lào Cai',
      viceChair: UNITS.yenBai,
      decidedBy: 'election',
      decidedAtMeetingId: 'meeting-2023',
    },
    supervisor: null,
    meetings: [conference2023().meeting],
    conference: conference2023(),
    flagProposals: [proposal(UNITS.sonLa, 7, 1), proposal(UNITS.hoaBinh, 6, 2)],
    flagLegalBases: [
      { awardTypeCode: 'LHHVN_CO_THI_DUA', citation: 'Nghị định 98/2023/NĐ-CP', effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30' },
      { awardTypeCode: 'LHHVN_CO_THI_DUA', citation: 'Nghị định 152/2025/NĐ-CP', effectiveFrom: '2025-07-01', effectiveTo: null },
    ],
    legalInstruments: [
      {
        kind: 'law',
        citation: 'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003',
        effectiveFrom: '2004-07-01',
        effectiveTo: '2023-12-31',
      },
      { kind: 'law', citation: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', effectiveFrom: '2024-01-01', effectiveTo: null },
      { kind: 'decree', citation: 'Nghị định 91/2017/NĐ-CP', effectiveFrom: '2017-07-31', effectiveTo: '2023-12-31' },
      { kind: 'decree', citation: 'Nghị định 98/2023/NĐ-CP', effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30' },
    ],
    nominations: [],
    awards: [],
    sections: null,
    issuance: [],
    ...overrides,
  };
}
