import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { Clock } from '../../platform/time/clock.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { AwardTypeRepository } from '../award-types/award-type.repository.js';
import { NominationWorkflowService } from '../nominations/nomination-workflow.service.js';
import { requireTransition } from '../nominations/nomination.state.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { CouncilMemberRepository } from './council-member.repository.js';
import { CouncilMembersService } from './council-members.service.js';
import { CouncilVoteRepository } from './council-vote.repository.js';
import type { CouncilVoteBody, CouncilVoteView } from './council-vote.dto.js';
import { sessionDateRefusal, tallyCouncilVote } from './council-vote.rules.js';
import { CouncilSessionDateError, CouncilVoteNotFoundError } from './council.errors.js';

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
      const refusal = sessionDateRefusal({ heldOn: body.heldOn, today: this.clock.today(), submittedOn: nomination.submittedOn });
      if (refusal) throw new CouncilSessionDateError(refusal);
      const roll = await this.members.membersOn(tx, body.heldOn);
      if (roll.length === 0) throw CouncilSessionDateError.noCouncilOn(body.heldOn);
      const ruleSet = nomination.ruleSetId ? await new AwardTypeRepository(tx).ruleSet(nomination.ruleSetId) : null;
      const tally = tallyCouncilVote({ threshold: ruleSet?.councilThreshold ?? null, councilMemberIds: roll, ballots: body.ballots });
      const id = await new CouncilVoteRepository(tx).insert({
        nominationId,
        heldOn: body.heldOn,
        minutesReference: body.minutesReference ?? null,
        memberIds: roll,
        tally,
        ballots: body.ballots,
        recordedBy: { userId: actor.userId, username: actor.username },
      });
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
    const votes = new CouncilVoteRepository(manager);
    const row = await votes.ofNomination(nominationId);
    if (!row) throw new CouncilVoteNotFoundError(nominationId);
    const ballots = await votes.ballots(row.id);
    const ballotOf = new Map(ballots.map(({ memberId, ...ballot }) => [memberId, ballot]));
    const members = await new CouncilMemberRepository(manager).refs(row.memberIds);
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
}
