import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { FlagNominationsService } from './flag-nominations.service.js';

@ApiTags('nominations')
@Controller('flag-proposals')
export class FlagNominationsController {
  constructor(private readonly flagNominations: FlagNominationsService) {}

  /**
   * The draft flag nomination of a conference's proposal, made now if the resolution could not make it
   * (no such award type or no chair yet): idempotent, for the cluster's secretariat of that year or national staff.
   */
  @Post(':id/nomination')
  @HttpCode(200)
  @SignedIn()
  nominate(@Req() request: Request, @Param('id') id: string) {
    return this.flagNominations.nominate(actorOf(request), id);
  }
}
