import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { AuditService, type AuditRecord } from '../../access/audit/audit.service.js';
import { Clock } from '../../platform/time/clock.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import { seatEnded, seatTaken } from '../memberships/membership.audit.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import type {
  CreateOrganizationBody,
  HistoryView,
  LineageLinkView,
  LineageView,
  ListOrganizationsQuery,
  MergerBody,
  MergerResult,
  OrganizationDetail,
  OrganizationView,
  RenameOrganizationBody,
  UpdateOrganizationBody,
} from './organization.dto.js';
import {
  AmbiguousSuccessorError,
  MergerRefusedError,
  OrganizationCodeTakenError,
  OrganizationNotFoundError,
  RenameRefusedError,
} from './organization.errors.js';
import { OrganizationLineageEntity } from './organization-lineage.entity.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import { OrganizationNameEntity } from './organization-name.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { type LockedUnit, type NewUnit, OrganizationRepository } from './organization.repository.js';
import { type MembershipSpan, type MergerPlan, planMerger, renameViolation } from './organization.rules.js';
import { dayBefore, type IsoDate } from '../../platform/time/calendar.js';

type UnitSpec = NewUnit & { fullName: string; shortName: string };

/** Every row a merger changes is recorded under this one action, so that the trail shows the merger whole. */
const MERGE = 'organization.merge';

/** The fields PATCH may change. */
function editableOf({ province, kind }: OrganizationEntity): Record<string, unknown> {
  return { province, kind };
}

/** Đơn vị: units with a stable code, their names through time, and mergers that end some and link them to a successor. */
@Injectable()
export class OrganizationsService {
  private readonly organizations: OrganizationRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {
    this.organizations = new OrganizationRepository(dataSource.manager);
  }

  async create(body: CreateOrganizationBody): Promise<OrganizationView> {
    const id = await this.dataSource.transaction((tx) =>
      this.createUnit(tx, 'organization.create', { ...body, province: body.province ?? null }, 'code'),
    );
    return this.view(id);
  }

  async list(query: ListOrganizationsQuery): Promise<Page<OrganizationView>> {
    const { items, total } = await this.organizations.list(query, this.dateFor(query.year));
    return pageOf(items, total, query);
  }

  async get(id: string, year?: number): Promise<OrganizationDetail> {
    const organization = await this.view(id, year);
    const [names, predecessors, successors] = await Promise.all([
      this.organizations.names(id),
      this.organizations.lineage(id, 'ancestors', 1),
      this.organizations.lineage(id, 'descendants', 1),
    ]);
    const link = ({ depth: _depth, viaId: _viaId, ...unit }: (typeof predecessors)[number]) => unit;
    return { ...organization, names, predecessors: predecessors.map(link), successors: successors.map(link) };
  }

  /** Optimistic: the write happens only if `version` is still the stored one. Renames go through `rename`. */
  async update(id: string, body: UpdateOrganizationBody): Promise<OrganizationView> {
    this.assertWellFormed(id);
    await this.dataSource.transaction(async (tx) => {
      const before = await tx.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new OrganizationNotFoundError(id);
      if (before.version !== body.version) throw new StaleVersionError();
      await tx.createQueryBuilder().update(OrganizationEntity).set({ province: body.province, kind: body.kind }).where({ id }).execute();
      const after = await tx.findOneByOrFail(OrganizationEntity, { id });
      await this.recordUnit(tx, 'organization.update', id, { before: editableOf(before), after: editableOf(after) });
    });
    return this.view(id);
  }

