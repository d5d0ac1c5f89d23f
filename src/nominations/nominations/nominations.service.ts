import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { NotClusterSecretariatError } from '../../access/policies/access.errors.js';
import { mayManageClusterYear } from '../../access/policies/access.rules.js';
import { clusterYearScope } from '../../access/policies/cluster-scope.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { text } from '../../platform/i18n/locale.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { NOMINATIONS_MESSAGES } from '../nominations.messages.js';
import { PeopleService } from '../nominees/people.service.js';
import { BasisVoteMismatchError } from './flag-nomination.errors.js';
import { flagBasisSnapshot } from './flag-nomination.rules.js';
import type {
  BasisVoteBody,
  CreateNominationBody,
  HistoryEntryView,
  HistoryQuery,
  ListNominationsQuery,
  NominationView,
  UpdateNominationBody,
} from './nomination.dto.js';
import {
  NominationForOtherUnitError,
  NominationNotFoundError,
  NominationReferencesRefusedError,
  NomineeOutsideUnitError,
} from './nomination.errors.js';
import { type NewNomination, NominationRepository, type NominationRecord } from './nomination.repository.js';
import { type BasisVoteSnapshot, maySeeNomination, type Nomination, proposalRefusal } from './nomination.rules.js';
import { actorRolesOn, allowedActions, requireTransition } from './nomination.state.js';

/** Đề nghị khen thưởng: made and edited by the proposing unit, read by it, the nominee's unit and VUSTA staff. */
@Injectable()
export class NominationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly people: PeopleService,
  ) {}

  async create(actor: Actor, body: CreateNominationBody): Promise<NominationView> {
    const { nominee, proposingOrganizationId, clusterId, year } = body;
    const id = await this.dataSource.transaction(async (tx) => {
      const refusal = proposalRefusal(actor, {
        proposingOrganizationId,
        nomineeOrganizationId: nominee.organizationId,
        clusterChairId: await new NominationRepository(tx).clusterChair(clusterId, year),
      });
      if (refusal === 'not_own_unit') throw new NominationForOtherUnitError();
      if (refusal === 'nominee_outside_unit') throw new NomineeOutsideUnitError();
      await this.assertReferences(tx, body);
      if (body.basis) await this.authorizeBasis(tx, actor, body.basis);
      const person = nominee.person ?? null;
      const created = await this.createDraft(tx, {
        awardTypeId: body.awardTypeId,
        year,
        nomineeKind: person ? 'individual' : 'collective',
        nomineeOrganizationId: nominee.organizationId,
        nomineePersonId: person ? await this.people.idOf(tx, nominee.organizationId, person) : null,
        nomineePosition: person?.position ?? null,
        proposingOrganizationId,
        clusterId,
        ...(await basisColumns(tx, body.basis ?? null)),
        achievementsSummary: body.achievementsSummary ?? null,
        reportText: body.reportText ?? null,
        createdBy: actor.userId,
      });
      return created as string;
    });
    return this.get(actor, id);
  }

  /**
   * The one place a nomination is inserted (by hand here, from a conference's flag proposal by
   * FlagNominationsService), as a draft, recorded in the audit trail with `auditExtra`. With
   * `yieldToLive`, a live nomination of the same nominee, award and year makes it insert nothing (null).
   */
  async createDraft(
    tx: EntityManager,
    draft: NewNomination,
    options: { yieldToLive?: boolean; auditExtra?: Record<string, unknown> } = {},
  ): Promise<string | null> {
    const id = await new NominationRepository(tx).insert(draft, options.yieldToLive ?? false);
    if (id === null) return null;
    await this.record(
      tx,
      'nomination.create',
      { id, proposingOrganizationId: draft.proposingOrganizationId },
      {
        after: { ...draft, state: 'draft', ...options.auditExtra },
      },
    );
    return id;
  }

  async list(actor: Actor, query: ListNominationsQuery): Promise<Page<NominationView>> {
    const { items, total } = await new NominationRepository(this.dataSource.manager).list(actor, query);
    return pageOf(
      items.map((record) => withActions(actor, record)),
      total,
      query,
    );
  }

  async get(actor: Actor, id: string): Promise<NominationView> {
    await this.require(this.dataSource.manager, actor, id);
    return withActions(actor, (await new NominationRepository(this.dataSource.manager).record(id)) as NominationRecord);
  }

  /** Edits the dossier's content while the proposing unit holds it (draft, returned); optimistic on `version`. */
  async update(actor: Actor, id: string, body: UpdateNominationBody): Promise<NominationView> {
    await this.dataSource.transaction(async (tx) => {
      const nomination = await this.require(tx, actor, id, true);
      requireTransition(actor, nomination, 'edit');
      if (nomination.version !== body.version) throw new StaleVersionError();
      if (body.nomineePosition && nomination.nomineeKind !== 'individual') {
        throw new NominationReferencesRefusedError([{ field: 'nomineePosition', message: NOMINATIONS_MESSAGES.positionForIndividuals }]);
      }
      if (body.basis) await this.authorizeBasis(tx, actor, body.basis);
      const changes = {
        ...(body.basis !== undefined && (await basisColumns(tx, body.basis))),
        achievementsSummary: body.achievementsSummary,
        reportText: body.reportText,
        nomineePosition: body.nomineePosition,
      };
      await new NominationRepository(tx).update(id, changes);
      const after = await this.require(tx, actor, id);
      await this.record(tx, 'nomination.update', nomination, { before: auditable(nomination), after: auditable(after) });
    });
    return this.get(actor, id);
  }

  async history(actor: Actor, id: string, query: HistoryQuery): Promise<Page<HistoryEntryView>> {
    await this.require(this.dataSource.manager, actor, id);
    const { items, total } = await new NominationRepository(this.dataSource.manager).history(
      id,
      { action: query.action, newestFirst: query.sort === '-occurredAt' },
      query,
    );
    return pageOf(items, total, query);
  }

  /**
   * The nomination, if the actor may see it (`maySeeNomination`); otherwise, as for an unknown or
   * malformed id, a 404 that does not tell it exists. `lock` holds it until the transaction ends.
   */
  async require(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<Nomination> {
    if (!isUUID(id)) throw new NominationNotFoundError(id);
    const nomination = await new NominationRepository(manager).find(id, lock);
    if (!nomination || !maySeeNomination(actor, nomination)) throw new NominationNotFoundError(id);
    return nomination;
  }

  /** Records a change to a nomination, readable by its proposing unit. */
  record(
    tx: EntityManager,
    action: string,
    nomination: { id: string; proposingOrganizationId: string },
    changes: { before?: Record<string, unknown>; after?: Record<string, unknown> },
  ): Promise<void> {
    return this.audit.record(tx, {
      action,
      entityType: 'nomination',
      entityId: nomination.id,
      subjectOrganizationId: nomination.proposingOrganizationId,
      ...changes,
    });
  }

  /** The ids the nomination refers to exist, and the award type is one proposed through the system. */
  private async assertReferences(tx: EntityManager, body: CreateNominationBody): Promise<void> {
    const found = await new NominationRepository(tx).references({
      awardTypeId: body.awardTypeId,
      nomineeOrganizationId: body.nominee.organizationId,
      proposingOrganizationId: body.proposingOrganizationId,
      clusterId: body.clusterId,
    });
    const violations: FieldError[] = [];
    const unknown = (field: string, what: string, whatEn: string, id: string) =>
      violations.push({ field, message: NOMINATIONS_MESSAGES.unknownReference(text(what, whatEn), id) });
    if (found.award === null) unknown('awardTypeId', 'loại khen thưởng', 'award type', body.awardTypeId);
    if (found.award === false) {
      violations.push({
        field: 'awardTypeId',
        message: NOMINATIONS_MESSAGES.notNominatedThroughVusta,
      });
    }
    if (!found.nominee) unknown('nominee.organizationId', 'đơn vị', 'unit', body.nominee.organizationId);
    if (!found.proposer) unknown('proposingOrganizationId', 'đơn vị', 'unit', body.proposingOrganizationId);
    if (!found.cluster) unknown('clusterId', 'cụm thi đua', 'cluster', body.clusterId);
    if (violations.length > 0) throw new NominationReferencesRefusedError(violations);
  }

  /**
   * The cluster vote is recorded by the cluster's secretariat for that year or by national staff, the
   * people who hold its minutes, so that a unit cannot state a vote for itself.
   */
  private async authorizeBasis(tx: EntityManager, actor: Actor, basis: BasisVoteBody): Promise<void> {
    if (!mayManageClusterYear(actor, await clusterYearScope(tx, basis.clusterId, basis.year)))
      throw new NotClusterSecretariatError(basis.year);
  }
}

