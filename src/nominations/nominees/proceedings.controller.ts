import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { pageSchema } from '../../platform/openapi/json-schema.js';
import { PROCEEDING } from '../nominations.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateProceedingBody, ListProceedingsQuery, UpdateProceedingBody } from './proceeding.dto.js';
import { ProceedingsService } from './proceedings.service.js';

/** Staff only: who is under discipline, inspection or complaint review is not for other units to read. */
@ApiTags('nominations')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller('proceedings')
export class ProceedingsController {
  constructor(private readonly proceedings: ProceedingsService) {}

  @Post()
  @StaffOnly()
  @ApiOperation({ summary: 'Ghi nhận việc xem xét kỷ luật, điều tra, thanh tra, khiếu nại' })
  @ApiCreatedResponse({ schema: PROCEEDING })
  @ApiProblemResponses(400, 401, 403, 409, 422)
  create(@Body() body: CreateProceedingBody) {
    return this.proceedings.create(body);
  }

  @Get()
  @StaffOnly()
  @ApiOperation({ summary: 'Danh sách việc xem xét, lọc theo đơn vị, cá nhân, loại, ngày' })
  @ApiOkResponse({ schema: pageSchema(PROCEEDING) })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: ListProceedingsQuery) {
    return this.proceedings.list(query);
  }

  @Patch(':id')
  @StaffOnly()
  @ApiOperation({ summary: 'Ghi kết luận việc xem xét (theo phiên bản đã đọc)' })
  @ApiOkResponse({ schema: PROCEEDING })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  update(@Param('id') id: string, @Body() body: UpdateProceedingBody) {
    return this.proceedings.update(id, body);
  }
}
