import { Controller, Get, Headers, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiFileResponse } from '../../platform/openapi/json-schema.js';
import { CLUSTER_YEAR_REPORT } from '../reports.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { ClusterYearParams } from '../../registry/clusters/cluster.dto.js';
import { CONTENT_TYPES } from '../delivery/delivery.rules.js';
import { ReportFileInterceptor } from '../delivery/report-file.js';
import { ClusterDocumentParams, DocumentFormatQuery } from './cluster-year.dto.js';
import { ClusterYearReportsService } from './cluster-year.service.js';

/** Reports are readable by every signed-in user: they hold what the registry and the meetings show them already. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
@Controller('reports/clusters/:id/years/:year')
@UseInterceptors(ReportFileInterceptor)
export class ClusterYearReportsController {
  constructor(private readonly reports: ClusterYearReportsService) {}

  /** The report model: every recorded fact of the cluster's year, and the list of what is missing. */
  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Báo cáo năm của cụm thi đua' })
  @ApiOkResponse({ schema: CLUSTER_YEAR_REPORT })
  @ApiProblemResponses(400, 401, 404)
  report(@Param() params: ClusterYearParams) {
    return this.reports.report(params.id, params.year);
  }

  /** Báo cáo tổng kết, biên bản, tờ trình or tin bài, as JSON, HTML, DOCX or PDF (`?format=` or Accept). */
  @Get('documents/:document')
  @SignedIn()
  @ApiProduces(CONTENT_TYPES.json, CONTENT_TYPES.html, CONTENT_TYPES.docx, CONTENT_TYPES.pdf)
  @ApiFileResponse(
    'Văn bản (JSON: mô hình văn bản) hoặc tệp HTML, DOCX, PDF',
    [CONTENT_TYPES.html, CONTENT_TYPES.docx, CONTENT_TYPES.pdf],
    {
      type: 'object',
    },
  )
  @ApiOperation({ summary: 'Văn bản của cụm trong năm (báo cáo tổng kết, biên bản, tờ trình, tin bài) theo HTML, DOCX hoặc PDF' })
  @ApiProblemResponses(400, 401, 404)
  document(@Param() params: ClusterDocumentParams, @Query() query: DocumentFormatQuery, @Headers('accept') accept?: string) {
    return this.reports.document(params.id, params.year, params.document, query.format, accept);
  }
}
