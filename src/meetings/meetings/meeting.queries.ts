import type { EntityManager } from 'typeorm';
import { type SqlRow, unitColumns, unitFrom, type UnitView, unitJoin, unitNameJoin } from '../../registry/clusters/unit.sql.js';
import { coversYear } from '../../registry/memberships/membership.sql.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import type { AmendmentView, DelegateView, GuestView, MeetingDetail, MeetingSort, MeetingSummary } from './meeting.dto.js';
import type { MeetingKind } from './meeting.entity.js';
import { type Attendance, attendanceOf } from './meeting.rules.js';
import type { MeetingState } from './meeting.state.js';

/** Units are named as they were in the meeting's year. */
const YEAR_END = 'make_date(m.year, 12, 31)';

const SUMMARY_SELECT = `
  SELECT m.id, m.cluster_id, c.code AS cluster_code, c.name AS cluster_name, m.year, m.kind, m.title, m.starts_at, m.ends_at,
    m.place, m.state, m.finalized_at, m.version, ${unitColumns('host')}
  FROM meetings m
  JOIN clusters c ON c.id = m.cluster_id
  ${unitJoin('host', 'm.host_organization_id', YEAR_END)}`;

const ORDER_BY: Record<MeetingSort, string> = {
  newest: 'm.starts_at DESC, m.id',
  oldest: 'm.starts_at ASC, m.id',
  title: 'm.title COLLATE vietnamese, m.starts_at DESC, m.id',
};

function summaryFrom(row: SqlRow): MeetingSummary {
  return {
    id: row.id as string,
    cluster: { id: row.cluster_id as string, code: row.cluster_code as string, name: row.cluster_name as string },
    year: row.year as number,
    kind: row.kind as MeetingKind,
    title: row.title as string,
    startsAt: row.starts_at as Date,
    endsAt: row.ends_at as Date | null,
    place: row.place as string,
    host: unitFrom(row, 'host'),
    state: row.state as MeetingState,
    finalizedAt: row.finalized_at as Date | null,
    version: row.version as number,
  };
}

export interface MeetingsFilter {
  clusterId?: string;
  year?: number;
  kind?: MeetingKind;
  state?: MeetingState;
  q?: string;
  sort: MeetingSort;
  limit: number;
  offset: number;
}

export async function findMeetings(manager: EntityManager, filter: MeetingsFilter): Promise<{ items: MeetingSummary[]; total: number }> {
  const where = `
    WHERE ($1::uuid IS NULL OR m.cluster_id = $1)
      AND ($2::int IS NULL OR m.year = $2)
      AND ($3::meeting_kind IS NULL OR m.kind = $3)
      AND ($4::meeting_state IS NULL OR m.state = $4)
      AND ($5::text IS NULL OR search_key(m.title || ' ' || m.place) LIKE '%' || search_key($5) || '%')`;
  const parameters = [filter.clusterId ?? null, filter.year ?? null, filter.kind ?? null, filter.state ?? null, filter.q ?? null];
  const [rows, [{ total }]]: [SqlRow[], { total: number }[]] = await Promise.all([
    manager.query(`${SUMMARY_SELECT} ${where} ORDER BY ${ORDER_BY[filter.sort]} LIMIT $6 OFFSET $7`, [
      ...parameters,
      filter.limit,
      filter.offset,
    ]),
    manager.query(`SELECT count(*)::int AS total FROM meetings m ${where}`, parameters),
  ]);
  return { items: rows.map(summaryFrom), total };
}

/** The meeting with everything its minutes show, or null. */
export async function findMeeting(manager: EntityManager, id: string): Promise<MeetingDetail | null> {
  const [row]: SqlRow[] = await manager.query(
    `${SUMMARY_SELECT.replace('SELECT', 'SELECT m.presiding, m.secretary, m.agenda, m.minutes, m.created_at, m.updated_at,')}
     WHERE m.id = $1`,
    [id],
  );
  if (!row) return null;
  // One after the other: inside a transaction they share one connection.
  const delegates = await findDelegates(manager, id);
  const guests = await findGuests(manager, id);
  const amendments = await findAmendments(manager, id);
  const attendance = await findAttendance(manager, id);
  return {
    ...summaryFrom(row),
    presiding: row.presiding as string | null,
    secretary: row.secretary as string | null,
    agenda: row.agenda as string[],
    minutes: row.minutes as string | null,
    delegates,
    guests,
    attendance,
    amendments,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  };
}

