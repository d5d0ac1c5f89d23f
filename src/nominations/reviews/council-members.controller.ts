import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiProblemResponses(400, 401)
  list(@Query() query: ListCouncilMembersQuery) {
    return this.members.list(query);
  }

  @Post()
  @StaffOnly()
  @ApiOperation({ summary: 'Thêm thành viên Hội đồng' })
  @ApiProblemResponses(400, 401, 403, 409, 422)
  create(@Body() body: CreateCouncilMemberBody) {
    return this.members.create(body);
  }

  @Patch(':id')
  @StaffOnly()
  @ApiOperation({ summary: 'Sửa chức vụ hoặc ngày thôi làm thành viên Hội đồng' })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  update(@Param('id') id: string, @Body() body: UpdateCouncilMemberBody) {
    return this.members.update(id, body);
  }
}
