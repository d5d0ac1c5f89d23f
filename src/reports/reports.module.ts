import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { RegistryModule } from '../registry/registry.module.js';
import { ClusterYearReportsController } from './cluster-year/cluster-year.controller.js';
import { ClusterYearReportsService } from './cluster-year/cluster-year.service.js';
import { DocumentIssuanceController } from './issuance/issuance.controller.js';
import { DocumentIssuanceService } from './issuance/issuance.service.js';
import { NationalOverviewController } from './national/national-overview.controller.js';
import { NationalOverviewService } from './national/national-overview.service.js';
import { DocxRenderer } from './renderers/docx.renderer.js';
import { HtmlRenderer } from './renderers/html.renderer.js';
import { PdfRenderer } from './renderers/pdf.renderer.js';
import { SvgChartRenderer } from './renderers/svg-chart.renderer.js';
import { XlsxRenderer } from './renderers/xlsx.renderer.js';
import { ReportSectionsController } from './sections/report-sections.controller.js';
import { ReportSectionsService } from './sections/report-sections.service.js';

/** Reports and official documents drawn from the records: per cluster and year, and the national overview. */
@Module({
  imports: [AccessModule, RegistryModule],
  controllers: [ClusterYearReportsController, ReportSectionsController, DocumentIssuanceController, NationalOverviewController],
  providers: [
    ClusterYearReportsService,
    ReportSectionsService,
    DocumentIssuanceService,
    NationalOverviewService,
    HtmlRenderer,
    DocxRenderer,
    PdfRenderer,
    XlsxRenderer,
    SvgChartRenderer,
  ],
  exports: [ClusterYearReportsService, ReportSectionsService, DocumentIssuanceService, NationalOverviewService],
})
export class ReportsModule {}
