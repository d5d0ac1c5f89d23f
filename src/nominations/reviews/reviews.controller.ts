import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { pageSchema } from '../../platform/openapi/json-schema.js';
import { NOMINATION, REVIEW_QUEUE_ITEM } from '../nominations.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { ReviewBody, ReviewQueueQuery } from './review.dto.js';
import { ReviewsService } from './reviews.service.js';

@ApiTags('reviews')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller()
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  /** Hàng đợi thẩm định, filtered by year, cluster, award type and status. */
  @Get('reviews')
  @StaffOnly()
  @ApiOperation({ summary: 'Hàng đợi thẩm định hồ sơ' })
  @ApiOkResponse({ schema: pageSchema(REVIEW_QUEUE_ITEM) })
  @ApiProblemResponses(400, 401, 403)
  queue(@Req() request: Request, @Query() query: ReviewQueueQuery) {
    return this.reviews.queue(actorOf(request), query);
  }

  /** Kết quả thẩm định: return the dossier to the unit, or forward it to the council. */
  @Post('nominations/:id/review')
  @HttpCode(200)
  @StaffOnly()
  @ApiOperation({ summary: 'Kết quả thẩm định: trả lại hoặc trình Hội đồng' })
  @ApiOkResponse({ schema: NOMINATION })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  review(@Req() request: Request, @Param('id') id: string, @Body() body: ReviewBody) {
    return this.reviews.review(actorOf(request), id, body);
  }
}
