import { Body, Controller, Param, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/openapi/problem-responses.js';
import type { Request, Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { ClusterYearParams } from '../../registry/clusters/cluster.dto.js';
import { respondUpserted } from '../../registry/clusters/upserted.js';
import { PutSectionsBody } from './report-sections.dto.js';
import { ReportSectionsService } from './report-sections.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller('reports/clusters/:id/years/:year/sections')
export class ReportSectionsController {
  constructor(private readonly sections: ReportSectionsService) {}

  /**
   * Writes the parts of the year's summary report that no record holds: 201 the first time, 200 when replaced
   * (with the version read). The cluster's secretariat of that year or national staff.
   */
  @Put()
  @SignedIn()
  @ApiOperation({ summary: 'Viết các phần nội dung báo cáo tổng kết năm của cụm' })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  async put(@Req() request: Request, @Param() params: ClusterYearParams, @Body() body: PutSectionsBody, @Res({ passthrough: true }) response: Response) {
    return respondUpserted(response, await this.sections.put(actorOf(request), params.id, params.year, body));
  }
}
