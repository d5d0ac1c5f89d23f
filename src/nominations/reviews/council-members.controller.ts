import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateCouncilMemberBody, ListCouncilMembersQuery, UpdateCouncilMemberBody } from './council-member.dto.js';
import { CouncilMembersService } from './council-members.service.js';

@ApiTags('council')
@Controller('council-members')
export class CouncilMembersController {
  constructor(private readonly members: CouncilMembersService) {}

  @Get()
  @SignedIn()
  list(@Query() query: ListCouncilMembersQuery) {
    return this.members.list(query);
  }

  @Post()
  @StaffOnly()
  create(@Body() body: CreateCouncilMemberBody) {
    return this.members.create(body);
  }

  @Patch(':id')
  @StaffOnly()
  update(@Param('id') id: string, @Body() body: UpdateCouncilMemberBody) {
    return this.members.update(id, body);
  }
}
