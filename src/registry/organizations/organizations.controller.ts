import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import {
  CreateOrganizationBody,
  ListOrganizationsQuery,
  OrganizationYearQuery,
  RenameOrganizationBody,
  UpdateOrganizationBody,
} from './organization.dto.js';
import { OrganizationsService } from './organizations.service.js';

/** Ids are taken as text: a malformed id is an unknown unit (404), as the service says. */
@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @StaffOnly()
  create(@Body() body: CreateOrganizationBody) {
    return this.organizations.create(body);
  }

  @Get()
  @SignedIn()
  list(@Query() query: ListOrganizationsQuery) {
    return this.organizations.list(query);
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id') id: string, @Query() query: OrganizationYearQuery) {
    return this.organizations.get(id, query.year);
  }

  @Patch(':id')
  @StaffOnly()
  update(@Param('id') id: string, @Body() body: UpdateOrganizationBody) {
    return this.organizations.update(id, body);
  }

  @Post(':id/names')
  @StaffOnly()
  rename(@Param('id') id: string, @Body() body: RenameOrganizationBody) {
    return this.organizations.rename(id, body);
  }

  @Get(':id/lineage')
  @SignedIn()
  lineage(@Param('id') id: string) {
    return this.organizations.lineage(id);
  }

  @Get(':id/history')
  @SignedIn()
  history(@Param('id') id: string) {
    return this.organizations.history(id);
  }
}
