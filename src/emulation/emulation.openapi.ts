import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import {
  boolean,
  day,
  integer,
  list,
  nullable,
  nullableDay,
  nullableString,
  nullableTime,
  number,
  object,
  oneOf,
  pageSchema,
  type Schema,
  string,
  time,
  UNIT,
  uuid,
} from '../platform/openapi/json-schema.js';
import { CRITERION_LEVELS, CRITERION_NATURES } from './criteria/criteria.rules.js';
import { MOVEMENT_KINDS } from './movements/movement.rules.js';
import { SIGNATURE_STATUSES } from './pacts/pact.rules.js';
import { BANDS } from './ranking/ranking.rules.js';
import { REGISTRATION_STATUSES } from './registrations/registration.rules.js';
import { SCORE_COLUMNS } from './scores/score.dto.js';
import { SCORE_TABLE_ACTIONS, SCORE_TABLE_STATES } from './scores/score.state.js';

/*
 * The response schemas of the emulation context's API (the views its services return), for the docs page and
 * generated clients. Texts are in the caller's language (Accept-Language); ids are uuids; days ISO 8601 dates.
 */

/** The answer of a route: 200 with `schema`. */
export const ApiOk = (schema: Schema, description = 'Thành công') => ApiOkResponse({ description, schema });
/** The answer of a route that creates: 201 with `schema`. */
export const ApiCreated = (schema: Schema, description = 'Đã tạo') => ApiCreatedResponse({ description, schema });

/** What an XLSX import did, row by row (row numbers as Excel shows them). */
const importReport = (result: Record<string, Schema>): Schema =>
  object({
    accepted: integer,
    refused: integer,
    rows: list(object({ row: integer, status: oneOf(['accepted', 'refused']), code: nullableString, reasons: list(string) })),
    ...result,
  });

/** A file as it was uploaded, answered with the type it was stored with. */
export const STORED_FILE_TYPES = ['application/octet-stream'];

const storedFile = { fileName: string, contentType: string, sizeBytes: integer, sha256: string, uploadedAt: time };

/* Bảng tiêu chí */

const CRITERION: Schema = object({
  id: uuid,
  code: string,
  level: oneOf(CRITERION_LEVELS),
  levelLabel: string,
  nature: oneOf(CRITERION_NATURES),
  natureLabel: string,
  title: string,
  maxPoints: number,
  evidenceRequired: boolean,
  evidenceNote: nullableString,
  scorable: boolean,
  children: list({ type: 'object', description: 'Các tiêu chí con, cùng cấu trúc.' }),
});

export const CRITERIA_TREE: Schema = object({
  ownerId: uuid,
  clusterId: nullable(uuid),
  year: integer,
  locked: boolean,
  maxPoints: number,
  maxBonus: number,
  maxPenalty: number,
  groups: list(CRITERION),
});

export const CRITERIA_IMPORT: Schema = importReport({ tree: CRITERIA_TREE });

/* Phong trào thi đua */

export const MOVEMENT_DOCUMENT: Schema = object({ id: uuid, movementId: uuid, title: string, ...storedFile });

export const MOVEMENT: Schema = object({
  id: uuid,
  owner: UNIT,
  cluster: nullable(object({ id: uuid, code: string, name: string })),
  launchedBy: oneOf(['owner', 'cluster']),
  kind: oneOf(MOVEMENT_KINDS),
  kindLabel: string,
  title: string,
  startYear: integer,
  endYear: integer,
  flagEligible: boolean,
  contentAreas: list(string),
  description: nullableString,
  documents: list(MOVEMENT_DOCUMENT),
  version: integer,
});

export const MOVEMENT_PAGE: Schema = pageSchema(MOVEMENT);

/* Giao ước thi đua */

export const PACT: Schema = object({
  id: uuid,
  clusterId: uuid,
  year: integer,
  title: string,
  content: string,
  signingMeeting: nullable(object({ id: uuid, title: string, startsAt: time })),
  signedOn: nullableDay,
  version: integer,
  members: list(
    object({
      unit: UNIT,
      status: oneOf(SIGNATURE_STATUSES),
      statusLabel: string,
      signature: nullable(object({ signatoryName: string, signatoryTitle: string, signedOn: day, signedLater: boolean })),
    }),
  ),
  signedCount: integer,
  memberCount: integer,
});

