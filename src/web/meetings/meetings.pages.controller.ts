import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { MeetingParams, type MeetingDetail } from '../../meetings/meetings/meeting.dto.js';
import { MEETING_STATES, MEETING_WORKFLOW } from '../../meetings/meetings/meeting.state.js';
import { MeetingsService } from '../../meetings/meetings/meetings.service.js';
import { CreateVoteBody } from '../../meetings/votes/vote.dto.js';
import { VOTE_STATES, VOTE_WORKFLOW } from '../../meetings/votes/vote.state.js';
import { VotesService } from '../../meetings/votes/votes.service.js';
import { ResolutionsService } from '../../meetings/resolutions/resolutions.service.js';
import { VOTE_SUBJECTS } from '../../meetings/votes/vote-rule-set.js';
import { RankingService } from '../../emulation/ranking/ranking.service.js';
import { isFixed } from '../../emulation/scores/score.state.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { IsUUID } from 'class-validator';
import { ClusterYearParams, IsRegistryYear } from '../../registry/clusters/cluster.dto.js';
import type { ClusterYearReport } from '../../reports/cluster-year/cluster-year.model.js';
import { ClusterYearReportsService } from '../../reports/cluster-year/cluster-year.service.js';
import { FormReader, postedValues, validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { localeOf } from '../http/web-request.js';
import { ClusterYearPage } from './cluster-year.page.js';
import { MeetingAccess } from './meeting-access.js';
import { meetingFormFromBody, meetingFormFromMeeting, type MeetingFormValues, newMeetingForm } from './meeting-form.js';
import { MeetingFormPage, type MeetingFormProps } from './meeting-form.page.js';
import { type FormOutcome, MeetingFormRunner } from './meeting-form.runner.js';
import { MeetingPage } from './meeting.page.js';
import { MEETING_PAGES as M } from './meetings.messages.js';
import { defaultVoteSetup, type RankingCandidates, type VoteSetupValues, VoteSetupPage } from './vote-setup.page.js';

/** Each state's label from its workflow table, in one locale. */
const labels = <S extends string>(states: readonly S[], label: (state: S) => { vi: string; en: string }, locale: 'vi' | 'en') =>
  Object.fromEntries(states.map((state) => [state, label(state)[locale]]));

/** A posted form, read field by field by the form helpers. */
type PostedForm = Record<string, unknown>;

/** Why a meeting form was not saved: what to show next to the fields. */
type Refusal = Omit<Extract<FormOutcome, { ok: false }>, 'ok'>;

/** The cluster and year a new meeting belongs to (query of the form, hidden fields of its post). */
export class ClusterYearQuery {
  @IsUUID()
  clusterId: string;

  @IsRegistryYear()
  year: number;
}

/** Pages of the cluster secretariat: the cluster's year, its meetings and setting up their votes. */
@PageController()
export class MeetingsPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly meetings: MeetingsService,
    private readonly votes: VotesService,
    private readonly resolutions: ResolutionsService,
    private readonly reports: ClusterYearReportsService,
    private readonly access: MeetingAccess,
    private readonly forms: MeetingFormRunner,
    private readonly ranking: RankingService,
  ) {}

  @Get('clusters/:id/years/:year')
  @SignedIn()
  async clusterYear(@Param() params: ClusterYearParams, @Req() request: Request, @Res() response: Response) {
    const locale = localeOf(request);
    const [report, manages] = await Promise.all([
      this.reports.report(params.id, params.year),
      this.access.manages(actorOf(request), params.id, params.year),
    ]);
    await this.web.page(response, ClusterYearPage, {
      report,
      manages,
      voteStateLabels: labels(VOTE_STATES, (state) => VOTE_WORKFLOW.label(state), locale),
      meetingStateLabels: labels(MEETING_STATES, (state) => MEETING_WORKFLOW.label(state), locale),
    });
  }

  @Get('meetings/new')
  @SignedIn()
  async newMeeting(@Query() query: ClusterYearQuery, @Req() request: Request, @Res() response: Response) {
    await this.access.requireManager(actorOf(request), query.clusterId, query.year);
    const report = await this.reports.report(query.clusterId, query.year);
    await this.showNew(response, query, report, newMeetingForm(report.members, query.year, report.chair?.id ?? null), [], 200);
  }

  @Post('meetings')
  @SignedIn()
  async create(@Body() body: PostedForm, @Req() request: Request, @Res() response: Response) {
    const query = await clusterYearOf(body);
    const actor = actorOf(request);
    await this.access.requireManager(actor, query.clusterId, query.year);
    const report = await this.reports.report(query.clusterId, query.year);
    const values = meetingFormFromBody(body, report.members);
    // A double submit of the form records one meeting (its idempotency key); a form shown again is not kept.
    const outcome = await this.web.once(
      response,
      () => this.forms.create(actor, query.clusterId, query.year, values),
      (o) => o.ok,
    );
    if (outcome.ok) return this.web.redirect(response, `/meetings/${outcome.meeting.id}`, M.meetingSaved);
    await this.showNew(response, query, report, values, outcome.errors, 422, outcome.formError);
  }

  @Get('meetings/:id')
  @SignedIn()
  async meeting(@Param() params: MeetingParams, @Req() request: Request, @Res() response: Response) {
    await this.showMeeting(request, response, await this.meetings.get(params.id), null, 200);
  }

  @Get('meetings/:id/edit')
  @SignedIn()
  async edit(@Param() params: MeetingParams, @Req() request: Request, @Res() response: Response) {
    const meeting = await this.managed(request, params.id);
    await this.showEdit(response, meeting, meetingFormFromMeeting(meeting, membersOf(meeting)), { errors: [] }, 200);
  }

  @Post('meetings/:id/edit')
  @SignedIn()
  async update(@Param() params: MeetingParams, @Body() body: PostedForm, @Req() request: Request, @Res() response: Response) {
    const meeting = await this.managed(request, params.id);
    const values = meetingFormFromBody(body, membersOf(meeting));
    // A double submit saves once and both posts go to the meeting (its idempotency key), not to a stale-version conflict.
    const outcome = await this.web.once(
      response,
      () => this.forms.update(actorOf(request), meeting, values, versionOf(body)),
      (o) => o.ok,
    );
    if (outcome.ok) return this.web.redirect(response, `/meetings/${meeting.id}`, M.meetingSaved);
    await this.showEdit(response, outcome.meeting ?? meeting, values, outcome, statusOf(outcome));
  }

  @Post('meetings/:id/finalize')
  @SignedIn()
  async finalize(@Param() params: MeetingParams, @Body() body: PostedForm, @Req() request: Request, @Res() response: Response) {
    const meeting = await this.managed(request, params.id);
    try {
      await this.meetings.finalize(actorOf(request), meeting.id, versionOf(body));
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind === 'forbidden' || error.kind === 'not_found') throw error;
      return this.showMeeting(request, response, meeting, { title: error.text, items: error.fieldErrors }, 409);
    }
    this.web.redirect(response, `/meetings/${meeting.id}`, M.meetingFinalized);
  }

  @Get('meetings/:id/amend')
  @SignedIn()
  async amendForm(@Param() params: MeetingParams, @Req() request: Request, @Res() response: Response) {
    const meeting = await this.managed(request, params.id);
    await this.showAmend(response, meeting, meetingFormFromMeeting(meeting, membersOf(meeting)), '', { errors: [] }, 200);
  }

  @Post('meetings/:id/amend')
  @SignedIn()
  async amend(@Param() params: MeetingParams, @Body() body: PostedForm, @Req() request: Request, @Res() response: Response) {
    const meeting = await this.managed(request, params.id);
    const values = meetingFormFromBody(body, membersOf(meeting));
    const reason = new FormReader(postedValues(body)).text('reason') ?? '';
    // One amendment (and one entry in the minutes' history) per form, however many times it is posted.
    const outcome = await this.web.once(
      response,
      () => this.forms.amend(actorOf(request), meeting, values, reason, versionOf(body)),
      (o) => o.ok,
    );
    if (outcome.ok) return this.web.redirect(response, `/meetings/${meeting.id}`, M.meetingAmended);
    await this.showAmend(response, outcome.meeting ?? meeting, values, reason, outcome, statusOf(outcome));
  }

  @Get('meetings/:id/votes/new')
  @SignedIn()
  async newVote(
    @Param() params: MeetingParams,
    @Query('subject') subject: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const meeting = await this.managed(request, params.id);
    const members = membersOf(meeting);
    const known = VOTE_SUBJECTS.find((candidate) => candidate === subject);
    const ranking = known === 'flag_proposal' ? await this.rankingCandidates(request, meeting) : null;
    await this.web.page(response, VoteSetupPage, {
      meeting,
      members,
      values: known ? defaultVoteSetup(known, meeting.year, members, ranking) : null,
      errors: [],
      ranking,
    });
  }

  @Post('meetings/:id/votes')
  @SignedIn()
  async createVote(@Param() params: MeetingParams, @Req() request: Request, @Res() response: Response) {
    const meeting = await this.managed(request, params.id);
    const actor = actorOf(request);
    const locale = localeOf(request);
    await this.web.submit(response, {
      dto: CreateVoteBody,
      read: (form) => ({
        subject: form.text('subject'),
        title: form.text('title'),
        method: form.text('method'),
        question: form.optional('question'),
        candidateIds: form.list('candidateIds').length > 0 ? form.list('candidateIds') : undefined,
        quota: form.integer('quota'),
        proposedOrganizationId: form.optional('proposedOrganizationId'),
        countingCommittee: lines(form.text('countingCommittee')),
        ...(reasonsOf(form.values).length > 0 && { candidateReasons: reasonsOf(form.values) }),
      }),
      run: (body) => this.votes.create(actor, meeting.id, body, locale),
      done: (vote) => ({ to: `/votes/${vote.id}`, flash: M.voteCreated }),
      show: async (form, status) => {
        const reader = new FormReader(form.values);
        const values: VoteSetupValues = {
          subject: reader.text('subject') ?? '',
          title: reader.text('title') ?? '',
          method: reader.text('method') ?? '',
          candidateIds: reader.list('candidateIds'),
          quota: reader.text('quota') ?? '',
          proposedOrganizationId: reader.text('proposedOrganizationId') ?? '',
          question: reader.text('question') ?? '',
          countingCommittee: reader.text('countingCommittee') ?? '',
          candidateReasons: Object.fromEntries(reasonsOf(form.values).map((given) => [given.organizationId, given.reason])),
        };
        const errors = form.errors.map((e) => ({
          ...e,
          field: e.field.replace(/^(candidateIds|countingCommittee|candidateReasons)(\.\d+|\[\d+\])(\..*)?$/, '$1'),
        }));
        const ranking = values.subject === 'flag_proposal' ? await this.rankingCandidates(request, meeting) : null;
        await this.web.page(
          response,
          VoteSetupPage,
          { meeting, members: membersOf(meeting), values, errors, formError: form.formError, ranking },
          { status },
        );
      },
    });
  }

  /** The fixed emulation ranking of the meeting's year, whose leaders the flag vote proposes by default; null while not fixed. */
  private async rankingCandidates(request: Request, meeting: MeetingDetail): Promise<RankingCandidates | null> {
    const ranking = await this.ranking.ranking(actorOf(request), meeting.cluster.id, meeting.year);
    if (!isFixed(ranking.table.state)) return null;
    return { leaders: ranking.leaders, ranks: Object.fromEntries(ranking.rows.map((row) => [row.unit.id, row.rank])) };
  }

  /** The meeting, once the signed-in user is known to run its cluster's year. */
  private async managed(request: Request, id: string): Promise<MeetingDetail> {
    const meeting = await this.meetings.get(id);
    await this.access.requireManager(actorOf(request), meeting.cluster.id, meeting.year);
    return meeting;
  }

  private async showMeeting(
    request: Request,
    response: Response,
    meeting: MeetingDetail,
    finalizeProblems: Parameters<typeof MeetingPage>[0]['finalizeProblems'],
    status: number,
  ) {
    const locale = localeOf(request);
    const [votes, resolutions, manages] = await Promise.all([
      this.votes.list(meeting.id, { page: 1, pageSize: 100, order: 'asc' }, locale),
      this.resolutions.listOfMeeting(meeting.id, { page: 1, pageSize: 100 }, locale),
      this.access.manages(actorOf(request), meeting.cluster.id, meeting.year),
    ]);
    await this.web.page(
      response,
      MeetingPage,
      {
        meeting,
        votes: votes.items,
        resolutions: resolutions.items,
        manages,
        isDraft: MEETING_WORKFLOW.can(meeting.state, 'edit'),
        stateLabel: MEETING_WORKFLOW.label(meeting.state)[locale],
        finalizeProblems,
      },
      { status },
    );
  }

  private async showNew(
    response: Response,
    query: ClusterYearQuery,
    report: Pick<ClusterYearReport, 'cluster' | 'members'>,
    values: MeetingFormValues,
    errors: MeetingFormProps['errors'],
    status: number,
    formError?: MeetingFormProps['formError'],
  ) {
    const back = `/clusters/${query.clusterId}/years/${query.year}`;
    await this.web.page(
      response,
      MeetingFormPage,
      {
        heading: M.newMeetingTitle,
        breadcrumbs: [{ href: back, label: M.clusterYearTitle(report.cluster.name, query.year)[localeOf(response.req)] }],
        action: '/meetings',
        submitLabel: M.create,
        values,
        members: report.members,
        errors,
        formError,
        backHref: back,
        hidden: { clusterId: query.clusterId, year: String(query.year) },
        kindEditable: true,
      },
      { status },
    );
  }

  private showEdit(response: Response, meeting: MeetingDetail, values: MeetingFormValues, outcome: Refusal, status: number) {
    return this.showRecorded(response, meeting, values, outcome, status, {
      heading: M.editMeetingTitle,
      action: 'edit',
      submitLabel: M.save,
    });
  }

  private showAmend(
    response: Response,
    meeting: MeetingDetail,
    values: MeetingFormValues,
    reason: string,
    outcome: Refusal,
    status: number,
  ) {
    return this.showRecorded(response, meeting, values, outcome, status, {
      heading: M.amendMeetingTitle,
      lead: M.amendHint,
      action: 'amend',
      submitLabel: M.amend,
      reason,
    });
  }

  /** The form of a meeting already recorded: an edit of its draft, or an amendment once finalized. */
  private async showRecorded(
    response: Response,
    meeting: MeetingDetail,
    values: MeetingFormValues,
    outcome: Refusal,
    status: number,
    form: Pick<MeetingFormProps, 'heading' | 'lead' | 'submitLabel' | 'reason'> & { action: 'edit' | 'amend' },
  ) {
    const page = `/meetings/${meeting.id}`;
    await this.web.page(
      response,
      MeetingFormPage,
      {
        ...form,
        breadcrumbs: [{ href: page, label: meeting.title }],
        action: `${page}/${form.action}`,
        values,
        members: membersOf(meeting),
        errors: outcome.errors,
        formError: outcome.formError,
        backHref: page,
        hidden: { version: String(meeting.version) },
        kindEditable: false,
      },
      { status },
    );
  }
}

/** The cluster's member units that year, as the meeting's attendance lists them. */
function membersOf(meeting: MeetingDetail) {
  return meeting.attendance.units.map((seat) => seat.unit);
}

function versionOf(body: PostedForm): number {
  const version = Number(body.version);
  return Number.isSafeInteger(version) && version > 0 ? version : 0;
}

/** The reasons typed for candidates that do not lead the fixed ranking (`candidateReasons.<unit id>`), the empty ones left out. */
function reasonsOf(values: Record<string, unknown>): { organizationId: string; reason: string }[] {
  return Object.entries(values).flatMap(([name, value]) =>
    name.startsWith('candidateReasons.') && typeof value === 'string' && value.trim() !== ''
      ? [{ organizationId: name.slice('candidateReasons.'.length), reason: value }]
      : [],
  );
}

function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function statusOf(outcome: { errors: unknown[]; formError?: unknown }): number {
  return outcome.errors.length > 0 ? 422 : 409;
}

function clusterYearOf(body: PostedForm): Promise<ClusterYearQuery> {
  return validateAs(ClusterYearQuery, { clusterId: body.clusterId, year: body.year });
}
