import type { EntityManager } from 'typeorm';
import { type PageQuery, queryPage } from '../../platform/pagination/page.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import { type SqlRow, unitColumns, unitFrom, unitJoin, unitNameJoin } from '../../registry/organizations/organization.repository.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { coversYear } from '../../registry/memberships/membership.repository.js';
import type {
  AmendmentView,
  DelegateView,
  GuestView,
  ListMeetingsQuery,
  MeetingDetail,
  MeetingSort,
  MeetingSummary,
  SpeakerView,
} from './meeting.dto.js';
import {
  AMENDABLE_FIELDS,
  type Attendance,
  attendanceOf,
  type DelegateInput,
  type GuestInput,
  type MeetingContent,
  type MeetingField,
  type MeetingKind,
  pickFields,
  type SpeakerInput,
} from './meeting.rules.js';
import type { VoteState } from '../votes/vote.state.js';
import type { MeetingState } from './meeting.state.js';

/** A meetings row: what the services decide on (its cluster, year, state and version) and the content kept in it. */
export type MeetingRecord = Omit<MeetingContent, 'startsAt' | 'endsAt' | 'delegates' | 'guests' | 'speakers'> & {
  id: string;
  clusterId: string;
  year: number;
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date | null;
  state: MeetingState;
  finalizedAt: Date | null;
  version: number;
};

/** A correction as kept: which field, its value before and after, who made it, when and why. */
export interface AmendmentRecord {
  meetingId: string;
  amendedByUserId: string | null;
  amendedByUsername: string | null;
  amendedAt: Date;
  field: MeetingField;
  before: unknown;
  after: unknown;
  reason: string;
}

/** The lists of a meeting, each kept in a table of its own. */
const LIST_FIELDS: readonly MeetingField[] = ['delegates', 'guests', 'speakers'];

/** The parts of a meeting kept in its own row. */
export const ROW_FIELDS: readonly MeetingField[] = AMENDABLE_FIELDS.filter((field) => !LIST_FIELDS.includes(field));

/** Row fields by their column; the keys are the only column names that ever reach SQL text. */
const COLUMN_OF: Readonly<Partial<Record<MeetingField, string>>> = {
  title: 'title',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  place: 'place',
  hostOrganizationId: 'host_organization_id',
  presiding: 'presiding',
  secretary: 'secretary',
  agenda: 'agenda',
  minutes: 'minutes',
};

const RECORD_COLUMNS = `
  m.id, m.cluster_id AS "clusterId", m.year, m.kind, m.title, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.place,
  m.host_organization_id AS "hostOrganizationId", m.presiding, m.secretary, m.agenda, m.minutes, m.state,
  m.finalized_at AS "finalizedAt", m.version`;

/** Units are named as they were in the meeting's year. */
const YEAR_END = 'make_date(m.year, 12, 31)';

const SUMMARY_COLUMNS = `
  m.id, m.cluster_id, c.code AS cluster_code, c.name AS cluster_name, m.year, m.kind, m.title, m.starts_at, m.ends_at,
  m.place, m.state, m.finalized_at, m.version, ${unitColumns('host')}`;

const SUMMARY_FROM = `
  FROM meetings m
  JOIN clusters c ON c.id = m.cluster_id
  ${unitJoin('host', 'm.host_organization_id', YEAR_END)}`;

const ORDER_BY: Record<MeetingSort, string> = {
  newest: 'm.starts_at DESC, m.id',
  oldest: 'm.starts_at ASC, m.id',
  title: 'm.title COLLATE vietnamese, m.starts_at DESC, m.id',
};

type SummaryRow = SqlRow & {
  id: string;
  cluster_id: string;
  cluster_code: string;
  cluster_name: string;
  year: number;
  kind: MeetingKind;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  place: string;
  state: MeetingState;
  finalized_at: Date | null;
  version: number;
};

