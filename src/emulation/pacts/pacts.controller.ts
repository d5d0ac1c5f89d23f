import { Body, Controller, Get, Param, Post, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { ApiSignedIn } from '../../meetings/meetings.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ApiCreated, ApiOk, PACT } from '../emulation.openapi.js';
import { ClusterYearParams } from '../emulation.dto.js';
import { PutPactBody, SignPactBody } from './pact.dto.js';
import { PactsService } from './pacts.service.js';

/** Giao ước thi đua of a cluster-year: read by everyone signed in; drawn up by the secretariat, signed by each member. */
@ApiTags('emulation')
@Controller('emulation/clusters/:id/years/:year/pact')
export class PactsController {
  constructor(private readonly pacts: PactsService) {}

  @ApiOperation({ summary: 'Giao ước thi đua và tình trạng ký của từng đơn vị / The pact and who signed it' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @ApiOk(PACT)
  @Get()
  @SignedIn()
  get(@Param() params: ClusterYearParams) {
    return this.pacts.get(params.id, params.year);
  }

  @ApiOperation({ summary: 'Lập hoặc sửa giao ước / Draw up or change the pact' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(PACT)
  @Put()
  @SignedIn()
  put(@Req() request: Request, @Param() params: ClusterYearParams, @Body() body: PutPactBody) {
    return this.pacts.put(actorOf(request), params.id, params.year, body);
  }

  @ApiOperation({ summary: 'Ghi chữ ký của một đơn vị thành viên / Record a member’s signature' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 422)
  @ApiCreated(PACT)
  @Post('signatures')
  @SignedIn()
  sign(@Req() request: Request, @Param() params: ClusterYearParams, @Body() body: SignPactBody) {
    return this.pacts.sign(actorOf(request), params.id, params.year, body);
  }
}
