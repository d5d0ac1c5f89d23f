import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ApiSignedIn, FLAG_PROPOSAL, pageSchema, RESOLUTION } from '../meetings.openapi.js';
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

  @ApiOperation({ summary: 'Nghị quyết của cuộc họp / Resolutions of a meeting' })
  @ApiOkResponse({ schema: pageSchema(RESOLUTION) })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @Get('meetings/:id/resolutions')
  @SignedIn()
  listOfMeeting(@Param() params: MeetingParams, @Query() query: ResolutionsQuery, @Headers('accept-language') language?: string) {
    return this.resolutions.listOfMeeting(params.id, query, localeFrom(language));
  }

  /** Units proposed for a flag by their cluster's conference, with the vote result each rests on. */
  @ApiOperation({ summary: 'Các đơn vị được cụm suy tôn / Units proposed for a flag' })
  @ApiOkResponse({ schema: pageSchema(FLAG_PROPOSAL) })
  @ApiSignedIn()
  @ApiProblemResponses(400)
  @Get('flag-proposals')
  @SignedIn()
  flagProposals(@Query() query: FlagProposalsQuery, @Headers('accept-language') language?: string) {
    return this.resolutions.flagProposals(query, localeFrom(language));
  }

  /** After the last round: the chair and vice-chair decide the places left open, recorded as their decision. */
  @ApiOperation({ summary: 'Quyết định của Cụm trưởng và Cụm phó / The chair and vice-chair decide' })
  @ApiOkResponse({ schema: RESOLUTION })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
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