async function findDelegates(manager: EntityManager, meetingId: string): Promise<DelegateView[]> {
  const rows: SqlRow[] = await manager.query(
    `SELECT d.id, d.full_name, d.position, d.present, d.votes_for_unit, ${unitColumns('unit')}
     FROM meeting_delegates d JOIN meetings m ON m.id = d.meeting_id
     ${unitJoin('unit', 'd.organization_id', YEAR_END)}
     WHERE d.meeting_id = $1 ORDER BY d.sort_order, d.id`,
    [meetingId],
  );
  return rows.map((row) => ({
    id: row.id as string,
    unit: unitFrom(row, 'unit') as UnitView,
    fullName: row.full_name as string,
    position: row.position as string | null,
    present: row.present as boolean,
    votesForUnit: row.votes_for_unit as boolean,
  }));
}

async function findGuests(manager: EntityManager, meetingId: string): Promise<GuestView[]> {
  return manager.query(
    `SELECT agency, full_name AS "fullName", position FROM meeting_guests WHERE meeting_id = $1 ORDER BY sort_order, id`,
    [meetingId],
  );
}

async function findAmendments(manager: EntityManager, meetingId: string): Promise<AmendmentView[]> {
  const rows: SqlRow[] = await manager.query(
    `SELECT id, amended_by_user_id, amended_by_username, amended_at, field, before, after, reason
     FROM meeting_amendments WHERE meeting_id = $1 ORDER BY amended_at, id`,
    [meetingId],
  );
  return rows.map((row) => ({
    id: row.id as string,
    amendedBy: { userId: row.amended_by_user_id as string | null, username: row.amended_by_username as string | null },
    amendedAt: row.amended_at as Date,
    field: row.field as string,
    before: row.before,
    after: row.after,
    reason: row.reason as string,
  }));
}

/** The member units of the meeting's cluster in its year, and which of them came and vote. */
export async function findAttendance(manager: EntityManager, meetingId: string): Promise<Attendance<UnitView>> {
  const rows: SqlRow[] = await manager.query(
    `SELECT ${unitColumns('unit')}, d.present, d.votes_for_unit
     FROM meetings m
     JOIN cluster_memberships cm ON cm.cluster_id = m.cluster_id AND ${coversYear('cm', 'm.year')}
     ${unitJoin('unit', 'cm.organization_id', YEAR_END)}
     LEFT JOIN meeting_delegates d ON d.meeting_id = m.id AND d.organization_id = cm.organization_id
     WHERE m.id = $1
     ORDER BY unit_name.full_name COLLATE vietnamese, unit.code`,
    [meetingId],
  );
  const members = new Map(rows.map((row) => [row.unit_id as string, unitFrom(row, 'unit') as UnitView]));
  return attendanceOf(
    [...members.values()],
    rows
      .filter((row) => row.present !== null)
      .map((row) => ({ organizationId: row.unit_id as string, present: row.present as boolean, votesForUnit: row.votes_for_unit as boolean })),
  );
}

/**
 * What the rules need to judge the units a meeting names: the members of the cluster in `year`, and the
 * name that year of each unit in `ids` that exists. Membership rows stay locked FOR SHARE until the
 * transaction ends, so a membership cannot end under a meeting being written.
 */
export async function unitsOfYear(
  manager: EntityManager,
  clusterId: string,
  year: number,
  ids: readonly string[],
): Promise<{ memberIds: Set<string>; names: Map<string, string> }> {
  const members: { organization_id: string }[] = await manager.query(
    `SELECT organization_id FROM cluster_memberships m WHERE m.cluster_id = $1 AND ${coversYear('m', '$2::int')} FOR SHARE`,
    [clusterId, year],
  );
  const named: SqlRow[] = await manager.query(
    `SELECT ${unitColumns('unit')} FROM organizations unit ${unitNameJoin('unit', '$2')} WHERE unit.id = ANY($1::uuid[])`,
    [ids, lastDayOf(year)],
  );
  return {
    memberIds: new Set(members.map((member) => member.organization_id)),
    names: new Map(named.map((row) => [row.unit_id as string, row.unit_short_name as string])),
  };
}
