import type { LocalizedText } from '../../platform/i18n/locale.js';
import { AWARD_CATALOG } from '../award-types/award-catalog.data.js';
import type { DossierDocumentKind } from '../award-types/catalogue.js';
import type { NomineeRef } from './eligibility-check.js';
import { ruleSetInForce } from '../award-types/rule-set.js';
import type { BasisVote, EligibilityInput } from './eligibility.rules.js';

/** The nominees, clusters and award types the eligibility specs are told with (Cluster 3, 2023). */
export function awardType(code: string) {
  const type = AWARD_CATALOG.find((t) => t.code === code);
  if (!type) throw new Error(`no award type ${code}`);
  return type;
}

export const flag = awardType('LHHVN_CO_THI_DUA');
export const vustaFighter = awardType('LHHVN_CHIEN_SI_THI_DUA');
export const nationalFighter = awardType('CHIEN_SI_THI_DUA_TOAN_QUOC');
export const governmentFlag = awardType('CP_CO_THI_DUA');
export const awardTypeNames: ReadonlyMap<string, LocalizedText> = new Map(AWARD_CATALOG.map((t) => [t.code, t.name]));

export const cluster3 = { id: 'cluster-3', name: 'Cụm thi đua số 3' };
export const cluster3Members2023 = ['son-la', 'dien-bien', 'lai-chau', 'lao-cai', 'yen-bai', 'vinh-phuc', 'phu-tho', 'hoa-binh'];

export function unit(id: string, name: string): NomineeRef {
  return { kind: 'collective', id, name, organizationId: id, organizationName: name };
}

export const sonLa = unit('son-la', 'Liên hiệp các Hội KH&KT tỉnh Sơn La');
export const quangNgai = unit('quang-ngai', 'Liên hiệp các Hội KH&KT tỉnh Quảng Ngãi');
export const person: NomineeRef = {
  kind: 'individual',
  id: 'person-1',
  name: 'Nguyễn Thị Lan',
  organizationId: 'hoa-binh',
  organizationName: 'Liên hiệp các Hội KH&KT tỉnh Hòa Bình',
};

export const sonLaVote: BasisVote = {
  reference: 'Biên bản Hội nghị tổng kết Cụm thi đua số 3 ngày 27/11/2023',
  nomineeId: 'son-la',
  clusterId: 'cluster-3',
  year: 2023,
  passed: true,
};

export const fullDossier: DossierDocumentKind[] = ['proposal_letter', 'achievement_report', 'evaluation_minutes'];

/** Sơn La's 2023 flag nomination, eligible under Decree 98, as submitted on 10 January 2024. */
export const sonLaFlag2023: EligibilityInput = {
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

/** The checks of an eligibility report, in the order it always gives them. */
export const CHECK_ORDER = [
  'NOMINEE_KIND',
  'CLUSTER_MEMBERSHIP',
  'NO_PENDING_PROCEEDINGS',
  'CLUSTER_VOTE_BASIS',
  'QUOTA',
  'NO_DUPLICATE',
  'PREREQUISITES',
  'SUBMISSION_WINDOW',
  'REQUIRED_DOCUMENTS',
];
