import { Body, Controller, Headers, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { Public, SignedIn } from '../../access/policies/policy.decorator.js';
import { localeFrom } from '../../platform/i18n/locale.js';
import { VoteParams } from '../votes/vote.dto.js';
import { CastBallotBody, CodeBallotBody, PaperTotalsBody } from './ballot.dto.js';
import { BallotsService } from './ballots.service.js';

@ApiTags('votes')
@Controller()
export class BallotsController {
  constructor(private readonly ballots: BallotsService) {}

  /** The signed-in unit officer casts their unit's secret ballot. */
  @Post('votes/:id/ballots')
  @SignedIn()
  cast(@Req() request: Request, @Param() params: VoteParams, @Body() body: CastBallotBody, @Headers('accept-language') language?: string) {
    return this.ballots.cast(actorOf(request), params.id, body, localeFrom(language));
  }

  /** A delegate without an account casts the unit's ballot with its printed code. */
  @Post('ballots')
  @Public()
  castWithCode(@Body() body: CodeBallotBody, @Headers('accept-language') language?: string) {
    return this.ballots.castWithCode(body, localeFrom(language));
  }

  /** One fresh code per voting unit, shown this once; earlier codes of the vote stop working. */
  @Post('votes/:id/ballot-codes')
  @SignedIn()
  issueCodes(@Req() request: Request, @Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.ballots.issueCodes(actorOf(request), params.id, localeFrom(language));
  }

  /** The counting committee's totals of the open paper round. */
  @Put('votes/:id/paper-totals')
  @HttpCode(200)
  @SignedIn()
  putPaperTotals(
    @Req() request: Request,
    @Param() params: VoteParams,
    @Body() body: PaperTotalsBody,
    @Headers('accept-language') language?: string,
  ) {
    return this.ballots.putPaperTotals(actorOf(request), params.id, body, localeFrom(language));
  }
}
