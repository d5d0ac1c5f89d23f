import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { Clock } from '../../platform/time/clock.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { AwardRuleSetEntity } from '../award-types/award-rule-set.entity.js';
import { calendarDateInVietnam } from '../../platform/time/calendar.js';
import { NominationWorkflowService } from '../nominations/nomination-workflow.service.js';
import { requireTransition } from '../nominations/nomination.state.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { CouncilMembersService } from './council-members.service.js';
import type { CouncilVoteBody, CouncilVoteView } from './council-vote.dto.js';
import { sessionDateRefusal, tallyCouncilVote } from './council-vote.rules.js';
import { CouncilSessionDateError, CouncilVoteNotFoundError } from './council.errors.js';

type Ballot = CouncilVoteView['ballots'][number];
type MemberRef = Ballot['member'];

/**
 * Biểu quyết của Hội đồng Thi đua – Khen thưởng on a nomination before it: each member's vote recorded as
 * the minutes give it, counted by `tallyCouncilVote` on the council's total membership that day, with the
 * threshold of the nomination's rule set. Reaching it approves the nomination, failing it rejects it with
 * the count as the reason, through the transition table, acting in the council's role.
 */
@Injectable()
export class CouncilVotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nominations: NominationsService,
    private readonly workflow: NominationWorkflowService,
    private readonly members: CouncilMembersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, nominationId: string, body: CouncilVoteBody): Promise<CouncilVoteView> {
    await this.dataSource.transaction(async (tx) => {
      const nomination = await this.nominations.require(tx, actor, nominationId, true);
      requireTransition(actor, nomination, 'approve', ['council']);
      const refusal = sessionDateRefusal({ heldOn: body.heldOn, today: calendarDateInVietnam(this.clock.now()), submittedOn: nomination.submittedOn });
      if (refusal) throw new CouncilSessionDateError(refusal);
      const roll = await this.members.membersOn(tx, body.heldOn);
      if (roll.length === 0) throw CouncilSessionDateError.noCouncilOn(body.heldOn);
      const ruleSet = nomination.ruleSetId ? await tx.getRepository(AwardRuleSetEntity).findOneBy({ id: nomination.ruleSetId }) : null;
      const tally = tallyCouncilVote({ threshold: ruleSet?.councilThreshold ?? null, councilMemberIds: roll, ballots: body.ballots });
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO council_votes (nomination_id, held_on, minutes_reference, member_ids, threshold, votes_needed, in_favour,
           in_favour_in_writing, against, abstaining, passed, reason, recorded_by, recorded_by_username)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          nominationId,
          body.heldOn,
          body.minutesReference ?? null,
          roll,
          tally.threshold && JSON.stringify(tally.threshold),
          tally.votesNeeded,
          tally.inFavour,
          tally.inFavourInWriting,
          tally.against,
          tally.abstaining,
          tally.passed,
          tally.reason,
          actor.userId,
          actor.username,
        ],
      );
      await tx.query(
        `INSERT INTO council_ballots (council_vote_id, member_id, choice, recorded_as)
         SELECT $1, b.member_id, b.choice, b.recorded_as
         FROM unnest($2::uuid[], $3::council_choice[], $4::council_vote_recording[]) AS b (member_id, choice, recorded_as)`,
        [id, body.ballots.map((b) => b.memberId), body.ballots.map((b) => b.choice), body.ballots.map((b) => b.recordedAs)],
      );
      const next = await this.workflow.apply(tx, actor, nominationId, tally.passed ? 'approve' : 'reject', tally.reason.vi, ['council']);
      await this.audit.record(tx, {
        action: 'council_vote.record',
        entityType: 'council_vote',
        entityId: id,
        subjectOrganizationId: nomination.proposingOrganizationId,
        after: { nominationId, heldOn: body.heldOn, ballots: body.ballots, ...tally, nominationState: next },
      });
    });
    return this.get(actor, nominationId);
  }

  async get(actor: Actor, nominationId: string): Promise<CouncilVoteView> {
    const manager = this.dataSource.manager;
    const nomination = await this.nominations.require(manager, actor, nominationId);
    const [row]: (Omit<CouncilVoteView, 'ballots' | 'notVoted' | 'recordedBy' | 'nominationState' | 'totalMembers'> & {
      memberIds: string[];
      recordedById: string | null;
      recordedByUsername: string | null;
    })[] = await manager.query(
      `SELECT v.id, v.nomination_id AS "nominationId", v.held_on::text AS "heldOn", v.minutes_reference AS "minutesReference",
         v.member_ids AS "memberIds", v.threshold, v.votes_needed AS "votesNeeded", v.in_favour AS "inFavour",
         v.in_favour_in_writing AS "inFavourInWriting", v.against, v.abstaining, v.passed, v.reason,
         v.recorded_by AS "recordedById", v.recorded_by_username AS "recordedByUsername", v.created_at AS "createdAt"
       FROM council_votes v WHERE v.nomination_id = $1`,
      [nominationId],
    );
    if (!row) throw new CouncilVoteNotFoundError(nominationId);
    const ballots: (Omit<Ballot, 'member'> & { memberId: string })[] = await manager.query(
      `SELECT member_id AS "memberId", choice, recorded_as AS "recordedAs" FROM council_ballots WHERE council_vote_id = $1`,
      [row.id],
    );
    const ballotOf = new Map(ballots.map(({ memberId, ...ballot }) => [memberId, ballot]));
    const members = await this.memberRefs(manager, row.memberIds);
    const { memberIds, recordedById, recordedByUsername, ...vote } = row;
    return {
      ...vote,
      nominationState: nomination.state,
      totalMembers: memberIds.length,
      ballots: members.flatMap((member) => {
        const ballot = ballotOf.get(member.id);
        return ballot ? [{ member, ...ballot }] : [];
      }),
      notVoted: members.filter((member) => !ballotOf.has(member.id)),
      recordedBy: { userId: recordedById, username: recordedByUsername },
    };
  }

  /** The roll's members in Vietnamese alphabetical order. */
  private memberRefs(manager: EntityManager, ids: string[]): Promise<MemberRef[]> {
    return manager.query(
      `SELECT id, full_name AS "fullName", position FROM council_members WHERE id = ANY ($1::uuid[]) ORDER BY full_name COLLATE vietnamese, id`,
      [ids],
    );
  }
}
