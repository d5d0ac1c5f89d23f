import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import {
  CreateAwardTypeBody,
  CreateRuleSetBody,
  ListAwardTypesQuery,
  ListRuleSetsQuery,
  UpdateAwardTypeBody,
} from './award-type.dto.js';
import { AwardTypesService } from './award-types.service.js';

/** Ids are taken as text: a malformed id is an unknown award type (404), as the service says. */
@ApiTags('award-types')
@Controller('award-types')
export class AwardTypesController {
  constructor(private readonly awardTypes: AwardTypesService) {}

  @Get()
  @SignedIn()
  list(@Query() query: ListAwardTypesQuery) {
    return this.awardTypes.list(query);
  }

  @Post()
  @StaffOnly()
  create(@Body() body: CreateAwardTypeBody) {
    return this.awardTypes.create(body);
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id') id: string) {
    return this.awardTypes.get(id);
  }

  @Patch(':id')
  @StaffOnly()
  update(@Param('id') id: string, @Body() body: UpdateAwardTypeBody) {
    return this.awardTypes.update(id, body);
  }

  @Get(':id/rule-sets')
  @SignedIn()
  ruleSets(@Param('id') id: string, @Query() query: ListRuleSetsQuery) {
    return this.awardTypes.ruleSets(id, query);
  }

  @Post(':id/rule-sets')
  @StaffOnly()
  addRuleSet(@Param('id') id: string, @Body() body: CreateRuleSetBody) {
    return this.awardTypes.addRuleSet(id, body);
  }
}
