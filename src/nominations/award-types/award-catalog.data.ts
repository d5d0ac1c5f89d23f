/*
 * Reference data: the award catalog and the base salaries, as the seed loads them (upsert by code).
 * Values marked UNVERIFIED are assumptions from the domain notes (shared/domain/rules.md §0, §1.5–1.9,
 * §3.3, §4) awaiting VUSTA's own regulation; they are data, so correcting one never touches a rule.
 */
import { text } from '../../platform/i18n/locale.js';
import type { BaseSalary } from '../decisions/cash-reward.rules.js';
import type { DossierDocumentKind } from './catalogue.js';
import type { LegalBasis } from './legal-basis.js';
import type { AwardRuleSet, AwardTypeDefinition, SubmissionWindow } from './rule-set.js';
import { percent, times } from '../../platform/numbers/ratio.js';

export const DECREE_98_2023: LegalBasis = {
  code: 'ND-98-2023',
  citation: text('Nghị định 98/2023/NĐ-CP', 'Decree 98/2023/ND-CP'),
};

export const DECREE_152_2025: LegalBasis = {
  code: 'ND-152-2025',
  citation: text('Nghị định 152/2025/NĐ-CP', 'Decree 152/2025/ND-CP'),
};

/** Mức lương cơ sở. */
export const BASE_SALARIES: readonly BaseSalary[] = [
  { effectiveFrom: '2023-07-01', amountVnd: 1_800_000, legalBasis: 'Nghị định 24/2023/NĐ-CP' },
  { effectiveFrom: '2024-07-01', amountVnd: 2_340_000, legalBasis: 'Nghị định 73/2024/NĐ-CP' },
];

type Rules = Omit<AwardRuleSet, 'legalBasis' | 'effectiveFrom' | 'effectiveTo'>;

/** What an entry asks unless it says otherwise: no cluster vote, quota, council ballot, earlier titles or window. */
const UNCONDITIONAL: Omit<Rules, 'requiredDocuments' | 'cashReward'> = {
  needsClusterVote: false,
  quota: null,
  councilThreshold: null,
  prerequisites: [],
  submissionWindow: null,
};

/**
 * Decree 98/2023 applied from 01/01/2024 (with the 2022 Law) to 30/06/2025; Decree 152/2025 from
 * 01/07/2025 (its Art. 59 repeals Decree 98). Nominations submitted before 2024 fall under Decree 91/2017,
 * which the catalog does not carry: their awards enter through the register import.
 * No value below is known to differ between the two decrees, yet each nomination cites the one in force for it.
 */
