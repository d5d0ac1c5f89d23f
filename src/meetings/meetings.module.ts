import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { EmulationModule } from '../emulation/emulation.module.js';
import { NominationsModule } from '../nominations/nominations.module.js';
import { RegistryModule } from '../registry/registry.module.js';
import { BallotBox } from './ballots/ballot-box.js';
import { BallotCodes } from './ballots/ballot-codes.js';
import { BallotKeys } from './ballots/ballot-keys.js';
import { BallotsController } from './ballots/ballots.controller.js';
import { BallotsService } from './ballots/ballots.service.js';
import { MeetingsController } from './meetings/meetings.controller.js';
import { MeetingsService } from './meetings/meetings.service.js';
import { ResolutionsController } from './resolutions/resolutions.controller.js';
import { ResolutionsService } from './resolutions/resolutions.service.js';
import { VoteRoundsService } from './votes/vote-rounds.service.js';
import { VoteRuleSetsController } from './votes/vote-rule-sets.controller.js';
import { VoteRuleSetsService } from './votes/vote-rule-sets.service.js';
import { VotesController } from './votes/votes.controller.js';
import { VotesService } from './votes/votes.service.js';

/** Meetings of a cluster and what is decided at them: attendance, minutes, votes, ballots, resolutions. */
@Module({
  imports: [AccessModule, EmulationModule, NominationsModule, RegistryModule],
  controllers: [MeetingsController, VoteRuleSetsController, VotesController, BallotsController, ResolutionsController],
  providers: [
    MeetingsService,
    VoteRuleSetsService,
    VotesService,
    VoteRoundsService,
    BallotCodes,
    BallotKeys,
    BallotBox,
    BallotsService,
    ResolutionsService,
  ],
  exports: [MeetingsService, VotesService, VoteRoundsService, BallotsService, ResolutionsService, VoteRuleSetsService],
})
export class MeetingsModule {}