type DetailRow = SummaryRow & {
  presiding: string | null;
  secretary: string | null;
  agenda: string[];
  minutes: string | null;
  created_at: Date;
  updated_at: Date;
};

type DelegateRow = SqlRow & { id: string; full_name: string | null; position: string | null; present: boolean; votes_for_unit: boolean };

type AttendanceRow = SqlRow & { unit_id: string; present: boolean | null; votes_for_unit: boolean | null };

function summaryFrom(row: SummaryRow): MeetingSummary {
  return {
    id: row.id,
    cluster: { id: row.cluster_id, code: row.cluster_code, name: row.cluster_name },
    year: row.year,
    kind: row.kind,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    host: unitFrom(row, 'host'),
    state: row.state,
    finalizedAt: row.finalized_at,
    version: row.version,
  };
}

/** A jsonb parameter; a value that is absent stays SQL NULL. */
function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** A unit a query joined as `alias`, which a foreign key guarantees is there. */
function requiredUnit(row: SqlRow, alias: string): UnitView {
  const unit = unitFrom(row, alias);
  if (!unit) throw new Error(`The ${alias} unit of a row is missing`);
  return unit;
}

const DELEGATE_COLUMNS = `d.id, d.full_name, d.position, d.present, d.votes_for_unit, ${unitColumns('unit')}`;
const DELEGATE_ORDER = 'd.sort_order, d.id';
const delegatesFrom = `FROM meeting_delegates d JOIN meetings m ON m.id = d.meeting_id ${unitJoin('unit', 'd.organization_id', YEAR_END)}`;

function delegateFrom(row: DelegateRow): DelegateView {
  return {
    id: row.id,
    unit: requiredUnit(row, 'unit'),
    fullName: row.full_name,
    position: row.position,
    present: row.present,
    votesForUnit: row.votes_for_unit,
  };
}

/** Meetings, their delegates, guests and amendments: every query of the tables the meetings feature owns. */
export class MeetingRepository {
  constructor(private readonly db: EntityManager) {}

