import { Body, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../access/policies/policy.decorator.js';
import { CodeBallotBody } from '../../meetings/ballots/ballot.dto.js';
import { BallotsService } from '../../meetings/ballots/ballots.service.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { FormReader, postedValues, validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { localeOf } from '../http/web-request.js';
import { BallotClosedPage, BallotDonePage, BallotPage, type BallotRoute, CodeEntryPage, ConfirmBallotPage } from './ballot.page.js';
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
    try {
      await this.ballots.castWithCode(await validateAs(CodeBallotBody, { code, ...ballotBody(paper, picked) }), locale);
    } catch (error) {
      return showRefusedBallot(this.web, response, error, { paper, picked, route: codeRoute(code) });
    }
    this.web.redirect(response, '/ballot/done');
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
