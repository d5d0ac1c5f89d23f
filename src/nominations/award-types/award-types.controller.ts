import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { pageSchema } from '../../platform/openapi/json-schema.js';
import { AWARD_TYPE, AWARD_TYPE_DETAIL, RULE_SET } from '../nominations.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateAwardTypeBody, CreateRuleSetBody, ListAwardTypesQuery, ListRuleSetsQuery, UpdateAwardTypeBody } from './award-type.dto.js';
import { AwardTypesService } from './award-types.service.js';

/** Ids are taken as text: a malformed id is an unknown award type (404), as the service says. */
@ApiTags('award-types')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller('award-types')
export class AwardTypesController {
  constructor(private readonly awardTypes: AwardTypesService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Danh mục loại khen thưởng, lọc và tìm kiếm' })
  @ApiOkResponse({ schema: pageSchema(AWARD_TYPE) })
  @ApiProblemResponses(400, 401)
  list(@Query() query: ListAwardTypesQuery) {
    return this.awardTypes.list(query);
  }

  @Post()
  @StaffOnly()
  @ApiOperation({ summary: 'Thêm loại khen thưởng (cán bộ Liên hiệp Hội Việt Nam)' })
  @ApiCreatedResponse({ schema: AWARD_TYPE_DETAIL })
  @ApiProblemResponses(400, 401, 403, 409, 422)
  create(@Body() body: CreateAwardTypeBody) {
    return this.awardTypes.create(body);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'Một loại khen thưởng với các bộ quy tắc theo thời gian' })
  @ApiOkResponse({ schema: AWARD_TYPE_DETAIL })
  @ApiProblemResponses(400, 401, 404)
  get(@Param('id') id: string) {
    return this.awardTypes.get(id);
  }

  @Patch(':id')
  @StaffOnly()
  @ApiOperation({ summary: 'Sửa loại khen thưởng (theo phiên bản đã đọc)' })
  @ApiOkResponse({ schema: AWARD_TYPE_DETAIL })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  update(@Param('id') id: string, @Body() body: UpdateAwardTypeBody) {
    return this.awardTypes.update(id, body);
  }

  @Get(':id/rule-sets')
  @SignedIn()
  @ApiOperation({ summary: 'Các bộ quy tắc của loại khen thưởng, theo ngày hiệu lực' })
  @ApiOkResponse({ schema: pageSchema(RULE_SET) })
  @ApiProblemResponses(400, 401, 404)
  ruleSets(@Param('id') id: string, @Query() query: ListRuleSetsQuery) {
    return this.awardTypes.ruleSets(id, query);
  }

  @Post(':id/rule-sets')
  @StaffOnly()
  @ApiOperation({ summary: 'Thêm bộ quy tắc theo văn bản pháp luật mới' })
  @ApiCreatedResponse({ schema: RULE_SET })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  addRuleSet(@Param('id') id: string, @Body() body: CreateRuleSetBody) {
    return this.awardTypes.addRuleSet(id, body);
  }
}
