import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module.js';
import { EmulationModule } from '../../emulation/emulation.module.js';
import { MeetingsModule } from '../../meetings/meetings.module.js';
import { RegistryModule } from '../../registry/registry.module.js';
import { WebPages } from '../http/web-pages.js';
import { MeetingAccess } from '../meetings/meeting-access.js';
import { CriteriaPagesController, CriteriaTemplatePagesController } from './criteria.pages.controller.js';
import { EmulationYearPagesController } from './emulation-year.pages.controller.js';
import { MovementsPagesController } from './movements.pages.controller.js';
import { ScoresPagesController } from './scores.pages.controller.js';

/** The emulation year's pages: movements, the pact, registrations, the criteria, the score sheets and the ranking. */
@Module({
  imports: [AccessModule, RegistryModule, MeetingsModule, EmulationModule],
  controllers: [
    MovementsPagesController,
    EmulationYearPagesController,
    CriteriaPagesController,
    CriteriaTemplatePagesController,
    ScoresPagesController,
  ],
  providers: [WebPages, MeetingAccess],
})
export class EmulationPagesModule {}
