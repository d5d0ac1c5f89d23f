import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { Clock } from '../../platform/time/clock.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import { ClustersService } from '../clusters/clusters.service.js';
import { type SqlRow, unitColumns, unitJoin, unitNameJoin } from '../clusters/unit.sql.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import { seatEnded, seatTaken } from './membership.audit.js';
import type { AddMemberBody, MembersQuery, MemberView } from './membership.dto.js';
import { MembershipEntity } from './membership.entity.js';
import {
  AlreadyInClusterOfOwnerError,
  LastYearBeforeStartError,
  MembershipHoldsTermError,
  MembershipPeriodError,
  NoOpenMembershipError,
  UnknownOrganizationError,
} from './membership.errors.js';
import { findMembers, memberFrom } from './membership.queries.js';
import { membershipPeriodProblems, type MembershipYears } from './membership.rules.js';

/** Membership by year: which units a cluster has in which years. */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClustersService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(clusterId: string, query: MembersQuery): Promise<Page<MemberView>> {
    await this.clusters.require(clusterId);
    const year = query.year ?? this.clock.currentYear();
    const { items, total } = await findMembers(this.dataSource.manager, clusterId, year, {
      q: query.q,
      sort: query.sort,
      limit: query.pageSize,
      offset: offsetOf(query),
    });
    return pageOf(items, total, query);
  }

  /**
   * The exclusion constraint `cluster_memberships_one_cluster_per_owner_and_year` is what keeps a unit
   * in one cluster per owner and year; the look-up before it only lets the refusal name the other cluster.
   */
  async add(clusterId: string, body: AddMemberBody): Promise<MemberView> {
    const cluster = await this.clusters.require(clusterId);
    const years: MembershipYears = { fromYear: body.fromYear, toYear: body.toYear ?? null };
    const [unit]: SqlRow[] = await this.dataSource.query(
      `SELECT ${unitColumns('unit')}, unit.active_from::text AS active_from, unit.active_to::text AS active_to
       FROM organizations unit ${unitNameJoin('unit', 'GREATEST($2::date, unit.active_from)')} WHERE unit.id = $1`,
      [body.organizationId, lastDayOf(years.fromYear)],
    );
    if (!unit) throw new UnknownOrganizationError('organizationId', body.organizationId);
    const unitName = unit.unit_short_name as string;
    const problems = membershipPeriodProblems(years, {
      activeFrom: unit.active_from as string,
      activeTo: unit.active_to as string | null,
    });
    if (problems.length > 0) throw new MembershipPeriodError(unitName, problems);
    const [other]: SqlRow[] = await this.dataSource.query(
      `SELECT c.name, m.from_year, m.to_year FROM cluster_memberships m JOIN clusters c ON c.id = m.cluster_id
       WHERE m.organization_id = $1 AND m.owner_id = $2
         AND int4range(m.from_year, m.to_year, '[]') && int4range($3::int, $4::int, '[]')
       LIMIT 1`,
      [body.organizationId, cluster.ownerId, years.fromYear, years.toYear],
    );
    if (other) {
      throw new AlreadyInClusterOfOwnerError(unitName, {
        clusterName: other.name as string,
        fromYear: other.from_year as number,
        toYear: other.to_year as number | null,
      });
    }
    const seat = { clusterId, organizationId: body.organizationId, ...years };
    await this.dataSource.transaction(async (tx) => {
      const inserted = await tx.getRepository(MembershipEntity).insert({ ...seat, ownerId: cluster.ownerId });
      await this.audit.record(tx, seatTaken('membership.add', inserted.identifiers[0].id as string, seat));
    });
    return memberFrom({ ...unit, from_year: years.fromYear, to_year: years.toYear });
  }

  /** Ends the open membership with `lastYear` as its last year. */
  async end(clusterId: string, organizationId: string, lastYear: number): Promise<MemberView> {
    return this.dataSource.transaction(async (tx) => {
      await this.clusters.require(clusterId, tx);
      // FOR UPDATE waits for a term being written with this unit (it holds the row FOR SHARE).
      const [open]: SqlRow[] = await tx.query(
        `SELECT id, from_year FROM cluster_memberships
         WHERE cluster_id = $1 AND organization_id = $2 AND to_year IS NULL FOR UPDATE`,
        [clusterId, organizationId],
      );
      if (!open) throw new NoOpenMembershipError(organizationId);
      const fromYear = open.from_year as number;
      if (lastYear < fromYear) throw new LastYearBeforeStartError(lastYear, fromYear);
      const held: { year: number }[] = await tx.query(
        `SELECT year FROM cluster_terms WHERE cluster_id = $1 AND year > $3 AND $2 IN (chair_id, vice_chair_id) ORDER BY year`,
        [clusterId, organizationId, lastYear],
      );
      if (held.length > 0) {
        const unit = await membershipView(tx, open.id as string, lastYear);
        throw new MembershipHoldsTermError(
          unit.shortName,
          held.map((term) => term.year),
        );
      }
      await tx.query(`UPDATE cluster_memberships SET to_year = $2 WHERE id = $1`, [open.id, lastYear]);
      await this.audit.record(tx, seatEnded('membership.end', { id: open.id as string, organizationId, toYear: null }, lastYear));
      return membershipView(tx, open.id as string, lastYear);
    });
  }
}

async function membershipView(manager: EntityManager, membershipId: string, year: number): Promise<MemberView> {
  const [row]: SqlRow[] = await manager.query(
    `SELECT m.from_year, m.to_year, ${unitColumns('unit')} FROM cluster_memberships m
     ${unitJoin('unit', 'm.organization_id', '$2')} WHERE m.id = $1`,
    [membershipId, lastDayOf(year)],
  );
  return memberFrom(row);
}
