import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { NominationsModule } from '../nominations/nominations.module.js';
import { RegistryModule } from '../registry/registry.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { AccountPagesController } from './account/account.pages.controller.js';
import { AuditPagesController } from './access/audit.pages.controller.js';
import { UsersPagesController } from './access/users.pages.controller.js';
import { HomePagesController } from './home/home.pages.controller.js';
import { MyWorkReader } from './home/my-work.js';
import { PageErrorFilter } from './http/page-error.filter.js';
import { WebPages } from './http/web-pages.js';
import { ClustersPagesController } from './registry/clusters.pages.controller.js';
import { MergersPagesController } from './registry/mergers.pages.controller.js';
import { OrganizationsPagesController } from './registry/organizations.pages.controller.js';
import { MeetingPagesModule } from './meetings/meeting-pages.module.js';
import { EmulationPagesModule } from './emulation/emulation-pages.module.js';
import { DecisionsPagesController } from './nominations/decisions.pages.controller.js';
import { NominationWizard } from './nominations/nomination-wizard.service.js';
import { NominationsPagesController } from './nominations/nominations.pages.controller.js';
import { CouncilMembersPagesController } from './nominations/council-members.pages.controller.js';
import { ProceedingsPagesController } from './nominations/proceedings.pages.controller.js';
import { ReviewsPagesController } from './nominations/reviews.pages.controller.js';
import { ClusterReportPagesController } from './reports/cluster-report.pages.controller.js';
import { NationalOverviewPagesController } from './reports/national-overview.pages.controller.js';
import { CsrfMiddleware } from './security/csrf.middleware.js';

/**
 * The web application: server-rendered pages at the root, calling the same services as the API.
 * It also owns what protects cookie sessions (the CSRF check, for pages and API writes alike).
 */
@Module({
  imports: [AccessModule, RegistryModule, MeetingsModule, NominationsModule, ReportsModule, MeetingPagesModule, EmulationPagesModule],
  controllers: [
    AccountPagesController,
    HomePagesController,
    OrganizationsPagesController,
    ClustersPagesController,
    MergersPagesController,
    UsersPagesController,
    AuditPagesController,
    NominationsPagesController,
    ReviewsPagesController,
    DecisionsPagesController,
    ProceedingsPagesController,
    CouncilMembersPagesController,
    ClusterReportPagesController,
    NationalOverviewPagesController,
  ],
  providers: [WebPages, PageErrorFilter, MyWorkReader, NominationWizard],
  exports: [WebPages],
})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsrfMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
