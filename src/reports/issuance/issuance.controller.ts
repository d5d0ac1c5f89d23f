import { Body, Controller, Get, Param, Patch, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { ApiProblemResponses, ApiUpsertResponses } from '../../platform/openapi/openapi.decorators.js';
import { ISSUANCE } from '../reports.openapi.js';
import { list } from '../../platform/openapi/json-schema.js';
import { ClusterYearParams } from '../../registry/clusters/cluster.dto.js';
import { respondUpserted } from '../../registry/clusters/upserted.js';
import { IssuanceParams, PutIssuanceBody } from './issuance.dto.js';
import { DocumentIssuanceService } from './issuance.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller('reports/clusters/:id/years/:year/issuance')
export class DocumentIssuanceController {
  constructor(private readonly issuance: DocumentIssuanceService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Cơ quan ban hành, số, ngày và người ký các văn bản của cụm trong năm' })
  @ApiOkResponse({ description: 'Các bản ghi của năm và của từng văn bản', schema: list(ISSUANCE) })
  @ApiProblemResponses(400, 401, 403, 404)
  list(@Param() params: ClusterYearParams) {
    return this.issuance.list(params.id, params.year);
  }

  /**
   * Records who issues and signs the year's documents (`year`) or one of them: only the fields sent change. 201 the
   * first time, 200 afterwards (with the version read). The cluster's secretariat of that year or national staff.
   */
  @Patch(':scope')
  @SignedIn()
  @ApiOperation({ summary: 'Ghi cơ quan ban hành, ký hiệu, số, ngày, thẩm quyền ký và người ký (chỉ các trường gửi lên thay đổi)' })
  @ApiUpsertResponses(ISSUANCE)
  async patch(
    @Req() request: Request,
    @Param() params: IssuanceParams,
    @Body() body: PutIssuanceBody,
    @Res({ passthrough: true }) response: Response,
  ) {
    return respondUpserted(response, await this.issuance.put(actorOf(request), params.id, params.year, params.scope, body));
  }

  @Put(':scope')
  @SignedIn()
  @ApiOperation({ summary: 'Như PATCH: chỉ các trường gửi lên thay đổi' })
  @ApiUpsertResponses(ISSUANCE)
  async put(
    @Req() request: Request,
    @Param() params: IssuanceParams,
    @Body() body: PutIssuanceBody,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.patch(request, params, body, response);
  }
}
