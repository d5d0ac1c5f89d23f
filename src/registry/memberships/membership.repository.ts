import type { EntityManager } from 'typeorm';
import { insertAll } from '../../platform/database/insert-all.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import { type SqlRow, unitColumns, unitFrom, unitJoin, unitOrder } from '../organizations/organization.repository.js';
import type { MemberView } from './membership.dto.js';
import type { Seat } from './membership.audit.js';

/** SQL condition: the membership row `alias` covers `year` (an integer SQL expression). */
export function coversYear(alias: string, year: string): string {
  return `(${alias}.from_year <= ${year} AND (${alias}.to_year IS NULL OR ${alias}.to_year >= ${year}))`;
}

const ORDER_BY = {
  name: unitOrder('unit'),
  code: 'unit.code',
} as const;

export interface MembersFilter {
  q?: string;
  sort: keyof typeof ORDER_BY;
  /** Omit both to get every member. */
  limit?: number;
  offset?: number;
}

/** The unit's other membership, in a cluster of the same owner, that overlaps the years asked. */
export interface OverlappingSeat {
  clusterName: string;
  fromYear: number;
  toYear: number | null;
}

interface MemberRow extends SqlRow {
  from_year: number;
  to_year: number | null;
}

export function memberFrom(row: MemberRow): MemberView {
  const unit = unitFrom(row, 'unit');
  if (!unit) throw new Error('A membership without its unit');
  return {
    organizationId: unit.id,
    code: unit.code,
    fullName: unit.fullName,
    shortName: unit.shortName,
    fromYear: row.from_year,
    toYear: row.to_year,
  };
}

/** Every query of `cluster_memberships`: who belongs to which cluster in which years. */
export class MembershipRepository {
  constructor(private readonly db: EntityManager) {}

  /** The members of a cluster in `year`, named as they were that year. */
  async members(clusterId: string, year: number, filter: MembersFilter): Promise<{ items: MemberView[]; total: number }> {
    const from = `
      FROM cluster_memberships m
      ${unitJoin('unit', 'm.organization_id', '$3')}
      WHERE m.cluster_id = $1 AND ${coversYear('m', '$2::int')}
        AND ($4::text IS NULL OR search_key(unit_name.full_name || ' ' || unit_name.short_name || ' ' || unit.code) LIKE '%' || search_key($4) || '%')`;
    const parameters = [clusterId, year, lastDayOf(year), filter.q ?? null];
    const [rows, [{ total }]]: [MemberRow[], { total: number }[]] = await Promise.all([
      this.db.query(`SELECT m.from_year, m.to_year, ${unitColumns('unit')} ${from} ORDER BY ${ORDER_BY[filter.sort]} LIMIT $5 OFFSET $6`, [
        ...parameters,
        filter.limit ?? null,
        filter.offset ?? 0,
      ]),
      this.db.query(`SELECT count(*)::int AS total ${from}`, parameters),
    ]);
    return { items: rows.map(memberFrom), total };
  }

  async overlapping(organizationId: string, ownerId: string, fromYear: number, toYear: number | null): Promise<OverlappingSeat | null> {
    const rows: OverlappingSeat[] = await this.db.query(
      `SELECT c.name AS "clusterName", m.from_year AS "fromYear", m.to_year AS "toYear"
       FROM cluster_memberships m JOIN clusters c ON c.id = m.cluster_id
       WHERE m.organization_id = $1 AND m.owner_id = $2
         AND int4range(m.from_year, m.to_year, '[]') && int4range($3::int, $4::int, '[]')
       LIMIT 1`,
      [organizationId, ownerId, fromYear, toYear],
    );
    return rows[0] ?? null;
  }

