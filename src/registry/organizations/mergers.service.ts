import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { MembershipsService } from '../memberships/memberships.service.js';
import type { LineageLinkView, MergerBody, MergerResult } from './merger.dto.js';
import { MergerRepository } from './merger.repository.js';
import { type MembershipSpan, type MergerPlan, planMerger } from './merger.rules.js';
import { AmbiguousSuccessorError, MergerRefusedError } from './organization.errors.js';
import { OrganizationsService, type UnitSpec } from './organizations.service.js';

/** Every row a merger changes is recorded under this one action, so that the trail shows the merger whole. */
const MERGE = 'organization.merge';

/**
 * Sáp nhập: ends the sources the day before `effectiveDate`, links them to the successor (new or
 * existing) and hands their cluster seats over from the merger's year, all or nothing.
 */
@Injectable()
export class MergersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditService,
  ) {}

  async merge(body: MergerBody): Promise<MergerResult> {
    const { successorId, lineage } = await this.dataSource.transaction((tx) => this.mergeIn(tx, body));
    const [successor, ...sources] = await this.organizations.views([successorId, ...body.sourceIds]);
    return { successor, sources, lineage };
  }

  /** The merger itself, in the caller's transaction: the API's, or the demo seeds'. */
  async mergeIn(tx: EntityManager, body: MergerBody): Promise<{ successorId: string; lineage: LineageLinkView[] }> {
    const { id: existingId = null, ...newUnit } = body.successor;
    if (existingId !== null && Object.values(newUnit).some((value) => value !== undefined)) throw new AmbiguousSuccessorError();
    const involved = existingId === null ? body.sourceIds : [...body.sourceIds, existingId];
    const units = await this.organizations.lockIn(tx, involved);
    const memberships = await this.memberships.lockOfIn(tx, involved);
    const decision = planMerger({
      effectiveDate: body.effectiveDate,
      sourceIds: body.sourceIds,
      successorId: existingId,
      successorClusterIds: body.successorClusterIds,
      units,
      memberships,
      leadingRoles: await new MergerRepository(tx).leadingRolesOf(body.sourceIds),
    });
    if (!decision.ok) throw new MergerRefusedError(decision.violations);
    const { plan } = decision;

    const successorId = existingId ?? (await this.organizations.createIn(tx, MERGE, newSuccessor(body), 'successor.code'));
    await this.organizations.endIn(
      tx,
      MERGE,
      units.filter((unit) => body.sourceIds.includes(unit.id)),
      plan.sourcesEndOn,
    );
    const lineage = await this.linkToSuccessor(tx, body, successorId);
    await this.handOverSeats(tx, plan, memberships, successorId);
    return { successorId, lineage };
  }

  /** The units `predecessorId` has been merged into, as `tx` sees them (a seed run twice finds its mergers so). */
  successorsOfIn(tx: EntityManager, predecessorId: string): Promise<string[]> {
    return new MergerRepository(tx).successorsOf(predecessorId);
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
    const ids = await new MergerRepository(tx).link(lineage);
    for (const [index, link] of lineage.entries()) {
      await this.audit.record(tx, {
        action: MERGE,
        entityType: 'organization_lineage',
        entityId: ids[index],
        subjectOrganizationId: successorId,
        after: { ...link },
      });
    }
    return lineage;
  }

  /** The sources' seats end with their last year; the successor takes its seats from the merger's year. */
  private async handOverSeats(tx: EntityManager, plan: MergerPlan, memberships: MembershipSpan[], successorId: string): Promise<void> {
    const ended = memberships.filter((membership) => plan.endedMembershipIds.includes(membership.id));
    await this.memberships.endSeatsIn(tx, MERGE, ended, plan.lastSourceYear);
    await this.memberships.takeSeatsIn(
      tx,
      MERGE,
      plan.successorMemberships.map((seat) => ({ ...seat, organizationId: successorId })),
    );
  }
}

function newSuccessor(body: MergerBody): UnitSpec {
  const { code, fullName, shortName, kind, province } = body.successor;
  // Validation requires these whenever no id is given.
  return {
    code: code!,
    fullName: fullName!,
    shortName: shortName!,
    kind: kind!,
    province: province ?? null,
    activeFrom: body.effectiveDate,
  };
}
