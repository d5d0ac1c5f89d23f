import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ApiSignedIn, pageSchema, VOTE, VOTE_RESULT } from '../meetings.openapi.js';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { localeFrom } from '../../platform/i18n/locale.js';
import { MeetingParams } from '../meetings/meeting.dto.js';
import { VoteRoundsService } from './vote-rounds.service.js';
import { CancelVoteBody, CreateVoteBody, VoteParams, VotesQuery } from './vote.dto.js';
import { VotesService } from './votes.service.js';

/** Every signed-in user reads votes (results once counted); the year's secretariat and national staff run them. */
@ApiTags('votes')
@Controller()
export class VotesController {
  constructor(
    private readonly votes: VotesService,
    private readonly rounds: VoteRoundsService,
  ) {}

  @ApiOperation({ summary: 'Lập một cuộc biểu quyết / Set up a vote' })
  @ApiCreatedResponse({ schema: VOTE })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Post('meetings/:id/votes')
  @SignedIn()
  create(
    @Req() request: Request,
    @Param() params: MeetingParams,
    @Body() body: CreateVoteBody,
    @Headers('accept-language') language?: string,
  ) {
    return this.votes.create(actorOf(request), params.id, body, localeFrom(language));
  }

  @ApiOperation({ summary: 'Các cuộc biểu quyết của cuộc họp / Votes of a meeting' })
  @ApiOkResponse({ schema: pageSchema(VOTE) })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @Get('meetings/:id/votes')
  @SignedIn()
  list(@Param() params: MeetingParams, @Query() query: VotesQuery, @Headers('accept-language') language?: string) {
    return this.votes.list(params.id, query, localeFrom(language));
  }

  @ApiOperation({ summary: 'Xem một cuộc biểu quyết / A vote' })
  @ApiOkResponse({ schema: VOTE })
  @ApiSignedIn()
  @ApiProblemResponses(404)
  @Get('votes/:id')
  @SignedIn()
  get(@Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.votes.get(params.id, localeFrom(language));
  }

  /** 409 until a round is closed: ballots stay secret and uncounted while the vote is open. */
  @ApiOperation({ summary: 'Kết quả các vòng đã kết thúc / Results of the closed rounds' })
  @ApiOkResponse({ schema: VOTE_RESULT })
  @ApiSignedIn()
  @ApiProblemResponses(404, 409)
  @Get('votes/:id/result')
  @SignedIn()
  result(@Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.votes.result(params.id, localeFrom(language));
  }

  /** Opens round 1 on the roll of the voting units present, if the quorum is met. */
  @ApiOperation({ summary: 'Mở bỏ phiếu vòng 1 / Open round 1' })
  @ApiOkResponse({ schema: VOTE })
  @ApiSignedIn()
  @ApiProblemResponses(404, 409, 422)
  @Post('votes/:id/open')
  @HttpCode(200)
  @SignedIn()
  open(@Req() request: Request, @Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.rounds.open(actorOf(request), params.id, localeFrom(language));
  }

  /** Counts the open round; closes the vote and applies its resolution, or waits for the next round. */
  @ApiOperation({ summary: 'Kết thúc vòng đang mở và kiểm phiếu / Close and count the open round' })
  @ApiOkResponse({ schema: VOTE })
  @ApiSignedIn()
  @ApiProblemResponses(404, 409, 422)
  @Post('votes/:id/close')
  @HttpCode(200)
  @SignedIn()
  close(@Req() request: Request, @Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.rounds.close(actorOf(request), params.id, localeFrom(language));
  }

  @ApiOperation({
    summary:
      'Huỷ cuộc biểu quyết, có lý do khi đã mở; phiếu đã bỏ bị huỷ / Cancel the vote, with a reason once opened; its ballots are discarded',
  })
  @ApiOkResponse({ schema: VOTE })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Post('votes/:id/cancel')
  @HttpCode(200)
  @SignedIn()
  cancel(
    @Req() request: Request,
    @Param() params: VoteParams,
    @Body() body: CancelVoteBody,
    @Headers('accept-language') language?: string,
  ) {
    return this.rounds.cancel(actorOf(request), params.id, localeFrom(language), body.reason);
  }

  /** Opens the next round, only among the candidates the last one left tied or short. */
  @ApiOperation({ summary: 'Mở vòng bỏ phiếu tiếp theo / Open the next round' })
  @ApiOkResponse({ schema: VOTE })
  @ApiSignedIn()
  @ApiProblemResponses(404, 409, 422)
  @Post('votes/:id/next-round')
  @HttpCode(200)
  @SignedIn()
  nextRound(@Req() request: Request, @Param() params: VoteParams, @Headers('accept-language') language?: string) {
    return this.rounds.nextRound(actorOf(request), params.id, localeFrom(language));
  }
}
