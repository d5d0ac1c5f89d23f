import { Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { Clock } from '../../platform/time/clock.js';
import { ClusterParams, ListClustersQuery, YearQuery } from '../../registry/clusters/cluster.dto.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import { MembershipsService } from '../../registry/memberships/memberships.service.js';
import { TermsService } from '../../registry/terms/terms.service.js';
import { MAX_PAGE_SIZE } from '../../platform/pagination/page.js';
import { PageController, wantsFragment } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { localeOf } from '../http/web-request.js';
import { CLUSTER_YEAR_ID, ClusterPage, ClusterYear } from './cluster.page.js';
import { ClustersPage } from './clusters.page.js';

/** How far back the year selector goes when a cluster has no older term. */
const EARLIEST_YEAR = 2015;

@PageController('clusters')
export class ClustersPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly clusters: ClustersService,
    private readonly memberships: MembershipsService,
    private readonly terms: TermsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @SignedIn()
  async list(@Query() query: ListClustersQuery, @Res() response: Response) {
    await this.web.page(response, ClustersPage, { page: await this.clusters.list(query) });
  }

  @Get(':id')
  @SignedIn()
  async show(@Param() params: ClusterParams, @Query() query: YearQuery, @Res() response: Response) {
    const cluster = await this.clusters.get(params.id, query.year);
    const year = cluster.year;
    const [members, terms, proposal] = await Promise.all([
      this.memberships.list(params.id, { year, page: 1, pageSize: MAX_PAGE_SIZE, sort: 'name' }),
      this.terms.list(params.id, { page: 1, pageSize: MAX_PAGE_SIZE, order: 'asc' }),
      // Next year's proposal starts from this year's term; without one there is nothing to propose from.
      cluster.term ? this.terms.proposal(params.id, year + 1, localeOf(response.req)) : null,
    ]);
    const firstYear = Math.min(EARLIEST_YEAR, ...terms.items.map((term) => term.year));
    const lastYear = this.clock.currentYear() + 1;
    const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => lastYear - i);
    const props = { cluster, members: members.items, terms: terms.items, proposal, years };
    if (wantsFragment(response.req, CLUSTER_YEAR_ID)) return this.web.fragment(response, ClusterYear, props);
    await this.web.page(response, ClusterPage, props);
  }
}