function byDecree(entry: Partial<Rules> & Pick<Rules, 'requiredDocuments' | 'cashReward'>): AwardRuleSet[] {
  const rules: Rules = { ...UNCONDITIONAL, ...entry };
  return [
    { ...rules, legalBasis: DECREE_98_2023, effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30' },
    { ...rules, legalBasis: DECREE_152_2025, effectiveFrom: '2025-07-01', effectiveTo: null },
  ];
}

/** Law Art. 84(1): tờ trình, báo cáo thành tích, biên bản bình xét with the ballot results. */
const TITLE_DOSSIER: DossierDocumentKind[] = ['proposal_letter', 'achievement_report', 'evaluation_minutes'];

/** Chiến sĩ thi đua titles also need the certification of the initiative or research work (Art. 84(1)). */
const EMULATION_FIGHTER_DOSSIER: DossierDocumentKind[] = [...TITLE_DOSSIER, 'initiative_certificate'];

/** UNVERIFIED: the same three parts asked for commendations (Bằng khen, Huân chương). */
const COMMENDATION_DOSSIER: DossierDocumentKind[] = TITLE_DOSSIER;

/**
 * UNVERIFIED: VUSTA's yearly deadline was not found. Cluster summaries are held from late November to
 * late December (rules §2.2), so dossiers for year Y are taken from 1 November Y to 31 January Y+1.
 */
const VUSTA_YEAR_END_WINDOW: SubmissionWindow = {
  opens: { yearOffset: 0, month: 11, day: 1 },
  closes: { yearOffset: 1, month: 1, day: 31 },
};

const EXACT_VND = 1;

const VUSTA_AUTHORITY = text(
  // UNVERIFIED wording: decisions "…/QĐ-LHHVN" signed by the President (rules §3.1).
  'Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  'President of the Vietnam Union of Science and Technology Associations',
);

const CSTD_CO_SO = 'CHIEN_SI_THI_DUA_CO_SO';
const CSTD_TINH = 'CHIEN_SI_THI_DUA_TINH';
const LHHVN_CO_THI_DUA = 'LHHVN_CO_THI_DUA';
const LHHVN_CHIEN_SI_THI_DUA = 'LHHVN_CHIEN_SI_THI_DUA';

function laborOrder(code: string, classVi: string, classEn: string, collective: string, individual: string): AwardTypeDefinition {
  return {
    code,
    name: text(`Huân chương Lao động hạng ${classVi}`, `Labour Order, ${classEn} class`),
    level: 'state',
    form: 'commendation',
    awardingAuthority: text('Chủ tịch nước', 'President of Viet Nam'),
    nomineeKinds: ['collective', 'individual'],
    nominatedThroughVusta: true,
    ruleSets: byDecree({
      // Decree 98 Art. 30(7) requires a council ballot for titles only; VUSTA's practice for orders UNVERIFIED.
      councilThreshold: null,
      // UNVERIFIED: the orders' own chains (years of merit, earlier Bằng khen) were not found.
      prerequisites: [],
      // Proposed upward on the Central Committee's timetable, not configured here (UNVERIFIED).
      submissionWindow: null,
      requiredDocuments: COMMENDATION_DOSSIER,
      // Decree 152 Art. 51 (collective = twice the individual amount); Decree 98 amounts assumed equal (UNVERIFIED).
      cashReward: { collective: times(collective), individual: times(individual), roundUpToMultipleOf: EXACT_VND },
    }),
  };
}

export const AWARD_CATALOG: readonly AwardTypeDefinition[] = [
  {
    code: LHHVN_CO_THI_DUA,
    // Exact current wording UNVERIFIED (rules §3.3).
    name: text(
      'Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
      'Emulation Flag of the Vietnam Union of Science and Technology Associations',
    ),
    level: 'vusta',
    form: 'emulation_title',
    awardingAuthority: VUSTA_AUTHORITY,
    nomineeKinds: ['collective'],
    nominatedThroughVusta: true,
    ruleSets: byDecree({
      // Law Art. 26(1): given to the collective that leads its cluster.
      needsClusterVote: true,
      // UNVERIFIED: VUSTA's quota is unknown; Cluster 3 proposed 2 flags of 8 members in 2023 (rules §1.9).
      quota: { kind: 'share_of_members', share: percent(25), rounding: 'down', source: 'unverified_practice' },
      // Decree 98 Art. 30(7); the matching clause of Decree 152 is UNVERIFIED.
      councilThreshold: percent(80),
      submissionWindow: VUSTA_YEAR_END_WINDOW,
      requiredDocuments: TITLE_DOSSIER,
      // Decree 152 Art. 50; Decree 98 amount assumed equal (UNVERIFIED).
      cashReward: { collective: times('8'), individual: null, roundUpToMultipleOf: EXACT_VND },
    }),
  },
  {
    code: 'LHHVN_BANG_KHEN',
    // Issued perhaps as "Bằng khen của Chủ tịch LHHVN": wording UNVERIFIED (rules §3.3).
    name: text(
      'Bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
      'Certificate of Merit of the Vietnam Union of Science and Technology Associations',
    ),
    level: 'vusta',
    form: 'commendation',
    awardingAuthority: VUSTA_AUTHORITY,
    nomineeKinds: ['collective', 'individual'],
    nominatedThroughVusta: true,
    ruleSets: byDecree({
      // Not among the titles of Decree 98 Art. 30(7); whether VUSTA's council votes on it is UNVERIFIED.
      councilThreshold: null,
      // UNVERIFIED: taken all year (yearly and for particular achievements alike).
      submissionWindow: null,
      requiredDocuments: COMMENDATION_DOSSIER,
      // Decree 152 Art. 54: 3× for a collective, 1.5× for a person; Decree 98 amounts assumed equal (UNVERIFIED).
      cashReward: { collective: times('3'), individual: times('1.5'), roundUpToMultipleOf: EXACT_VND },
    }),
  },
  {
    code: 'LHHVN_KY_NIEM_CHUONG',
    // UNVERIFIED: a VUSTA-wide medal of this name was not found (rules §3.3).
    name: text(
      'Kỷ niệm chương "Vì sự nghiệp phát triển Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"',
      'Medal "For the development of the Vietnam Union of Science and Technology Associations"',
    ),
    level: 'vusta',
    form: 'commendation',
    awardingAuthority: VUSTA_AUTHORITY,
    nomineeKinds: ['individual'],
    nominatedThroughVusta: true,
    ruleSets: byDecree({
      // UNVERIFIED: a proposal letter and a summary of the person's contribution.
      requiredDocuments: ['proposal_letter', 'achievement_report'],
      // Decree 152 Art. 54 allows at most 0.6× at the awarding body's discretion; VUSTA's amount UNVERIFIED.
      cashReward: null,
    }),
  },
  {
    code: LHHVN_CHIEN_SI_THI_DUA,
    // UNVERIFIED: that VUSTA, as a "ban, ngành", awards this title itself (Law Art. 22).
    name: text(
      'Chiến sĩ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
      'Emulation Fighter of the Vietnam Union of Science and Technology Associations',
    ),
    level: 'vusta',
    form: 'emulation_title',
    awardingAuthority: VUSTA_AUTHORITY,
    nomineeKinds: ['individual'],
    nominatedThroughVusta: true,
    ruleSets: byDecree({
      councilThreshold: percent(90),
      // Law Art. 22: 3 consecutive Chiến sĩ thi đua cơ sở. Ending in the nomination year or the one before: UNVERIFIED.
      prerequisites: [{ anyOf: [CSTD_CO_SO], consecutiveYears: 3, mayEndYearsBefore: 1 }],
      submissionWindow: VUSTA_YEAR_END_WINDOW,
      requiredDocuments: EMULATION_FIGHTER_DOSSIER,
      // Decree 98 Art. 54(1)(b), Decree 152 Art. 50.
      cashReward: { collective: null, individual: times('3'), roundUpToMultipleOf: EXACT_VND },
    }),
  },
  {
    code: CSTD_CO_SO,
    name: text('Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Fighter'),
    level: 'grassroots',
    form: 'emulation_title',
    awardingAuthority: text('Người đứng đầu cơ quan, đơn vị', 'Head of the agency or unit'),
    nomineeKinds: ['individual'],
    // Awarded by each unit; kept so that imported history counts in the chains above.
    nominatedThroughVusta: false,
    ruleSets: byDecree({
      councilThreshold: percent(80),
      requiredDocuments: EMULATION_FIGHTER_DOSSIER,
      // Decree 98 Art. 54(1)(c), Decree 152 Art. 50.
      cashReward: { collective: null, individual: times('1'), roundUpToMultipleOf: EXACT_VND },
    }),
  },
  {
    code: CSTD_TINH,
    name: text('Chiến sĩ thi đua tỉnh', 'Provincial Emulation Fighter'),
    level: 'province',
    form: 'emulation_title',
    awardingAuthority: text('Chủ tịch Ủy ban nhân dân tỉnh', 'Chair of the Provincial People’s Committee'),
    nomineeKinds: ['individual'],
    // Awarded by a province to a provincial union's staff; kept for the register and the national title's chain.
    nominatedThroughVusta: false,
    ruleSets: byDecree({
      councilThreshold: percent(90),
      prerequisites: [{ anyOf: [CSTD_CO_SO], consecutiveYears: 3, mayEndYearsBefore: 1 }],
      requiredDocuments: EMULATION_FIGHTER_DOSSIER,
      cashReward: { collective: null, individual: times('3'), roundUpToMultipleOf: EXACT_VND },
    }),
  },
  {
    code: 'CP_CO_THI_DUA',
    name: text('Cờ thi đua của Chính phủ', 'Emulation Flag of the Government'),
    level: 'state',
    form: 'emulation_title',
    awardingAuthority: text('Thủ tướng Chính phủ', 'Prime Minister'),
    nomineeKinds: ['collective'],
    nominatedThroughVusta: true,
    ruleSets: byDecree({
      // Law Art. 25(1): chosen among the collectives that lead their clusters.
      needsClusterVote: true,
      // Decree 91/2017's 20 % cap is historical; a quota under Decree 98/152 is UNVERIFIED.
      quota: null,
      councilThreshold: percent(80),
      // UNVERIFIED modelling of Art. 25(1): the nominee holds VUSTA's flag for the same year.
      prerequisites: [{ anyOf: [LHHVN_CO_THI_DUA], consecutiveYears: 1, mayEndYearsBefore: 0 }],
      requiredDocuments: TITLE_DOSSIER,
      // Decree 152 Art. 50; Decree 98 amount assumed equal (UNVERIFIED).
      cashReward: { collective: times('12'), individual: null, roundUpToMultipleOf: EXACT_VND },
    }),
  },
  {
    code: 'TTG_BANG_KHEN',
    name: text('Bằng khen của Thủ tướng Chính phủ', 'Certificate of Merit of the Prime Minister'),
    level: 'state',
    form: 'commendation',
    awardingAuthority: text('Thủ tướng Chính phủ', 'Prime Minister'),
    nomineeKinds: ['collective', 'individual'],
    nominatedThroughVusta: true,
    ruleSets: byDecree({
      // UNVERIFIED: the multi-year chains for the PM's certificate were not found (rules §1.5).
      prerequisites: [],
      requiredDocuments: COMMENDATION_DOSSIER,
      // Decree 152 Art. 54: 7× for a collective, 3.5× for a person; Decree 98 amounts assumed equal (UNVERIFIED).
      cashReward: { collective: times('7'), individual: times('3.5'), roundUpToMultipleOf: EXACT_VND },
    }),
  },
  laborOrder('HUAN_CHUONG_LAO_DONG_HANG_NHAT', 'Nhất', 'First', '18', '9'),
  laborOrder('HUAN_CHUONG_LAO_DONG_HANG_NHI', 'Nhì', 'Second', '15', '7.5'),
  laborOrder('HUAN_CHUONG_LAO_DONG_HANG_BA', 'Ba', 'Third', '9', '4.5'),
  {
    code: 'CHIEN_SI_THI_DUA_TOAN_QUOC',
    name: text('Chiến sĩ thi đua toàn quốc', 'National Emulation Fighter'),
    level: 'state',
    form: 'emulation_title',
    awardingAuthority: text('Thủ tướng Chính phủ', 'Prime Minister'),
    nomineeKinds: ['individual'],
    nominatedThroughVusta: true,
    ruleSets: byDecree({
      councilThreshold: percent(90),
      // Law Art. 21: 2 consecutive ministry or province titles. Ending in the nomination year or the one before: UNVERIFIED.
      prerequisites: [{ anyOf: [LHHVN_CHIEN_SI_THI_DUA, CSTD_TINH], consecutiveYears: 2, mayEndYearsBefore: 1 }],
      requiredDocuments: EMULATION_FIGHTER_DOSSIER,
      // Decree 98 Art. 54(1)(a), Decree 152 Art. 50.
      cashReward: { collective: null, individual: times('4.5'), roundUpToMultipleOf: EXACT_VND },
    }),
  },
];
