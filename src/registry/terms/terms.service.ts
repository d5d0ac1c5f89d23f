import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../../access/audit/audit.service.js';
import { isStaff } from '../../access/policies/access.rules.js';
import { assertManagesClusterYear } from '../../access/policies/cluster-scope.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import { Clock } from '../../platform/time/clock.js';
import { ClustersService } from '../clusters/clusters.service.js';
import type { UnitView } from '../organizations/organization.dto.js';
import type { Upserted } from '../clusters/upserted.js';
import { MembershipsService } from '../memberships/memberships.service.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { REGISTRY_MESSAGES } from '../registry.messages.js';
import { proposeTerm } from './rotation.rules.js';
import type { ProposalView, PutTermBody, TermsQuery } from './term.dto.js';
import {
  ChairIsViceChairError,
  StaleTermError,
  TermClosedError,
  TermHolderNotMemberError,
  TermNotFoundError,
  TermVersionRequiredError,
} from './term.errors.js';
import { type TermFields, TermRepository, type TermView } from './term.repository.js';
import { type TermChange, termAfterResolution, termRecordOf } from './term.rules.js';

function termFields(term: TermFields): TermFields {
  const { chairId, viceChairId, decidedBy, note } = term;
  return { chairId, viceChairId, decidedBy, note };
}

/**
 * Nhiệm kỳ: each cluster's chair (cụm trưởng) and vice-chair (cụm phó) for a year, and who should be
 * next. The only writer of `cluster_terms`: by hand (`put`, `close`) or from a resolution (`applyResolution`).
 */
@Injectable()
export class TermsService {
  private readonly terms: TermRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClustersService,
    private readonly memberships: MembershipsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {
    this.terms = new TermRepository(dataSource.manager);
  }

  async list(clusterId: string, query: TermsQuery): Promise<Page<TermView>> {
    await this.clusters.require(clusterId);
    const { items, total } = await this.terms.list(clusterId, {
      fromYear: query.fromYear,
      toYear: query.toYear,
      order: query.order,
      limit: query.pageSize,
      offset: offsetOf(query),
    });
    return pageOf(items, total, query);
  }

  async get(clusterId: string, year: number): Promise<TermView> {
    await this.clusters.require(clusterId);
    const term = await this.terms.view(clusterId, year);
    if (!term) throw new TermNotFoundError(year);
    return term;
  }

  /** The term of a year as `manager`'s transaction sees it, or null. */
  findIn(manager: EntityManager, clusterId: string, year: number): Promise<TermView | null> {
    return new TermRepository(manager).view(clusterId, year);
  }

  /**
   * Creates or replaces the term of a year. The holders' membership rows stay locked FOR SHARE until
   * the term is written, so a membership cannot end under a term that names its unit.
   */
  async put(actor: Actor, clusterId: string, year: number, body: PutTermBody): Promise<Upserted<TermView>> {
    const viceChairId = body.viceChairId ?? null;
    if (viceChairId === body.chairId) throw new ChairIsViceChairError();
    return this.dataSource.transaction(async (tx) => {
      await this.clusters.require(clusterId, tx);
      // The term of `year` is decided at the year-end conference of `year − 1`, so that year's secretariat records it.
      if (!isStaff(actor)) await assertManagesClusterYear(tx, actor, clusterId, year - 1);
      const terms = new TermRepository(tx);
      const existing = await terms.lock(clusterId, year);
      if (existing?.closedAt && !isStaff(actor)) throw new TermClosedError(year);
      await this.assertHoldersAreMembers(tx, clusterId, year, { chairId: body.chairId, viceChairId });
      const fields: TermFields = { chairId: body.chairId, viceChairId, decidedBy: body.decidedBy, note: body.note ?? null };
      if (existing) {
        if (body.version == null) throw new TermVersionRequiredError(year, existing.version);
        if (body.version !== existing.version) throw new StaleTermError(year, existing.version);
        await terms.replace(existing.id, fields);
        await this.record(
          tx,
          'term.replace',
          { id: existing.id, chairId: fields.chairId },
          {
            before: { clusterId, year, ...termFields(existing) },
            after: { clusterId, year, ...fields },
          },
        );
      } else {
        if (body.version != null) throw new StaleTermError(year, null);
        const id = await terms.insert(clusterId, year, fields);
        await this.record(tx, 'term.create', { id, chairId: fields.chairId }, { after: { clusterId, year, ...fields } });
      }
      return { created: !existing, value: await this.written(terms, clusterId, year) };
    });
  }

