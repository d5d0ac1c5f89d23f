import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { CastBallotBody, DeclaredResultBody, PaperTotalsBody } from '../../meetings/ballots/ballot.dto.js';
import { BallotSlipsRenderer } from '../../meetings/ballots/ballot-slips.renderer.js';
import { BallotsService } from '../../meetings/ballots/ballots.service.js';
import { MeetingsService } from '../../meetings/meetings/meetings.service.js';
import { FallbackDecisionBody } from '../../meetings/resolutions/resolution.dto.js';
import { NoFallbackPendingError } from '../../meetings/resolutions/resolution.errors.js';
import { ResolutionsService } from '../../meetings/resolutions/resolutions.service.js';
import { VoteRoundsService } from '../../meetings/votes/vote-rounds.service.js';
import { answersYesNo } from '../../meetings/votes/vote-rounds.rules.js';
import { CancelVoteBody, VoteParams } from '../../meetings/votes/vote.dto.js';
import { acceptsBallots, cancellingNeedsReason } from '../../meetings/votes/vote.state.js';
import { ResultHiddenError } from '../../meetings/votes/vote.errors.js';
import { VotesService } from '../../meetings/votes/votes.service.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { Locale, LocalizedText } from '../../platform/i18n/locale.js';
import { calendarDateInVietnam } from '../../platform/time/calendar.js';
import { VoteResultChartRenderer } from '../../reports/renderers/vote-result-chart.renderer.js';
import { type FormState, validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { localeOf } from '../http/web-request.js';
import { BallotClosedPage, BallotPage, BallotReceiptPage, type BallotRoute, ConfirmBallotPage } from './ballot.page.js';
import { DeclaredResultPage } from './declared-result.page.js';
import { FallbackDecisionPage } from './fallback-decision.page.js';
import { ballotBody, ballotProblems, closedBecause, pickedOf, showRefusedBallot } from './ballot-flow.js';
import { MeetingAccess } from './meeting-access.js';
import { MEETING_PAGES as M } from './meetings.messages.js';
import { candidateVotesName, PaperTotalsPage } from './paper-totals.page.js';
import { ProjectorPage } from './projector.page.js';
import { receiptCheckUrl, ReceiptsPage } from './receipts.page.js';
import { roundChart } from './result-charts.js';
import { currentRound, Turnout, VotePage } from './vote.page.js';

/** The secretariat runs a vote from its page; a signed-in officer casts the unit's ballot from it. */
@PageController('votes')
export class VotesPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly votes: VotesService,
    private readonly rounds: VoteRoundsService,
    private readonly ballots: BallotsService,
    private readonly meetings: MeetingsService,
    private readonly resolutions: ResolutionsService,
    private readonly access: MeetingAccess,
    private readonly slips: BallotSlipsRenderer,
    private readonly chart: VoteResultChartRenderer,
  ) {}

  @Get(':id')
  @SignedIn()
  async vote(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    await this.showVote(request, response, params.id, { status: 200 });
  }

  /** The turnout alone, for htmx to poll; once the round is closed, the whole page is reloaded to show the result. */
  @Get(':id/turnout')
  @SignedIn()
  async turnout(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const vote = await this.votes.get(params.id, localeOf(request));
    if (!acceptsBallots(vote.state)) response.setHeader('HX-Refresh', 'true');
    await this.web.fragment(response, Turnout, { vote, big: request.query.big === '1' });
  }

  @Get(':id/projector')
  @SignedIn()
  async projector(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const locale = localeOf(request);
    const vote = await this.votes.get(params.id, locale);
    const [meeting, result] = await Promise.all([this.meetings.get(vote.meetingId), this.result(vote.id, locale)]);
    await this.web.page(response, ProjectorPage, {
      vote,
      meetingTitle: meeting.title,
      result,
      charts: this.charts(vote.title, result, locale),
    });
  }

  /** The receipts of an electronic vote, alone on a page to print; every signed-in user reads them, as from the API. */
  @Get(':id/receipts')
  @SignedIn()
  async receipts(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const vote = await this.votes.get(params.id, localeOf(request));
    const [meeting, receipts] = await Promise.all([this.meetings.get(vote.meetingId), this.ballots.receipts(vote.id)]);
    await this.web.page(response, ReceiptsPage, {
      vote,
      meeting,
      receipts,
      checkUrl: receiptCheckUrl(siteUrlOf(request), vote.id),
    });
  }

  @Post(':id/open')
  @SignedIn()
  async open(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    await this.act(request, response, params.id, () => this.rounds.open(actorOf(request), params.id, localeOf(request)), M.voteOpened);
  }

  @Post(':id/close')
  @SignedIn()
  async close(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    await this.act(request, response, params.id, () => this.rounds.close(actorOf(request), params.id, localeOf(request)), M.voteClosed);
  }

  /** Huỷ: once the vote has been opened, with a reason that the minutes keep. */
  @Post(':id/cancel')
  @SignedIn()
  async cancel(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const actor = actorOf(request);
    const locale = localeOf(request);
    await this.managedVote(request, params.id);
    await this.web.submit(response, {
      dto: CancelVoteBody,
      read: (form) => ({ reason: form.optional('reason') }),
      run: (body) => this.rounds.cancel(actor, params.id, locale, body.reason),
      done: () => ({ to: `/votes/${params.id}`, flash: M.voteCancelled }),
      show: (form, status) => this.showVote(request, response, params.id, { cancelForm: form, status }),
    });
  }

  @Post(':id/next-round')
  @SignedIn()
  async nextRound(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    await this.act(
      request,
      response,
      params.id,
      () => this.rounds.nextRound(actorOf(request), params.id, localeOf(request)),
      M.roundOpened,
    );
  }

  /**
   * Issues the codes and answers with the slips to print, in the same request: the codes exist in clear only in
   * this PDF (the database keeps their hashes), so printing again means issuing new codes.
   */
  @Post(':id/ballot-codes')
  @SignedIn()
  async ballotCodes(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const locale = localeOf(request);
    const issued = await this.ballots.issueCodes(actorOf(request), params.id, locale);
    const vote = await this.votes.get(params.id, locale);
    const meeting = await this.meetings.get(vote.meetingId);
    const pdf = await this.slips.render({
      clusterName: meeting.cluster.name,
      meetingTitle: meeting.title,
      meetingDate: calendarDateInVietnam(meeting.startsAt),
      voteTitle: vote.title,
      baseUrl: siteUrlOf(request),
      slips: issued.codes.map(({ unit, code }) => ({ unitShortName: unit.shortName, code })),
    });
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="phieu-bau-${vote.id.slice(0, 8)}.pdf"`);
    response.setHeader('Cache-Control', 'no-store');
    response.status(200).send(pdf);
  }

  @Get(':id/paper-totals')
  @SignedIn()
  async paperTotalsForm(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const vote = await this.managedVote(request, params.id);
    await this.web.page(response, PaperTotalsPage, { vote, values: {}, errors: [], yesNo: answersYesNo(vote.subject) });
  }

  @Post(':id/paper-totals')
  @SignedIn()
  async paperTotals(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const actor = actorOf(request);
    const locale = localeOf(request);
    const vote = await this.managedVote(request, params.id);
    const yesNo = answersYesNo(vote.subject);
    const candidates = currentRound(vote)?.candidates ?? [];
    await this.web.submit(response, {
      dto: PaperTotalsBody,
      read: (form) => ({
        countingCommittee: (form.text('countingCommittee') ?? '').split(/\r?\n/).filter((name) => name.trim() !== ''),
        ballotsIssued: form.integer('ballotsIssued'),
        ballotsCollected: form.integer('ballotsCollected'),
        ballotsValid: form.integer('ballotsValid'),
        ballotsInvalid: form.integer('ballotsInvalid'),
        ...(yesNo
          ? { answers: { yes: form.integer('answers.yes'), no: form.integer('answers.no'), abstain: form.integer('answers.abstain') } }
          : { votes: candidates.map((unit) => ({ candidateId: unit.id, votes: form.integer(candidateVotesName(unit.id)) })) }),
      }),
      run: (body) => this.ballots.putPaperTotals(actor, vote.id, body, locale),
      done: () => ({ to: `/votes/${vote.id}`, flash: M.totalsSaved }),
      show: async (form, status) => {
        const errors = form.errors.map((error) => {
          const field = error.field.replace(/\[(\d+)\]/g, '.$1');
          const candidate = /^votes\.(\d+)(\.\w+)?$/.exec(field);
          if (candidate && candidates[Number(candidate[1])])
            return { ...error, field: candidateVotesName(candidates[Number(candidate[1])].id) };
          return { ...error, field: field.replace(/^countingCommittee\.\d+$/, 'countingCommittee') };
        });
        await this.web.page(response, PaperTotalsPage, { vote, values: form.values, errors, formError: form.formError, yesNo }, { status });
      },
    });
  }

  @Get(':id/declared-result')
  @SignedIn()
  async declaredResultForm(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const vote = await this.managedVote(request, params.id);
    await this.web.page(response, DeclaredResultPage, { vote, yesNo: answersYesNo(vote.subject) });
  }

  /** Nhất trí, đồng thuận, giơ tay: what the open paper round decided, through the API's service and DTO, no count. */
  @Post(':id/declared-result')
  @SignedIn()
  async declaredResult(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const actor = actorOf(request);
    const locale = localeOf(request);
    const vote = await this.managedVote(request, params.id);
    const yesNo = answersYesNo(vote.subject);
    await this.web.submit(response, {
      dto: DeclaredResultBody,
      read: (form) => {
        const approved = form.optional('approved');
        return {
          form: form.text('form') ?? '',
          ...(yesNo ? { approved: approved === undefined ? undefined : approved === 'true' } : { chosenIds: form.list('chosenIds') }),
        };
      },
      run: (body) => this.ballots.putDeclaredResult(actor, vote.id, body, locale),
      done: () => ({ to: `/votes/${vote.id}`, flash: M.declaredSaved }),
      show: (form, status) => this.web.page(response, DeclaredResultPage, { vote, yesNo, form: listFieldsByName(form) }, { status }),
    });
  }

  @Get(':id/fallback-decision')
  @SignedIn()
  async fallbackDecisionForm(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const vote = await this.managedVote(request, params.id);
    await this.web.page(response, FallbackDecisionPage, { vote, fallback: await this.pendingFallback(vote.id, localeOf(request)) });
  }

  /** The places the last round left open, decided by the chair and vice-chair: the API's service and DTO. */
  @Post(':id/fallback-decision')
  @SignedIn()
  async fallbackDecision(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const actor = actorOf(request);
    const locale = localeOf(request);
    const vote = await this.managedVote(request, params.id);
    const fallback = await this.pendingFallback(vote.id, locale);
    await this.web.submit(response, {
      dto: FallbackDecisionBody,
      read: (form) => ({ organizationIds: form.list('organizationIds'), note: form.optional('note') }),
      run: (body) => this.resolutions.decideFallback(actor, vote.id, body, locale),
      done: () => ({ to: `/votes/${vote.id}`, flash: M.fallbackSaved }),
      show: (form, status) => this.web.page(response, FallbackDecisionPage, { vote, fallback, form: listFieldsByName(form) }, { status }),
    });
  }

  @Get(':id/ballot')
  @SignedIn()
  async ballot(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const paper = await this.ballots.paperForOfficer(actorOf(request), params.id, localeOf(request));
    const closed = closedBecause(paper);
    if (closed) return this.web.page(response, BallotClosedPage, { paper, message: closed });
    await this.web.page(response, BallotPage, { paper, route: officerRoute(params.id), picked: { choices: [], answer: '' }, errors: [] });
  }

  @Post(':id/ballot/review')
  @SignedIn()
  async review(@Param() params: VoteParams, @Body() body: unknown, @Req() request: Request, @Res() response: Response) {
    const paper = await this.ballots.paperForOfficer(actorOf(request), params.id, localeOf(request));
    const picked = pickedOf(body);
    const errors = ballotProblems(paper, picked);
    if (errors.length > 0)
      return this.web.page(response, BallotPage, { paper, route: officerRoute(params.id), picked, errors }, { status: 422 });
    await this.web.page(response, ConfirmBallotPage, { paper, route: officerRoute(params.id), picked });
  }

  @Post(':id/ballot/change')
  @SignedIn()
  async change(@Param() params: VoteParams, @Body() body: unknown, @Req() request: Request, @Res() response: Response) {
    const paper = await this.ballots.paperForOfficer(actorOf(request), params.id, localeOf(request));
    await this.web.page(response, BallotPage, { paper, route: officerRoute(params.id), picked: pickedOf(body), errors: [] });
  }

  @Post(':id/ballot/cast')
  @SignedIn()
  async cast(@Param() params: VoteParams, @Body() body: unknown, @Req() request: Request, @Res() response: Response) {
    const actor = actorOf(request);
    const locale = localeOf(request);
    const paper = await this.ballots.paperForOfficer(actor, params.id, locale);
    const picked = pickedOf(body);
    let receipt;
    try {
      receipt = await this.ballots.cast(actor, params.id, await validateAs(CastBallotBody, ballotBody(paper, picked)), locale);
    } catch (error) {
      return showRefusedBallot(this.web, response, error, { paper, picked, route: officerRoute(params.id) });
    }
    // Shown in answer to the post, not after a redirect: the receipt stays out of addresses, logs and cookies.
    await this.web.page(response, BallotReceiptPage, {
      receipt,
      voteTitle: paper.vote.title,
      again: { href: `/votes/${params.id}`, label: M.backToVote },
    });
  }

  /** What the vote's resolution leaves to the chair and vice-chair; a 409 page when nothing awaits them. */
  private async pendingFallback(voteId: string, locale: Locale) {
    const resolution = await this.resolutions.ofVote(voteId, locale);
    if (resolution?.status !== 'awaiting_fallback' || !resolution.fallback) throw new NoFallbackPendingError();
    return resolution.fallback;
  }

  /** The vote, once the signed-in user is known to run its cluster's year: checked before a form is read. */
  private async managedVote(request: Request, id: string) {
    const vote = await this.votes.get(id, localeOf(request));
    await this.access.requireManager(actorOf(request), vote.clusterId, vote.year);
    return vote;
  }

  /** One step of the vote's life; when the service refuses it (quorum, a clash with the record), the vote page says why. */
  /** Open, close, next round: once per form (its idempotency key), so a double click opens one round. */
  private async act(request: Request, response: Response, id: string, step: () => Promise<unknown>, done: LocalizedText) {
    try {
      await this.web.once(response, async () => {
        await step();
        return true;
      });
    } catch (error) {
      if (!(error instanceof DomainError) || (error.kind !== 'conflict' && error.kind !== 'unprocessable')) throw error;
      return this.showVote(request, response, id, { actionError: error.text, status: 409 });
    }
    this.web.redirect(response, `/votes/${id}`, done);
  }

  private async showVote(
    request: Request,
    response: Response,
    id: string,
    options: { cancelForm?: FormState; actionError?: LocalizedText; status: number },
  ) {
    const actor = actorOf(request);
    const locale = localeOf(request);
    const vote = await this.votes.get(id, locale);
    const [meeting, manages, result, resolution] = await Promise.all([
      this.meetings.get(vote.meetingId),
      this.access.manages(actor, vote.clusterId, vote.year),
      this.result(vote.id, locale),
      this.resolutions.ofVote(vote.id, locale),
    ]);
    const canVote = actor.roles.includes('unit_officer') && acceptsBallots(vote.state) && vote.method === 'electronic';
    const receipts =
      vote.method === 'electronic' && vote.rounds.length > 0
        ? { receipts: await this.ballots.receipts(vote.id), checkUrl: receiptCheckUrl(siteUrlOf(request), vote.id) }
        : null;
    await this.web.page(
      response,
      VotePage,
      {
        vote,
        meeting,
        result,
        resolution,
        charts: this.charts(vote.title, result, locale),
        manages,
        canVote,
        receipts,
        cancelForm: options.cancelForm,
        actionError: options.actionError,
        cancelNeedsReason: cancellingNeedsReason(vote.state),
      },
      { status: options.status },
    );
  }

  private async result(id: string, locale: Locale) {
    try {
      return await this.votes.result(id, locale);
    } catch (error) {
      if (error instanceof ResultHiddenError) return null;
      throw error;
    }
  }

  private charts(title: string, result: Awaited<ReturnType<VotesPagesController['result']>>, locale: Locale) {
    return (result?.rounds ?? []).map((round) => {
      const chart = roundChart(title, round, locale);
      return chart && this.chart.render(chart, { locale, id: `round-${round.round}` });
    });
  }
}

/** The API names an item of a list `chosenIds[1]`; its checkbox group shows the errors of `chosenIds.1`. */
function listFieldsByName(form: FormState): FormState {
  return { ...form, errors: form.errors.map((error) => ({ ...error, field: error.field.replace(/\[(\d+)\]/g, '.$1') })) };
}

function officerRoute(voteId: string): BallotRoute {
  return { review: `/votes/${voteId}/ballot/review`, cast: `/votes/${voteId}/ballot/cast`, hidden: {} };
}

/** Where this request reached the site, e.g. "http://localhost:3000": the address printed on slips and lists. */
function siteUrlOf(request: Request): string {
  return `${request.protocol}://${request.get('host')}`;
}
