import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { pageSchema } from '../../platform/openapi/json-schema.js';
import { ELIGIBILITY, NOMINATION, NOMINATION_HISTORY_ENTRY } from '../nominations.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
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
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller('nominations')
export class NominationsController {
  constructor(
    private readonly nominations: NominationsService,
    private readonly workflow: NominationWorkflowService,
    private readonly eligibilityChecks: NominationEligibilityService,
  ) {}

  @Post()
  @SignedIn()
  @ApiOperation({ summary: 'Lập đề nghị khen thưởng (bản nháp)' })
  @ApiCreatedResponse({ schema: NOMINATION })
  @ApiProblemResponses(400, 401, 403, 409, 422)
  create(@Req() request: Request, @Body() body: CreateNominationBody) {
    return this.nominations.create(actorOf(request), body);
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Danh sách đề nghị khen thưởng trong phạm vi được xem' })
  @ApiOkResponse({ schema: pageSchema(NOMINATION) })
  @ApiProblemResponses(400, 401)
  list(@Req() request: Request, @Query() query: ListNominationsQuery) {
    return this.nominations.list(actorOf(request), query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'Một đề nghị khen thưởng với các thao tác được phép' })
  @ApiOkResponse({ schema: NOMINATION })
  @ApiProblemResponses(400, 401, 404)
  get(@Req() request: Request, @Param('id') id: string) {
    return this.nominations.get(actorOf(request), id);
  }

  @Patch(':id')
  @SignedIn()
  @ApiOperation({ summary: 'Sửa nội dung đề nghị khi đơn vị đang giữ hồ sơ (theo phiên bản đã đọc)' })
  @ApiOkResponse({ schema: NOMINATION })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
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
  @ApiOperation({ summary: 'Chuyển trạng thái đề nghị: nộp, rút, trả lại, nộp lại, trình Hội đồng' })
  @ApiOkResponse({ schema: NOMINATION })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  transition(@Req() request: Request, @Param('id') id: string, @Body() body: TransitionBody) {
    return this.workflow.transition(actorOf(request), id, body);
  }

  @Get(':id/history')
  @SignedIn()
  @ApiOperation({ summary: 'Lịch sử xử lý đề nghị, kèm lý do' })
  @ApiOkResponse({ schema: pageSchema(NOMINATION_HISTORY_ENTRY) })
  @ApiProblemResponses(400, 401, 404)
  history(@Req() request: Request, @Param('id') id: string, @Query() query: HistoryQuery) {
    return this.nominations.history(actorOf(request), id, query);
  }

  @Get(':id/eligibility')
  @SignedIn()
  @ApiOperation({ summary: 'Kiểm tra điều kiện khen thưởng của đề nghị, từng điều kiện kèm lý do' })
  @ApiOkResponse({ schema: ELIGIBILITY })
  @ApiProblemResponses(400, 401, 404)
  eligibility(@Req() request: Request, @Param('id') id: string) {
    return this.eligibilityChecks.explain(actorOf(request), id);
  }
}
