import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import {
  AmendMeetingBody,
  CreateMeetingBody,
  FinalizeMeetingBody,
  ListMeetingsQuery,
  MeetingParams,
  PutDelegatesBody,
  PutGuestsBody,
  UpdateMeetingBody,
} from './meeting.dto.js';
import { MeetingsService } from './meetings.service.js';

/** Every signed-in user reads meetings; the service lets only the year's secretariat and national staff change them. */
@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post()
  @SignedIn()
  create(@Req() request: Request, @Body() body: CreateMeetingBody) {
    return this.meetings.create(actorOf(request), body);
  }

  @Get()
  @SignedIn()
  list(@Query() query: ListMeetingsQuery) {
    return this.meetings.list(query);
  }

  @Get(':id')
  @SignedIn()
  get(@Param() params: MeetingParams) {
    return this.meetings.get(params.id);
  }

  /** A draft only; a finalized meeting changes by amendment. */
  @Patch(':id')
  @SignedIn()
  update(@Req() request: Request, @Param() params: MeetingParams, @Body() body: UpdateMeetingBody) {
    return this.meetings.update(actorOf(request), params.id, body);
  }

  /** Replaces the whole list of the member units' delegates. */
  @Put(':id/delegates')
  @SignedIn()
  replaceDelegates(@Req() request: Request, @Param() params: MeetingParams, @Body() body: PutDelegatesBody) {
    return this.meetings.replaceDelegates(actorOf(request), params.id, body);
  }

  /** Replaces the whole list of guests. */
  @Put(':id/guests')
  @SignedIn()
  replaceGuests(@Req() request: Request, @Param() params: MeetingParams, @Body() body: PutGuestsBody) {
    return this.meetings.replaceGuests(actorOf(request), params.id, body);
  }

  @Post(':id/finalize')
  @HttpCode(200)
  @SignedIn()
  finalize(@Req() request: Request, @Param() params: MeetingParams, @Body() body: FinalizeMeetingBody) {
    return this.meetings.finalize(actorOf(request), params.id, body.version);
  }

  /** Records a correction of a finalized meeting and answers with the meeting, the amendment last in its list. */
  @Post(':id/amendments')
  @SignedIn()
  amend(@Req() request: Request, @Param() params: MeetingParams, @Body() body: AmendMeetingBody) {
    return this.meetings.amend(actorOf(request), params.id, body);
  }
}
