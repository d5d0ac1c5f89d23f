import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module.js';
import { AwardRuleSetEntity } from './award-types/award-rule-set.entity.js';
import { AwardTypeEntity } from './award-types/award-type.entity.js';
import { AwardTypesController } from './award-types/award-types.controller.js';
import { AwardTypesService } from './award-types/award-types.service.js';
import { AttachmentEntity } from './dossiers/attachment.entity.js';
import { DossierUploadInterceptor } from './dossiers/dossier-upload.interceptor.js';
import { DossiersController } from './dossiers/dossiers.controller.js';
import { DossiersService } from './dossiers/dossiers.service.js';
import { FileTypeDetector } from './dossiers/file-type.detector.js';
import { Sha256Hasher } from './dossiers/sha256.hasher.js';
import { ProceedingEntity } from './nominees/proceeding.entity.js';
import { ProceedingsController } from './nominees/proceedings.controller.js';
import { ProceedingsService } from './nominees/proceedings.service.js';
import { NominationHistoryEntity } from './nominations/nomination-history.entity.js';
import { NominationEntity } from './nominations/nomination.entity.js';
import { NominationEligibilityService } from './nominations/nomination-eligibility.service.js';
import { NominationWorkflowService } from './nominations/nomination-workflow.service.js';
import { NominationsController } from './nominations/nominations.controller.js';
import { NominationsService } from './nominations/nominations.service.js';
import { AwardRegisterController } from './register/award-register.controller.js';
import { AwardRegisterService } from './register/award-register.service.js';

/** Thi đua, khen thưởng: the award catalog, nominations with their dossiers and workflow, and the register they read. */
@Module({
  imports: [
    AccessModule,
    TypeOrmModule.forFeature([
      AwardTypeEntity,
      AwardRuleSetEntity,
      NominationEntity,
      NominationHistoryEntity,
      AttachmentEntity,
      ProceedingEntity,
    ]),
  ],
  controllers: [AwardTypesController, NominationsController, DossiersController, ProceedingsController, AwardRegisterController],
  providers: [
    AwardTypesService,
    NominationsService,
    NominationEligibilityService,
    NominationWorkflowService,
    DossiersService,
    DossierUploadInterceptor,
    FileTypeDetector,
    Sha256Hasher,
    ProceedingsService,
    AwardRegisterService,
  ],
})
export class NominationsModule {}
