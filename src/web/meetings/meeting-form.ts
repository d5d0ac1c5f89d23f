import type { FieldError } from '../../platform/errors/domain-error.js';
import { isIsoDate, type IsoDate } from '../../platform/time/calendar.js';
import { text } from '../../platform/i18n/locale.js';
import type { DelegateInput, GuestInput, MeetingContent, SpeakerInput } from '../../meetings/meetings/meeting.rules.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';

/*
 * The one form that records a meeting: its details, the attendance of every member unit and the guests, as the
 * secretariat types them. Plain data in, plain data out: the page controller hands the result to MeetingsService.
 */

/** One member unit's line of the attendance table. */
export interface AttendanceRow {
  unit: UnitView;
  present: boolean;
  fullName: string;
  position: string;
  /** The delegate carries the unit's vote. */
  votes: boolean;
}

export interface GuestRow {
  agency: string;
  fullName: string;
  position: string;
}

/** One who spoke: the body, and the person who spoke for it when recorded. */
export interface SpeakerRow {
  body: string;
  fullName: string;
  position: string;
}

export interface MeetingFormValues {
  kind: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  hostOrganizationId: string;
  presiding: string;
  secretary: string;
  /** One item per line. */
  agenda: string;
  minutes: string;
  attendance: AttendanceRow[];
  guests: GuestRow[];
  /** In the order they spoke. */
  speakers: SpeakerRow[];
}

/** Blank guest and speaker lines offered below those recorded: the form works without script. */
export const SPARE_GUEST_ROWS = 3;

type FormBody = Record<string, unknown>;

function field(body: FormBody, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof first === 'string' ? first : '';
}

function checked(body: FormBody, name: string): boolean {
  return field(body, name) !== '';
}

/** Form names of one unit's attendance line, keyed by the unit's id so that a reordered list cannot mix them up. */
export const attendanceName = (unitId: string, part: 'present' | 'fullName' | 'position' | 'votes') => `attendance.${unitId}.${part}`;

/** The parts of a line of each list the form shows as a table, the first one naming the agency or body. */
const LIST_PARTS = { guests: ['agency', 'fullName', 'position'], speakers: ['body', 'fullName', 'position'] } as const;
type ListName = keyof typeof LIST_PARTS;
type ListRow<L extends ListName> = Record<(typeof LIST_PARTS)[L][number], string>;

const isFilled = (row: Record<string, string>) => Object.values(row).some((value) => value !== '');

function withSpareRows<L extends ListName>(list: L, rows: ListRow<L>[]): ListRow<L>[] {
  const blank = () => Object.fromEntries(LIST_PARTS[list].map((part) => [part, ''])) as ListRow<L>;
  return [...rows, ...Array.from({ length: SPARE_GUEST_ROWS }, blank)];
}

const withSpareGuests = (guests: GuestRow[]): GuestRow[] => withSpareRows('guests', guests);
const withSpareSpeakers = (speakers: SpeakerRow[]): SpeakerRow[] => withSpareRows('speakers', speakers);

