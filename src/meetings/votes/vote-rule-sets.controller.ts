import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ApiSignedIn, pageSchema, VOTE_RULE_SET } from '../meetings.openapi.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateVoteRuleSetBody, VoteRuleSetsQuery } from './vote-rule-set.dto.js';
import { VoteRuleSetsService } from './vote-rule-sets.service.js';

@ApiTags('votes')
@Controller('vote-rule-sets')
export class VoteRuleSetsController {
  constructor(private readonly ruleSets: VoteRuleSetsService) {}

  @ApiOperation({ summary: 'Các bộ quy tắc biểu quyết / Voting rule sets' })
  @ApiOkResponse({ schema: pageSchema(VOTE_RULE_SET) })
  @ApiSignedIn()
  @ApiProblemResponses(400)
  @Get()
  @SignedIn()
  list(@Query() query: VoteRuleSetsQuery) {
    return this.ruleSets.list(query);
  }

  /** National staff date the rules of their clusters' votes; an open-ended earlier set ends the day before. */
  @ApiOperation({ summary: 'Thêm bộ quy tắc biểu quyết / Add a voting rule set' })
  @ApiCreatedResponse({ schema: VOTE_RULE_SET })
  @ApiSignedIn()
  @ApiProblemResponses(400, 409, 422)
  @Post()
  @StaffOnly()
  create(@Body() body: CreateVoteRuleSetBody) {
    return this.ruleSets.create(body);
  }
}
