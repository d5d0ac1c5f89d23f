import {
  boolean,
  day,
  integer,
  list,
  nullable,
  nullableDay,
  nullableString,
  object,
  oneOf,
  RATIO,
  type Schema,
  string,
  time,
  UNIT,
  uuid,
} from '../platform/openapi/json-schema.js';
import { AWARD_FORMS, AWARD_LEVELS, NOMINEE_KINDS } from './award-types/catalogue.js';
import { ATTACHMENT_KINDS } from './dossiers/dossier.rules.js';
import { NOMINATION_ACTIONS, NOMINATION_STATES } from './nominations/nomination.state.js';
import { GENDERS } from './nominees/person.dto.js';
import { PROCEEDING_KINDS } from './nominees/proceeding.rules.js';
import { COUNCIL_CHOICES, VOTE_RECORDINGS } from './reviews/council-vote.dto.js';

/*
 * The response schemas of the nominations context's API (thi đua, khen thưởng), for the docs page and generated
 * clients. Texts are in the caller's language (Accept-Language).
 */

const text: Schema = { type: 'string', description: 'Theo ngôn ngữ của Accept-Language.' };
const LEGAL_BASIS = object({ code: string, citation: text }, { description: 'Căn cứ pháp lý.' });
const AWARD_TYPE_REF = object({ id: uuid, code: string, name: text });
const PERSON = object({ id: uuid, fullName: string, gender: { ...oneOf(GENDERS), nullable: true }, birthYear: integer });
const ACTOR = object({ userId: nullable(uuid), username: nullableString });
const state = oneOf(NOMINATION_STATES);

export const RULE_SET: Schema = object({
  id: uuid,
  awardTypeId: uuid,
  legalBasis: LEGAL_BASIS,
  effectiveFrom: day,
  effectiveTo: nullableDay,
  needsClusterVote: boolean,
  quota: object({}, { nullable: true, description: 'Số suất mỗi cụm mỗi năm; null khi không giới hạn.' }),
  councilThreshold: RATIO,
  prerequisites: list(object({}, { description: 'Điều kiện về khen thưởng đã nhận.' })),
  submissionWindow: object({}, { nullable: true, description: 'Thời hạn nộp; null khi nhận cả năm.' }),
  requiredDocuments: list(string),
  cashReward: object({}, { nullable: true, description: 'Mức tiền thưởng; null khi không kèm tiền.' }),
});

export const AWARD_TYPE: Schema = object({
  id: uuid,
  code: string,
  name: text,
  level: oneOf(AWARD_LEVELS),
  form: oneOf(AWARD_FORMS),
  awardingAuthority: text,
  nomineeKinds: list(oneOf(NOMINEE_KINDS)),
  nominatedThroughVusta: boolean,
  version: integer,
});

export const AWARD_TYPE_DETAIL: Schema = { allOf: [AWARD_TYPE, object({ ruleSets: list(RULE_SET) })] };

export const NOMINATION: Schema = object({
  id: uuid,
  year: integer,
  state,
  awardType: AWARD_TYPE_REF,
  nominee: object({
    kind: oneOf(NOMINEE_KINDS),
    organization: UNIT,
    person: nullable({ allOf: [PERSON, object({ position: nullableString })] }),
  }),
  proposingOrganization: UNIT,
  cluster: object({ id: uuid, code: string, name: string }),
  basis: object(
    { voteId: nullable(uuid), vote: object({}, { description: 'Kết quả biểu quyết của cụm, lưu kèm đề nghị.' }) },
    { nullable: true },
  ),
  achievementsSummary: nullableString,
  reportText: nullableString,
  submittedOn: nullableDay,
  ruleSetId: nullable(uuid),
  legalBasis: nullable(LEGAL_BASIS),
  allowedActions: list(oneOf(NOMINATION_ACTIONS)),
  version: integer,
  createdAt: time,
  updatedAt: time,
});

export const REVIEW_QUEUE_ITEM: Schema = {
  allOf: [
    NOMINATION,
    object({
      review: object({ waitingSince: nullable(time), timesReturned: integer, lastReturnReasons: nullableString, attachments: integer }),
    }),
  ],
};

export const NOMINATION_HISTORY_ENTRY: Schema = object({
  id: uuid,
  action: oneOf(NOMINATION_ACTIONS),
  fromState: state,
  toState: state,
  comment: nullableString,
  actor: ACTOR,
  occurredAt: time,
});

export const ELIGIBILITY: Schema = object({
  nominationId: uuid,
  eligible: boolean,
  asOf: day,
  legalBasis: LEGAL_BASIS,
  checks: list(object({ check: string, passed: boolean, reason: text })),
});

export const ATTACHMENT: Schema = object({
  id: uuid,
  nominationId: uuid,
  kind: oneOf(ATTACHMENT_KINDS),
  document: nullableString,
  fileName: string,
  contentType: string,
  sizeBytes: integer,
  sha256: string,
  uploadedBy: nullableString,
  uploadedAt: time,
});

export const PROCEEDING: Schema = object({
  id: uuid,
  kind: oneOf(PROCEEDING_KINDS),
  organizationId: uuid,
  person: nullable(PERSON),
  startedOn: day,
  endedOn: nullableDay,
  reference: nullableString,
  note: nullableString,
  version: integer,
});

const MEMBER = object({ id: uuid, fullName: string, position: string });

export const COUNCIL_MEMBER: Schema = object({
  id: uuid,
  fullName: string,
  position: string,
  memberFrom: day,
  memberTo: nullableDay,
  version: integer,
});

export const COUNCIL_VOTE: Schema = object({
  id: uuid,
  nominationId: uuid,
  nominationState: state,
  heldOn: day,
  minutesReference: nullableString,
  threshold: RATIO,
  totalMembers: integer,
  votesNeeded: integer,
  inFavour: integer,
  inFavourInWriting: integer,
  against: integer,
  abstaining: integer,
  passed: boolean,
  reason: text,
  ballots: list(object({ member: MEMBER, choice: oneOf(COUNCIL_CHOICES), recordedAs: oneOf(VOTE_RECORDINGS) })),
  notVoted: list(MEMBER),
  recordedBy: ACTOR,
  createdAt: time,
});

export const REGISTER_ENTRY: Schema = object({
  id: uuid,
  awardType: AWARD_TYPE_REF,
  year: integer,
  recipient: object({ kind: oneOf(NOMINEE_KINDS), organization: UNIT, person: nullable(PERSON) }),
  decision: object({ id: nullable(uuid), reference: string, date: nullableDay }),
  registerNumber: nullableString,
  cash: object({ amountVnd: integer, explanation: { ...text, nullable: true } }, { nullable: true }),
  nominationId: nullable(uuid),
  source: oneOf(['decision', 'import', 'manual']),
});

export const IMPORT_REPORT: Schema = object({
  importId: uuid,
  fileName: string,
  format: oneOf(['csv', 'xlsx']),
  rowsRead: integer,
  accepted: integer,
  refused: integer,
  rows: list(object({ row: integer, accepted: boolean, entryId: nullable(uuid), reasons: list(text) })),
});

export const AWARD_DECISION_SUMMARY: Schema = object({
  id: uuid,
  reference: { type: 'string', example: '123/QĐ-LHHVN' },
  number: integer,
  symbol: string,
  issuer: string,
  year: integer,
  decidedOn: day,
  signer: object({ name: string, position: string }),
  summary: string,
  recipientCount: integer,
  totalCashVnd: integer,
  createdAt: time,
});

export const AWARD_DECISION: Schema = { allOf: [AWARD_DECISION_SUMMARY, object({ recipients: list(REGISTER_ENTRY) })] };
