import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  list(@Param() params: ClusterParams, @Query() query: MembersQuery) {
    return this.memberships.list(params.id, query);
  }

  @Post()
  @StaffOnly()
  add(@Param() params: ClusterParams, @Body() body: AddMemberBody) {
    return this.memberships.add(params.id, body);
  }

  @Post(':organizationId/end')
  @StaffOnly()
  @HttpCode(200)
  end(@Param() params: MemberParams, @Body() body: EndMembershipBody) {
    return this.memberships.end(params.id, params.organizationId, body.lastYear);
  }
}
