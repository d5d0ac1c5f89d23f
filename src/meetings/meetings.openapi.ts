import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth } from '@nestjs/swagger';
import {
  integer,
  list,
  nullableString,
  nullableTime,
  object,
  pageSchema,
  RATIO,
  type Schema,
  string,
  time,
  UNIT,
  uuid,
} from '../platform/openapi/json-schema.js';
import { ApiProblemResponses } from '../platform/openapi/openapi.decorators.js';
import { MEETING_KINDS } from './meetings/meeting.rules.js';
import { MEETING_STATES } from './meetings/meeting.state.js';
import { VOTE_METHODS, VOTE_SUBJECTS } from './votes/vote-rule-set.js';
import { VOTE_ACTIONS, VOTE_STATES } from './votes/vote.state.js';

/*
 * The response schemas of the meetings context's API, for the docs page and generated clients. Texts are in the
 * caller's language (Accept-Language); ids are uuids; times ISO 8601.
 */

/** A route that needs a signed-in user: the bearer token or the session cookie. */
export const ApiSignedIn = () => applyDecorators(ApiBearerAuth(), ApiCookieAuth('thidua_session'), ApiProblemResponses(401, 403));

export { pageSchema };

export const MEETING_SUMMARY: Schema = object({
  id: uuid,
  cluster: object({ id: uuid, code: string, name: string }),
  year: integer,
  kind: { type: 'string', enum: MEETING_KINDS },
  title: string,
  startsAt: time,
  endsAt: nullableTime,
  place: string,
  host: { ...UNIT, nullable: true },
  state: { type: 'string', enum: MEETING_STATES },
  finalizedAt: nullableTime,
  version: integer,
});

export const DELEGATE: Schema = object({
  id: uuid,
  unit: UNIT,
  fullName: nullableString,
  position: nullableString,
  present: { type: 'boolean' },
  votesForUnit: { type: 'boolean' },
});

export const MEETING_DETAIL: Schema = {
  allOf: [
    MEETING_SUMMARY,
    object({
      presiding: nullableString,
      secretary: nullableString,
      agenda: list(string),
      minutes: nullableString,
      delegates: list(DELEGATE),
      guests: list(object({ agency: string, fullName: nullableString, position: nullableString })),
      speakers: list(object({ body: string, fullName: nullableString, position: nullableString })),
      attendance: object({
        memberCount: integer,
        presentCount: integer,
        votingCount: integer,
        units: list(object({ unit: UNIT, present: { type: 'boolean' }, voting: { type: 'boolean' }, delegatesPresent: integer })),
      }),
      amendments: list(
        object({
          id: uuid,
          amendedBy: object({ userId: { ...uuid, nullable: true }, username: nullableString }),
          amendedAt: time,
          field: string,
          before: {},
          after: {},
          reason: string,
        }),
      ),
      createdAt: time,
      updatedAt: time,
    }),
  ],
};

const ROUND = object({
  round: integer,
  candidates: list(UNIT),
  places: integer,
  electorCount: integer,
  memberCount: integer,
  ballotsCast: { type: 'integer', nullable: true },
  openedAt: time,
  closedAt: nullableTime,
});

export const VOTE: Schema = object({
  id: uuid,
  meetingId: uuid,
  clusterId: uuid,
  year: integer,
  subject: { type: 'string', enum: VOTE_SUBJECTS },
  title: string,
  question: nullableString,
  method: { type: 'string', enum: VOTE_METHODS },
  candidates: list(UNIT),
  proposedOrganization: { ...UNIT, nullable: true },
  awardTypeCode: nullableString,
  quota: { type: 'integer', nullable: true },
  quotaBasis: nullableString,
  awardRuleSetId: { ...uuid, nullable: true, description: 'Bộ quy tắc khen thưởng mà chỉ tiêu và căn cứ pháp lý lấy từ đó.' },
  rules: { type: 'object' },
  ruleSetId: { ...uuid, nullable: true },
  rulesBasis: string,
  countingCommittee: list(string),
  state: { type: 'string', enum: VOTE_STATES },
  stateLabel: string,
  cancellation: object(
    { at: time, by: object({ userId: { ...uuid, nullable: true }, username: nullableString }), reason: nullableString },
    { nullable: true, description: 'Huỷ: lúc nào, ai, lý do (đưa vào biên bản).' },
  ),
  allowedActions: list({ type: 'string', enum: VOTE_ACTIONS }),
  currentRound: integer,
  rounds: list(ROUND),
  version: integer,
  createdAt: time,
  updatedAt: time,
});

