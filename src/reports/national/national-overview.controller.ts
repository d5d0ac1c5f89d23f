import { Controller, Get, Headers, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiFileResponse } from '../../platform/openapi/json-schema.js';
import { NATIONAL_OVERVIEW } from '../reports.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { CONTENT_TYPES } from '../delivery/delivery.rules.js';
import { ReportFileInterceptor } from '../delivery/report-file.js';
import { OverviewFormatQuery, YearParams } from './national-overview.dto.js';
import { NationalOverviewService } from './national-overview.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller('reports/years/:year')
@UseInterceptors(ReportFileInterceptor)
export class NationalOverviewController {
  constructor(private readonly overviews: NationalOverviewService) {}

  /**
   * Every cluster's chair and vice-chair, meetings, flags proposed and awarded, nominations by state and award, and a
   * chart of awards by cluster over the last years; as JSON, HTML or XLSX. Readable by every signed-in user.
   */
  @Get()
  @SignedIn()
  @ApiProduces(CONTENT_TYPES.json, CONTENT_TYPES.html, CONTENT_TYPES.xlsx)
  @ApiFileResponse('Tổng hợp (JSON) hoặc tệp HTML, XLSX', [CONTENT_TYPES.html, CONTENT_TYPES.xlsx], NATIONAL_OVERVIEW)
  @ApiOperation({ summary: 'Tổng hợp toàn quốc của năm (JSON, HTML, DOCX, PDF hoặc XLSX)' })
  @ApiProblemResponses(400, 401, 404)
  overview(@Param() params: YearParams, @Query() query: OverviewFormatQuery, @Headers('accept') accept?: string) {
    return this.overviews.overview(params.year, query.format, accept);
  }
}
