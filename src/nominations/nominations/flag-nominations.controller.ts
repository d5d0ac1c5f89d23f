import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NOMINATION } from '../nominations.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { FlagNominationsService } from './flag-nominations.service.js';

@ApiTags('nominations')
@ApiBearerAuth()
@ApiCookieAuth('thidua_session')
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
  @ApiOperation({ summary: 'Lập đề nghị tặng Cờ thi đua từ kết quả suy tôn của hội nghị (không lặp lại)' })
  @ApiOkResponse({ schema: NOMINATION })
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  nominate(@Req() request: Request, @Param('id') id: string) {
    return this.flagNominations.nominate(actorOf(request), id);
  }
}