  /** Gives the unit a new name from `validFrom`; its earlier years keep the name they had. */
  async rename(id: string, body: RenameOrganizationBody): Promise<OrganizationDetail> {
    this.assertWellFormed(id);
    await this.dataSource.transaction(async (tx) => {
      const [unit] = await new OrganizationRepository(tx).lock([id]);
      if (!unit) throw new OrganizationNotFoundError(id);
      const violation = renameViolation({ validFrom: unit.latestNameFrom, validTo: unit.latestNameTo }, body.validFrom);
      if (violation) throw new RenameRefusedError(violation);
      const names = tx.getRepository(OrganizationNameEntity);
      await names.update(unit.latestNameId, { validTo: dayBefore(body.validFrom) });
      await names.insert({ organizationId: id, fullName: body.fullName, shortName: body.shortName, validFrom: body.validFrom, validTo: unit.latestNameTo });
      await this.touch(tx, [id]);
      await this.recordUnit(tx, 'organization.rename', id, {
        before: { fullName: unit.fullName, shortName: unit.shortName, validFrom: unit.latestNameFrom },
        after: { fullName: body.fullName, shortName: body.shortName, validFrom: body.validFrom },
      });
    });
    return this.get(id);
  }

  /**
   * Sáp nhập: ends the sources the day before `effectiveDate`, links them to the successor (new or
   * existing) and hands their cluster seats over from the merger's year, all or nothing.
   */
  async merge(body: MergerBody): Promise<MergerResult> {
    const { id: existingId = null, ...newUnit } = body.successor;
    if (existingId !== null && Object.values(newUnit).some((value) => value !== undefined)) throw new AmbiguousSuccessorError();
    const { successorId, lineage } = await this.dataSource.transaction(async (tx) => {
      const repository = new OrganizationRepository(tx);
      const involved = existingId === null ? body.sourceIds : [...body.sourceIds, existingId];
      const units = await repository.lock(involved);
      const memberships = await repository.membershipsOf(involved);
      const decision = planMerger({
        effectiveDate: body.effectiveDate,
        sourceIds: body.sourceIds,
        successorId: existingId,
        successorClusterIds: body.successorClusterIds,
        units,
        memberships,
        leadingRoles: await repository.leadingRolesOf(body.sourceIds),
      });
      if (!decision.ok) throw new MergerRefusedError(decision.violations);
      const { plan } = decision;

      const successorId = existingId ?? (await this.createUnit(tx, MERGE, this.newSuccessor(body), 'successor.code'));
      await this.endSources(tx, units.filter((unit) => body.sourceIds.includes(unit.id)), plan.sourcesEndOn);
      const lineage = await this.linkToSuccessor(tx, body, successorId);
      await this.handOverSeats(tx, plan, memberships, successorId);
      return { successorId, lineage };
    });
    const [successor, ...sources] = await this.organizations.views([successorId, ...body.sourceIds], this.dateFor());
    return { successor, sources, lineage };
  }

  async lineage(id: string): Promise<LineageView> {
    const organization = await this.view(id);
    const [ancestors, descendants] = await Promise.all([
      this.organizations.lineage(id, 'ancestors', null),
      this.organizations.lineage(id, 'descendants', null),
    ]);
    return { organization, ancestors, descendants };
  }

  async history(id: string): Promise<HistoryView> {
    const organization = await this.view(id);
    return { organization, years: await this.organizations.history(id, this.clock.currentYear()) };
  }

  /** The unit named as of `year` (today when absent), or a 404 for an unknown or malformed id. */
  private async view(id: string, year?: number): Promise<OrganizationView> {
    this.assertWellFormed(id);
    const [organization] = await this.organizations.views([id], this.dateFor(year));
    if (!organization) throw new OrganizationNotFoundError(id);
    return organization;
  }

  private assertWellFormed(id: string): void {
    if (!isUUID(id)) throw new OrganizationNotFoundError(id);
  }

  private dateFor(year?: number): IsoDate {
    return year === undefined ? this.clock.today() : lastDayOf(year);
  }

