import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { calendarDateInVietnam, type IsoDate } from '../../platform/time/calendar.js';
import { Clock } from '../../platform/time/clock.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { ClusterYearReader, requireCluster, requireMember, requireSecretariat, requireUnitOrSecretariat } from '../cluster-year.js';
import { RegistrationNotFoundError, StaleEmulationRecordError } from '../emulation.errors.js';
import type { RegistrationBoardView, RegistrationView, SetDeadlineBody, SubmitRegistrationBody } from './registration.dto.js';
import { type RegistrationRecord, RegistrationRepository } from './registration.repository.js';
import { REGISTRATION_STATUS_LABELS, REGISTRATION_STATUSES, registrationStatus } from './registration.rules.js';

function viewOf(clusterId: string, year: number, unit: UnitView, record: RegistrationRecord, deadline: IsoDate | null): RegistrationView {
  const submittedOn = calendarDateInVietnam(record.submittedAt);
  return {
    id: record.id,
    clusterId,
    year,
    unit,
    targets: record.targets,
    titles: record.titles,
    note: record.note,
    submittedAt: record.submittedAt,
    submittedOn,
    late: registrationStatus(submittedOn, deadline, submittedOn) === 'late',
    version: record.version,
  };
}

/**
 * Đăng ký thi đua: each member registers its targets per content area and the titles it aims for, by the deadline
 * the year's secretariat sets; the board shows the secretariat who registered on time, late, or not at all.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Every member with its status; anyone signed in reads it (targets are not secret). */
  async board(clusterId: string, year: number, manager: EntityManager = this.dataSource.manager): Promise<RegistrationBoardView> {
    await requireCluster(manager, clusterId);
    const registrations = new RegistrationRepository(manager);
    const deadline = await registrations.deadline(clusterId, year);
    const today = this.clock.today();
    const byUnit = new Map((await registrations.ofYear(clusterId, year)).map((record) => [record.organizationId, record]));
    const members = (await new ClusterYearReader(manager).members(clusterId, year)).map((unit) => {
      const record = byUnit.get(unit.id);
      const registration = record ? viewOf(clusterId, year, unit, record, deadline) : null;
      const status = registrationStatus(registration?.submittedOn ?? null, deadline, today);
      return { unit, status, statusLabel: REGISTRATION_STATUS_LABELS[status], registration };
    });
    const counts = Object.fromEntries(
      REGISTRATION_STATUSES.map((status) => [status, members.filter((member) => member.status === status).length]),
    ) as RegistrationBoardView['counts'];
    return { clusterId, year, deadline, today, members, counts };
  }

  async get(
    clusterId: string,
    year: number,
    organizationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RegistrationView> {
    await requireCluster(manager, clusterId);
    const unit = await requireMember(manager, clusterId, year, organizationId);
    const registrations = new RegistrationRepository(manager);
    const record = await registrations.find(clusterId, year, organizationId);
    if (!record) throw new RegistrationNotFoundError(year);
    return viewOf(clusterId, year, unit, record, await registrations.deadline(clusterId, year));
  }

  /** Hạn đăng ký: set or moved by the year's secretariat. */
  async setDeadline(actor: Actor, clusterId: string, year: number, body: SetDeadlineBody): Promise<RegistrationBoardView> {
    return this.dataSource.transaction(async (tx) => {
      await requireCluster(tx, clusterId);
      const role = await requireSecretariat(tx, actor, clusterId, year);
      const registrations = new RegistrationRepository(tx);
      const before = await registrations.deadline(clusterId, year);
      await registrations.setDeadline(clusterId, year, body.deadline, actor.userId);
      await this.audit.record(tx, {
        action: 'emulation.registration_deadline',
        entityType: 'emulation_registration_deadline',
        entityId: `${clusterId}/${year}`,
        subjectOrganizationId: role.scope.chairOrganizationId,
        before: { deadline: before },
        after: { deadline: body.deadline },
      });
      return this.board(clusterId, year, tx);
    });
  }

  /** Sends or corrects a member's registration: its own officers, the secretariat or national staff. */
  async submit(
    actor: Actor,
    clusterId: string,
    year: number,
    organizationId: string,
    body: SubmitRegistrationBody,
  ): Promise<RegistrationView> {
    return this.dataSource.transaction(async (tx) => {
      await requireCluster(tx, clusterId);
      await requireUnitOrSecretariat(tx, actor, clusterId, year, organizationId);
      await requireMember(tx, clusterId, year, organizationId);
      const registrations = new RegistrationRepository(tx);
      const existing = await registrations.find(clusterId, year, organizationId, true);
      if (existing && existing.version !== body.version) throw new StaleEmulationRecordError(existing.version);
      const fields = {
        targets: body.targets.map(({ contentArea, target }) => ({ contentArea, target })),
        titles: body.titles,
        note: body.note ?? null,
      };
      if (existing) await registrations.update(existing.id, fields);
      else await registrations.insert(clusterId, year, organizationId, fields, this.clock.now(), actor.userId);
      await this.audit.record(tx, {
        action: existing ? 'emulation.registration_update' : 'emulation.registration_submit',
        entityType: 'emulation_registration',
        entityId: existing?.id ?? `${clusterId}/${year}/${organizationId}`,
        subjectOrganizationId: organizationId,
        before: existing ? { targets: existing.targets, titles: existing.titles, note: existing.note } : undefined,
        after: fields,
      });
      return this.get(clusterId, year, organizationId, tx);
    });
  }
}
