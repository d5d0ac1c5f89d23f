import { Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateProceedingBody, ListProceedingsQuery } from '../../nominations/nominees/proceeding.dto.js';
import { ProceedingsService } from '../../nominations/nominees/proceedings.service.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { ListOrganizationsQuery } from '../../registry/organizations/organization.dto.js';
import { OrganizationsService } from '../../registry/organizations/organizations.service.js';
import { validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { filledIn } from './nominations.pages.controller.js';
import { NewProceedingPage, ProceedingsPage } from './proceedings.page.js';

/** Staff only, as the API: who is under discipline, inspection or complaint review is not for other units to read. */
@PageController('proceedings')
export class ProceedingsPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly proceedings: ProceedingsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Get()
  @StaffOnly()
  async list(@Query() raw: Record<string, unknown>, @Res() response: Response) {
    const query = await validateAs(ListProceedingsQuery, filledIn(raw, ['kind', 'organizationId', 'pendingOn', 'page']));
    const [proceedings, units] = await Promise.all([this.proceedings.list(query), this.units()]);
    await this.web.page(response, ProceedingsPage, {
      proceedings,
      units,
      filters: { kind: query.kind, organizationId: query.organizationId, pendingOn: query.pendingOn },
    });
  }

  @Get('new')
  @StaffOnly()
  async newProceeding(@Res() response: Response) {
    await this.web.page(response, NewProceedingPage, { units: await this.units() });
  }

  @Post()
  @StaffOnly()
  async create(@Res() response: Response) {
    await this.web.submit(response, {
      dto: CreateProceedingBody,
      read: (form) => {
        const fullName = form.optional('person.fullName');
        const birthYear = form.integer('person.birthYear');
        return {
          kind: form.text('kind'),
          organizationId: form.optional('organizationId'),
          person: fullName === undefined && birthYear === undefined ? null : { fullName, birthYear },
          startedOn: form.optional('startedOn'),
          endedOn: form.nullable('endedOn'),
          reference: form.nullable('reference'),
          note: form.nullable('note'),
        };
      },
      run: (body) => this.proceedings.create(body),
      done: () => ({ to: '/proceedings', flash: M.proceedingRecorded }),
      show: async (form, status) => this.web.page(response, NewProceedingPage, { units: await this.units(), form }, { status }),
    });
  }

  /** The provincial unions and VUSTA, as they are named today. */
  private async units(): Promise<UnitView[]> {
    const page = await this.organizations.list(await validateAs(ListOrganizationsQuery, { pageSize: '200' }));
    return page.items.map(({ id, code, fullName, shortName }) => ({ id, code, fullName, shortName }));
  }
}