  private async createUnit(tx: EntityManager, action: string, spec: UnitSpec, codeField: string): Promise<string> {
    const { code, fullName, shortName, kind, province, activeFrom } = spec;
    const unit = { code, fullName, shortName, kind, province, activeFrom };
    const id = await new OrganizationRepository(tx).insertUnlessCodeTaken(unit);
    if (id === null) throw new OrganizationCodeTakenError(unit.code, codeField);
    await tx.getRepository(OrganizationNameEntity).insert({ organizationId: id, fullName, shortName, validFrom: activeFrom, validTo: null });
    await this.recordUnit(tx, action, id, { after: unit });
    return id;
  }

  /** Ends the merged units and their current names on `endsOn`. */
  private async endSources(tx: EntityManager, sources: LockedUnit[], endsOn: IsoDate): Promise<void> {
    const ids = sources.map((source) => source.id);
    await this.touch(tx, ids, { activeTo: endsOn });
    await tx.getRepository(OrganizationNameEntity).update({ organizationId: In(ids), validTo: IsNull() }, { validTo: endsOn });
    for (const source of sources) {
      await this.recordUnit(tx, MERGE, source.id, { before: { activeTo: source.activeTo }, after: { activeTo: endsOn } });
    }
  }

  /** Links each merged unit to the successor; the links are recorded on the successor, which carries them on. */
  private async linkToSuccessor(tx: EntityManager, body: MergerBody, successorId: string): Promise<LineageLinkView[]> {
    const lineage: LineageLinkView[] = body.sourceIds.map((predecessorId) => ({
      predecessorId,
      successorId,
      event: 'merger',
      effectiveDate: body.effectiveDate,
      legalBasis: body.legalBasis ?? null,
    }));
    // TypeORM writes the generated columns back into what it inserts: give it copies.
    const inserted = await tx.getRepository(OrganizationLineageEntity).insert(lineage.map((link) => ({ ...link })));
    for (const [index, link] of lineage.entries()) {
      await this.audit.record(tx, {
        action: MERGE,
        entityType: 'organization_lineage',
        entityId: inserted.identifiers[index].id as string,
        subjectOrganizationId: successorId,
        after: { ...link },
      });
    }
    return lineage;
  }

  /** The sources' seats end with their last year; the successor takes its seats from the merger's year. */
  private async handOverSeats(tx: EntityManager, plan: MergerPlan, memberships: MembershipSpan[], successorId: string): Promise<void> {
    const seats = tx.getRepository(MembershipEntity);
    const ended = memberships.filter((membership) => plan.endedMembershipIds.includes(membership.id));
    if (ended.length > 0) await seats.update({ id: In(plan.endedMembershipIds) }, { toYear: plan.lastSourceYear });
    for (const membership of ended) await this.audit.record(tx, seatEnded(MERGE, membership, plan.lastSourceYear));
    const taken = plan.successorMemberships.map((seat) => ({ ...seat, organizationId: successorId }));
    if (taken.length === 0) return;
    const inserted = await seats.insert(taken.map((seat) => ({ ...seat })));
    for (const [index, seat] of taken.entries()) await this.audit.record(tx, seatTaken(MERGE, inserted.identifiers[index].id as string, seat));
  }

  /** Records a change to a unit's own record, readable by that unit. */
  private recordUnit(tx: EntityManager, action: string, id: string, changes: Pick<AuditRecord, 'before' | 'after'>): Promise<void> {
    return this.audit.record(tx, { action, entityType: 'organization', entityId: id, subjectOrganizationId: id, ...changes });
  }

  private newSuccessor(body: MergerBody): UnitSpec {
    const { code, fullName, shortName, kind, province } = body.successor;
    // Validation requires these whenever no id is given.
    return { code: code!, fullName: fullName!, shortName: shortName!, kind: kind!, province: province ?? null, activeFrom: body.effectiveDate };
  }

  /** Bumps the units' version (their names or period changed) along with any other change. */
  private async touch(tx: EntityManager, ids: string[], changes: Partial<Pick<OrganizationEntity, 'activeTo'>> = {}): Promise<void> {
    await tx.createQueryBuilder().update(OrganizationEntity).set(changes).where({ id: In(ids) }).execute();
  }
}
