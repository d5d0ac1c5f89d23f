import { Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import {
  CreateOrganizationBody,
  ListOrganizationsQuery,
  RenameOrganizationBody,
  UpdateOrganizationBody,
} from '../../registry/organizations/organization.dto.js';
import { OrganizationsService } from '../../registry/organizations/organizations.service.js';
import type { FormState } from '../http/forms.js';
import { PageController, wantsFragment } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { EditOrganizationPage, NewOrganizationPage } from './organization-form.page.js';
import { organizationsText } from './registry.messages.js';
import { OrganizationPage } from './organization.page.js';
import { ORGANIZATION_RESULTS_ID, OrganizationResults, OrganizationsPage } from './organizations.page.js';

/**
 * The registry's units: read by everyone signed in, changed by staff, through the same service and
 * DTOs as /api/v1/organizations.
 */
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

  @Get('new')
  @StaffOnly()
  async newForm(@Res() response: Response) {
    await this.web.page(response, NewOrganizationPage, {});
  }

  @Post()
  @StaffOnly()
  async create(@Res() response: Response) {
    await this.web.submit(response, {
      dto: CreateOrganizationBody,
      read: (form) => ({
        code: form.text('code'),
        kind: form.text('kind'),
        fullName: form.text('fullName'),
        shortName: form.text('shortName'),
        province: form.optional('province'),
        activeFrom: form.text('activeFrom'),
      }),
      run: (body) => this.organizations.create(body),
      done: (unit) => ({ to: `/organizations/${unit.id}`, flash: organizationsText.created(unit.shortName) }),
      show: (form, status) => this.web.page(response, NewOrganizationPage, { form }, { status }),
    });
  }

  @Get(':id')
  @SignedIn()
  async show(@Param('id') id: string, @Res() response: Response) {
    const [unit, history] = await Promise.all([this.organizations.get(id), this.organizations.history(id)]);
    await this.web.page(response, OrganizationPage, { unit, history });
  }

  @Get(':id/edit')
  @StaffOnly()
  async editForm(@Param('id') id: string, @Res() response: Response) {
    await this.showEdit(response, id, {});
  }

  @Post(':id')
  @StaffOnly()
  async update(@Param('id') id: string, @Res() response: Response) {
    await this.web.submit(response, {
      dto: UpdateOrganizationBody,
      read: (form) => ({ kind: form.optional('kind'), province: form.nullable('province'), version: form.integer('version') }),
      run: (body) => this.organizations.update(id, body),
      done: () => ({ to: `/organizations/${id}`, flash: organizationsText.saved }),
      show: (details, status) => this.showEdit(response, id, { details }, status),
    });
  }

  /** Đổi tên: the new name from a date, the years before keep the old one. */
  @Post(':id/names')
  @StaffOnly()
  async rename(@Param('id') id: string, @Res() response: Response) {
    await this.web.submit(response, {
      dto: RenameOrganizationBody,
      read: (form) => ({ fullName: form.text('fullName'), shortName: form.text('shortName'), validFrom: form.text('validFrom') }),
      run: (body) => this.organizations.rename(id, body),
      done: () => ({ to: `/organizations/${id}`, flash: organizationsText.renamed }),
      show: (rename, status) => this.showEdit(response, id, { rename }, status),
    });
  }

  private async showEdit(
    response: Response,
    id: string,
    forms: { details?: FormState; rename?: FormState },
    status?: number,
  ): Promise<void> {
    await this.web.page(response, EditOrganizationPage, { unit: await this.organizations.get(id), ...forms }, { status });
  }
}