export function withActions(actor: Actor, { proposingOrganizationId, ...view }: NominationRecord): NominationView {
  return { ...view, allowedActions: allowedActions(view.state, actorRolesOn(actor, { proposingOrganizationId })) };
}

/**
 * The basis as stored: a vote held in thidua is read from its flag proposal of the nominee, whatever the
 * body says of it; a vote held on paper only is taken from the minutes as the body states it.
 */
async function basisColumns(
  tx: EntityManager,
  basis: BasisVoteBody | null,
): Promise<{ basisVoteId: string | null; basisVote: BasisVoteSnapshot | null }> {
  if (!basis) return { basisVoteId: null, basisVote: null };
  if (basis.voteId) {
    const proposal = await new NominationRepository(tx).flagProposalOfVote(basis.voteId, basis.organizationId);
    if (!proposal) throw new BasisVoteMismatchError();
    return { basisVoteId: basis.voteId, basisVote: flagBasisSnapshot(proposal) };
  }
  return {
    basisVoteId: null,
    basisVote: {
      reference: basis.reference,
      organizationId: basis.organizationId,
      clusterId: basis.clusterId,
      year: basis.year,
      passed: basis.passed,
      votesInFavour: basis.votesInFavour ?? null,
      votesCast: basis.votesCast ?? null,
    },
  };
}

/** What the audit trail keeps of a nomination: its fields, without the timestamps the event has itself. */
function auditable({ createdAt: _created, updatedAt: _updated, ...fields }: Nomination): Record<string, unknown> {
  return fields;
}