  async find(id: string, lock = false): Promise<MeetingRecord | null> {
    const [row] = await this.db.query<MeetingRecord[]>(
      `SELECT ${RECORD_COLUMNS} FROM meetings m WHERE m.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  async list(query: ListMeetingsQuery): Promise<{ items: MeetingSummary[]; total: number }> {
    const { rows, total } = await queryPage<SummaryRow>(
      this.db,
      {
        select: SUMMARY_COLUMNS,
        from: SUMMARY_FROM,
        countFrom: 'FROM meetings m',
        where: `
          WHERE ($1::uuid IS NULL OR m.cluster_id = $1)
            AND ($2::int IS NULL OR m.year = $2)
            AND ($3::meeting_kind IS NULL OR m.kind = $3)
            AND ($4::meeting_state IS NULL OR m.state = $4)
            AND ($5::text IS NULL OR search_key(m.title || ' ' || m.place) LIKE '%' || search_key($5) || '%')`,
        orderBy: ORDER_BY[query.sort],
        parameters: [query.clusterId ?? null, query.year ?? null, query.kind ?? null, query.state ?? null, query.q ?? null],
      },
      query,
    );
    return { items: rows.map(summaryFrom), total };
  }

  /** The meeting with everything its minutes show, or null. */
  async detail(id: string): Promise<MeetingDetail | null> {
    const [row] = await this.db.query<DetailRow[]>(
      `SELECT ${SUMMARY_COLUMNS}, m.presiding, m.secretary, m.agenda, m.minutes, m.created_at, m.updated_at ${SUMMARY_FROM} WHERE m.id = $1`,
      [id],
    );
    if (!row) return null;
    // One after the other: inside a transaction they share one connection.
    const delegates = await this.delegatesOf(id);
    const guests = await this.guests(id);
    const speakers = await this.speakers(id);
    const amendments = await this.amendments(id);
    const attendance = await this.attendance(id);
    return {
      ...summaryFrom(row),
      presiding: row.presiding,
      secretary: row.secretary,
      agenda: row.agenda,
      minutes: row.minutes,
      delegates,
      guests,
      speakers,
      attendance,
      amendments,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** What the meeting says now, as the plain data the rules and amendments work on. */
  async content(meeting: MeetingRecord): Promise<MeetingContent> {
    const delegates = await this.db.query<DelegateInput[]>(
      `SELECT organization_id AS "organizationId", full_name AS "fullName", position, present, votes_for_unit AS "votesForUnit"
       FROM meeting_delegates WHERE meeting_id = $1 ORDER BY sort_order, id`,
      [meeting.id],
    );
    const guests = await this.db.query<GuestInput[]>(
      `SELECT agency, full_name AS "fullName", position FROM meeting_guests WHERE meeting_id = $1 ORDER BY sort_order, id`,
      [meeting.id],
    );
    const speakers = await this.speakers(meeting.id);
    return {
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt?.toISOString() ?? null,
      place: meeting.place,
      hostOrganizationId: meeting.hostOrganizationId,
      presiding: meeting.presiding,
      secretary: meeting.secretary,
      agenda: meeting.agenda,
      minutes: meeting.minutes,
      delegates,
      guests,
      speakers,
    };
  }

  async insert(meeting: { clusterId: string; year: number; kind: MeetingKind }, content: MeetingContent): Promise<string> {
    const [{ id }] = await this.db.query<{ id: string }[]>(
      `INSERT INTO meetings (cluster_id, year, kind, state, title, starts_at, ends_at, place, host_organization_id, presiding, secretary,
         agenda, minutes)
       VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        meeting.clusterId,
        meeting.year,
        meeting.kind,
        content.title,
        content.startsAt,
        content.endsAt,
        content.place,
        content.hostOrganizationId,
        content.presiding,
        content.secretary,
        JSON.stringify(content.agenda),
        content.minutes,
      ],
    );
    await this.replaceDelegates(id, content.delegates);
    await this.replaceGuests(id, content.guests);
    await this.replaceSpeakers(id, content.speakers);
    return id;
  }

  /** Writes `fields` of the content; delegates and guests are replaced as whole lists. The version moves on in any case. */
  async writeContent(id: string, content: MeetingContent, fields: readonly MeetingField[]): Promise<void> {
    const columns = ROW_FIELDS.filter((field) => fields.includes(field));
    const values = Object.values(pickFields(content, columns)).map((value) => (Array.isArray(value) ? JSON.stringify(value) : value));
    const assignments = columns.map((field, i) => `${COLUMN_OF[field]} = $${i + 2}`);
    await this.db.query(`UPDATE meetings SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`, [
      id,
      ...values,
    ]);
    if (fields.includes('delegates')) await this.replaceDelegates(id, content.delegates);
    if (fields.includes('guests')) await this.replaceGuests(id, content.guests);
    if (fields.includes('speakers')) await this.replaceSpeakers(id, content.speakers);
  }

  async finalize(id: string, state: MeetingState, finalizedAt: Date): Promise<void> {
    await this.db.query(`UPDATE meetings SET state = $2, finalized_at = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
      id,
      state,
      finalizedAt,
    ]);
  }

  async addAmendment(amendment: AmendmentRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO meeting_amendments (meeting_id, amended_by_user_id, amended_by_username, amended_at, field, before, after, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        amendment.meetingId,
        amendment.amendedByUserId,
        amendment.amendedByUsername,
        amendment.amendedAt,
        amendment.field,
        jsonOrNull(amendment.before),
        jsonOrNull(amendment.after),
        amendment.reason,
      ],
    );
  }

  /** The member units of the meeting's cluster in its year, and which of them came and vote. */
  async attendance(meetingId: string): Promise<Attendance<UnitView>> {
    const rows = await this.db.query<AttendanceRow[]>(
      `SELECT ${unitColumns('unit')}, d.present, d.votes_for_unit
       FROM meetings m
       JOIN cluster_memberships cm ON cm.cluster_id = m.cluster_id AND ${coversYear('cm', 'm.year')}
       ${unitJoin('unit', 'cm.organization_id', YEAR_END)}
       LEFT JOIN meeting_delegates d ON d.meeting_id = m.id AND d.organization_id = cm.organization_id
       WHERE m.id = $1
       ORDER BY unit_name.short_name COLLATE vietnamese, unit.id`,
      [meetingId],
    );
    const members = new Map(rows.map((row) => [row.unit_id, requiredUnit(row, 'unit')]));
    return attendanceOf(
      [...members.values()],
      rows.flatMap((row) =>
        row.present === null ? [] : [{ organizationId: row.unit_id, present: row.present, votesForUnit: row.votes_for_unit === true }],
      ),
    );
  }

  /**
   * What the rules need to judge the units a meeting names: the members of the cluster in `year`, and the
   * name that year of each unit in `ids` that exists. Membership rows stay locked FOR SHARE until the
   * transaction ends, so a membership cannot end under a meeting being written.
   */
  async unitsOfYear(
    clusterId: string,
    year: number,
    ids: readonly string[],
  ): Promise<{ memberIds: Set<string>; names: Map<string, string> }> {
    const members = await this.db.query<{ organization_id: string }[]>(
      `SELECT organization_id FROM cluster_memberships m WHERE m.cluster_id = $1 AND ${coversYear('m', '$2::int')} FOR SHARE`,
      [clusterId, year],
    );
    const named = await this.db.query<(SqlRow & { unit_id: string; unit_short_name: string })[]>(
      `SELECT ${unitColumns('unit')} FROM organizations unit ${unitNameJoin('unit', '$2')} WHERE unit.id = ANY($1::uuid[])`,
      [ids, lastDayOf(year)],
    );
    return {
      memberIds: new Set(members.map((member) => member.organization_id)),
      names: new Map(named.map((row) => [row.unit_id, row.unit_short_name])),
    };
  }

  /** The cluster's meeting of a kind held once a year, in `year`, if there is one. */
  async onePerYear(clusterId: string, year: number, kind: MeetingKind): Promise<MeetingRecord | null> {
    const [row] = await this.db.query<MeetingRecord[]>(
      `SELECT ${RECORD_COLUMNS} FROM meetings m WHERE m.cluster_id = $1 AND m.year = $2 AND m.kind = $3 ORDER BY m.created_at, m.id LIMIT 1`,
      [clusterId, year, kind],
    );
    return row ?? null;
  }

  /** The meeting's votes, oldest first: finalizing needs each of them over. */
  votesOf(meetingId: string): Promise<{ id: string; title: string; state: VoteState }[]> {
    return this.db.query(`SELECT id, title, state FROM votes WHERE meeting_id = $1 ORDER BY created_at, id`, [meetingId]);
  }

  async clusterExists(clusterId: string): Promise<boolean> {
    const [row] = await this.db.query<{ exists: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM clusters WHERE id = $1) AS exists`, [clusterId]);
    return row.exists;
  }

  async delegatesOf(meetingId: string): Promise<DelegateView[]> {
    const rows = await this.db.query<DelegateRow[]>(
      `SELECT ${DELEGATE_COLUMNS} ${delegatesFrom} WHERE d.meeting_id = $1 ORDER BY ${DELEGATE_ORDER}`,
      [meetingId],
    );
    return rows.map(delegateFrom);
  }

  /** One page of the meeting's delegates, in the order they were recorded: a conference may have thousands. */
  async delegatesPage(meetingId: string, page: PageQuery): Promise<{ items: DelegateView[]; total: number }> {
    const { rows, total } = await queryPage<DelegateRow>(
      this.db,
      {
        select: DELEGATE_COLUMNS,
        from: delegatesFrom,
        where: 'WHERE d.meeting_id = $1',
        orderBy: DELEGATE_ORDER,
        parameters: [meetingId],
        countFrom: 'FROM meeting_delegates d',
      },
      page,
    );
    return { items: rows.map(delegateFrom), total };
  }

  private guests(meetingId: string): Promise<GuestView[]> {
    return this.db.query<GuestView[]>(
      `SELECT agency, full_name AS "fullName", position FROM meeting_guests WHERE meeting_id = $1 ORDER BY sort_order, id`,
      [meetingId],
    );
  }

  /** Who spoke, in the order they spoke. */
  private speakers(meetingId: string): Promise<SpeakerView[]> {
    return this.db.query<SpeakerView[]>(
      `SELECT body, full_name AS "fullName", position FROM meeting_speakers WHERE meeting_id = $1 ORDER BY sort_order, id`,
      [meetingId],
    );
  }

  private async amendments(meetingId: string): Promise<AmendmentView[]> {
    const rows = await this.db.query<(Omit<AmendmentView, 'amendedBy'> & { userId: string | null; username: string | null })[]>(
      `SELECT id, amended_by_user_id AS "userId", amended_by_username AS username, amended_at AS "amendedAt", field, before, after, reason
       FROM meeting_amendments WHERE meeting_id = $1 ORDER BY amended_at, id`,
      [meetingId],
    );
    return rows.map(({ userId, username, ...amendment }) => ({ ...amendment, amendedBy: { userId, username } }));
  }

  private async replaceDelegates(meetingId: string, delegates: readonly DelegateInput[]): Promise<void> {
    await this.db.query(`DELETE FROM meeting_delegates WHERE meeting_id = $1`, [meetingId]);
    if (delegates.length === 0) return;
    await this.db.query(
      `INSERT INTO meeting_delegates (meeting_id, organization_id, full_name, position, present, votes_for_unit, sort_order)
       SELECT $1, d.organization_id, d.full_name, d.position, d.present, d.votes_for_unit, d.sort_order - 1
       FROM unnest($2::uuid[], $3::varchar[], $4::varchar[], $5::boolean[], $6::boolean[]) WITH ORDINALITY
         AS d (organization_id, full_name, position, present, votes_for_unit, sort_order)`,
      [
        meetingId,
        delegates.map((d) => d.organizationId),
        delegates.map((d) => d.fullName),
        delegates.map((d) => d.position),
        delegates.map((d) => d.present),
        delegates.map((d) => d.votesForUnit),
      ],
    );
  }

  private replaceGuests(meetingId: string, guests: readonly GuestInput[]): Promise<void> {
    return this.replaceLines(
      'meeting_guests',
      'agency',
      meetingId,
      guests.map((g) => ({ ...g, first: g.agency })),
    );
  }

  private replaceSpeakers(meetingId: string, speakers: readonly SpeakerInput[]): Promise<void> {
    return this.replaceLines(
      'meeting_speakers',
      'body',
      meetingId,
      speakers.map((s) => ({ ...s, first: s.body })),
    );
  }

  /** A list of lines kept in order (guests by agency, speakers by body), replaced as a whole. */
  private async replaceLines(
    table: 'meeting_guests' | 'meeting_speakers',
    first: 'agency' | 'body',
    meetingId: string,
    lines: readonly { first: string; fullName: string | null; position: string | null }[],
  ): Promise<void> {
    await this.db.query(`DELETE FROM ${table} WHERE meeting_id = $1`, [meetingId]);
    if (lines.length === 0) return;
    await this.db.query(
      `INSERT INTO ${table} (meeting_id, ${first}, full_name, position, sort_order)
       SELECT $1, l.first, l.full_name, l.position, l.sort_order - 1
       FROM unnest($2::varchar[], $3::varchar[], $4::varchar[]) WITH ORDINALITY AS l (first, full_name, position, sort_order)`,
      [meetingId, lines.map((l) => l.first), lines.map((l) => l.fullName), lines.map((l) => l.position)],
    );
  }
}