  /** Inserts the seats in one statement and returns their ids, in the same order. */
  insert(seats: (Seat & { ownerId: string })[]): Promise<string[]> {
    return insertAll(
      this.db,
      'cluster_memberships',
      {
        cluster_id: ['uuid', (seat) => seat.clusterId],
        owner_id: ['uuid', (seat) => seat.ownerId],
        organization_id: ['uuid', (seat) => seat.organizationId],
        from_year: ['int', (seat) => seat.fromYear],
        to_year: ['int', (seat) => seat.toYear],
      },
      seats,
    );
  }

  /** The open membership of the unit in the cluster, locked (a term being written holds it FOR SHARE). */
  async lockOpen(clusterId: string, organizationId: string): Promise<{ id: string; fromYear: number } | null> {
    const rows: { id: string; fromYear: number }[] = await this.db.query(
      `SELECT id, from_year AS "fromYear" FROM cluster_memberships
       WHERE cluster_id = $1 AND organization_id = $2 AND to_year IS NULL FOR UPDATE`,
      [clusterId, organizationId],
    );
    return rows[0] ?? null;
  }

  /** The years after `afterYear` in which the unit chairs or vice-chairs the cluster. */
  async termYearsHeld(clusterId: string, organizationId: string, afterYear: number): Promise<number[]> {
    const rows: { year: number }[] = await this.db.query(
      `SELECT year FROM cluster_terms WHERE cluster_id = $1 AND year > $3 AND $2 IN (chair_id, vice_chair_id) ORDER BY year`,
      [clusterId, organizationId, afterYear],
    );
    return rows.map((row) => row.year);
  }

  async end(ids: string[], lastYear: number): Promise<void> {
    await this.db.query('UPDATE cluster_memberships SET to_year = $2 WHERE id = ANY($1::uuid[])', [ids, lastYear]);
  }

  /** The memberships of the units `ids`, locked until the transaction ends, with their clusters' names, by cluster number. */
  lockOf(ids: string[]): Promise<(Seat & { id: string; ownerId: string; clusterName: string })[]> {
    return this.db.query(
      `SELECT m.id, m.organization_id AS "organizationId", m.cluster_id AS "clusterId", c.name AS "clusterName",
         m.owner_id AS "ownerId", m.from_year AS "fromYear", m.to_year AS "toYear"
       FROM cluster_memberships m JOIN clusters c ON c.id = m.cluster_id
       WHERE m.organization_id = ANY($1::uuid[])
       ORDER BY c.number, c.code, m.from_year, m.id
       FOR UPDATE OF m`,
      [ids],
    );
  }

  /** Which of `ids` are members of the cluster in `year`; their rows stay locked FOR SHARE until the transaction ends. */
  async membersAmong(clusterId: string, ids: string[], year: number): Promise<string[]> {
    const rows: { organization_id: string }[] = await this.db.query(
      `SELECT m.organization_id FROM cluster_memberships m
       WHERE m.cluster_id = $1 AND m.organization_id = ANY($2::uuid[]) AND ${coversYear('m', '$3::int')}
       FOR SHARE`,
      [clusterId, ids, year],
    );
    return rows.map((row) => row.organization_id);
  }

  /** One membership, its unit named as of the end of `year`. */
  async view(membershipId: string, year: number): Promise<MemberView> {
    const [row]: MemberRow[] = await this.db.query(
      `SELECT m.from_year, m.to_year, ${unitColumns('unit')} FROM cluster_memberships m
       ${unitJoin('unit', 'm.organization_id', '$2')} WHERE m.id = $1`,
      [membershipId, lastDayOf(year)],
    );
    return memberFrom(row);
  }

  /** Every membership of the clusters `clusterIds`. */
  ofClusters(clusterIds: string[]): Promise<(Seat & { id: string })[]> {
    return this.db.query(
      `SELECT id, cluster_id AS "clusterId", organization_id AS "organizationId", from_year AS "fromYear", to_year AS "toYear"
       FROM cluster_memberships WHERE cluster_id = ANY($1::uuid[])`,
      [clusterIds],
    );
  }
}
