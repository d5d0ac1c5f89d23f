import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { XlsxRenderer } from '../reports/renderers/xlsx.renderer.js';
import { AwardTypesController } from './award-types/award-types.controller.js';
import { AwardTypesService } from './award-types/award-types.service.js';
import { DecisionsController } from './decisions/decisions.controller.js';
import { DecisionsService } from './decisions/decisions.service.js';
import { ConferenceDocumentsService } from './dossiers/conference-documents.service.js';
import { DossierFileChecker } from './dossiers/dossier-file.checker.js';
import { DossierUploadInterceptor } from './dossiers/dossier-upload.interceptor.js';
import { DossiersController } from './dossiers/dossiers.controller.js';
import { DossiersService } from './dossiers/dossiers.service.js';
import { FileTypeDetector } from './dossiers/file-type.detector.js';
import { Sha256Hasher } from './dossiers/sha256.hasher.js';
import { ExportsController } from './exports/exports.controller.js';
import { ExportsService } from './exports/exports.service.js';
import { TableExporter } from './exports/table-export.js';
import { FlagNominationsController } from './nominations/flag-nominations.controller.js';
import { FlagNominationsService } from './nominations/flag-nominations.service.js';
import { ProceedingsController } from './nominees/proceedings.controller.js';
import { PeopleService } from './nominees/people.service.js';
import { ProceedingsService } from './nominees/proceedings.service.js';
import { NominationEligibilityService } from './nominations/nomination-eligibility.service.js';
import { NominationWorkflowService } from './nominations/nomination-workflow.service.js';
import { NominationsController } from './nominations/nominations.controller.js';
import { NominationsService } from './nominations/nominations.service.js';
import { AwardRegisterController } from './register/award-register.controller.js';
import { AwardRegisterService } from './register/award-register.service.js';
import { RegisterImportService } from './register/register-import.service.js';
import { SpreadsheetReader } from './register/spreadsheet.reader.js';
import { CouncilMembersController } from './reviews/council-members.controller.js';
import { CouncilMembersService } from './reviews/council-members.service.js';
import { CouncilVotesController } from './reviews/council-votes.controller.js';
import { CouncilVotesService } from './reviews/council-votes.service.js';
import { ReviewsController } from './reviews/reviews.controller.js';
import { ReviewsService } from './reviews/reviews.service.js';

/**
 * Thi đua, khen thưởng: the award catalog, nominations with their dossiers and workflow, the staff's check,
 * the council's vote, award decisions, and the register they fill and the eligibility rules read.
 */
@Module({
  imports: [AccessModule, ReportsModule],
  // ExportsController before NominationsController: `nominations/export` must not be taken for `nominations/:id`.
  controllers: [
    AwardTypesController,
    ExportsController,
    NominationsController,
    FlagNominationsController,
    DossiersController,
    ProceedingsController,
    ReviewsController,
    CouncilMembersController,
    CouncilVotesController,
    DecisionsController,
    AwardRegisterController,
  ],
  providers: [
    AwardTypesService,
    NominationsService,
    NominationEligibilityService,
    NominationWorkflowService,
    DossiersService,
    ConferenceDocumentsService,
    DossierUploadInterceptor,
    DossierFileChecker,
    FileTypeDetector,
    Sha256Hasher,
    ProceedingsService,
    PeopleService,
    FlagNominationsService,
    ReviewsService,
    CouncilMembersService,
    CouncilVotesService,
    DecisionsService,
    AwardRegisterService,
    RegisterImportService,
    SpreadsheetReader,
    ExportsService,
    TableExporter,
    XlsxRenderer,
  ],
  exports: [
    FlagNominationsService,
    NominationsService,
    ReviewsService,
    NominationWorkflowService,
    NominationEligibilityService,
    DossiersService,
    CouncilVotesService,
    CouncilMembersService,
    DecisionsService,
    AwardRegisterService,
    RegisterImportService,
    AwardTypesService,
    ProceedingsService,
  ],
})
export class NominationsModule {}
