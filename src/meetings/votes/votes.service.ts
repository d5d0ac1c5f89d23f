import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { AWARD_CATALOG } from '../../nominations/award-types/award-catalog.data.js';
import { calendarDateInVietnam } from '../../platform/time/calendar.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { TermsService } from '../../registry/terms/terms.service.js';
import type { MeetingRecord } from '../meetings/meeting.repository.js';
import { holdsVotes } from '../meetings/meeting.state.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { VoteRuleSetRepository } from './vote-rule-set.repository.js';
import { type Ballot, chooseVoteRules, planBallot } from './vote-setup.rules.js';
import type { CreateVoteBody, VotesQuery } from './vote.dto.js';
import { InvalidVoteError, ResultHiddenError, VoteMeetingFinalizedError } from './vote.errors.js';
import { VoteRepository } from './vote.repository.js';
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
      if (!holdsVotes(meeting.state)) throw new VoteMeetingFinalizedError();
      const ballot = await this.ballotOf(tx, meeting, body);
      const meetingDate = calendarDateInVietnam(meeting.startsAt);
      const inForce = await new VoteRuleSetRepository(tx).inForce(meeting.clusterId, meetingDate);
      const { rules, basis } = chooseVoteRules(inForce, meetingDate);
      const votes = new VoteRepository(tx);
      const id = await votes.insert({
        meetingId: meeting.id,
        clusterId: meeting.clusterId,
        year: meeting.year,
        subject: body.subject,
        title: body.title,
        question: body.question ?? null,
        method: body.method,
        candidateIds: [...ballot.candidateIds],
        proposedOrganizationId: ballot.proposedOrganizationId,
        awardTypeCode: ballot.awardTypeCode,
        quota: ballot.quota,
        quotaBasis: ballot.quotaBasis,
        rules,
        ruleSetId: inForce?.id ?? null,
        rulesBasis: basis,
        countingCommittee: body.countingCommittee ?? [],
      });
      await this.audit.record(tx, {
        action: 'vote.create',
        entityType: 'vote',
        entityId: id,
        subjectOrganizationId: scope.chairOrganizationId,
        after: { meetingId, subject: body.subject, title: body.title, method: body.method, ...ballot, rules, ruleSetId: inForce?.id ?? null },
      });
      return voteView(votes, await votes.require(id), locale);
    });
  }

  async list(meetingId: string, query: VotesQuery, locale: Locale): Promise<Page<Localized<VoteView>>> {
    await this.meetings.require(meetingId);
    const votes = new VoteRepository(this.dataSource.manager);
    const { items, total } = await votes.listOfMeeting(meetingId, query);
    return pageOf(await Promise.all(items.map((vote) => voteView(votes, vote, locale))), total, query);
  }

  async get(id: string, locale: Locale): Promise<Localized<VoteView>> {
    const votes = new VoteRepository(this.dataSource.manager);
    return voteView(votes, await votes.require(id), locale);
  }

  /** The result of every closed round; nothing while the first round is still open (secret until counted). */
  async result(id: string, locale: Locale): Promise<Localized<ResultView>> {
    const votes = new VoteRepository(this.dataSource.manager);
    const vote = await votes.require(id);
    const rounds = await votes.rounds(id);
    if (visibleResults(vote, rounds).length === 0) throw new ResultHiddenError();
    return resultView(votes, vote, rounds, locale);
  }

  /** Reads what the registry says about the ballot the request asks for; planBallot decides. */
  private async ballotOf(tx: EntityManager, meeting: MeetingRecord, body: CreateVoteBody): Promise<Ballot> {
    const votes = new VoteRepository(tx);
    const proposalNeeded = body.subject === 'chair_handover' && body.proposedOrganizationId === undefined;
    const { ballot, problems } = planBallot(body, {
      year: meeting.year,
      meetingDate: calendarDateInVietnam(meeting.startsAt),
      members: await votes.memberIds(meeting.clusterId, meeting.year),
      nextYearMembers: await votes.memberIds(meeting.clusterId, meeting.year + 1),
      nextChairId: (await votes.termHolders(meeting.clusterId, meeting.year + 1))?.chairId ?? null,
      rotationChairId: proposalNeeded ? ((await this.terms.proposal(meeting.clusterId, meeting.year + 1, 'vi')).chair?.id ?? null) : null,
      awardTypes: AWARD_CATALOG,
    });
    if (problems.length > 0) throw new InvalidVoteError(problems);
    return ballot;
  }
}
