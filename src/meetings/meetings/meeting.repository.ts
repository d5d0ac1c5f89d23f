import type { EntityManager } from 'typeorm';
import { MeetingDelegateEntity } from './meeting-delegate.entity.js';
import { MeetingGuestEntity } from './meeting-guest.entity.js';
import { MeetingEntity } from './meeting.entity.js';
import { AMENDABLE_FIELDS, type MeetingContent, type MeetingField, pickFields } from './meeting.rules.js';

/** The parts of a meeting kept in its own row; delegates and guests have tables of their own. */
export const ROW_FIELDS: readonly MeetingField[] = AMENDABLE_FIELDS.filter((field) => field !== 'delegates' && field !== 'guests');

/** What the meeting says now, as the plain data the rules and amendments work on. */
export async function loadContent(tx: EntityManager, meeting: MeetingEntity): Promise<MeetingContent> {
  const delegates = await tx.find(MeetingDelegateEntity, { where: { meetingId: meeting.id }, order: { sortOrder: 'ASC', id: 'ASC' } });
  const guests = await tx.find(MeetingGuestEntity, { where: { meetingId: meeting.id }, order: { sortOrder: 'ASC', id: 'ASC' } });
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
    delegates: delegates.map(({ organizationId, fullName, position, present, votesForUnit }) => ({
      organizationId,
      fullName,
      position,
      present,
      votesForUnit,
    })),
    guests: guests.map(({ agency, fullName, position }) => ({ agency, fullName, position })),
  };
}

/** The meetings row's columns for those of `fields` that live in the row, times as dates. */
export function rowColumns(content: MeetingContent, fields: readonly MeetingField[]): Partial<MeetingEntity> {
  const columns = pickFields(content, fields.filter((field) => ROW_FIELDS.includes(field)));
  for (const time of ['startsAt', 'endsAt'] as const) {
    if (typeof columns[time] === 'string') columns[time] = new Date(columns[time]);
  }
  return columns;
}

/** Writes `fields` of the content; delegates and guests are replaced as whole lists. The version moves on in any case. */
export async function writeContent(tx: EntityManager, id: string, content: MeetingContent, fields: readonly MeetingField[]): Promise<void> {
  await tx.createQueryBuilder().update(MeetingEntity).set(rowColumns(content, fields)).where({ id }).execute();
  if (fields.includes('delegates')) {
    await tx.delete(MeetingDelegateEntity, { meetingId: id });
    if (content.delegates.length > 0) {
      await tx.insert(MeetingDelegateEntity, content.delegates.map((delegate, sortOrder) => ({ ...delegate, meetingId: id, sortOrder })));
    }
  }
  if (fields.includes('guests')) {
    await tx.delete(MeetingGuestEntity, { meetingId: id });
    if (content.guests.length > 0) {
      await tx.insert(MeetingGuestEntity, content.guests.map((guest, sortOrder) => ({ ...guest, meetingId: id, sortOrder })));
    }
  }
}
