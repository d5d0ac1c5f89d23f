import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { MEETINGS_MESSAGES } from '../meetings.messages.js';

export const MEETING_KINDS = ['launch_and_pact', 'mid_year_review', 'year_end_summary', 'extraordinary'] as const;
/**
 * launch_and_pact: phát động và ký giao ước thi đua; mid_year_review: sơ kết 6 tháng;
 * year_end_summary: hội nghị tổng kết; extraordinary: họp bất thường.
 */
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Hội nghị tổng kết: a cluster holds one a year; its record is what the year's report and next year's term rest on. */
export function isOnePerYear(kind: MeetingKind): boolean {
  return kind === 'year_end_summary';
}

/** Đại biểu of a member unit, as the secretariat records them; published accounts often name the unit only. */
export interface DelegateInput {
  organizationId: string;
  fullName: string | null;
  position: string | null;
  present: boolean;
  votesForUnit: boolean;
}

/** Khách mời: an agency, and the person who came for it when known. */
export interface GuestInput {
  agency: string;
  fullName: string | null;
  position: string | null;
}

/** Người phát biểu: the body that spoke, and the person who spoke for it (name, title or capacity) when recorded. */
export interface SpeakerInput {
  body: string;
  fullName: string | null;
  position: string | null;
}

/**
 * Everything a meeting's minutes say, as plain JSON: what an edit or an amendment changes, and the
 * before/after an amendment keeps. Times are ISO 8601 strings.
 */
export interface MeetingContent {
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string;
  hostOrganizationId: string | null;
  presiding: string | null;
  secretary: string | null;
  agenda: string[];
  minutes: string | null;
  delegates: DelegateInput[];
  guests: GuestInput[];
  /** In the order they spoke. */
  speakers: SpeakerInput[];
}

export type MeetingField = keyof MeetingContent;

/** The fields an amendment may correct: all of the content; delegates, guests and speakers as whole lists. */
export const AMENDABLE_FIELDS = [
  'title',
  'startsAt',
  'endsAt',
  'place',
  'hostOrganizationId',
  'presiding',
  'secretary',
  'agenda',
  'minutes',
  'delegates',
  'guests',
  'speakers',
] as const satisfies readonly MeetingField[];
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];

/** The units a meeting of one cluster and year may name: its members, and the names of every unit referred to. */
export interface UnitsOfYear {
  year: number;
  memberIds: ReadonlySet<string>;
  /** Short name that year of each referred unit that exists. */
  names: ReadonlyMap<string, string>;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * A date and time with its offset ("2023-11-27T08:00:00+07:00"), or null when the text is not one or names a
 * day that does not exist. Without an offset the instant would depend on the server's zone, so it is refused.
 */
export function parseMeetingTime(value: string): Date | null {
  const match = DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const millisecond = Number((match[7] ?? '').padEnd(3, '0'));
  const [offsetHours, offsetMinutes] = [Number(match[10] ?? 0), Number(match[11] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return null;
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond));
  local.setUTCFullYear(year);
  if (local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) return null;
  const offset = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return new Date(local.getTime() - offset * 60_000);
}

/** The same content with its times written the one way the database gives them back (UTC), once they are valid. */
export function withIsoTimes(content: MeetingContent): MeetingContent {
  const iso = (value: string) => (parseMeetingTime(value) as Date).toISOString();
  return { ...content, startsAt: iso(content.startsAt), endsAt: content.endsAt === null ? null : iso(content.endsAt) };
}

export function pickFields(content: MeetingContent, fields: readonly MeetingField[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, content[field]]));
}

