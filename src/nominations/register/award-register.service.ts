import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { OrganizationNotFoundError } from '../../registry/organizations/organization.errors.js';
import { OrganizationRepository } from '../../registry/organizations/organization.repository.js';
import { PeopleService } from '../nominees/people.service.js';
import { recordRegisterEntry } from './register.audit.js';
import type { CreateRegisterEntryBody, ListRegisterQuery, OrganizationAwardsQuery, RegisterEntryView } from './register.dto.js';
import { RegisterRepository } from './register.repository.js';
import { registerScope } from './register.rules.js';

/**
 * Sổ khen thưởng: every award received, by year and decision, filled by award decisions, by imports of past
 * years and by staff; read per unit (with what its predecessors received) and per person, and by the
 * eligibility rules.
 */
@Injectable()
export class AwardRegisterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly people: PeopleService,
  ) {}

  async create(body: CreateRegisterEntryBody): Promise<RegisterEntryView> {
    return this.dataSource.transaction(async (tx) => {
      const register = new RegisterRepository(tx);
      const personId = body.person ? await this.people.idOf(tx, body.organizationId, body.person) : null;
      const registerNumber = body.registerNumber ?? null;
      if (registerNumber !== null) await register.reserveRegisterNumber(registerNumber);
      const id = await register.insert({
        awardTypeId: body.awardTypeId,
        year: body.year,
        organizationId: body.organizationId,
        personId,
        decisionReference: body.decisionReference,
        decisionDate: body.decisionDate ?? null,
        registerNumber,
      });
      const view = await register.entry(id);
      await recordRegisterEntry(this.audit, tx, { id, organizationId: body.organizationId }, { ...view });
      return view;
    });
  }

  /** Per person (name without tone marks, year of birth), unit, award, year or decision. */
  async list(actor: Actor, query: ListRegisterQuery): Promise<Page<RegisterEntryView>> {
    const { organizationId, ...filter } = query;
    const { items, total } = await new RegisterRepository(this.dataSource.manager).list(
      { ...filter, organizationIds: organizationId ? [organizationId] : undefined },
      registerScope(actor),
      { sort: query.sort, limit: query.pageSize, offset: offsetOf(query) },
    );
    return pageOf(items, total, query);
  }

  /**
   * Every award of a unit, by year and decision; by default also those of the units merged into it
   * (lineage), each named as it was then, so that a successor sees its predecessors' history.
   */
  async organizationAwards(actor: Actor, organizationId: string, query: OrganizationAwardsQuery): Promise<Page<RegisterEntryView>> {
    const manager = this.dataSource.manager;
    if (!(await new RegisterRepository(manager).unitExists(organizationId))) throw new OrganizationNotFoundError(organizationId);
    const predecessorIds = query.includePredecessors
      ? (await new OrganizationRepository(manager).lineage(organizationId, 'ancestors', null)).map((unit) => unit.id)
      : [];
    const { items, total } = await new RegisterRepository(manager).list(
      { ...query, organizationIds: [organizationId, ...predecessorIds] },
      registerScope(actor, { organizationId, predecessorIds }),
      { sort: query.sort, limit: query.pageSize, offset: offsetOf(query) },
    );
    return pageOf(items, total, query);
  }
}
