import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateAwardDecisionBody, DecisionParams, ListAwardDecisionsQuery } from './decision.dto.js';
import { DecisionsService } from './decisions.service.js';

@ApiTags('award-decisions')
@Controller('award-decisions')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  /** Issues the decision: its nominations are awarded and entered in the register with số sổ vàng and cash. */
  @Post()
  @StaffOnly()
  issue(@Req() request: Request, @Body() body: CreateAwardDecisionBody) {
    return this.decisions.issue(actorOf(request), body);
  }

  @Get()
  @SignedIn()
  list(@Query() query: ListAwardDecisionsQuery) {
    return this.decisions.list(query);
  }

  @Get(':id')
  @SignedIn()
  get(@Param() params: DecisionParams) {
    return this.decisions.get(params.id);
  }
}
