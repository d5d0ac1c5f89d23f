import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblemResponses } from '../../platform/openapi/openapi.decorators.js';
import { AuditEventSchema } from '../access.schemas.js';
import type { Request } from 'express';
import { SignedIn } from '../policies/policy.decorator.js';
import { actorOf } from '../policies/actor.js';
import { AuditQuery } from './audit.dto.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Nhật ký thao tác — audit trail' })
  @ApiPageResponse(AuditEventSchema)
  @ApiProblemResponses(400)
  list(@Req() request: Request, @Query() query: AuditQuery) {
    return this.audit.list(actorOf(request), query);
  }
}