  /**
   * Writes a resolution of a meeting into next year's term, under the registry's own rules: the holders
   * are members that year (their membership rows locked FOR SHARE until the term is written), chair ≠
   * vice-chair, a closed year is not changed; recorded as term.create / term.replace. False when only a
   * vice-chair is given and the year has no term yet: it waits for the chair.
   */
  async applyResolution(tx: EntityManager, change: TermChange): Promise<boolean> {
    const { clusterId, year } = change;
    const terms = new TermRepository(tx);
    const existing = await terms.lock(clusterId, year);
    if (!existing && !change.chair) return false;
    if (existing?.closedAt) throw new TermClosedError(year);
    const after = termAfterResolution(existing && termRecordOf(existing), change);
    if (!after) return false;
    if (after.viceChairId === after.chairId) throw new ChairIsViceChairError();
    await this.assertHoldersAreMembers(tx, clusterId, year, { chairId: after.chairId, viceChairId: after.viceChairId });
    const id = await terms.writeResolved(clusterId, year, existing?.id ?? null, after);
    await this.record(
      tx,
      existing ? 'term.replace' : 'term.create',
      { id, chairId: after.chairId },
      {
        before: existing ? { clusterId, year, ...termRecordOf(existing) } : undefined,
        after: { clusterId, year, ...after, resolutionId: change.resolutionId },
      },
    );
    return true;
  }

  /** Khoá sổ: the year's records become final; from then on only national staff may correct them. */
  async close(actor: Actor, clusterId: string, year: number): Promise<TermView> {
    return this.dataSource.transaction(async (tx) => {
      await this.clusters.require(clusterId, tx);
      const terms = new TermRepository(tx);
      const term = await terms.lock(clusterId, year);
      if (!term) throw new TermNotFoundError(year);
      await assertManagesClusterYear(tx, actor, clusterId, year);
      if (term.closedAt) throw new TermClosedError(year);
      const closedAt = this.clock.now();
      await terms.close(term.id, closedAt);
      await this.record(tx, 'term.close', term, { before: { closedAt: null }, after: { closedAt: closedAt.toISOString() } });
      return this.written(terms, clusterId, year);
    });
  }

  /** The chair and vice-chair proposed for `year` from the term of `year − 1` and the cluster's rule. */
  async proposal(clusterId: string, year: number, locale: Locale): Promise<ProposalView> {
    const cluster = await this.clusters.require(clusterId);
    const [members, earlier, rotationOrder] = await Promise.all([
      this.memberships.allMembers(clusterId, year),
      this.terms.list(clusterId, { toYear: year - 1, order: 'desc' }),
      new OrganizationRepository(this.dataSource.manager).unitsInOrder(cluster.rotationOrder, lastDayOf(year)),
    ]);
    const previousTerm = earlier.items.find((term) => term.year === year - 1) ?? null;
    const proposal = proposeTerm<UnitView>({
      rule: cluster.rotationRule,
      year,
      members: members.map(({ organizationId, code, fullName, shortName }) => ({ id: organizationId, code, fullName, shortName })),
      previousTerm,
      rotationOrder,
      chairHistory: earlier.items.map((term) => ({ year: term.year, chair: term.chair })),
    });
    return {
      clusterId,
      year,
      rule: cluster.rotationRule,
      previousTerm,
      chair: proposal.chair,
      viceChair: proposal.viceChair,
      eligible: proposal.eligible,
      reasons: proposal.reasons.map((reason) => reason[locale]),
    };
  }

  private async written(terms: TermRepository, clusterId: string, year: number): Promise<TermView> {
    const term = await terms.view(clusterId, year);
    if (!term) throw new TermNotFoundError(year);
    return term;
  }

  /** Records a change to a term, readable by its chair unit. */
  private record(
    tx: EntityManager,
    action: string,
    term: { id: string; chairId: string },
    changes: Pick<AuditRecord, 'before' | 'after'>,
  ): Promise<void> {
    return this.audit.record(tx, {
      action,
      entityType: 'cluster_term',
      entityId: term.id,
      subjectOrganizationId: term.chairId,
      ...changes,
    });
  }

  /** Cụm trưởng and cụm phó are members of the cluster in the term's year: the one check of every term written. */
  private async assertHoldersAreMembers(
    tx: EntityManager,
    clusterId: string,
    year: number,
    holders: { chairId: string; viceChairId: string | null },
  ): Promise<void> {
    const ids = [holders.chairId, holders.viceChairId].filter((id): id is string => id !== null);
    const members = await this.memberships.membersAmongIn(tx, clusterId, ids, year);
    const outsiders = ids.filter((id) => !members.includes(id));
    if (outsiders.length === 0) return;
    const units = await new OrganizationRepository(tx).unitsInOrder(outsiders, lastDayOf(year));
    const fieldErrors: FieldError[] = Object.entries(holders).flatMap(([field, id]) => {
      if (id === null || !outsiders.includes(id)) return [];
      const unit = units.find((candidate) => candidate.id === id);
      return [{ field, message: unit ? REGISTRY_MESSAGES.notAMember(unit.shortName, year) : REGISTRY_MESSAGES.noOrganizationWithId(id) }];
    });
    throw new TermHolderNotMemberError(year, fieldErrors);
  }
}
