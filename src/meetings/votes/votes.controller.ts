import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { localeFrom } from '../../platform/i18n/locale.js';
import { MeetingParams } from '../meetings/meeting.dto.js';
import { VoteRoundsService } from './vote-rounds.service.js';
import { CreateVoteBody, VoteParams, VotesQuery } from './vote.dto.js';
import { VotesService } from './votes.service.js';

/** Every signed-in user reads votes (results once counted); the year's secretariat and national staff run them. */
@ApiTags('votes')
@Controller()
export class VotesController {
  constructor(
    private readonly votes: VotesService,
    private readonly rounds: VoteRoundsService,
  ) {}

  @Post('meetings/:id/votes')
  @SignedIn()
  create(@Req() request: Request, @Param() params: MeetingParams, @Body() body: CreateVoteBody, @Headers('accept-language') language?: string) {
    return this.votes.create(actorOf(request), params.id, body, localeFrom(language));
  }

  @Get('meetings/:id/votes')
  @SignedIn()
  list(@Param() params: MeetingParams, @Query() query: VotesQuery, @Headers('accept-language') language?: string) {
    return this.votes.list(params.id, query, localeFrom(language));
  }

  @Get('votes/:id')
  @SignedIn()
  get(@Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.votes.get(params.id, localeFrom(language));
  }

  /** 409 until a round is closed: ballots stay secret and uncounted while the vote is open. */
  @Get('votes/:id/result')
  @SignedIn()
  result(@Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.votes.result(params.id, localeFrom(language));
  }

  /** Opens round 1 on the roll of the voting units present, if the quorum is met. */
  @Post('votes/:id/open')
  @HttpCode(200)
  @SignedIn()
  open(@Req() request: Request, @Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.rounds.open(actorOf(request), params.id, localeFrom(language));
  }

  /** Counts the open round; closes the vote and applies its resolution, or waits for the next round. */
  @Post('votes/:id/close')
  @HttpCode(200)
  @SignedIn()
  close(@Req() request: Request, @Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.rounds.close(actorOf(request), params.id, localeFrom(language));
  }

  @Post('votes/:id/cancel')
  @HttpCode(200)
  @SignedIn()
  cancel(@Req() request: Request, @Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.rounds.cancel(actorOf(request), params.id, localeFrom(language));
  }

  /** Opens the next round, only among the candidates the last one left tied or short. */
  @Post('votes/:id/next-round')
  @HttpCode(200)
  @SignedIn()
  nextRound(@Req() request: Request, @Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.rounds.nextRound(actorOf(request), params.id, localeFrom(language));
  }
}
