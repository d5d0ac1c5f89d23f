import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { CreateNominationBody, HistoryQuery, ListNominationsQuery, TransitionBody, UpdateNominationBody } from './nomination.dto.js';
import { NominationEligibilityService } from './nomination-eligibility.service.js';
import { NominationWorkflowService } from './nomination-workflow.service.js';
import { NominationsService } from './nominations.service.js';

/**
 * Who may do what to a nomination depends on its data (own unit, state): the services decide, from
 * `nomination.state.ts`. Ids are taken as text: a malformed or unknown id, or a nomination outside
 * the caller's scope, is a 404.
 */
@ApiTags('nominations')
@Controller('nominations')
export class NominationsController {
  constructor(
    private readonly nominations: NominationsService,
    private readonly workflow: NominationWorkflowService,
    private readonly eligibilityChecks: NominationEligibilityService,
  ) {}

  @Post()
  @SignedIn()
  create(@Req() request: Request, @Body() body: CreateNominationBody) {
    return this.nominations.create(actorOf(request), body);
  }

  @Get()
  @SignedIn()
  list(@Req() request: Request, @Query() query: ListNominationsQuery) {
    return this.nominations.list(actorOf(request), query);
  }

  @Get(':id')
  @SignedIn()
  get(@Req() request: Request, @Param('id') id: string) {
    return this.nominations.get(actorOf(request), id);
  }

  @Patch(':id')
  @SignedIn()
  update(@Req() request: Request, @Param('id') id: string, @Body() body: UpdateNominationBody) {
    return this.nominations.update(actorOf(request), id, body);
  }

  /**
   * submit, withdraw, return, resubmit, forward_to_council: each as the transition table allows. Approve and
   * reject are refused here: they follow the council's vote (`POST /nominations/{id}/council-vote`).
   */
  @Post(':id/transitions')
  @HttpCode(200)
  @SignedIn()
  transition(@Req() request: Request, @Param('id') id: string, @Body() body: TransitionBody) {
    return this.workflow.transition(actorOf(request), id, body);
  }

  @Get(':id/history')
  @SignedIn()
  history(@Req() request: Request, @Param('id') id: string, @Query() query: HistoryQuery) {
    return this.nominations.history(actorOf(request), id, query);
  }

  @Get(':id/eligibility')
  @SignedIn()
  eligibility(@Req() request: Request, @Param('id') id: string) {
    return this.eligibilityChecks.explain(actorOf(request), id);
  }
}
