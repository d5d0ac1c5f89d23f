import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { ApiSignedIn } from '../../meetings/meetings.openapi.js';
import { ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { ApiOk, REGISTRATION, REGISTRATION_BOARD } from '../emulation.openapi.js';
import { ClusterUnitParams, ClusterYearParams } from '../emulation.dto.js';
import { SetDeadlineBody, SubmitRegistrationBody } from './registration.dto.js';
import { RegistrationsService } from './registrations.service.js';

/** Đăng ký thi đua: every member's registration with its status against the chair's deadline. */
@ApiTags('emulation')
@Controller('emulation/clusters/:id/years/:year/registrations')
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @ApiOperation({ summary: 'Tình hình đăng ký thi đua (đúng hạn, muộn, chưa đăng ký) / Registrations and their status' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @ApiOk(REGISTRATION_BOARD)
  @Get()
  @SignedIn()
  board(@Param() params: ClusterYearParams) {
    return this.registrations.board(params.id, params.year);
  }

  @ApiOperation({ summary: 'Đặt hạn đăng ký / Set the registration deadline' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404)
  @ApiOk(REGISTRATION_BOARD)
  @Put('deadline')
  @SignedIn()
  setDeadline(@Req() request: Request, @Param() params: ClusterYearParams, @Body() body: SetDeadlineBody) {
    return this.registrations.setDeadline(actorOf(request), params.id, params.year, body);
  }

  @ApiOperation({ summary: 'Bản đăng ký của một đơn vị / A member’s registration' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 422)
  @ApiOk(REGISTRATION)
  @Get(':organizationId')
  @SignedIn()
  get(@Param() params: ClusterUnitParams) {
    return this.registrations.get(params.id, params.year, params.organizationId);
  }

  @ApiOperation({ summary: 'Gửi hoặc sửa bản đăng ký / Send or correct a registration' })
  @ApiSignedIn()
  @ApiProblemResponses(400, 404, 409, 422)
  @ApiOk(REGISTRATION)
  @Put(':organizationId')
  @SignedIn()
  submit(@Req() request: Request, @Param() params: ClusterUnitParams, @Body() body: SubmitRegistrationBody) {
    return this.registrations.submit(actorOf(request), params.id, params.year, params.organizationId, body);
  }
}
