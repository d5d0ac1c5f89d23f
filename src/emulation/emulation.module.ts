import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { DossierUploadInterceptor } from '../nominations/dossiers/dossier-upload.interceptor.js';
import { FileTypeDetector } from '../nominations/dossiers/file-type.detector.js';
import { Sha256Hasher } from '../nominations/dossiers/sha256.hasher.js';
import { SpreadsheetReader } from '../nominations/register/spreadsheet.reader.js';
import { XlsxRenderer } from '../reports/renderers/xlsx.renderer.js';
import { CriteriaController } from './criteria/criteria.controller.js';
import { CriteriaService } from './criteria/criteria.service.js';
import { DossierFileChecker } from '../nominations/dossiers/dossier-file.checker.js';
import { MovementsController } from './movements/movements.controller.js';
import { MovementsService } from './movements/movements.service.js';
import { PactsController } from './pacts/pacts.controller.js';
import { PactsService } from './pacts/pacts.service.js';
import { RankingController } from './ranking/ranking.controller.js';
import { RankingService } from './ranking/ranking.service.js';
import { RegistrationsController } from './registrations/registrations.controller.js';
import { RegistrationsService } from './registrations/registrations.service.js';
import { ScoresController } from './scores/scores.controller.js';
import { ScoresService } from './scores/scores.service.js';

/**
 * The emulation year of a cluster (thi đua): movements, the pact, registrations, the criteria, the scores and the
 * ranking the flag vote rests on. The file and spreadsheet adapters are the dossiers' and the reports' own classes.
 */
@Module({
  imports: [AccessModule],
  controllers: [MovementsController, PactsController, RegistrationsController, CriteriaController, ScoresController, RankingController],
  providers: [
    MovementsService,
    PactsService,
    RegistrationsService,
    CriteriaService,
    ScoresService,
    RankingService,
    DossierFileChecker,
    FileTypeDetector,
    Sha256Hasher,
    DossierUploadInterceptor,
    SpreadsheetReader,
    XlsxRenderer,
  ],
  exports: [MovementsService, PactsService, RegistrationsService, CriteriaService, ScoresService, RankingService],
})
export class EmulationModule {}