/* Đăng ký thi đua */

export const REGISTRATION: Schema = object({
  id: uuid,
  clusterId: uuid,
  year: integer,
  unit: UNIT,
  targets: list(object({ contentArea: string, target: string })),
  titles: list(string),
  note: nullableString,
  submittedAt: time,
  submittedOn: day,
  late: boolean,
  version: integer,
});

export const REGISTRATION_BOARD: Schema = object({
  clusterId: uuid,
  year: integer,
  deadline: nullableDay,
  today: day,
  members: list(object({ unit: UNIT, status: oneOf(REGISTRATION_STATUSES), statusLabel: string, registration: nullable(REGISTRATION) })),
  counts: object(Object.fromEntries(REGISTRATION_STATUSES.map((status) => [status, integer]))),
});

/* Bảng điểm */

export const SCORE_TABLE: Schema = object({
  clusterId: uuid,
  year: integer,
  state: oneOf(SCORE_TABLE_STATES),
  stateLabel: string,
  actions: list(oneOf(SCORE_TABLE_ACTIONS)),
  bands: object({ excellent: number, good: number, fair: number }),
  defaultBands: boolean,
  bandsNote: nullableString,
  leaderCount: integer,
  publishedAt: nullableTime,
  fixedAt: nullableTime,
  fixedAtMeeting: nullable(object({ id: uuid, title: string })),
  crossPairs: list(object({ scorer: UNIT, scored: UNIT })),
  version: integer,
});

const SCORE_CELL: Schema = object({ points: nullable(number), comment: nullableString });
const COLUMN_TOTALS: Schema = object({ standard: number, bonus: number, penalty: number, total: number });

export const EVIDENCE: Schema = object({ id: uuid, criterionId: uuid, ...storedFile });

export const SCORE_SHEET: Schema = object({
  table: SCORE_TABLE,
  unit: UNIT,
  rows: list(
    object({
      criterion: object({
        id: uuid,
        parentId: nullable(uuid),
        code: string,
        level: oneOf(CRITERION_LEVELS),
        nature: oneOf(CRITERION_NATURES),
        title: string,
        maxPoints: number,
        evidenceRequired: boolean,
        scorable: boolean,
      }),
      self: SCORE_CELL,
      cross: SCORE_CELL,
      agreed: SCORE_CELL,
      final: nullable(number),
      evidence: list(EVIDENCE),
    }),
  ),
  totals: object(Object.fromEntries([...SCORE_COLUMNS, 'final'].map((column) => [column, COLUMN_TOTALS]))),
  maxPoints: number,
  band: oneOf(BANDS),
  bandLabel: string,
});

export const SCORE_HISTORY: Schema = list(
  object({
    criterionId: uuid,
    criterionCode: string,
    column: oneOf(SCORE_COLUMNS),
    columnLabel: string,
    oldPoints: nullable(number),
    newPoints: nullable(number),
    reason: nullableString,
    changedBy: nullableString,
    changedAt: time,
  }),
);

export const SELF_SCORE_IMPORT: Schema = importReport({ sheet: SCORE_SHEET });

/* Xếp hạng */

export const RANKING: Schema = object({
  table: SCORE_TABLE,
  clusterId: uuid,
  year: integer,
  maxPoints: number,
  maxBonus: number,
  bands: list(object({ band: oneOf(BANDS), label: string, minPercent: number })),
  rows: list(
    object({
      rank: integer,
      tied: boolean,
      unit: UNIT,
      totals: COLUMN_TOTALS,
      percent: number,
      band: oneOf(BANDS),
      bandLabel: string,
      leader: boolean,
      groups: list(object({ groupId: uuid, code: string, title: string, points: number, maxPoints: number })),
    }),
  ),
  leaders: list(UNIT),
});
