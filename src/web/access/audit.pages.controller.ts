import { Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuditQuery } from '../../access/audit/audit.dto.js';
import { AuditService } from '../../access/audit/audit.service.js';
import { isStaff } from '../../access/policies/access.rules.js';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { AuditPage } from './audit.page.js';

export type AuditRow = Awaited<ReturnType<AuditService['list']>>['items'][number];

/** The audit trail with its filters: staff read everything, a unit officer their unit's records (the service decides). */
@PageController('audit')
export class AuditPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @SignedIn()
  async list(@Query() query: AuditQuery, @Res() response: Response) {
    const actor = actorOf(response.req);
    const page = await this.audit.list(actor, query);
    await this.web.page(response, AuditPage, { page, query, everything: isStaff(actor) });
  }
}
