import { Body, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { StaffOnly } from '../../access/policies/policy.decorator.js';
import { isIsoDate } from '../../platform/time/calendar.js';
import { Clock } from '../../platform/time/clock.js';
import { ListAwardTypesQuery } from '../../nominations/award-types/award-type.dto.js';
import { AwardTypesService } from '../../nominations/award-types/award-types.service.js';
import { NominationsService } from '../../nominations/nominations/nominations.service.js';
import { ListCouncilMembersQuery } from '../../nominations/reviews/council-member.dto.js';
import { CouncilMembersService } from '../../nominations/reviews/council-members.service.js';
import { CouncilVoteBody } from '../../nominations/reviews/council-vote.dto.js';
import { CouncilVotesService } from '../../nominations/reviews/council-votes.service.js';
import { ReviewQueueQuery } from '../../nominations/reviews/review.dto.js';
import { ReviewsService } from '../../nominations/reviews/reviews.service.js';
import { ListClustersQuery } from '../../registry/clusters/cluster.dto.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import { type FormState, formState, postedValues, validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { ballotsOf, memberRows } from './council-vote.form.js';
import { CouncilVotePage } from './council-vote.page.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { filledIn } from './nominations.pages.controller.js';
import { ReviewQueuePage } from './review-queue.page.js';

const ALL = '200';

/** VUSTA staff: the review queue, and the council's vote on a nomination before it. */
@PageController()
export class ReviewsPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly reviews: ReviewsService,
    private readonly nominations: NominationsService,
    private readonly councilVotes: CouncilVotesService,
    private readonly councilMembers: CouncilMembersService,
    private readonly awardTypes: AwardTypesService,
    private readonly clusters: ClustersService,
    private readonly clock: Clock,
  ) {}

  @Get('reviews')
  @StaffOnly()
  async queue(@Query() raw: Record<string, unknown>, @Res() response: Response) {
    const actor = actorOf(response.req);
    const query = await validateAs(ReviewQueueQuery, filledIn(raw, ['status', 'year', 'clusterId', 'awardTypeId', 'page']));
    const year = this.clock.currentYear();
    const [queue, awardTypes, clusters] = await Promise.all([
      this.reviews.queue(actor, query),
      this.awardTypes.list(
        await validateAs(ListAwardTypesQuery, {
          nominatedThroughVusta: 'true',
          pageSize: ALL,
        }),
      ),
      this.clusters.list(await validateAs(ListClustersQuery, { pageSize: ALL })),
    ]);
    await this.web.page(response, ReviewQueuePage, {
      queue,
      filters: {
        status: query.status,
        year: query.year,
        clusterId: query.clusterId,
        awardTypeId: query.awardTypeId,
      },
      awardTypes: awardTypes.items,
      clusters: clusters.items,
      years: Array.from({ length: 6 }, (_, i) => year - i),
    });
  }

  /** The roll of the council on the session's day (today unless another day is asked). */
  @Get('nominations/:id/council-vote')
  @StaffOnly()
  async councilVoteForm(@Param('id') id: string, @Query('heldOn') heldOn: unknown, @Res() response: Response) {
    const actor = actorOf(response.req);
    const day = typeof heldOn === 'string' && isIsoDate(heldOn) ? heldOn : this.clock.today();
    const [nomination, roll] = await Promise.all([this.nominations.get(actor, id), this.rollOn(day)]);
    await this.web.page(response, CouncilVotePage, {
      nomination,
      heldOn: day,
      roll,
    });
  }

  /** Each member's attendance and vote are read against the day's roll, then judged like the API's body. */
  @Post('nominations/:id/council-vote')
  @StaffOnly()
  async recordCouncilVote(@Param('id') id: string, @Body() posted: Record<string, unknown>, @Res() response: Response) {
    const actor = actorOf(response.req);
    const values = postedValues(posted);
    const heldOn = typeof values.heldOn === 'string' && isIsoDate(values.heldOn) ? values.heldOn : this.clock.today();
    const roll = await this.rollOn(heldOn);
    const show = async (form: FormState, status: number) =>
      this.web.page(
        response,
        CouncilVotePage,
        {
          nomination: await this.nominations.get(actor, id),
          heldOn,
          roll,
          form,
        },
        { status },
      );
    const outcome = ballotsOf(
      memberRows(
        roll.map((m) => m.id),
        values,
      ),
    );
    if ('errors' in outcome) return show(formState(values, outcome.errors), 422);
    await this.web.submit(response, {
      dto: CouncilVoteBody,
      read: (form) => ({
        heldOn: form.text('heldOn'),
        minutesReference: form.nullable('minutesReference'),
        ballots: outcome.ballots,
      }),
      run: (body) => this.councilVotes.record(actor, id, body),
      done: () => ({
        to: `/nominations/${id}#council-vote`,
        flash: M.voteRecorded,
      }),
      show,
    });
  }

  private async rollOn(day: string) {
    const members = await this.councilMembers.list(await validateAs(ListCouncilMembersQuery, { on: day, pageSize: ALL }));
    return members.items;
  }
}
