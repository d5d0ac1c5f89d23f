import { Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { hasAnyRole } from '../../access/policies/access.rules.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { CreateVoteRuleSetBody, VoteRuleSetsQuery } from '../../meetings/votes/vote-rule-set.dto.js';
import { VoteRuleSetsService } from '../../meetings/votes/vote-rule-sets.service.js';
import { MAX_PAGE_SIZE } from '../../platform/pagination/page.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { filledIn } from '../nominations/nominations.pages.controller.js';
import { MEETING_PAGES as M } from './meetings.messages.js';
import { NewVoteRuleSetPage, VoteRuleSetsPage } from './vote-rule-sets.page.js';

/**
 * Quy tắc biểu quyết: every signed-in user reads the dated rules votes apply (as GET /api/v1/vote-rule-sets);
 * national staff add a set through the API's service and DTO.
 */
@PageController('vote-rule-sets')
export class VoteRuleSetsPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly ruleSets: VoteRuleSetsService,
    private readonly clusters: ClustersService,
  ) {}

  @Get()
  @SignedIn()
  async list(@Query() raw: Record<string, unknown>, @Req() request: Request, @Res() response: Response) {
    const query = await validateAs(VoteRuleSetsQuery, filledIn(raw, ['ownerId', 'on', 'page']));
    const [ruleSets, owners] = await Promise.all([this.ruleSets.list(query), this.owners()]);
    const staff = hasAnyRole(actorOf(request), ['national_staff', 'system_admin']);
    await this.web.page(response, VoteRuleSetsPage, { ruleSets, owners, staff });
  }

  @Get('new')
  @StaffOnly()
  async newRuleSet(@Res() response: Response) {
    await this.web.page(response, NewVoteRuleSetPage, { owners: await this.owners() });
  }

  @Post()
  @StaffOnly()
  async create(@Res() response: Response) {
    await this.web.submit(response, {
      dto: CreateVoteRuleSetBody,
      read: (form) => ({
        ownerId: form.text('ownerId'),
        effectiveFrom: form.text('effectiveFrom'),
        effectiveTo: form.nullable('effectiveTo'),
        quorum: {
          numerator: form.integer('quorum.numerator'),
          denominator: form.integer('quorum.denominator'),
          comparison: form.text('quorum.comparison'),
        },
        threshold: {
          numerator: form.integer('threshold.numerator'),
          denominator: form.integer('threshold.denominator'),
          comparison: form.text('threshold.comparison'),
          base: form.text('threshold.base'),
        },
        maxRounds: form.integer('maxRounds'),
        fallback: form.text('fallback'),
        legalBasis: form.optional('legalBasis'),
        note: form.optional('note'),
      }),
      run: (body) => this.ruleSets.create(body),
      done: () => ({ to: '/vote-rule-sets', flash: M.ruleSetSaved }),
      show: async (form, status) => {
        // A share refused as a whole (`threshold`) is shown at its numerator, the first of its fields.
        const errors = form.errors.map((error) => ({ ...error, field: error.field.replace(/^(quorum|threshold)$/, '$1.numerator') }));
        await this.web.page(response, NewVoteRuleSetPage, { owners: await this.owners(), form: { ...form, errors } }, { status });
      },
    });
  }

  /** The organizers of clusters and blocks (VUSTA for its own): whose votes a rule set governs. */
  private async owners(): Promise<UnitView[]> {
    const clusters = await this.clusters.list({ page: 1, pageSize: MAX_PAGE_SIZE, sort: 'number' });
    const byId = new Map(clusters.items.map((cluster) => [cluster.owner.id, cluster.owner]));
    return [...byId.values()];
  }
}
