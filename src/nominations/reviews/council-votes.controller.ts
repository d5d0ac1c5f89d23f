import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { CouncilVoteBody } from './council-vote.dto.js';
import { CouncilVotesService } from './council-votes.service.js';

/** The council's vote on a nomination, recorded by national staff from the session's minutes. */
@ApiTags('council')
@Controller('nominations/:id/council-vote')
export class CouncilVotesController {
  constructor(private readonly councilVotes: CouncilVotesService) {}

  @Post()
  @StaffOnly()
  record(@Req() request: Request, @Param('id') id: string, @Body() body: CouncilVoteBody) {
    return this.councilVotes.record(actorOf(request), id, body);
  }

  @Get()
  @StaffOnly()
  get(@Req() request: Request, @Param('id') id: string) {
    return this.councilVotes.get(actorOf(request), id);
  }
}
