import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { Clock } from '../../platform/clock/clock.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
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
import { lastDayOf } from './organization-name.sql.js';
import { OrganizationNameEntity } from './organization-name.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { type NewUnit, OrganizationRepository } from './organization.repository.js';
import { dayBefore, type IsoDate, isoDateOf, planMerger, renameViolation } from './organization.rules.js';

type UnitSpec = NewUnit & { fullName: string; shortName: string };

/** Đơn vị: units with a stable code, their names through time, and mergers that end some and link them to a successor. */
@Injectable()
export class OrganizationsService {
  private readonly organizations: OrganizationRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.organizations = new OrganizationRepository(dataSource.manager);
  }

  async create(body: CreateOrganizationBody): Promise<OrganizationView> {
    const id = await this.dataSource.transaction((tx) => this.createUnit(tx, { ...body, province: body.province ?? null }, 'code'));
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
    await this.view(id);
    const result = await this.dataSource
      .createQueryBuilder()
      .update(OrganizationEntity)
      .set({ province: body.province, kind: body.kind })
      .where('id = :id AND version = :version', { id, version: body.version })
      .execute();
    if (result.affected === 0) throw new StaleVersionError();
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
      const decision = planMerger({
        effectiveDate: body.effectiveDate,
        sourceIds: body.sourceIds,
        successorId: existingId,
        successorClusterIds: body.successorClusterIds,
        units,
        memberships: await repository.membershipsOf(involved),
        leadingRoles: await repository.leadingRolesOf(body.sourceIds),
      });
      if (!decision.ok) throw new MergerRefusedError(decision.violations);
      const { plan } = decision;

      const successorId = existingId ?? (await this.createUnit(tx, this.newSuccessor(body), 'successor.code'));
      await this.touch(tx, body.sourceIds, { activeTo: plan.sourcesEndOn });
      await tx
        .getRepository(OrganizationNameEntity)
        .update({ organizationId: In(body.sourceIds), validTo: IsNull() }, { validTo: plan.sourcesEndOn });
      const lineage: LineageLinkView[] = body.sourceIds.map((predecessorId) => ({
        predecessorId,
        successorId,
        event: 'merger',
        effectiveDate: body.effectiveDate,
        legalBasis: body.legalBasis ?? null,
      }));
      // TypeORM writes the generated columns back into what it inserts: give it copies.
      await tx.getRepository(OrganizationLineageEntity).insert(lineage.map((link) => ({ ...link })));
      const seats = tx.getRepository(MembershipEntity);
      if (plan.endedMembershipIds.length > 0) await seats.update({ id: In(plan.endedMembershipIds) }, { toYear: plan.lastSourceYear });
      if (plan.successorMemberships.length > 0) await seats.insert(plan.successorMemberships.map((m) => ({ ...m, organizationId: successorId })));
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
    return year === undefined ? isoDateOf(this.clock.now()) : lastDayOf(year);
  }

  private async createUnit(tx: EntityManager, unit: UnitSpec, codeField: string): Promise<string> {
    const id = await new OrganizationRepository(tx).insertUnlessCodeTaken(unit);
    if (id === null) throw new OrganizationCodeTakenError(unit.code, codeField);
    await tx
      .getRepository(OrganizationNameEntity)
      .insert({ organizationId: id, fullName: unit.fullName, shortName: unit.shortName, validFrom: unit.activeFrom, validTo: null });
    return id;
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
