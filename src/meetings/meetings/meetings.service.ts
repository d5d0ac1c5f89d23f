import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { NotClusterSecretariatError } from '../../access/policies/access.errors.js';
import { type ClusterYearScope, mayManageClusterYear } from '../../access/policies/access.rules.js';
import { clusterYearScope } from '../../access/policies/cluster-scope.js';
import { Clock } from '../../platform/time/clock.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import { RequestValidationError } from '../../platform/errors/platform.errors.js';
import { type Page, type PageQuery, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import {
  type AmendMeetingBody,
  amendedValue,
  contentOf,
  type CreateMeetingBody,
  type DelegateView,
  type ListMeetingsQuery,
  type MeetingChanges,
  type MeetingDetail,
  type MeetingSummary,
  type PutDelegatesBody,
  type PutGuestsBody,
  type PutSpeakersBody,
  sentAsAfter,
  type UpdateMeetingBody,
} from './meeting.dto.js';
import {
  AmendmentRefusedError,
  MeetingContentError,
  MeetingFinalizedError,
  MeetingIsDraftError,
  MeetingNotFoundError,
  NotReadyToFinalizeError,
  StaleMeetingError,
  UnknownMeetingClusterError,
  YearEndSummaryExistsError,
} from './meeting.errors.js';
import { isSettled, VOTE_WORKFLOW } from '../votes/vote.state.js';
import { type MeetingRecord, MeetingRepository, ROW_FIELDS } from './meeting.repository.js';
import {
  type Attendance,
  changedFields,
  finalizeProblems,
  isOnePerYear,
  type MeetingContent,
  type MeetingField,
  meetingContentProblems,
  pickFields,
  withIsoTimes,
} from './meeting.rules.js';
import { changeKind, checkAmendment, type MeetingChangeKind, MEETING_WORKFLOW } from './meeting.state.js';

/** The lists a new meeting may carry; the audit keeps them when they are sent. */
const LIST_FIELDS = ['delegates', 'guests', 'speakers'] as const;

const EMPTY_CONTENT: Omit<MeetingContent, 'title' | 'startsAt' | 'place'> = {
  endsAt: null,
  hostOrganizationId: null,
  presiding: null,
  secretary: null,
  agenda: [],
  minutes: null,
  delegates: [],
  guests: [],
  speakers: [],
};

/** A change to a meeting as one request asks for it: an edit of a draft, or an amendment of a finalized meeting. */
interface ChangeRequest {
  kind: MeetingChangeKind;
  version: number;
  changes: MeetingChanges;
  reason?: string;
}

/** Hội nghị, cuộc họp of a cluster: recorded by the year's secretariat, locked once finalized, then amended on record. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListMeetingsQuery): Promise<Page<MeetingSummary>> {
    const { items, total } = await new MeetingRepository(this.dataSource.manager).list(query);
    return pageOf(items, total, query);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<MeetingDetail> {
    const meeting = await new MeetingRepository(manager).detail(id);
    if (!meeting) throw new MeetingNotFoundError(id);
    return meeting;
  }

  /** The meeting's delegates, one page at a time. */
  async delegates(id: string, query: PageQuery): Promise<Page<DelegateView>> {
    const meetings = new MeetingRepository(this.dataSource.manager);
    await this.require(id);
    const { items, total } = await meetings.delegatesPage(id, query);
    return pageOf(items, total, query);
  }

  /** Who of the cluster's members came and who votes: what quorums and ballots are counted on. */
  async attendance(manager: EntityManager, meetingId: string): Promise<Attendance<UnitView>> {
    await this.require(meetingId, manager);
    return new MeetingRepository(manager).attendance(meetingId);
  }

  async require(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<MeetingRecord> {
    const meeting = await new MeetingRepository(manager).find(id, lock);
    if (!meeting) throw new MeetingNotFoundError(id);
    return meeting;
  }

  /** The secretariat of the cluster's year (while the year is open) and national staff manage its meetings. */
  async authorize(manager: EntityManager, actor: Actor, meeting: Pick<MeetingRecord, 'clusterId' | 'year'>): Promise<ClusterYearScope> {
    const scope = await clusterYearScope(manager, meeting.clusterId, meeting.year);
    if (!mayManageClusterYear(actor, scope)) throw new NotClusterSecretariatError(meeting.year);
    return scope;
  }

  /**
   * Records a draft meeting, with its delegates, guests and speakers when the body carries them, in one transaction: a list
   * refused leaves no meeting behind.
   */
  async create(actor: Actor, body: CreateMeetingBody): Promise<MeetingDetail> {
    try {
      return await this.insert(actor, body);
    } catch (error) {
      // Two submits at once: the partial unique index kept the first, which is named now that it is committed.
      if (!violates(error, 'meetings_one_year_end_summary_key')) throw error;
      throw new YearEndSummaryExistsError(
        await new MeetingRepository(this.dataSource.manager).onePerYear(body.clusterId, body.year, body.kind),
      );
    }
  }

  private insert(actor: Actor, body: CreateMeetingBody): Promise<MeetingDetail> {
    return this.dataSource.transaction(async (tx) => {
      const meetings = new MeetingRepository(tx);
      if (!(await meetings.clusterExists(body.clusterId))) throw new UnknownMeetingClusterError(body.clusterId);
      const scope = await this.authorize(tx, actor, body);
      const changes = contentOf(body);
      const { content, problems } = await this.decide(tx, body, { ...EMPTY_CONTENT, ...changes } as MeetingContent, changes);
      if (problems.length > 0) throw new MeetingContentError(problems);
      const first = isOnePerYear(body.kind) ? await meetings.onePerYear(body.clusterId, body.year, body.kind) : null;
      if (first) throw new YearEndSummaryExistsError(first);
      const id = await meetings.insert(body, content);
      await this.audit.record(tx, {
        action: 'meeting.create',
        entityType: 'meeting',
        entityId: id,
        subjectOrganizationId: scope.chairOrganizationId,
        after: {
          clusterId: body.clusterId,
          year: body.year,
          kind: body.kind,
          ...pickFields(content, [...ROW_FIELDS, ...LIST_FIELDS.filter((field) => changes[field] !== undefined)]),
        },
      });
      return this.get(id, tx);
    });
  }

  update(actor: Actor, id: string, body: UpdateMeetingBody): Promise<MeetingDetail> {
    return this.change(actor, id, { kind: 'edit', version: body.version, changes: body });
  }

  replaceDelegates(actor: Actor, id: string, body: PutDelegatesBody): Promise<MeetingDetail> {
    return this.change(actor, id, { kind: 'edit', version: body.version, changes: { delegates: body.delegates } });
  }

  replaceGuests(actor: Actor, id: string, body: PutGuestsBody): Promise<MeetingDetail> {
    return this.change(actor, id, { kind: 'edit', version: body.version, changes: { guests: body.guests } });
  }

  /** Thay danh sách người phát biểu: the whole list, in the order they spoke. */
  replaceSpeakers(actor: Actor, id: string, body: PutSpeakersBody): Promise<MeetingDetail> {
    return this.change(actor, id, { kind: 'edit', version: body.version, changes: { speakers: body.speakers } });
  }

  /** Đính chính: the new value is checked as an edit of that field would be, then kept beside the old one with the reason. */
  amend(actor: Actor, id: string, body: AmendMeetingBody): Promise<MeetingDetail> {
    const { changes, errors } = amendedValue(body.field, body.after);
    if (errors.length > 0) throw new RequestValidationError(errors);
    return this.change(actor, id, { kind: 'amend', version: body.version, changes, reason: body.reason });
  }

  /** The minutes are signed: from now on the meeting changes only by amendment. */
  async finalize(actor: Actor, id: string, version: number): Promise<MeetingDetail> {
    return this.dataSource.transaction(async (tx) => {
      const meeting = await this.require(id, tx, true);
      const scope = await this.authorize(tx, actor, meeting);
      const next = MEETING_WORKFLOW.next(meeting.state, 'finalize');
      if (!next) throw new MeetingFinalizedError();
      if (meeting.version !== version) throw new StaleMeetingError(meeting.version);
      const meetings = new MeetingRepository(tx);
      const votes = (await meetings.votesOf(id)).map((vote) => ({
        title: vote.title,
        settled: isSettled(vote.state),
        stateLabel: VOTE_WORKFLOW.label(vote.state),
      }));
      const missing = finalizeProblems(meeting, votes);
      if (missing.length > 0) throw new NotReadyToFinalizeError(missing);
      const finalizedAt = this.clock.now();
      await meetings.finalize(id, next, finalizedAt);
      await this.audit.record(tx, {
        action: 'meeting.finalize',
        entityType: 'meeting',
        entityId: id,
        subjectOrganizationId: scope.chairOrganizationId,
        before: { state: meeting.state, finalizedAt: null },
        after: { state: next, finalizedAt: finalizedAt.toISOString() },
      });
      return this.get(id, tx);
    });
  }

  /** One path for every change: authorize, load, decide (edit or amendment, rules), persist, record. */
  private async change(actor: Actor, id: string, request: ChangeRequest): Promise<MeetingDetail> {
    return this.dataSource.transaction(async (tx) => {
      const meeting = await this.require(id, tx, true);
      const scope = await this.authorize(tx, actor, meeting);
      if (changeKind(meeting.state) !== request.kind) {
        throw request.kind === 'edit' ? new MeetingFinalizedError() : new MeetingIsDraftError();
      }
      if (meeting.version !== request.version) throw new StaleMeetingError(meeting.version);
      const meetings = new MeetingRepository(tx);
      const before = await meetings.content(meeting);
      const changes = contentOf(request.changes);
      const sent = Object.keys(changes) as MeetingField[];
      const { content: after, problems } = await this.decide(tx, meeting, { ...before, ...changes }, changes);
      if (problems.length > 0) {
        throw new MeetingContentError(
          request.kind === 'amend' ? problems.map((p) => ({ ...p, field: sentAsAfter(sent[0], p.field) })) : problems,
        );
      }
      const now = this.clock.now();
      if (request.kind === 'amend') {
        refuseBadAmendment(
          checkAmendment(meeting.state, {
            amendedBy: actor.username,
            amendedAt: now,
            changes: sent.map((field) => ({ field, before: before[field], after: after[field] })),
            reason: request.reason ?? '',
          }),
        );
      }
      const fields = changedFields(before, after, sent);
      if (fields.length === 0) return this.get(id, tx);
      await meetings.writeContent(id, after, fields);
      if (request.kind === 'amend') {
        const [field] = fields;
        await meetings.addAmendment({
          meetingId: id,
          amendedByUserId: actor.userId,
          amendedByUsername: actor.username,
          amendedAt: now,
          field,
          before: before[field],
          after: after[field],
          reason: request.reason ?? '',
        });
      }
      await this.audit.record(tx, {
        action: request.kind === 'amend' ? 'meeting.amend' : 'meeting.update',
        entityType: 'meeting',
        entityId: id,
        subjectOrganizationId: scope.chairOrganizationId,
        before: pickFields(before, fields),
        after: { ...pickFields(after, fields), ...(request.kind === 'amend' && { reason: request.reason }) },
      });
      return this.get(id, tx);
    });
  }

  /**
   * The meeting's content once `changes` apply, with times written the one way the database gives them back,
   * and the reasons it breaks a rule, if any.
   */
  private async decide(
    tx: EntityManager,
    meeting: Pick<MeetingRecord, 'clusterId' | 'year'>,
    next: MeetingContent,
    changes: Partial<MeetingContent>,
  ): Promise<{ content: MeetingContent; problems: FieldError[] }> {
    const referred = [
      ...(changes.hostOrganizationId ? [changes.hostOrganizationId] : []),
      ...(changes.delegates ?? []).map((d) => d.organizationId),
    ];
    const units = await new MeetingRepository(tx).unitsOfYear(meeting.clusterId, meeting.year, referred);
    const problems = meetingContentProblems(next, new Set(Object.keys(changes) as MeetingField[]), { year: meeting.year, ...units });
    return { content: problems.length > 0 ? next : withIsoTimes(next), problems };
  }
}

/** checkAmendment names the change it refuses `changes[0].after`; the client sent it as `after`. */
function refuseBadAmendment(problems: FieldError[]): void {
  if (problems.length > 0) {
    throw new AmendmentRefusedError(problems.map((problem) => ({ ...problem, field: problem.field.replace(/^changes\[\d+\]\./, '') })));
  }
}

/** Whether `error` is PostgreSQL refusing a write by `constraint`. */
function violates(error: unknown, constraint: string): boolean {
  return error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === constraint;
}
