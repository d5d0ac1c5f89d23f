import { Body, Controller, Param, Patch, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { REPORT_SECTIONS } from '../reports.openapi.js';
import { ApiUpsertResponses } from '../../platform/openapi/openapi.decorators.js';
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
   * Writes the parts of the year's summary report that no record holds, section by section: only the sections
   * sent change. 201 the first time, 200 afterwards (with the version read). The cluster's secretariat of that
   * year or national staff. PUT and PATCH do the same.
   */
  @Patch()
  @SignedIn()
  @ApiOperation({ summary: 'Lưu từng phần nội dung báo cáo tổng kết năm của cụm (chỉ các phần gửi lên thay đổi)' })
  @ApiUpsertResponses(REPORT_SECTIONS)
  async patch(
    @Req() request: Request,
    @Param() params: ClusterYearParams,
    @Body() body: PutSectionsBody,
    @Res({ passthrough: true }) response: Response,
  ) {
    return respondUpserted(response, await this.sections.put(actorOf(request), params.id, params.year, body));
  }

  @Put()
  @SignedIn()
  @ApiOperation({ summary: 'Như PATCH: chỉ các phần gửi lên thay đổi' })
  @ApiUpsertResponses(REPORT_SECTIONS)
  async put(
    @Req() request: Request,
    @Param() params: ClusterYearParams,
    @Body() body: PutSectionsBody,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.patch(request, params, body, response);
  }
}
