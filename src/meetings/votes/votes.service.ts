import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { AWARD_CATALOG } from '../../nominations/award-types/award-catalog.data.js';
import { calendarDateInVietnam } from '../../platform/time/calendar.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { findMembers } from '../../registry/memberships/membership.queries.js';
import { findTerm } from '../../registry/terms/term.queries.js';
import { TermsService } from '../../registry/terms/terms.service.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { findVoteRuleSetInForce } from './vote-rule-set.queries.js';
import { type Ballot, chooseVoteRules, planBallot } from './vote-setup.rules.js';
import type { CreateVoteBody, VotesQuery } from './vote.dto.js';
import { InvalidVoteError, MeetingFinalizedError, ResultHiddenError } from './vote.errors.js';
import { findRounds, findVote, findVotesOfMeeting } from './vote.queries.js';
import { type ResultView, resultView, visibleResults, voteView, type VoteView } from './vote.views.js';

/** Biểu quyết at a cluster meeting: set up by the year's secretariat, read by every signed-in user. */
@Injectable()
export class VotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly terms: TermsService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, meetingId: string, body: CreateVoteBody, locale: Locale): Promise<Localized<VoteView>> {
    return this.dataSource.transaction(async (tx) => {
      const meeting = await this.meetings.require(meetingId, tx);
      const scope = await this.meetings.authorize(tx, actor, meeting);
      if (meeting.state === 'finalized') throw new MeetingFinalizedError();
      const ballot = await this.ballotOf(tx, meeting, body);
      const meetingDate = calendarDateInVietnam(meeting.startsAt);
      const inForce = await findVoteRuleSetInForce(tx, meeting.clusterId, meetingDate);
      const { rules, basis } = chooseVoteRules(inForce, meetingDate);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO votes (meeting_id, cluster_id, year, subject, title, question, method, candidate_ids, proposed_organization_id,
           award_type_code, quota, quota_basis, rules, rule_set_id, rules_basis, counting_committee)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [
          meeting.id,
          meeting.clusterId,
          meeting.year,
          body.subject,
          body.title,
          body.question ?? null,
          body.method,
          ballot.candidateIds,
          ballot.proposedOrganizationId,
          ballot.awardTypeCode,
          ballot.quota,
          ballot.quotaBasis,
          rules,
          inForce?.id ?? null,
          basis,
          JSON.stringify(body.countingCommittee ?? []),
        ],
      );
      await this.audit.record(tx, {
        action: 'vote.create',
        entityType: 'vote',
        entityId: id,
        subjectOrganizationId: scope.chairOrganizationId,
        after: { meetingId, subject: body.subject, title: body.title, method: body.method, ...ballot, rules, ruleSetId: inForce?.id ?? null },
      });
      return voteView(tx, await findVote(tx, id), locale);
    });
  }

  async list(meetingId: string, query: VotesQuery, locale: Locale): Promise<Page<Localized<VoteView>>> {
    const manager = this.dataSource.manager;
    await this.meetings.require(meetingId, manager);
    const { items, total } = await findVotesOfMeeting(manager, meetingId, {
      subject: query.subject,
      state: query.state,
      order: query.order,
      limit: query.pageSize,
      offset: offsetOf(query),
    });
    return pageOf(await Promise.all(items.map((vote) => voteView(manager, vote, locale))), total, query);
  }

  async get(id: string, locale: Locale): Promise<Localized<VoteView>> {
    return voteView(this.dataSource.manager, await findVote(this.dataSource.manager, id), locale);
  }

  /** The result of every closed round; nothing while the first round is still open (secret until counted). */
  async result(id: string, locale: Locale): Promise<Localized<ResultView>> {
    const manager = this.dataSource.manager;
    const vote = await findVote(manager, id);
    const rounds = await findRounds(manager, id);
    if (visibleResults(vote, rounds).length === 0) throw new ResultHiddenError();
    return resultView(manager, vote, rounds, locale);
  }

  /** Reads what the registry says about the ballot the request asks for; planBallot decides. */
  private async ballotOf(tx: EntityManager, meeting: MeetingEntity, body: CreateVoteBody): Promise<Ballot> {
    const proposalNeeded = body.subject === 'chair_handover' && body.proposedOrganizationId === undefined;
    const { ballot, problems } = planBallot(body, {
      year: meeting.year,
      meetingDate: calendarDateInVietnam(meeting.startsAt),
      members: await memberIds(tx, meeting.clusterId, meeting.year),
      nextYearMembers: await memberIds(tx, meeting.clusterId, meeting.year + 1),
      nextChairId: (await findTerm(tx, meeting.clusterId, meeting.year + 1))?.chair.id ?? null,
      rotationChairId: proposalNeeded ? ((await this.terms.proposal(meeting.clusterId, meeting.year + 1, 'vi')).chair?.id ?? null) : null,
      awardTypes: AWARD_CATALOG,
    });
    if (problems.length > 0) throw new InvalidVoteError(problems);
    return ballot;
  }
}

/** The member units of the cluster in `year`, in Vietnamese alphabetical order. */
async function memberIds(manager: EntityManager, clusterId: string, year: number): Promise<string[]> {
  const { items } = await findMembers(manager, clusterId, year, { sort: 'name' });
  return items.map((member) => member.organizationId);
}