/** Those of `fields` whose value differs between the two versions of a meeting. */
export function changedFields(before: MeetingContent, after: MeetingContent, fields: readonly MeetingField[]): MeetingField[] {
  return fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

export const ENDS_BEFORE_START = MEETINGS_MESSAGES.endsBeforeStart;

function scheduleProblems(content: MeetingContent, changed: ReadonlySet<MeetingField>): FieldError[] {
  const found: FieldError[] = [];
  const times = { startsAt: content.startsAt, endsAt: content.endsAt };
  for (const [field, value] of Object.entries(times)) {
    if (changed.has(field as MeetingField) && value !== null && parseMeetingTime(value) === null) {
      found.push({ field, message: MEETINGS_MESSAGES.timeWithoutOffset });
    }
  }
  if (found.length > 0 || times.endsAt === null || !(changed.has('startsAt') || changed.has('endsAt'))) return found;
  if ((parseMeetingTime(times.endsAt) as Date) < (parseMeetingTime(times.startsAt) as Date)) {
    found.push({ field: changed.has('endsAt') ? 'endsAt' : 'startsAt', message: ENDS_BEFORE_START });
  }
  return found;
}

/** Why `organizationId` cannot be named as a unit of this meeting, or null when it is a member that year. */
function notAMember(field: string, organizationId: string, units: UnitsOfYear): FieldError | null {
  if (units.memberIds.has(organizationId)) return null;
  const name = units.names.get(organizationId);
  return {
    field,
    message: name === undefined ? MEETINGS_MESSAGES.noOrganizationWithId(organizationId) : MEETINGS_MESSAGES.notAMemberIn(name, units.year),
  };
}

function delegateProblems(delegates: readonly DelegateInput[], units: UnitsOfYear): FieldError[] {
  const found: FieldError[] = [];
  const voterOf = new Map<string, number>();
  delegates.forEach((delegate, i) => {
    const outsider = notAMember(`delegates.${i}.organizationId`, delegate.organizationId, units);
    if (outsider) found.push(outsider);
    if (!delegate.votesForUnit) return;
    const earlier = voterOf.get(delegate.organizationId);
    if (earlier === undefined) {
      voterOf.set(delegate.organizationId, i);
      return;
    }
    const name = units.names.get(delegate.organizationId) ?? delegate.organizationId;
    found.push({
      field: `delegates.${i}.votesForUnit`,
      message: MEETINGS_MESSAGES.secondVoter(name, delegates[earlier].fullName, earlier + 1),
    });
  });
  return found;
}

/**
 * What is wrong with the meeting once `changed` fields take their new values in `next`. Only what changes is
 * checked, so that fixing a title never fails on a unit whose membership was corrected since.
 */
export function meetingContentProblems(next: MeetingContent, changed: ReadonlySet<MeetingField>, units: UnitsOfYear): FieldError[] {
  const host =
    changed.has('hostOrganizationId') && next.hostOrganizationId !== null
      ? notAMember('hostOrganizationId', next.hostOrganizationId, units)
      : null;
  return [
    ...scheduleProblems(next, changed),
    ...(host ? [host] : []),
    ...(changed.has('delegates') ? delegateProblems(next.delegates, units) : []),
  ];
}

/** A vote of the meeting as finalizing sees it: whether it is over (closed or cancelled), and its state's name. */
export interface VoteToSettle {
  readonly title: string;
  readonly settled: boolean;
  readonly stateLabel: LocalizedText;
}

/**
 * What the minutes still lack before they are signed: the presiding person (chủ tọa), the secretary (thư ký), and
 * every vote closed or cancelled. An empty list means the meeting can be finalized.
 */
export function finalizeProblems(content: Pick<MeetingContent, 'presiding' | 'secretary'>, votes: readonly VoteToSettle[]): FieldError[] {
  return [
    ...(content.presiding === null ? [{ field: 'presiding', message: MEETINGS_MESSAGES.presidingMissing }] : []),
    ...(content.secretary === null ? [{ field: 'secretary', message: MEETINGS_MESSAGES.secretaryMissing }] : []),
    ...votes.flatMap((vote, i) =>
      vote.settled ? [] : [{ field: `votes[${i}]`, message: MEETINGS_MESSAGES.voteNotSettled(vote.title, vote.stateLabel) }],
    ),
  ];
}

export interface UnitAttendance<U> {
  unit: U;
  /** At least one of its delegates is present. */
  present: boolean;
  /** Present, with its voting delegate present: the unit has a ballot. */
  voting: boolean;
  delegatesPresent: number;
}

/** Who came: the figures the quorum and the minutes use ("8/8 đơn vị có mặt"). */
export interface Attendance<U> {
  memberCount: number;
  presentCount: number;
  votingCount: number;
  units: UnitAttendance<U>[];
}

/** Attendance of the member units, from their delegates; delegates of other units do not count. */
export function attendanceOf<U extends { id: string }>(
  members: readonly U[],
  delegates: readonly Pick<DelegateInput, 'organizationId' | 'present' | 'votesForUnit'>[],
): Attendance<U> {
  const units = members.map((unit) => {
    const own = delegates.filter((delegate) => delegate.organizationId === unit.id);
    const delegatesPresent = own.filter((delegate) => delegate.present).length;
    return {
      unit,
      present: delegatesPresent > 0,
      voting: own.some((delegate) => delegate.present && delegate.votesForUnit),
      delegatesPresent,
    };
  });
  return {
    memberCount: units.length,
    presentCount: units.filter((unit) => unit.present).length,
    votingCount: units.filter((unit) => unit.voting).length,
    units,
  };
}
