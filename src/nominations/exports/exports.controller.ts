import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { DecisionParams } from '../decisions/decision.dto.js';
import { ExportQuery, NominationExportQuery } from './export.dto.js';
import { ExportsService } from './exports.service.js';
import { download } from './table-export.js';

const SPREADSHEETS = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'];

/** Registered before the nominations' own routes, so that `nominations/export` is not taken for an id. */
@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** The nominations the caller may see, filtered as the list is, with Vietnamese headers. */
  @Get('nominations/export')
  @SignedIn()
  @ApiProduces(...SPREADSHEETS)
  async nominations(@Req() request: Request, @Query() query: NominationExportQuery) {
    return download(await this.exports.nominations(actorOf(request), query));
  }

  /** The decision's recipients with their số sổ vàng and cash amounts. */
  @Get('award-decisions/:id/export')
  @SignedIn()
  @ApiProduces(...SPREADSHEETS)
  async decision(@Param() params: DecisionParams, @Query() query: ExportQuery) {
    return download(await this.exports.decision(params.id, query.format));
  }
}
