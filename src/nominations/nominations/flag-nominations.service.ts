import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { NotClusterSecretariatError } from '../../access/policies/access.errors.js';
import { mayManageClusterYear } from '../../access/policies/access.rules.js';
import { clusterYearScope } from '../../access/policies/cluster-scope.js';
import { type Actor, requestContext } from '../../platform/request-context/request-context.js';
import { FlagNominationRefusedError, FlagProposalNotFoundError } from './flag-nomination.errors.js';
import { flagBasisSnapshot, planFlagNomination, refusalReason, type FlagNominationRefusal, type FlagProposalFacts } from './flag-nomination.rules.js';
import { findFlagProposal, findLiveNomination } from './flag-proposal.queries.js';
import type { NominationView } from './nomination.dto.js';
import { NominationEntity } from './nomination.entity.js';
import { NominationRepository, type NominationRecord } from './nomination.repository.js';
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
      const proposal = isUUID(proposalId) ? await findFlagProposal(tx, proposalId, true) : null;
      if (!proposal) throw new FlagProposalNotFoundError(proposalId);
      if (!mayManageClusterYear(actor, await clusterYearScope(tx, proposal.clusterId, proposal.year))) throw new NotClusterSecretariatError(proposal.year);
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
    const proposal = await findFlagProposal(tx, proposalId, true);
    if (proposal) await this.carryOut(tx, proposal, requestContext.actor());
  }

  private async carryOut(tx: EntityManager, proposal: FlagProposalFacts, actor: Actor | undefined): Promise<Outcome> {
    const live = proposal.awardTypeId && (await findLiveNomination(tx, proposal.awardTypeId, proposal.year, proposal.organizationId));
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
        const fields = {
          awardTypeId: plan.awardTypeId,
          year: proposal.year,
          nomineeKind: 'collective' as const,
          nomineeOrganizationId: proposal.organizationId,
          proposingOrganizationId: plan.proposingOrganizationId,
          clusterId: proposal.clusterId,
          basisVoteId: proposal.voteId,
          basisVote: flagBasisSnapshot(proposal),
          state: 'draft' as const,
          createdBy: actor?.userId ?? null,
        };
        // A nomination made by hand in the same instant wins the duplicate index: then it is taken over.
        const [created]: { id: string }[] = await tx.query(
          `INSERT INTO nominations (award_type_id, year, nominee_kind, nominee_organization_id, proposing_organization_id, cluster_id,
             basis_vote_id, basis_vote, state, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (award_type_id, year, nominee_key) WHERE state <> 'withdrawn' DO NOTHING
           RETURNING id`,
          [
            fields.awardTypeId,
            fields.year,
            fields.nomineeKind,
            fields.nomineeOrganizationId,
            fields.proposingOrganizationId,
            fields.clusterId,
            fields.basisVoteId,
            fields.basisVote,
            fields.state,
            fields.createdBy,
          ],
        );
        if (!created) return this.carryOut(tx, proposal, actor);
        await tx.query('UPDATE flag_proposals SET nomination_id = $2 WHERE id = $1', [proposal.id, created.id]);
        await this.nominations.record(tx, 'nomination.create', { id: created.id, proposingOrganizationId: fields.proposingOrganizationId }, {
          after: { ...fields, flagProposalId: proposal.id },
        });
        return { nominationId: created.id };
      }
    }
  }

  /** Takes over a nomination made by hand; while it is editable, the vote becomes its basis. */
  private async link(tx: EntityManager, proposal: FlagProposalFacts, nominationId: string, setBasis: boolean): Promise<void> {
    await tx.query('UPDATE flag_proposals SET nomination_id = $2 WHERE id = $1', [proposal.id, nominationId]);
    const nominations = tx.getRepository(NominationEntity);
    const nomination = await nominations.findOneByOrFail({ id: nominationId });
    const basis = setBasis ? { basisVoteId: proposal.voteId, basisVote: flagBasisSnapshot(proposal) } : {};
    if (setBasis) await nominations.update(nominationId, basis);
    await this.nominations.record(tx, 'nomination.flag_proposal_link', nomination, {
      before: { basisVoteId: nomination.basisVoteId, basisVote: nomination.basisVote },
      after: { flagProposalId: proposal.id, ...basis },
    });
  }
}
