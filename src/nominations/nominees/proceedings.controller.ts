import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateProceedingBody, ListProceedingsQuery, UpdateProceedingBody } from './proceeding.dto.js';
import { ProceedingsService } from './proceedings.service.js';

/** Staff only: who is under discipline, inspection or complaint review is not for other units to read. */
@ApiTags('nominations')
@Controller('proceedings')
export class ProceedingsController {
  constructor(private readonly proceedings: ProceedingsService) {}

  @Post()
  @StaffOnly()
  create(@Body() body: CreateProceedingBody) {
    return this.proceedings.create(body);
  }

  @Get()
  @StaffOnly()
  list(@Query() query: ListProceedingsQuery) {
    return this.proceedings.list(query);
  }

  @Patch(':id')
  @StaffOnly()
  update(@Param('id') id: string, @Body() body: UpdateProceedingBody) {
    return this.proceedings.update(id, body);
  }
}