const REASON = object({ code: string, text: string });

export const VOTE_RESULT: Schema = object({
  voteId: uuid,
  subject: { type: 'string', enum: VOTE_SUBJECTS },
  title: string,
  state: { type: 'string', enum: VOTE_STATES },
  method: { type: 'string', enum: VOTE_METHODS },
  quota: { type: 'integer', nullable: true },
  quotaBasis: nullableString,
  rulesBasis: string,
  rounds: list(
    object({
      round: integer,
      quorum: object({ met: { type: 'boolean' }, present: integer, members: integer, minimumPresent: integer, reason: REASON }),
      threshold: object({ base: string, baseCount: integer, minimumVotes: integer, text: string }),
      ballotsValid: integer,
      ballotsInvalid: integer,
      paper: object({ ballotsIssued: integer, ballotsCollected: integer, countingCommittee: list(string) }, { nullable: true }),
      candidates: list(
        object({
          candidateId: uuid,
          unit: { ...UNIT, nullable: true },
          votes: integer,
          share: RATIO,
          percent: { type: 'number', nullable: true },
          rank: integer,
          status: string,
          passed: { type: 'boolean' },
          reasons: list(REASON),
        }),
      ),
      answers: { type: 'object', nullable: true },
      chosen: list(UNIT),
      next: object({ kind: string, text: string, candidates: list(UNIT) }),
    }),
  ),
  outcome: object({ chosen: list(UNIT), next: object({ kind: string, text: string }) }, { nullable: true }),
});

export const FLAG_PROPOSAL: Schema = object({
  id: uuid,
  resolutionId: uuid,
  voteId: uuid,
  meetingId: uuid,
  clusterId: uuid,
  year: integer,
  awardTypeCode: string,
  unit: { ...UNIT, nullable: true },
  decidedBy: { type: 'string', enum: ['vote', 'chair_and_vice_chair'] },
  round: { type: 'integer', nullable: true },
  votes: { type: 'integer', nullable: true },
  share: RATIO,
  percent: { type: 'number', nullable: true },
  rank: { type: 'integer', nullable: true },
  reasons: list(REASON),
  nominationId: { ...uuid, nullable: true },
  createdAt: time,
});

export const RESOLUTION: Schema = object({
  id: uuid,
  meetingId: uuid,
  voteId: uuid,
  clusterId: uuid,
  year: integer,
  subject: { type: 'string', enum: VOTE_SUBJECTS },
  adopted: { type: 'boolean' },
  status: string,
  summary: string,
  chosen: list(UNIT),
  decided: list(UNIT),
  fallback: { type: 'object', nullable: true },
  flagProposals: list(FLAG_PROPOSAL),
  appliedAt: nullableTime,
  createdAt: time,
});

export const BALLOT_RECEIPT: Schema = object({
  voteId: uuid,
  round: integer,
  unit: UNIT,
  message: string,
  receipt: string,
  receiptNote: string,
});

export const PUBLISHED_RECEIPTS: Schema = object({
  voteId: uuid,
  rounds: list(object({ round: integer, open: { type: 'boolean' }, ballotsInBox: integer, votersMarked: integer, receipts: list(string) })),
});

export const RECEIPT_CHECK: Schema = object({
  voteId: uuid,
  receipt: string,
  round: { type: 'integer', nullable: true },
  found: { type: 'boolean' },
  counted: { type: 'boolean' },
  message: string,
});

export const BALLOT_CODES: Schema = object({ voteId: uuid, codes: list(object({ unit: UNIT, code: string })) });

export const VOTE_RULE_SET: Schema = object({
  id: uuid,
  ownerId: uuid,
  effectiveFrom: { type: 'string', format: 'date' },
  effectiveTo: { type: 'string', format: 'date', nullable: true },
  rules: { type: 'object' },
  legalBasis: nullableString,
  note: nullableString,
  createdAt: time,
});
