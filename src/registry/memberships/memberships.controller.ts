import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { MemberSchema } from '../registry.schemas.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { ClusterParams } from '../clusters/cluster.dto.js';
import { AddMemberBody, EndMembershipBody, MemberParams, MembersQuery } from './membership.dto.js';
import { MembershipsService } from './memberships.service.js';

@ApiTags('clusters')
@Controller('clusters/:id/members')
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Thành viên của cụm trong một năm — members in a year' })
  @ApiPageResponse(MemberSchema)
  @ApiProblemResponses(400, 404)
  list(@Param() params: ClusterParams, @Query() query: MembersQuery) {
    return this.memberships.list(params.id, query);
  }

  @Post()
  @StaffOnly()
  @ApiOperation({ summary: 'Thêm thành viên từ một năm — add a member' })
  @ApiCreatedResponse({ type: MemberSchema })
  @ApiProblemResponses(400, 404, 409, 422)
  add(@Param() params: ClusterParams, @Body() body: AddMemberBody) {
    return this.memberships.add(params.id, body);
  }

  @Post(':organizationId/end')
  @StaffOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Kết thúc tư cách thành viên — end a membership' })
  @ApiOkResponse({ type: MemberSchema })
  @ApiProblemResponses(400, 404, 409, 422)
  end(@Param() params: MemberParams, @Body() body: EndMembershipBody) {
    return this.memberships.end(params.id, params.organizationId, body.lastYear);
  }
}
