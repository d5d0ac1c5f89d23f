import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { pageSchema } from '../../platform/openapi/json-schema.js';
import { COUNCIL_MEMBER } from '../nominations.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateCouncilMemberBody, ListCouncilMembersQuery, UpdateCouncilMemberBody } from './council-member.dto.js';
import { CouncilMembersService } from './council-members.service.js';

@ApiTags('council')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller('council-members')
export class CouncilMembersController {
  constructor(private readonly members: CouncilMembersService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Thành viên Hội đồng Thi đua – Khen thưởng, theo ngày' })
  @ApiOkResponse({ schema: pageSchema(COUNCIL_MEMBER) })
  @ApiProblemResponses(400, 401)
  list(@Query() query: ListCouncilMembersQuery) {
    return this.members.list(query);
  }

  @Post()
  @StaffOnly()
  @ApiOperation({ summary: 'Thêm thành viên Hội đồng' })
  @ApiCreatedResponse({ schema: COUNCIL_MEMBER })
  @ApiProblemResponses(400, 401, 403, 409, 422)
  create(@Body() body: CreateCouncilMemberBody) {
    return this.members.create(body);
  }

  @Patch(':id')
  @StaffOnly()
  @ApiOperation({ summary: 'Sửa chức vụ hoặc ngày thôi làm thành viên Hội đồng' })
  @ApiOkResponse({ schema: COUNCIL_MEMBER })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  update(@Param('id') id: string, @Body() body: UpdateCouncilMemberBody) {
    return this.members.update(id, body);
  }
}
