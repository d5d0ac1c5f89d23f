import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../access/policies/policy.decorator.js';
import { CodeBallotBody, ReceiptParams } from '../../meetings/ballots/ballot.dto.js';
import { BallotsService } from '../../meetings/ballots/ballots.service.js';
import { VoteParams } from '../../meetings/votes/vote.dto.js';
import { VotesService } from '../../meetings/votes/votes.service.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { FormReader, postedValues, validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { localeOf } from '../http/web-request.js';
import {
  BallotClosedPage,
  BallotDonePage,
  BallotPage,
  BallotReceiptPage,
  type BallotRoute,
  CodeEntryPage,
  ConfirmBallotPage,
  ReceiptCheckPage,
} from './ballot.page.js';
import { ballotBody, ballotProblems, closedBecause, pickedOf, showRefusedBallot } from './ballot-flow.js';
import { MEETING_PAGES as M } from './meetings.messages.js';
import { RateLimited } from '../../platform/rate-limits/rate-limits.js';

const NO_CHOICE = { choices: [], answer: '' };

function codeRoute(code: string): BallotRoute {
  return { review: '/ballot/review', cast: '/ballot/cast', hidden: { code } };
}

/**
 * Phiếu bầu bằng mã: the delegate without an account, on a phone, with the code of the slip (typed, or filled in by
 * its QR code). Public: the code is the credential; every post carries the CSRF token like any form.
 */
@PageController('ballot')
export class BallotPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly ballots: BallotsService,
    private readonly votes: VotesService,
  ) {}

  @Get()
  @Public()
  async enter(@Query('code') code: string | undefined, @Res() response: Response) {
    await this.web.page(response, CodeEntryPage, { code: typeof code === 'string' ? code.slice(0, 40) : '', errors: [] });
  }

  @Get('done')
  @Public()
  async done(@Res() response: Response) {
    await this.web.page(response, BallotDonePage, { again: { href: '/ballot', label: M.anotherBallot } });
  }

  @Post()
  @RateLimited('ballots')
  @Public()
  async open(@Body() body: unknown, @Req() request: Request, @Res() response: Response) {
    const code = codeOf(body);
    const paper = await this.paper(code, request, response);
    if (!paper) return;
    const closed = closedBecause(paper);
    if (closed) return this.web.page(response, BallotClosedPage, { paper, message: closed });
    await this.web.page(response, BallotPage, { paper, route: codeRoute(code), picked: NO_CHOICE, errors: [] });
  }

  @Post('review')
  @RateLimited('ballots')
  @Public()
  async review(@Body() body: unknown, @Req() request: Request, @Res() response: Response) {
    const code = codeOf(body);
    const paper = await this.paper(code, request, response);
    if (!paper) return;
    const picked = pickedOf(body);
    const errors = ballotProblems(paper, picked);
    if (errors.length > 0) return this.web.page(response, BallotPage, { paper, route: codeRoute(code), picked, errors }, { status: 422 });
    await this.web.page(response, ConfirmBallotPage, { paper, route: codeRoute(code), picked });
  }

  @Post('change')
  @RateLimited('ballots')
  @Public()
  async change(@Body() body: unknown, @Req() request: Request, @Res() response: Response) {
    const code = codeOf(body);
    const paper = await this.paper(code, request, response);
    if (!paper) return;
    await this.web.page(response, BallotPage, { paper, route: codeRoute(code), picked: pickedOf(body), errors: [] });
  }

  @Post('cast')
  @RateLimited('ballots')
  @Public()
  async cast(@Body() body: unknown, @Req() request: Request, @Res() response: Response) {
    const code = codeOf(body);
    const locale = localeOf(request);
    const paper = await this.paper(code, request, response);
    if (!paper) return;
    const picked = pickedOf(body);
    let receipt;
    try {
      receipt = await this.ballots.castWithCode(await validateAs(CodeBallotBody, { code, ...ballotBody(paper, picked) }), locale);
    } catch (error) {
      return showRefusedBallot(this.web, response, error, { paper, picked, route: codeRoute(code) });
    }
    // Shown in answer to the post, not after a redirect: the receipt stays out of addresses, logs and cookies.
    await this.web.page(response, BallotReceiptPage, {
      receipt,
      voteTitle: paper.vote.title,
      again: { href: '/ballot', label: M.anotherBallot },
    });
  }

  /** Kiểm tra mã biên nhận: anyone, without an account, checks that a receipt is in the vote's list. */
  @Get('receipts/:id')
  @Public()
  async receiptForm(@Param() params: VoteParams, @Req() request: Request, @Res() response: Response) {
    const vote = await this.votes.get(params.id, localeOf(request));
    await this.web.page(response, ReceiptCheckPage, { vote, receipt: '', errors: [], check: null });
  }

  /** Posted rather than in the address, so that a receipt never lands in a request log. */
  @Post('receipts/:id')
  @Public()
  @RateLimited('receiptChecks')
  async checkReceipt(@Param() params: VoteParams, @Body() body: unknown, @Req() request: Request, @Res() response: Response) {
    const locale = localeOf(request);
    const vote = await this.votes.get(params.id, locale);
    const receipt = (new FormReader(postedValues(body)).text('receipt') ?? '').trim();
    try {
      const valid = await validateAs(ReceiptParams, { id: vote.id, receipt });
      const check = await this.ballots.checkReceipt(vote.id, valid.receipt, locale);
      await this.web.page(response, ReceiptCheckPage, { vote, receipt: '', errors: [], check });
    } catch (error) {
      if (!(error instanceof DomainError) || error.fieldErrors.length === 0) throw error;
      const errors = error.fieldErrors.filter((e) => e.field === 'receipt');
      await this.web.page(response, ReceiptCheckPage, { vote, receipt, errors, check: null }, { status: 422 });
    }
  }

  /** The ballot the code gives, or the code form again with what is wrong with the code (and null). */
  private async paper(code: string, request: Request, response: Response) {
    try {
      const valid = await validateAs(CodeBallotBody, { code });
      return await this.ballots.paperForCode(valid.code, localeOf(request));
    } catch (error) {
      if (!(error instanceof DomainError) || (error.kind !== 'forbidden' && error.kind !== 'bad_request')) throw error;
      const errors =
        error.fieldErrors.length > 0 ? error.fieldErrors.filter((e) => e.field === 'code') : [{ field: 'code', message: error.text }];
      await this.web.page(response, CodeEntryPage, { code, errors }, { status: 422 });
      return null;
    }
  }
}

function codeOf(body: unknown): string {
  return (new FormReader(postedValues(body)).text('code') ?? '').trim();
}
