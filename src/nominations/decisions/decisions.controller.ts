import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { pageSchema } from '../../platform/openapi/json-schema.js';
import { AWARD_DECISION, AWARD_DECISION_SUMMARY } from '../nominations.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateAwardDecisionBody, DecisionParams, ListAwardDecisionsQuery } from './decision.dto.js';
import { DecisionsService } from './decisions.service.js';

@ApiTags('award-decisions')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller('award-decisions')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  /** Issues the decision: its nominations are awarded and entered in the register with số sổ vàng and cash. */
  @Post()
  @StaffOnly()
  @ApiOperation({ summary: 'Ban hành quyết định khen thưởng các đề nghị đã được Hội đồng chấp thuận' })
  @ApiCreatedResponse({ schema: AWARD_DECISION })
  @ApiProblemResponses(400, 401, 403, 409, 422)
  issue(@Req() request: Request, @Body() body: CreateAwardDecisionBody) {
    return this.decisions.issue(actorOf(request), body);
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Danh sách quyết định khen thưởng' })
  @ApiOkResponse({ schema: pageSchema(AWARD_DECISION_SUMMARY) })
  @ApiProblemResponses(400, 401)
  list(@Query() query: ListAwardDecisionsQuery) {
    return this.decisions.list(query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'Một quyết định khen thưởng với các đối tượng được khen thưởng' })
  @ApiOkResponse({ schema: AWARD_DECISION })
  @ApiProblemResponses(400, 401, 404)
  get(@Param() params: DecisionParams) {
    return this.decisions.get(params.id);
  }
}
