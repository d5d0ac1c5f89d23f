import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiFileResponse } from '../../platform/openapi/json-schema.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
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
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** The nominations the caller may see, filtered as the list is, with Vietnamese headers. */
  @Get('nominations/export')
  @SignedIn()
  @ApiProduces(...SPREADSHEETS)
  @ApiOperation({ summary: 'Xuất danh sách đề nghị khen thưởng (CSV hoặc XLSX)' })
  @ApiFileResponse('Bảng tính XLSX hoặc CSV', SPREADSHEETS)
  @ApiProblemResponses(400, 401)
  async nominations(@Req() request: Request, @Query() query: NominationExportQuery) {
    return download(await this.exports.nominations(actorOf(request), query));
  }

  /** The decision's recipients with their số sổ vàng and cash amounts. */
  @Get('award-decisions/:id/export')
  @SignedIn()
  @ApiProduces(...SPREADSHEETS)
  @ApiOperation({ summary: 'Xuất danh sách khen thưởng của một quyết định (CSV hoặc XLSX)' })
  @ApiFileResponse('Bảng tính XLSX hoặc CSV', SPREADSHEETS)
  @ApiProblemResponses(400, 401, 404)
  async decision(@Param() params: DecisionParams, @Query() query: ExportQuery) {
    return download(await this.exports.decision(params.id, query.format));
  }
}
