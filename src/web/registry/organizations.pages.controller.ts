import { Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { ListOrganizationsQuery } from '../../registry/organizations/organization.dto.js';
import { OrganizationsService } from '../../registry/organizations/organizations.service.js';
import { PageController, wantsFragment } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { OrganizationPage } from './organization.page.js';
import { ORGANIZATION_RESULTS_ID, OrganizationResults, OrganizationsPage } from './organizations.page.js';

/** The registry's units: read by everyone signed in, through the same service as GET /api/v1/organizations. */
@PageController('organizations')
export class OrganizationsPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly organizations: OrganizationsService,
  ) {}

  @Get()
  @SignedIn()
  async list(@Query() query: ListOrganizationsQuery, @Res() response: Response) {
    const page = await this.organizations.list(query);
    if (wantsFragment(response.req, ORGANIZATION_RESULTS_ID)) return this.web.fragment(response, OrganizationResults, { page, query });
    await this.web.page(response, OrganizationsPage, { page, query });
  }

  @Get(':id')
  @SignedIn()
  async show(@Param('id') id: string, @Res() response: Response) {
    const [unit, history] = await Promise.all([this.organizations.get(id), this.organizations.history(id)]);
    await this.web.page(response, OrganizationPage, { unit, history });
  }
}
