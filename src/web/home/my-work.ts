import { Injectable } from '@nestjs/common';
import { isStaff } from '../../access/policies/access.rules.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { MAX_PAGE_SIZE } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { Clock } from '../../platform/time/clock.js';
import { MeetingsService } from '../../meetings/meetings/meetings.service.js';
import type { VoteView } from '../../meetings/votes/vote.views.js';
import { VotesService } from '../../meetings/votes/votes.service.js';
import type { NominationView } from '../../nominations/nominations/nomination.dto.js';
import { NominationsService } from '../../nominations/nominations/nominations.service.js';
import { ReviewsService } from '../../nominations/reviews/reviews.service.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';

export interface ReturnedNomination {
  nomination: NominationView;
  /** The reviewer's reasons when it was last returned. */
  reasons: string | null;
}

export interface OpenVote {
  vote: Localized<VoteView>;
  meetingTitle: string;
  clusterName: string;
}

export interface OpenClusterYear {
  clusterId: string;
  clusterName: string;
  year: number;
}

/** "What needs me now": the home page's lists, each from the service the matching API route uses. */
export interface MyWork {
  returned: ReturnedNomination[];
  openVotes: OpenVote[];
  /** Years the user's unit chairs (or, for staff, any cluster's) that are not closed yet. */
  openYears: OpenClusterYear[];
  /** Staff: dossiers waiting for review (thẩm định). */
  reviewQueue: number | null;
  /** The clusters the user's unit belongs to last year and this year: where it registers and self-scores. */
  emulationYears: OpenClusterYear[];
}

/** Composes the home page from existing services; it decides nothing the services do not. */
@Injectable()
export class MyWorkReader {
  constructor(
    private readonly clusters: ClustersService,
    private readonly meetings: MeetingsService,
    private readonly votes: VotesService,
    private readonly nominations: NominationsService,
    private readonly reviews: ReviewsService,
    private readonly clock: Clock,
  ) {}

  async read(actor: Actor, locale: Locale): Promise<MyWork> {
    const staff = isStaff(actor);
    const [returned, openVotes, openYears, reviewQueue, emulationYears] = await Promise.all([
      actor.organizationId ? this.returnedNominations(actor, actor.organizationId) : [],
      actor.organizationId ? this.openVotes(actor.organizationId, locale) : [],
      this.openYears(staff ? null : actor.organizationId),
      staff
        ? this.reviews.queue(actor, { page: 1, pageSize: 1, status: 'awaiting_review', sort: 'waitingSince' }).then((p) => p.total)
        : null,
      actor.organizationId && !staff ? this.memberYears(actor.organizationId) : [],
    ]);
    return { returned, openVotes, openYears, reviewQueue, emulationYears };
  }

  private async returnedNominations(actor: Actor, organizationId: string): Promise<ReturnedNomination[]> {
    const page = await this.nominations.list(actor, {
      page: 1,
      pageSize: 20,
      state: 'returned',
      proposingOrganizationId: organizationId,
      sort: '-createdAt',
    });
    return Promise.all(
      page.items.map(async (nomination) => {
        const history = await this.nominations.history(actor, nomination.id, {
          page: 1,
          pageSize: MAX_PAGE_SIZE,
          action: 'return',
          sort: 'occurredAt',
        });
        return { nomination, reasons: history.items.at(-1)?.comment ?? null };
      }),
    );
  }

  /** Open votes of the meetings of the clusters the unit belongs to this year; the vote itself says who may vote. */
  private async openVotes(organizationId: string, locale: Locale): Promise<OpenVote[]> {
    const year = this.clock.currentYear();
    const clusters = await this.clusters.list({ memberId: organizationId, year, page: 1, pageSize: MAX_PAGE_SIZE, sort: 'number' });
    const perCluster = await Promise.all(
      clusters.items.map(async (cluster) => {
        const meetings = await this.meetings.list({ clusterId: cluster.id, year, page: 1, pageSize: MAX_PAGE_SIZE, sort: 'newest' });
        const perMeeting = await Promise.all(
          meetings.items.map(async (meeting) => {
            const votes = await this.votes.list(meeting.id, { state: 'open', page: 1, pageSize: MAX_PAGE_SIZE, order: 'asc' }, locale);
            return votes.items.map((vote) => ({ vote, meetingTitle: meeting.title, clusterName: cluster.name }));
          }),
        );
        return perMeeting.flat();
      }),
    );
    return perCluster.flat();
  }

  /** The unit's clusters last year and this year (the emulation year is scored at the next year's start too). */
  private async memberYears(organizationId: string): Promise<OpenClusterYear[]> {
    const thisYear = this.clock.currentYear();
    const perYear = await Promise.all(
      [thisYear, thisYear - 1].map(async (year) => {
        const clusters = await this.clusters.list({ memberId: organizationId, year, page: 1, pageSize: MAX_PAGE_SIZE, sort: 'number' });
        return clusters.items.map((cluster) => ({ clusterId: cluster.id, clusterName: cluster.name, year }));
      }),
    );
    return perYear.flat();
  }

  /** Last year and this year: the years a secretariat typically still has to close. */
  private async openYears(chairOrganizationId: string | null): Promise<OpenClusterYear[]> {
    const thisYear = this.clock.currentYear();
    const found: OpenClusterYear[] = [];
    for (const year of [thisYear - 1, thisYear]) {
      const clusters = await this.clusters.list({
        year,
        page: 1,
        pageSize: MAX_PAGE_SIZE,
        sort: 'number',
        ...(chairOrganizationId && { memberId: chairOrganizationId }),
      });
      const details = await Promise.all(clusters.items.map((cluster) => this.clusters.get(cluster.id, year)));
      for (const cluster of details) {
        const term = cluster.term;
        if (!term || term.closedAt) continue;
        if (chairOrganizationId && term.chair.id !== chairOrganizationId) continue;
        found.push({ clusterId: cluster.id, clusterName: cluster.name, year });
      }
    }
    return found;
  }
}
