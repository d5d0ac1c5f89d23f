import { Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { MAX_PAGE_SIZE } from '../../platform/pagination/page.js';
import { dayBefore, yearOf } from '../../platform/time/calendar.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import { MergerBody } from '../../registry/organizations/merger.dto.js';
import { MergersService } from '../../registry/organizations/mergers.service.js';
import { OrganizationsService } from '../../registry/organizations/organizations.service.js';
import { FormReader, type FormState, formState, postedValues, validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { formatDate } from '../layout/format.js';
import type { Choice } from '../layout/forms.js';
import { localeOf } from '../http/web-request.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { MergerFormPage, MergerPreviewPage } from './merger.page.js';
import { mergersText } from './registry.messages.js';

/** Posted text → the API's merger body (`successor.*` fields become the nested successor). */
function mergerBody(form: FormReader): Record<string, unknown> {
  const successorId = form.optional('successor.id');
  return {
    sourceIds: form.list('sourceIds'),
    successor: successorId
      ? { id: successorId }
      : {
          code: form.text('successor.code'),
          fullName: form.text('successor.fullName'),
          shortName: form.text('successor.shortName'),
          kind: form.text('successor.kind'),
          province: form.optional('successor.province'),
        },
    effectiveDate: form.text('effectiveDate'),
    legalBasis: form.optional('legalBasis'),
    successorClusterIds: form.list('successorClusterIds'),
  };
}

/**
 * Sáp nhập (staff): a form, a preview of its effect read from the registry, then the merger itself
 * through the same service and DTO as POST /api/v1/organizations/mergers (MergersService).
 */
@PageController('mergers')
export class MergersPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly organizations: OrganizationsService,
    private readonly mergers: MergersService,
    private readonly clusters: ClustersService,
  ) {}

  @Get('new')
  @StaffOnly()
  async newForm(@Query('sourceIds') sourceIds: unknown, @Res() response: Response) {
    const preselected = (Array.isArray(sourceIds) ? sourceIds : [sourceIds]).filter((id): id is string => typeof id === 'string');
    await this.showForm(response, undefined, 200, preselected);
  }

  /** Validates as the API would, then describes what the merger will do; `step=edit` goes back to the form. */
  @Post('preview')
  @StaffOnly()
  async preview(@Res() response: Response) {
    const values = postedValues(response.req.body);
    delete values.step;
    if (response.req.body?.step === 'edit') return this.showForm(response, formState(values), 200);
    let body: MergerBody;
    try {
      body = await validateAs(MergerBody, mergerBody(new FormReader(values)));
    } catch (error) {
      if (error instanceof DomainError && error.fieldErrors.length > 0)
        return this.showForm(response, formState(values, error.fieldErrors), 422);
      throw error;
    }
    await this.web.page(response, MergerPreviewPage, { effects: await this.effectsOf(body, localeOf(response.req)), values });
  }

  @Post()
  @StaffOnly()
  async merge(@Res() response: Response) {
    await this.web.submit(response, {
      dto: MergerBody,
      read: mergerBody,
      run: (body) => this.mergers.merge(body),
      done: (result) => ({ to: `/organizations/${result.successor.id}`, flash: mergersText.done(result.successor.shortName) }),
      show: (form, status) => this.showForm(response, form, status),
    });
  }

  /** The merger in plain words, from what the registry holds today; the service still decides on confirmation. */
  private async effectsOf(body: MergerBody, locale: 'vi' | 'en'): Promise<LocalizedText[]> {
    const year = yearOf(body.effectiveDate);
    const [sources, existing] = await Promise.all([
      Promise.all(body.sourceIds.map((id) => this.organizations.get(id))),
      body.successor.id ? this.organizations.get(body.successor.id) : null,
    ]);
    const successorName = existing?.shortName ?? body.successor.shortName ?? '';
    const effects: LocalizedText[] = [];
    if (!existing) effects.push(mergersText.newUnitCreated(successorName, body.successor.code ?? ''));
    effects.push(mergersText.successorStarts(successorName, formatDate(body.effectiveDate, locale)));
    for (const source of sources) {
      effects.push(mergersText.endsOn(source.shortName, formatDate(dayBefore(body.effectiveDate), locale)));
      const seats = await this.clusters.list({ memberId: source.id, year, page: 1, pageSize: MAX_PAGE_SIZE, sort: 'number' });
      for (const cluster of seats.items) effects.push(mergersText.seatPasses(source.shortName, cluster.name, year, successorName));
    }
    return effects;
  }

  private async showForm(response: Response, form: FormState | undefined, status: number, preselected?: string[]): Promise<void> {
    const [units, clusters] = await Promise.all([
      this.organizations.list({ page: 1, pageSize: MAX_PAGE_SIZE, sort: 'name' }),
      this.clusters.list({ page: 1, pageSize: MAX_PAGE_SIZE, sort: 'number' }),
    ]);
    const unitChoices: Choice[] = units.items.filter((unit) => !unit.activeTo).map((unit) => ({ value: unit.id, label: unit.shortName }));
    const clusterChoices: Choice[] = clusters.items.map((cluster) => ({ value: cluster.id, label: cluster.name }));
    await this.web.page(response, MergerFormPage, { form, units: unitChoices, clusters: clusterChoices, preselected }, { status });
  }
}
