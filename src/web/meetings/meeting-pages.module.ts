import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module.js';
import { BallotSlipsRenderer } from '../../meetings/ballots/ballot-slips.renderer.js';
import { EmulationModule } from '../../emulation/emulation.module.js';
import { MeetingsModule } from '../../meetings/meetings.module.js';
import { RegistryModule } from '../../registry/registry.module.js';
import { ReportsModule } from '../../reports/reports.module.js';
import { VoteResultChartRenderer } from '../../reports/renderers/vote-result-chart.renderer.js';
import { WebPages } from '../http/web-pages.js';
import { BallotPagesController } from './ballot.pages.controller.js';
import { MeetingAccess } from './meeting-access.js';
import { MeetingFormRunner } from './meeting-form.runner.js';
import { MeetingsPagesController } from './meetings.pages.controller.js';
import { VoteRuleSetsPagesController } from './vote-rule-sets.pages.controller.js';
import { VotesPagesController } from './votes.pages.controller.js';

/** The cluster secretariat's conference pages and the delegates' ballot pages. */
@Module({
  imports: [AccessModule, RegistryModule, MeetingsModule, ReportsModule, EmulationModule],
  controllers: [MeetingsPagesController, VotesPagesController, BallotPagesController, VoteRuleSetsPagesController],
  providers: [WebPages, MeetingAccess, MeetingFormRunner, BallotSlipsRenderer, VoteResultChartRenderer],
})
export class MeetingPagesModule {}
