import { Injectable } from '@nestjs/common';
import {
  AmendMeetingBody,
  CreateMeetingBody,
  type MeetingDetail,
  PutDelegatesBody,
  PutGuestsBody,
  PutSpeakersBody,
  UpdateMeetingBody,
} from '../../meetings/meetings/meeting.dto.js';
import { MeetingsService } from '../../meetings/meetings/meetings.service.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { validateAs } from '../http/forms.js';
import { formFieldOf, type MeetingChanges, meetingChanges, type MeetingFormValues } from './meeting-form.js';
import { MEETING_PAGES } from './meetings.messages.js';

/** How a form post ended: the meeting saved, or what to show next to the fields. */
export type FormOutcome =
  { ok: true; meeting: MeetingDetail } | { ok: false; errors: FieldError[]; formError?: LocalizedText; meeting?: MeetingDetail };

/** A domain error said as the form's errors; anything else (not allowed, not found) goes on to the error page. */
function refused(error: unknown, changes: MeetingChanges, amendedField?: string): { errors: FieldError[]; formError?: LocalizedText } {
  if (!(error instanceof DomainError) || ['forbidden', 'not_found', 'unauthorized'].includes(error.kind)) throw error;
  const mapped = error.fieldErrors.map((e) => ({
    ...e,
    field: formFieldOf(amendedField ? e.field.replace(/^after/, amendedField) : e.field, changes),
  }));
  // One message per field: an empty name breaks several constraints at once, and the first says it best.
  const errors = mapped.filter((e, i) => mapped.findIndex((other) => other.field === e.field) === i);
  return { errors, formError: errors.length === 0 || error.kind === 'conflict' ? error.text : undefined };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const instant = (value: string | null) => (value === null ? null : new Date(value).getTime());

/**
 * The meeting form's one post, written through MeetingsService as the API writes it: a new meeting with its lists in
 * one call; an edit as the details, then the delegates, then the guests, then the speakers, each call carrying the
 * version the one before returned. Amendments go field by field.
 */
@Injectable()
export class MeetingFormRunner {
  constructor(private readonly meetings: MeetingsService) {}

  async create(actor: Actor, clusterId: string, year: number, values: MeetingFormValues): Promise<FormOutcome> {
    const changes = meetingChanges(values);
    if (changes.problems.length > 0) return { ok: false, errors: changes.problems };
    try {
      const body = await validateAs(CreateMeetingBody, {
        clusterId,
        year,
        kind: changes.kind,
        ...changes.fields,
        delegates: changes.delegates,
        guests: changes.guests,
        speakers: changes.speakers,
      });
      return { ok: true, meeting: await this.meetings.create(actor, body) };
    } catch (error) {
      return { ok: false, ...refused(error, changes) };
    }
  }

  async update(actor: Actor, meeting: MeetingDetail, values: MeetingFormValues, version: number): Promise<FormOutcome> {
    const changes = meetingChanges(values);
    if (changes.problems.length > 0) return { ok: false, errors: changes.problems };
    let updated: MeetingDetail;
    try {
      updated = await this.meetings.update(actor, meeting.id, await validateAs(UpdateMeetingBody, { ...changes.fields, version }));
    } catch (error) {
      return { ok: false, ...refused(error, changes) };
    }
    return this.writeLists(actor, updated, changes);
  }

  /** Đính chính: one amendment per field that differs from the record, all with the same reason. */
  async amend(actor: Actor, meeting: MeetingDetail, values: MeetingFormValues, reason: string, version: number): Promise<FormOutcome> {
    const changes = meetingChanges(values);
    if (changes.problems.length > 0) return { ok: false, errors: changes.problems };
    const amended = amendedFields(meeting, changes);
    if (amended.length === 0) return { ok: false, errors: [], formError: MEETING_PAGES.nothingChanged };
    let current = meeting;
    let currentVersion = version;
    for (const [field, after] of amended) {
      try {
        current = await this.meetings.amend(
          actor,
          meeting.id,
          await validateAs(AmendMeetingBody, { field, after, reason, version: currentVersion }),
        );
        currentVersion = current.version;
      } catch (error) {
        return { ok: false, ...refused(error, changes, field), meeting: current };
      }
    }
    return { ok: true, meeting: current };
  }

  private async writeLists(actor: Actor, meeting: MeetingDetail, changes: MeetingChanges): Promise<FormOutcome> {
    let current = meeting;
    try {
      const delegates = await validateAs(PutDelegatesBody, { delegates: changes.delegates, version: current.version });
      if (!same(delegatesOf(current), changes.delegates)) current = await this.meetings.replaceDelegates(actor, current.id, delegates);
      const guests = await validateAs(PutGuestsBody, { guests: changes.guests, version: current.version });
      if (!same(guestsOf(current), changes.guests)) current = await this.meetings.replaceGuests(actor, current.id, guests);
      const speakers = await validateAs(PutSpeakersBody, { speakers: changes.speakers, version: current.version });
      if (!same(speakersOf(current), changes.speakers)) current = await this.meetings.replaceSpeakers(actor, current.id, speakers);
    } catch (error) {
      return { ok: false, ...refused(error, changes), meeting: current };
    }
    return { ok: true, meeting: current };
  }
}

function delegatesOf(meeting: MeetingDetail) {
  return meeting.delegates.map((d) => ({
    organizationId: d.unit.id,
    fullName: d.fullName,
    position: d.position,
    present: d.present,
    votesForUnit: d.votesForUnit,
  }));
}

function guestsOf(meeting: MeetingDetail) {
  return meeting.guests.map((g) => ({ agency: g.agency, fullName: g.fullName, position: g.position }));
}

function speakersOf(meeting: MeetingDetail) {
  return meeting.speakers.map((s) => ({ body: s.body, fullName: s.fullName, position: s.position }));
}

/** The amendable fields whose value in the form differs from the record, with their new value. */
function amendedFields(meeting: MeetingDetail, changes: MeetingChanges): [string, unknown][] {
  const { fields } = changes;
  const found: [string, unknown][] = [];
  const compare = (field: string, before: unknown, after: unknown) => {
    if (!same(before, after)) found.push([field, after]);
  };
  compare('title', meeting.title, fields.title);
  if (instant(fields.startsAt) !== meeting.startsAt.getTime()) found.push(['startsAt', fields.startsAt]);
  if (instant(fields.endsAt) !== (meeting.endsAt?.getTime() ?? null)) found.push(['endsAt', fields.endsAt]);
  compare('place', meeting.place, fields.place);
  compare('hostOrganizationId', meeting.host?.id ?? null, fields.hostOrganizationId);
  compare('presiding', meeting.presiding, fields.presiding);
  compare('secretary', meeting.secretary, fields.secretary);
  compare('agenda', meeting.agenda, fields.agenda);
  compare('minutes', meeting.minutes, fields.minutes);
  compare('delegates', delegatesOf(meeting), changes.delegates);
  compare('guests', guestsOf(meeting), changes.guests);
  compare('speakers', speakersOf(meeting), changes.speakers);
  return found;
}
