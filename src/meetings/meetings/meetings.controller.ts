import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ApiSignedIn, DELEGATE, MEETING_DETAIL, MEETING_SUMMARY, pageSchema } from '../meetings.openapi.js';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { PageQuery } from '../../platform/pagination/page.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import {
  AmendMeetingBody,
  CreateMeetingBody,
  FinalizeMeetingBody,
  ListMeetingsQuery,
  MeetingParams,
  PutDelegatesBody,
  PutGuestsBody,
  PutSpeakersBody,
  UpdateMeetingBody,
} from './meeting.dto.js';
import { MeetingsService } from './meetings.service.js';

/** Every signed-in user reads meetings; the service lets only the year's secretariat and national staff change them. */
@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @ApiOperation({ summary: 'Ghi một cuộc họp của cụm (dự thảo) / Record a cluster meeting (draft)' })
  @ApiCreatedResponse({ schema: MEETING_DETAIL })
  @ApiSignedIn()
  @ApiProblemResponses(400, 422)
  @Post()
  @SignedIn()
  create(@Req() request: Request, @Body() body: CreateMeetingBody) {
    return this.meetings.create(actorOf(request), body);
  }

  @ApiOperation({ summary: 'Danh sách cuộc họp / List meetings' })
  @ApiOkResponse({ schema: pageSchema(MEETING_SUMMARY) })
  @ApiSignedIn()
  @ApiProblemResponses(400)
  @Get()
  @SignedIn()
  list(@Query() query: ListMeetingsQuery) {
    return this.meetings.list(query);
  }

  @ApiOperation({ summary: 'Xem một cuộc họp và biên bản / A meeting with its minutes' })
  @ApiOkResponse({ schema: MEETING_DETAIL })
  @ApiSignedIn()
  @ApiProblemResponses(404)
  @Get(':id')
  @SignedIn()
  get(@Param() params: MeetingParams) {
    return this.meetings.get(params.id);
  }

  @ApiOperation({ summary: 'Đại biểu của cuộc họp, theo trang / The delegates of a meeting, page by page' })
  @ApiOkResponse({ schema: pageSchema(DELEGATE) })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @Get(':id/delegates')
  @SignedIn()
  delegates(@Param() params: MeetingParams, @Query() query: PageQuery) {
    return this.meetings.delegates(params.id, query);
  }

  /** A draft only; a finalized meeting changes by amendment. */
  @ApiOperation({ summary: 'Sửa dự thảo biên bản / Edit a draft meeting' })
  @ApiOkResponse({ schema: MEETING_DETAIL })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Patch(':id')
  @SignedIn()
  update(@Req() request: Request, @Param() params: MeetingParams, @Body() body: UpdateMeetingBody) {
    return this.meetings.update(actorOf(request), params.id, body);
  }

  /** Replaces the whole list of the member units' delegates. */
  @ApiOperation({ summary: 'Thay danh sách đại biểu / Replace the delegates' })
  @ApiOkResponse({ schema: MEETING_DETAIL })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Put(':id/delegates')
  @SignedIn()
  replaceDelegates(@Req() request: Request, @Param() params: MeetingParams, @Body() body: PutDelegatesBody) {
    return this.meetings.replaceDelegates(actorOf(request), params.id, body);
  }

  /** Replaces the whole list of guests. */
  @ApiOperation({ summary: 'Thay danh sách khách mời / Replace the guests' })
  @ApiOkResponse({ schema: MEETING_DETAIL })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Put(':id/guests')
  @SignedIn()
  replaceGuests(@Req() request: Request, @Param() params: MeetingParams, @Body() body: PutGuestsBody) {
    return this.meetings.replaceGuests(actorOf(request), params.id, body);
  }

  /** Replaces the whole list of speakers, in the order they spoke. */
  @ApiOperation({ summary: 'Thay danh sách người phát biểu / Replace the speakers' })
  @ApiOkResponse({ schema: MEETING_DETAIL })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Put(':id/speakers')
  @SignedIn()
  replaceSpeakers(@Req() request: Request, @Param() params: MeetingParams, @Body() body: PutSpeakersBody) {
    return this.meetings.replaceSpeakers(actorOf(request), params.id, body);
  }

  @ApiOperation({ summary: 'Hoàn tất biên bản / Finalize the minutes' })
  @ApiOkResponse({ schema: MEETING_DETAIL })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Post(':id/finalize')
  @HttpCode(200)
  @SignedIn()
  finalize(@Req() request: Request, @Param() params: MeetingParams, @Body() body: FinalizeMeetingBody) {
    return this.meetings.finalize(actorOf(request), params.id, body.version);
  }

  /** Records a correction of a finalized meeting and answers with the meeting, the amendment last in its list. */
  @ApiOperation({ summary: 'Đính chính biên bản đã hoàn tất / Amend finalized minutes' })
  @ApiCreatedResponse({ schema: MEETING_DETAIL })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @Post(':id/amendments')
  @SignedIn()
  amend(@Req() request: Request, @Param() params: MeetingParams, @Body() body: AmendMeetingBody) {
    return this.meetings.amend(actorOf(request), params.id, body);
  }
}
