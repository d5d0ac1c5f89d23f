import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { Clock } from '../../platform/time/clock.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import { ClustersService } from '../clusters/clusters.service.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { type Seat, seatEnded, seatTaken } from './membership.audit.js';
import type { AddMemberBody, MembersQuery, MemberView } from './membership.dto.js';
import {
  AlreadyInClusterOfOwnerError,
  LastYearBeforeStartError,
  MembershipHoldsTermError,
  MembershipPeriodError,
  NoOpenMembershipError,
  UnknownOrganizationError,
} from './membership.errors.js';
import { MembershipRepository } from './membership.repository.js';
import { membershipPeriodProblems, type MembershipYears } from './membership.rules.js';

/** Membership by year: which units a cluster has in which years. */
@Injectable()
export class MembershipsService {
  private readonly memberships: MembershipRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClustersService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {
    this.memberships = new MembershipRepository(dataSource.manager);
  }

  async list(clusterId: string, query: MembersQuery): Promise<Page<MemberView>> {
    await this.clusters.require(clusterId);
    const year = query.year ?? this.clock.currentYear();
    const { items, total } = await this.memberships.members(clusterId, year, {
      q: query.q,
      sort: query.sort,
      limit: query.pageSize,
      offset: offsetOf(query),
    });
    return pageOf(items, total, query);
  }

  /** Every member of the cluster in `year`, by name, read in `manager`'s transaction. */
  async allMembers(clusterId: string, year: number, manager: EntityManager = this.dataSource.manager): Promise<MemberView[]> {
    return (await new MembershipRepository(manager).members(clusterId, year, { sort: 'name' })).items;
  }

  /**
   * The exclusion constraint `cluster_memberships_one_cluster_per_owner_and_year` is what keeps a unit
   * in one cluster per owner and year; the look-up before it only lets the refusal name the other cluster.
   */
  async add(clusterId: string, body: AddMemberBody): Promise<MemberView> {
    const cluster = await this.clusters.require(clusterId);
    const years: MembershipYears = { fromYear: body.fromYear, toYear: body.toYear ?? null };
    const unit = await new OrganizationRepository(this.dataSource.manager).withPeriod(body.organizationId, lastDayOf(years.fromYear));
    if (!unit) throw new UnknownOrganizationError('organizationId', body.organizationId);
    const problems = membershipPeriodProblems(years, unit);
    if (problems.length > 0) throw new MembershipPeriodError(unit.shortName, problems);
    const other = await this.memberships.overlapping(body.organizationId, cluster.ownerId, years.fromYear, years.toYear);
    if (other) throw new AlreadyInClusterOfOwnerError(unit.shortName, other);
    const seat = { clusterId, organizationId: body.organizationId, ...years };
    await this.dataSource.transaction((tx) => this.takeSeatsIn(tx, 'membership.add', [{ ...seat, ownerId: cluster.ownerId }]));
    const { id: organizationId, code, fullName, shortName } = unit;
    return { organizationId, code, fullName, shortName, ...years };
  }

  /** Ends the open membership with `lastYear` as its last year. */
  async end(clusterId: string, organizationId: string, lastYear: number): Promise<MemberView> {
    return this.dataSource.transaction(async (tx) => {
      await this.clusters.require(clusterId, tx);
      const memberships = new MembershipRepository(tx);
      const open = await memberships.lockOpen(clusterId, organizationId);
      if (!open) throw new NoOpenMembershipError(organizationId);
      if (lastYear < open.fromYear) throw new LastYearBeforeStartError(lastYear, open.fromYear);
      const held = await memberships.termYearsHeld(clusterId, organizationId, lastYear);
      if (held.length > 0) throw new MembershipHoldsTermError((await memberships.view(open.id, lastYear)).shortName, held);
      await this.endSeatsIn(tx, 'membership.end', [{ id: open.id, organizationId, toYear: null }], lastYear);
      return memberships.view(open.id, lastYear);
    });
  }

  /** Seats taken in `tx` (a unit's request, or a merger handing seats to its successor), each recorded under `action`. */
  async takeSeatsIn(tx: EntityManager, action: string, seats: (Seat & { ownerId: string })[]): Promise<void> {
    const ids = await new MembershipRepository(tx).insert(seats);
    for (const [index, seat] of seats.entries()) await this.audit.record(tx, seatTaken(action, ids[index], seat));
  }

  /** The memberships now end with `lastYear`, each recorded under `action`. */
  async endSeatsIn(
    tx: EntityManager,
    action: string,
    memberships: { id: string; organizationId: string; toYear: number | null }[],
    lastYear: number,
  ): Promise<void> {
    if (memberships.length === 0) return;
    await new MembershipRepository(tx).end(
      memberships.map((membership) => membership.id),
      lastYear,
    );
    for (const membership of memberships) await this.audit.record(tx, seatEnded(action, membership, lastYear));
  }

  /** The memberships of the units `ids`, locked until `tx` ends, with their clusters' names. */
  lockOfIn(tx: EntityManager, ids: string[]) {
    return new MembershipRepository(tx).lockOf(ids);
  }

  /** Which of `ids` are members of the cluster in `year`; their rows stay locked FOR SHARE until `tx` ends. */
  membersAmongIn(tx: EntityManager, clusterId: string, ids: string[], year: number): Promise<string[]> {
    return new MembershipRepository(tx).membersAmong(clusterId, ids, year);
  }
}
