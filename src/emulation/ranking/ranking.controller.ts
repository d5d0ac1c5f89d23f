import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { ApiSignedIn } from '../../meetings/meetings.openapi.js';
import { ApiFileResponse } from '../../platform/openapi/json-schema.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ApiOk, RANKING } from '../emulation.openapi.js';
import { ClusterYearParams } from '../emulation.dto.js';
import { download, XLSX_TYPE } from '../emulation.http.js';
import { RankingService } from './ranking.service.js';

/** Xếp hạng: the secretariat sees it at any time, every member once the table is published. */
@ApiTags('emulation')
@Controller('emulation/clusters/:id/years/:year')
export class RankingController {
  constructor(private readonly ranking: RankingService) {}

  @ApiOperation({ summary: 'Bảng xếp hạng thi đua / The ranking' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @ApiOk(RANKING)
  @Get('ranking')
  @SignedIn()
  get(@Req() request: Request, @Param() params: ClusterYearParams) {
    return this.ranking.ranking(actorOf(request), params.id, params.year);
  }

  @ApiOperation({ summary: 'Bảng xếp hạng (XLSX, tiêu đề tiếng Việt) / The ranking as XLSX' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @ApiFileResponse('Bảng xếp hạng XLSX', [XLSX_TYPE])
  @Get('ranking.xlsx')
  @SignedIn()
  async export(@Req() request: Request, @Param() params: ClusterYearParams) {
    const file = await this.ranking.exportXlsx(actorOf(request), params.id, params.year);
    return download({ ...file, contentType: XLSX_TYPE });
  }
}
