import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { NotClusterSecretariatError } from '../../access/policies/access.errors.js';
import { mayManageClusterYear } from '../../access/policies/access.rules.js';
import { clusterYearScope } from '../../access/policies/cluster-scope.js';
import { type Actor, requestContext } from '../../platform/request-context/request-context.js';
import { FlagNominationRefusedError, FlagProposalNotFoundError } from './flag-nomination.errors.js';
import {
  flagBasisSnapshot,
  planFlagNomination,
  refusalReason,
  type FlagNominationRefusal,
  type FlagProposalFacts,
} from './flag-nomination.rules.js';
import type { NominationView } from './nomination.dto.js';
import { NominationRepository, type NominationRecord } from './nomination.repository.js';
import type { Nomination } from './nomination.rules.js';
import { NominationsService, withActions } from './nominations.service.js';

type Outcome = { nominationId: string } | { refusal: FlagNominationRefusal };

/**
 * A conference's flag proposals (suy tôn) become the cluster's draft flag nominations, one per unit,
 * proposed by the year's chair unit with the vote result as their basis, filled in here from the vote.
 */
@Injectable()
export class FlagNominationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nominations: NominationsService,
  ) {}

  /**
   * POST /flag-proposals/{id}/nomination: the proposal's nomination, made now if it has none (idempotent).
   * The cluster's secretariat of that year or national staff ask for it.
   */
  async nominate(actor: Actor, proposalId: string): Promise<NominationView> {
    const nominationId = await this.dataSource.transaction(async (tx) => {
      const proposal = isUUID(proposalId) ? await new NominationRepository(tx).flagProposal(proposalId, true) : null;
      if (!proposal) throw new FlagProposalNotFoundError(proposalId);
      if (!mayManageClusterYear(actor, await clusterYearScope(tx, proposal.clusterId, proposal.year)))
        throw new NotClusterSecretariatError(proposal.year);
      const outcome = await this.carryOut(tx, proposal, actor);
      if ('refusal' in outcome) throw new FlagNominationRefusedError(refusalReason(proposal, outcome.refusal));
      return outcome.nominationId;
    });
    // Shown even to a secretariat that may not otherwise see a nomination it has just taken over.
    return withActions(actor, (await new NominationRepository(this.dataSource.manager).record(nominationId)) as NominationRecord);
  }

  /**
   * Called in the transaction that records a conference's flag proposal: makes its draft nomination when it
   * can. When it cannot yet (no such award type, no chair that year), the proposal waits for `nominate`.
   */
  async afterProposal(tx: EntityManager, proposalId: string): Promise<void> {
    const proposal = await new NominationRepository(tx).flagProposal(proposalId, true);
    if (proposal) await this.carryOut(tx, proposal, requestContext.actor());
  }

  private async carryOut(tx: EntityManager, proposal: FlagProposalFacts, actor: Actor | undefined): Promise<Outcome> {
    const nominations = new NominationRepository(tx);
    const live = proposal.awardTypeId && (await nominations.live(proposal.awardTypeId, proposal.year, proposal.organizationId));
    const plan = planFlagNomination(proposal, live || null);
    switch (plan.kind) {
      case 'refused':
        return { refusal: plan.refusal };
      case 'keep':
        return { nominationId: plan.nominationId };
      case 'link':
        await this.link(tx, proposal, plan.nominationId, plan.setBasis);
        return { nominationId: plan.nominationId };
      case 'create': {
        // A nomination made by hand in the same instant wins the duplicate index: then it is taken over.
        const created = await this.nominations.createDraft(
          tx,
          {
            awardTypeId: plan.awardTypeId,
            year: proposal.year,
            nomineeKind: 'collective',
            nomineeOrganizationId: proposal.organizationId,
            nomineePersonId: null,
            nomineePosition: null,
            proposingOrganizationId: plan.proposingOrganizationId,
            clusterId: proposal.clusterId,
            basisVoteId: proposal.voteId,
            basisVote: flagBasisSnapshot(proposal),
            achievementsSummary: null,
            reportText: null,
            createdBy: actor?.userId ?? null,
          },
          { yieldToLive: true, auditExtra: { flagProposalId: proposal.id } },
        );
        if (created === null) return this.carryOut(tx, proposal, actor);
        await nominations.linkFlagProposal(proposal.id, created);
        return { nominationId: created };
      }
    }
  }

  /** Takes over a nomination made by hand; while it is editable, the vote becomes its basis. */
  private async link(tx: EntityManager, proposal: FlagProposalFacts, nominationId: string, setBasis: boolean): Promise<void> {
    const nominations = new NominationRepository(tx);
    await nominations.linkFlagProposal(proposal.id, nominationId);
    const nomination = (await nominations.find(nominationId)) as Nomination;
    const basis = setBasis ? { basisVoteId: proposal.voteId, basisVote: flagBasisSnapshot(proposal) } : {};
    if (setBasis) await nominations.update(nominationId, basis);
    await this.nominations.record(tx, 'nomination.flag_proposal_link', nomination, {
      before: { basisVoteId: nomination.basisVoteId, basisVote: nomination.basisVote },
      after: { flagProposalId: proposal.id, ...basis },
    });
  }
}
