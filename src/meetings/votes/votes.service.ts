import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { AwardTypesService } from '../../nominations/award-types/award-types.service.js';
import { calendarDateInVietnam } from '../../platform/time/calendar.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { TermsService } from '../../registry/terms/terms.service.js';
import { RankingService } from '../../emulation/ranking/ranking.service.js';
import type { MeetingRecord } from '../meetings/meeting.repository.js';
import { holdsVotes } from '../meetings/meeting.state.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { VoteRuleSetRepository } from './vote-rule-set.repository.js';
import { ResolutionRepository } from '../resolutions/resolution.repository.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import {
  type Ballot,
  chooseVoteRules,
  DEFAULT_FLAG_AWARD_TYPE,
  planBallot,
  recordConflicts,
  type RecordFacts,
} from './vote-setup.rules.js';
import type { VoteSubject } from './vote-rule-set.js';
import { UNSETTLED_VOTE_STATES } from './vote.state.js';
import type { CreateVoteBody, VotesQuery } from './vote.dto.js';
import { InvalidVoteError, ResultHiddenError, VoteMeetingFinalizedError } from './vote.errors.js';
import { VoteRepository, type VoteRow } from './vote.repository.js';
import { type ResultView, resultView, visibleResults, voteView, type VoteView } from './vote.views.js';

/** Biểu quyết at a cluster meeting: set up by the year's secretariat, read by every signed-in user. */
@Injectable()
export class VotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly terms: TermsService,
    private readonly awardTypes: AwardTypesService,
    private readonly audit: AuditService,
    private readonly ranking: RankingService,
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
        awardRuleSetId: ballot.awardRuleSetId,
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
        after: {
          meetingId,
          subject: body.subject,
          title: body.title,
          method: body.method,
          ...ballot,
          ...(body.candidateReasons && { candidateReasons: body.candidateReasons }),
          rules,
          ruleSetId: inForce?.id ?? null,
        },
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

  /**
   * Why the vote's resolution would contradict the record as it stands now (recordConflicts); asked again when the
   * vote or a further round is opened, since another vote may have closed since it was set up.
   */
  async conflictsOf(tx: EntityManager, vote: VoteRow): Promise<FieldError[]> {
    return recordConflicts(vote.subject, vote, await this.recordFacts(tx, vote));
  }

  /**
   * Reads what the registry and the earlier votes say about the ballot the request asks for; planBallot decides who
   * is on it, recordConflicts what the record already rules out.
   */
  private async ballotOf(tx: EntityManager, meeting: MeetingRecord, body: CreateVoteBody): Promise<Ballot> {
    const votes = new VoteRepository(tx);
    const awardTypeCode = body.awardTypeCode ?? DEFAULT_FLAG_AWARD_TYPE;
    const record = await this.recordFacts(tx, { ...meeting, subject: body.subject, awardTypeCode });
    const { ballot, problems } = planBallot(body, {
      year: meeting.year,
      meetingDate: calendarDateInVietnam(meeting.startsAt),
      members: await votes.memberIds(meeting.clusterId, meeting.year),
      nextYearMembers: await votes.memberIds(meeting.clusterId, meeting.year + 1),
      nextChairId: (await votes.termHolders(meeting.clusterId, meeting.year + 1))?.chairId ?? null,
      rotationChairId: body.subject === 'chair_handover' ? await this.rotationChair(meeting.clusterId, meeting.year + 1) : null,
      awardType: body.subject === 'flag_proposal' ? await this.awardTypes.findByCode(awardTypeCode, tx) : null,
      ruledOut: [...record.proposed.map((unit) => unit.id), ...(record.nextChair ? [record.nextChair.id] : [])],
      alreadyProposed: record.proposed.length,
      ranking: body.subject === 'flag_proposal' ? await this.ranking.fixedRanking(tx, meeting.clusterId, meeting.year) : null,
    });
    const refused = new Set(problems.map((problem) => problem.field));
    const conflicts = recordConflicts(body.subject, ballot, record).filter((conflict) => !refused.has(conflict.field));
    if (problems.length + conflicts.length > 0) throw new InvalidVoteError([...problems, ...conflicts]);
    return ballot;
  }

  /** The chair the cluster's rotation proposes for `year`, if any. */
  private async rotationChair(clusterId: string, year: number): Promise<string | null> {
    return (await this.terms.proposal(clusterId, year, 'vi')).chair?.id ?? null;
  }

  /** What the record holds that a vote of the subject could contradict, with the units named as in the vote's year. */
  private async recordFacts(
    tx: EntityManager,
    vote: { id?: string; clusterId: string; year: number; subject: VoteSubject; awardTypeCode: string | null },
  ): Promise<RecordFacts> {
    const votes = new VoteRepository(tx);
    const resolutions = new ResolutionRepository(tx);
    const nextYear = vote.year + 1;
    const proposed =
      vote.subject === 'flag_proposal' && vote.awardTypeCode
        ? await resolutions.proposedUnits(vote.clusterId, vote.year, vote.awardTypeCode)
        : [];
    const term = await votes.termHolders(vote.clusterId, nextYear);
    const chair = await this.nextChair(tx, vote, term?.chairId ?? null);
    const viceChairId =
      vote.subject === 'chair_handover' ? (term?.viceChairId ?? (await resolutions.pendingViceChair(vote.clusterId, nextYear))) : null;
    const units = await votes.unitsById([...(chair ? [chair.id] : []), ...(viceChairId ? [viceChairId] : [])], vote.year);
    const name = (id: string) => units.get(id)?.shortName ?? id;
    return {
      year: vote.year,
      proposed,
      nextChair: chair && { ...chair, name: name(chair.id) },
      nextViceChair: viceChairId ? { id: viceChairId, name: name(viceChairId) } : null,
    };
  }

  /** Next year's chair for a vice-chair election: its term's, else a chair handover's under way, else the rotation's. */
  private async nextChair(
    tx: EntityManager,
    vote: { clusterId: string; year: number; subject: VoteSubject },
    termChairId: string | null,
  ): Promise<{ id: string; source: 'term' | 'handover' | 'rotation' } | null> {
    if (vote.subject !== 'vice_chair_election') return null;
    if (termChairId) return { id: termChairId, source: 'term' };
    const handover = await new VoteRepository(tx).handoverUnderWay(vote.clusterId, vote.year, UNSETTLED_VOTE_STATES);
    if (handover) return { id: handover, source: 'handover' };
    const rotation = await this.rotationChair(vote.clusterId, vote.year + 1);
    return rotation ? { id: rotation, source: 'rotation' } : null;
  }
}
