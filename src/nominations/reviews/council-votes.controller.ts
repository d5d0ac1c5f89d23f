import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNCIL_VOTE } from '../nominations.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { CouncilVoteBody } from './council-vote.dto.js';
import { CouncilVotesService } from './council-votes.service.js';

/** The council's vote on a nomination, recorded by national staff from the session's minutes. */
@ApiTags('council')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller('nominations/:id/council-vote')
export class CouncilVotesController {
  constructor(private readonly councilVotes: CouncilVotesService) {}

  @Post()
  @StaffOnly()
  @ApiOperation({ summary: 'Ghi kết quả biểu quyết của Hội đồng về đề nghị' })
  @ApiCreatedResponse({ schema: COUNCIL_VOTE })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  record(@Req() request: Request, @Param('id') id: string, @Body() body: CouncilVoteBody) {
    return this.councilVotes.record(actorOf(request), id, body);
  }

  @Get()
  @StaffOnly()
  @ApiOperation({ summary: 'Kết quả biểu quyết của Hội đồng về đề nghị' })
  @ApiOkResponse({ schema: COUNCIL_VOTE })
  @ApiProblemResponses(400, 401, 403, 404)
  get(@Req() request: Request, @Param('id') id: string) {
    return this.councilVotes.get(actorOf(request), id);
  }
}
