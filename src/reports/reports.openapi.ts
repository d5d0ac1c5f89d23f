import {
  integer,
  list,
  nullable,
  nullableDay,
  nullableInteger,
  nullableString,
  object,
  oneOf,
  type Schema,
  string,
  time,
  UNIT,
  uuid,
} from '../platform/openapi/json-schema.js';
import { NOMINATION_STATES } from '../nominations/nominations/nomination.state.js';
import { SECTION_KEYS } from './cluster-year/cluster-year.facts.js';
import { ISSUANCE_SCOPES, SIGNING_CAPACITIES } from './issuance/issuance.rules.js';

/* The response schemas of the reports' API, for the docs page and generated clients. */

const CLUSTER = object({ id: uuid, code: string, number: integer, name: string, kind: string, owner: object({}) });
const COUNT_BY_STATE = object({ state: oneOf(NOMINATION_STATES), stateName: string, count: integer });
const part = (description: string): Schema => ({ description });

/** Báo cáo năm của cụm: every recorded fact of the cluster's year, and what is missing. */
export const CLUSTER_YEAR_REPORT: Schema = object({
  year: integer,
  cluster: CLUSTER,
  issuer: object({ name: string, place: nullableString }),
  members: list(UNIT),
  chair: nullable(UNIT),
  viceChair: nullable(UNIT),
  supervisor: object({ fullName: string, position: nullableString }, { nullable: true }),
  meetings: list(part('Một cuộc họp của cụm trong năm.')),
  conference: part('Hội nghị tổng kết, nếu đã họp.'),
  flagProposals: list(part('Một đơn vị được suy tôn, với đề nghị và quyết định khen thưởng.')),
  outcome: part('Kết quả hội nghị.'),
  nextYear: part('Cụm trưởng, cụm phó năm sau.'),
  nominations: part('Đề nghị khen thưởng của cụm.'),
  awards: list(part('Khen thưởng đã vào sổ.')),
  sections: part('Các phần báo cáo do ban thư ký viết.'),
  missing: list(part('Điều còn thiếu để lập đủ văn bản.')),
});

/** Tổng hợp toàn quốc của năm. */
export const NATIONAL_OVERVIEW: Schema = object({
  year: integer,
  clusters: list(
    object({
      cluster: CLUSTER,
      memberCount: integer,
      chair: nullable(UNIT),
      viceChair: nullable(UNIT),
      meetingsHeld: integer,
      yearEndConferences: integer,
      flagsProposed: integer,
      flagsAwarded: integer,
      nominations: integer,
    }),
  ),
  totals: object({ clusters: integer, meetingsHeld: integer, flagsProposed: integer, flagsAwarded: integer, nominations: integer }),
  nominations: object({
    total: integer,
    byState: list(COUNT_BY_STATE),
    byAwardType: list(object({ awardTypeCode: string, awardName: string, total: integer, byState: list(COUNT_BY_STATE) })),
  }),
  awardsByCluster: object({
    years: list(integer),
    rows: list(object({ clusterId: uuid, clusterName: string, counts: list(integer) })),
  }),
});

/** The sections of a cluster's summary report that the secretariat writes. */
export const REPORT_SECTIONS: Schema = object({
  clusterId: uuid,
  year: integer,
  ...Object.fromEntries(SECTION_KEYS.map((key) => [key, nullableString])),
  version: integer,
  updatedAt: time,
  updatedBy: nullableString,
});

/** Who issues and signs the cluster's documents of a year (scope `year`) or one of them; null: not recorded. */
export const ISSUANCE: Schema = object({
  clusterId: uuid,
  year: integer,
  scope: oneOf(ISSUANCE_SCOPES),
  issuingBody: nullableString,
  superiorBody: nullableString,
  place: nullableString,
  symbol: nullableString,
  number: nullableInteger,
  issuedOn: nullableDay,
  capacity: nullable(oneOf(SIGNING_CAPACITIES)),
  signingFor: nullableString,
  signerTitle: nullableString,
  signerName: nullableString,
  regulation: nullableString,
  version: integer,
  updatedAt: time,
  updatedBy: nullableString,
});
