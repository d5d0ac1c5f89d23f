import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../../access/audit/audit.service.js';
import { Clock } from '../../platform/time/clock.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type {
  CreateOrganizationBody,
  HistoryView,
  LineageView,
  ListOrganizationsQuery,
  OrganizationDetail,
  OrganizationView,
  RenameOrganizationBody,
  UpdateOrganizationBody,
} from './organization.dto.js';
import { OrganizationCodeTakenError, OrganizationNotFoundError, RenameRefusedError } from './organization.errors.js';
import { dayBefore, type IsoDate, lastDayOf } from '../../platform/time/calendar.js';
import { type EditableUnit, type LockedUnit, type NewUnit, OrganizationRepository } from './organization.repository.js';
import { renameViolation } from './organization.rules.js';

export type UnitSpec = NewUnit & { fullName: string; shortName: string };

/** The fields PATCH may change. */
function editableOf({ province, kind }: Pick<EditableUnit, 'province' | 'kind'>): Record<string, unknown> {
  return { province, kind };
}

/** Đơn vị: units with a stable code and their names through time. Mergers are `MergersService`'s. */
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
      this.createIn(tx, 'organization.create', { ...body, province: body.province ?? null }, 'code'),
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
      const organizations = new OrganizationRepository(tx);
      const before = await organizations.editable(id);
      if (!before) throw new OrganizationNotFoundError(id);
      if (before.version !== body.version) throw new StaleVersionError();
      await organizations.update(id, { province: body.province, kind: body.kind });
      const after = { province: body.province === undefined ? before.province : body.province, kind: body.kind ?? before.kind };
      await this.recordUnit(tx, 'organization.update', id, { before: editableOf(before), after: editableOf(after) });
    });
    return this.view(id);
  }

  /** Gives the unit a new name from `validFrom`; its earlier years keep the name they had. */
  async rename(id: string, body: RenameOrganizationBody): Promise<OrganizationDetail> {
    this.assertWellFormed(id);
    await this.dataSource.transaction(async (tx) => {
      const organizations = new OrganizationRepository(tx);
      const [unit] = await organizations.lock([id]);
      if (!unit) throw new OrganizationNotFoundError(id);
      const violation = renameViolation({ validFrom: unit.latestNameFrom, validTo: unit.latestNameTo }, body.validFrom);
      if (violation) throw new RenameRefusedError(violation);
      await organizations.endName(unit.latestNameId, dayBefore(body.validFrom));
      await organizations.insertName(id, {
        fullName: body.fullName,
        shortName: body.shortName,
        validFrom: body.validFrom,
        validTo: unit.latestNameTo,
      });
      await organizations.touch([id]);
      await this.recordUnit(tx, 'organization.rename', id, {
        before: { fullName: unit.fullName, shortName: unit.shortName, validFrom: unit.latestNameFrom },
        after: { fullName: body.fullName, shortName: body.shortName, validFrom: body.validFrom },
      });
    });
    return this.get(id);
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

  /** Creates a unit with its first name in `tx`, recorded under `action`; `codeField` is where a taken code is reported. */
  async createIn(tx: EntityManager, action: string, spec: UnitSpec, codeField: string): Promise<string> {
    const { code, fullName, shortName, kind, province, activeFrom } = spec;
    const unit = { code, fullName, shortName, kind, province, activeFrom };
    const organizations = new OrganizationRepository(tx);
    const id = await organizations.insertUnlessCodeTaken(unit);
    if (id === null) throw new OrganizationCodeTakenError(unit.code, codeField);
    await organizations.insertName(id, { fullName, shortName, validFrom: activeFrom, validTo: null });
    await this.recordUnit(tx, action, id, { after: unit });
    return id;
  }

  /** Locks the units `ids` for a change in `tx` and reads them. */
  lockIn(tx: EntityManager, ids: string[]): Promise<LockedUnit[]> {
    return new OrganizationRepository(tx).lock(ids);
  }

  /** Ends the units and their current names on `endsOn`, each recorded under `action`. */
  async endIn(tx: EntityManager, action: string, units: LockedUnit[], endsOn: IsoDate): Promise<void> {
    await new OrganizationRepository(tx).end(
      units.map((unit) => unit.id),
      endsOn,
    );
    for (const unit of units)
      await this.recordUnit(tx, action, unit.id, { before: { activeTo: unit.activeTo }, after: { activeTo: endsOn } });
  }

  /** The units `ids` named as of `year` (today when absent), in the order asked. */
  views(ids: string[], year?: number): Promise<OrganizationView[]> {
    return this.organizations.views(ids, this.dateFor(year));
  }

  /** Records a change to a unit's own record, readable by that unit. */
  private recordUnit(tx: EntityManager, action: string, id: string, changes: Pick<AuditRecord, 'before' | 'after'>): Promise<void> {
    return this.audit.record(tx, { action, entityType: 'organization', entityId: id, subjectOrganizationId: id, ...changes });
  }
}
