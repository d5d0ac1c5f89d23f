import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateVoteRuleSetBody, VoteRuleSetsQuery } from './vote-rule-set.dto.js';
import { VoteRuleSetsService } from './vote-rule-sets.service.js';

@ApiTags('votes')
@Controller('vote-rule-sets')
export class VoteRuleSetsController {
  constructor(private readonly ruleSets: VoteRuleSetsService) {}

  @Get()
  @SignedIn()
  list(@Query() query: VoteRuleSetsQuery) {
    return this.ruleSets.list(query);
  }

  /** National staff date the rules of their clusters' votes; an open-ended earlier set ends the day before. */
  @Post()
  @StaffOnly()
  create(@Body() body: CreateVoteRuleSetBody) {
    return this.ruleSets.create(body);
  }
}