/** The lines of a list as posted, in the order of their row numbers, empty ones left out (then blank ones offered again). */
function listFromBody<L extends ListName>(body: FormBody, list: L): ListRow<L>[] {
  const [first] = LIST_PARTS[list];
  const rows = Object.keys(body)
    .map((key) => new RegExp(`^${list}\\.(\\d+)\\.${first}$`).exec(key)?.[1])
    .filter((row): row is string => row !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const lines = rows.map(
    (row) => Object.fromEntries(LIST_PARTS[list].map((part) => [part, field(body, `${list}.${row}.${part}`).trim()])) as ListRow<L>,
  );
  return withSpareRows(list, lines.filter(isFilled));
}

/** A new meeting of the cluster's year: every member present with its voting delegate until the clerk says otherwise. */
export function newMeetingForm(members: readonly UnitView[], year: number, hostOrganizationId: string | null): MeetingFormValues {
  return {
    kind: 'year_end_summary',
    title: `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${year}`,
    date: '',
    startTime: '08:00',
    endTime: '',
    place: '',
    hostOrganizationId: hostOrganizationId ?? '',
    presiding: '',
    secretary: '',
    agenda: '',
    minutes: '',
    attendance: members.map((unit) => ({ unit, present: true, fullName: '', position: '', votes: true })),
    guests: withSpareGuests([]),
    speakers: withSpareSpeakers([]),
  };
}

/** What the clerk typed, read back from the posted form (nothing is trusted beyond the member units listed). */
export function meetingFormFromBody(body: FormBody, members: readonly UnitView[]): MeetingFormValues {
  return {
    kind: field(body, 'kind'),
    title: field(body, 'title').trim(),
    date: field(body, 'date').trim(),
    startTime: field(body, 'startTime').trim(),
    endTime: field(body, 'endTime').trim(),
    place: field(body, 'place').trim(),
    hostOrganizationId: field(body, 'hostOrganizationId'),
    presiding: field(body, 'presiding').trim(),
    secretary: field(body, 'secretary').trim(),
    agenda: field(body, 'agenda'),
    minutes: field(body, 'minutes'),
    attendance: members.map((unit) => ({
      unit,
      present: checked(body, attendanceName(unit.id, 'present')),
      fullName: field(body, attendanceName(unit.id, 'fullName')).trim(),
      position: field(body, attendanceName(unit.id, 'position')).trim(),
      votes: checked(body, attendanceName(unit.id, 'votes')),
    })),
    guests: listFromBody(body, 'guests'),
    speakers: listFromBody(body, 'speakers'),
  };
}

/** A Vietnam-time instant as the date and the time of day the form shows. */
export function vietnamDateAndTime(instant: Date): { date: IsoDate; time: string } {
  const local = new Date(instant.getTime() + 7 * 3_600_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

export interface RecordedMeeting {
  kind: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string;
  host: { id: string } | null;
  presiding: string | null;
  secretary: string | null;
  agenda: string[];
  minutes: string | null;
  delegates: { unit: { id: string }; fullName: string | null; position: string | null; present: boolean; votesForUnit: boolean }[];
  guests: { agency: string; fullName: string | null; position: string | null }[];
  speakers: { body: string; fullName: string | null; position: string | null }[];
}

/** The form filled with a recorded meeting; a unit with several delegates shows its voting one, or its first. */
export function meetingFormFromMeeting(meeting: RecordedMeeting, members: readonly UnitView[]): MeetingFormValues {
  const starts = vietnamDateAndTime(meeting.startsAt);
  return {
    kind: meeting.kind,
    title: meeting.title,
    date: starts.date,
    startTime: starts.time,
    endTime: meeting.endsAt ? vietnamDateAndTime(meeting.endsAt).time : '',
    place: meeting.place,
    hostOrganizationId: meeting.host?.id ?? '',
    presiding: meeting.presiding ?? '',
    secretary: meeting.secretary ?? '',
    agenda: meeting.agenda.join('\n'),
    minutes: meeting.minutes ?? '',
    attendance: members.map((unit) => {
      const own = meeting.delegates.filter((d) => d.unit.id === unit.id);
      const shown = own.find((d) => d.votesForUnit) ?? own[0];
      return {
        unit,
        present: own.some((d) => d.present),
        fullName: shown?.fullName ?? '',
        position: shown?.position ?? '',
        votes: own.some((d) => d.votesForUnit),
      };
    }),
    guests: withSpareGuests(meeting.guests.map((g) => ({ agency: g.agency, fullName: g.fullName ?? '', position: g.position ?? '' }))),
    speakers: withSpareSpeakers(meeting.speakers.map((s) => ({ body: s.body, fullName: s.fullName ?? '', position: s.position ?? '' }))),
  };
}

/** The meeting as the services take it, with what the form itself can tell is wrong. */
export interface MeetingChanges {
  /** Chosen once, when the meeting is recorded. */
  kind: string;
  fields: Omit<MeetingContent, 'delegates' | 'guests' | 'speakers'>;
  delegates: DelegateInput[];
  guests: GuestInput[];
  speakers: SpeakerInput[];
  /** Keyed by the form's field names. */
  problems: FieldError[];
  /** Where each delegate and guest sent came from, to put the services' errors back next to their field. */
  delegateUnits: string[];
  guestRows: number[];
  speakerRows: number[];
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const VIETNAM_OFFSET = '+07:00';

function problem(fieldName: string, vi: string, en: string): FieldError {
  return { field: fieldName, message: text(vi, en) };
}

const orNull = (value: string) => (value === '' ? null : value);

/** Units present or named get a delegate line; a unit absent and unnamed is simply recorded as not attending. */
export function meetingChanges(values: MeetingFormValues): MeetingChanges {
  const problems: FieldError[] = [];
  if (!isIsoDate(values.date)) problems.push(problem('date', 'Hãy nhập ngày họp, ví dụ 27/11/2023.', 'Enter the date of the meeting.'));
  if (!TIME.test(values.startTime))
    problems.push(problem('startTime', 'Hãy nhập giờ bắt đầu, ví dụ 08:00.', 'Enter the start time, e.g. 08:00.'));
  if (values.endTime !== '' && !TIME.test(values.endTime)) {
    problems.push(
      problem('endTime', 'Giờ kết thúc phải có dạng 11:30, hoặc để trống.', 'The end time must look like 11:30, or be left empty.'),
    );
  }
  const delegated = values.attendance.filter((row) => row.present || row.fullName !== '');
  const guests = values.guests.map((guest, row) => ({ guest, row })).filter(({ guest }) => isFilled({ ...guest }));
  const speakers = values.speakers.map((speaker, row) => ({ speaker, row })).filter(({ speaker }) => isFilled({ ...speaker }));
  return {
    kind: values.kind,
    fields: {
      title: values.title,
      startsAt: `${values.date}T${values.startTime}:00${VIETNAM_OFFSET}`,
      endsAt: values.endTime === '' ? null : `${values.date}T${values.endTime}:00${VIETNAM_OFFSET}`,
      place: values.place,
      hostOrganizationId: orNull(values.hostOrganizationId),
      presiding: orNull(values.presiding),
      secretary: orNull(values.secretary),
      agenda: values.agenda
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      minutes: orNull(values.minutes.trim()),
    },
    delegates: delegated.map((row) => ({
      organizationId: row.unit.id,
      fullName: orNull(row.fullName),
      position: orNull(row.position),
      present: row.present,
      votesForUnit: row.present && row.votes,
    })),
    guests: guests.map(({ guest }) => ({ agency: guest.agency, fullName: orNull(guest.fullName), position: orNull(guest.position) })),
    speakers: speakers.map(({ speaker }) => ({
      body: speaker.body,
      fullName: orNull(speaker.fullName),
      position: orNull(speaker.position),
    })),
    problems,
    delegateUnits: delegated.map((row) => row.unit.id),
    guestRows: guests.map(({ row }) => row),
    speakerRows: speakers.map(({ row }) => row),
  };
}

const DELEGATE_PARTS: Record<string, 'present' | 'fullName' | 'position' | 'votes'> = {
  present: 'present',
  fullName: 'fullName',
  position: 'position',
  votesForUnit: 'votes',
  organizationId: 'fullName',
};

/**
 * The services' errors ("delegates.2.fullName", "startsAt", "guests[1].agency") said with the form's field names, so
 * that each sits next to what the clerk typed. An error the form has no field for keeps its name (shown in the summary).
 */
export function formFieldOf(serviceField: string, changes: Pick<MeetingChanges, 'delegateUnits' | 'guestRows' | 'speakerRows'>): string {
  const path = serviceField.replace(/\[(\d+)\]/g, '.$1');
  const delegate = /^delegates\.(\d+)(?:\.(\w+))?/.exec(path);
  if (delegate) {
    const unit = changes.delegateUnits[Number(delegate[1])];
    return unit ? attendanceName(unit, DELEGATE_PARTS[delegate[2] ?? 'fullName'] ?? 'fullName') : 'attendance';
  }
  const line = /^(guests|speakers)\.(\d+)(?:\.(\w+))?/.exec(path);
  if (line) {
    const list = line[1] as ListName;
    const row = (list === 'guests' ? changes.guestRows : changes.speakerRows)[Number(line[2])];
    const parts: readonly string[] = LIST_PARTS[list];
    const part = parts.find((p) => p === line[3]) ?? parts[0];
    return row === undefined ? list : `${list}.${row}.${part}`;
  }
  const plain: Record<string, string> = { startsAt: 'startTime', endsAt: 'endTime', delegates: 'attendance' };
  return plain[serviceField] ?? serviceField;
}
