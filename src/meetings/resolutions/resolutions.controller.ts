import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { localeFrom } from '../../platform/i18n/locale.js';
import { MeetingParams } from '../meetings/meeting.dto.js';
import { VoteParams } from '../votes/vote.dto.js';
import { FallbackDecisionBody, FlagProposalsQuery, ResolutionsQuery } from './resolution.dto.js';
import { ResolutionsService } from './resolutions.service.js';

@ApiTags('votes')
@Controller()
export class ResolutionsController {
  constructor(private readonly resolutions: ResolutionsService) {}

  @Get('meetings/:id/resolutions')
  @SignedIn()
  listOfMeeting(@Param() params: MeetingParams, @Query() query: ResolutionsQuery, @Headers('accept-language') language?: string) {
    return this.resolutions.listOfMeeting(params.id, query, localeFrom(language));
  }

  /** Units proposed for a flag by their cluster's conference, with the vote result each rests on. */
  @Get('flag-proposals')
  @SignedIn()
  flagProposals(@Query() query: FlagProposalsQuery, @Headers('accept-language') language?: string) {
    return this.resolutions.flagProposals(query, localeFrom(language));
  }

  /** After the last round: the chair and vice-chair decide the places left open, recorded as their decision. */
  @Post('votes/:id/fallback-decision')
  @HttpCode(200)
  @SignedIn()
  decideFallback(
    @Req() request: Request,
    @Param() params: VoteParams,
    @Body() body: FallbackDecisionBody,
    @Headers('accept-language') language?: string,
  ) {
    return this.resolutions.decideFallback(actorOf(request), params.id, body, localeFrom(language));
  }
}
