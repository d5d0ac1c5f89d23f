import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../platform/clock/clock.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import { coversYear } from '../memberships/membership.sql.js';
import { lastDayOf } from '../organizations/organization-name.sql.js';
import { findTerm } from '../terms/term.queries.js';
import { ClusterEntity } from './cluster.entity.js';
import { ClusterNotFoundError, StaleClusterError, UnknownRotationUnitsError } from './cluster.errors.js';
import type {
  ClusterDetail,
  ClusterSummary,
  CreateClusterBody,
  ListClustersQuery,
  PutSupervisorBody,
  SupervisorsQuery,
  SupervisorView,
  UpdateClusterBody,
} from './cluster.dto.js';
import { type SqlRow, unitColumns, unitFrom, type UnitView, unitJoin } from './unit.sql.js';
import type { Upserted } from './upserted.js';

const SORTS: Record<ListClustersQuery['sort'], string> = {
  number: 'c.number, c.kind, c.code',
  name: 'c.name COLLATE vietnamese, c.code',
  code: 'c.code',
};

/** Clusters with their owner named as of `date` and their members counted in `year` (SQL expressions). */
function clusterSelect(date: string, year: string): string {
  return `
    SELECT c.id, c.code, c.number, c.name, c.kind, c.rotation_rule, c.rotation_order, c.version, ${unitColumns('owner')},
      (SELECT count(*)::int FROM cluster_memberships m WHERE m.cluster_id = c.id AND ${coversYear('m', year)}) AS member_count
    FROM clusters c
    ${unitJoin('owner', 'c.owner_id', date)}`;
}

function summaryFrom(row: SqlRow, year: number): ClusterSummary {
  return {
    id: row.id as string,
    code: row.code as string,
    number: row.number as number,
    name: row.name as string,
    kind: row.kind as ClusterSummary['kind'],
    owner: unitFrom(row, 'owner') as UnitView,
    rotationRule: row.rotation_rule as ClusterSummary['rotationRule'],
    version: row.version as number,
    year,
    memberCount: row.member_count as number,
  };
}

/** Cụm/khối thi đua: the clusters themselves, and who supervises each one in a year. */
@Injectable()
export class ClustersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The cluster, or a 404 naming the id. */
  async require(id: string, manager: EntityManager = this.dataSource.manager): Promise<ClusterEntity> {
    const cluster = await manager.findOneBy(ClusterEntity, { id });
    if (!cluster) throw new ClusterNotFoundError(id);
    return cluster;
  }

  async create(body: CreateClusterBody): Promise<ClusterDetail> {
    await this.assertUnitsExist(body.rotationOrder ?? []);
    const inserted = await this.dataSource.getRepository(ClusterEntity).insert({
      code: body.code,
      number: body.number,
      name: body.name,
      kind: body.kind,
      ownerId: body.ownerId,
      rotationRule: body.rotationRule,
      rotationOrder: body.rotationOrder ?? [],
    });
    return this.get(inserted.identifiers[0].id as string);
  }

  async list(query: ListClustersQuery): Promise<Page<ClusterSummary>> {
    const year = query.year ?? this.clock.currentYear();
    const where = `
      WHERE ($2::text IS NULL OR search_key(c.name || ' ' || c.code) LIKE '%' || search_key($2) || '%')
        AND ($3::cluster_kind IS NULL OR c.kind = $3)
        AND ($4::uuid IS NULL OR c.owner_id = $4)
        AND ($5::uuid IS NULL OR EXISTS (
          SELECT 1 FROM cluster_memberships mm WHERE mm.cluster_id = c.id AND mm.organization_id = $5 AND ${coversYear('mm', '$1::int')}))`;
    const parameters = [year, query.q ?? null, query.kind ?? null, query.ownerId ?? null, query.memberId ?? null];
    const [rows, [{ total }]]: [SqlRow[], { total: number }[]] = await Promise.all([
      this.dataSource.query(`${clusterSelect('$6', '$1::int')} ${where} ORDER BY ${SORTS[query.sort]} LIMIT $7 OFFSET $8`, [
        ...parameters,
        lastDayOf(year),
        query.pageSize,
        offsetOf(query),
      ]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM clusters c ${where}`, parameters),
    ]);
    return pageOf(
      rows.map((row) => summaryFrom(row, year)),
      total,
      query,
    );
  }

  async get(id: string, requestedYear?: number): Promise<ClusterDetail> {
    const year = requestedYear ?? this.clock.currentYear();
    const rows: SqlRow[] = await this.dataSource.query(`${clusterSelect('$1', '$2::int')} WHERE c.id = $3`, [
      lastDayOf(year),
      year,
      id,
    ]);
    if (rows.length === 0) throw new ClusterNotFoundError(id);
    const [supervisor, term] = await Promise.all([this.findSupervisor(id, year), findTerm(this.dataSource.manager, id, year)]);
    return { ...summaryFrom(rows[0], year), rotationOrder: rows[0].rotation_order as string[], supervisor, term };
  }

  /** Optimistic: the write happens only if `version` is still the stored one. */
  async update(id: string, body: UpdateClusterBody): Promise<ClusterDetail> {
    if (body.rotationOrder) await this.assertUnitsExist(body.rotationOrder);
    const result = await this.dataSource
      .createQueryBuilder()
      .update(ClusterEntity)
      .set({ name: body.name, rotationRule: body.rotationRule, rotationOrder: body.rotationOrder })
      .where('id = :id AND version = :version', { id, version: body.version })
      .execute();
    if (result.affected === 0) throw new StaleClusterError((await this.require(id)).version);
    return this.get(id);
  }

  async putSupervisor(id: string, year: number, body: PutSupervisorBody): Promise<Upserted<SupervisorView>> {
    await this.require(id);
    const [row]: SqlRow[] = await this.dataSource.query(
      `INSERT INTO cluster_supervisors (cluster_id, year, full_name, position) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT cluster_supervisors_cluster_year_key
         DO UPDATE SET full_name = EXCLUDED.full_name, position = EXCLUDED.position
       RETURNING year, full_name, position, (xmax = 0) AS created`,
      [id, year, body.fullName, body.position ?? null],
    );
    return { created: row.created as boolean, value: supervisorFrom(row) };
  }

  async listSupervisors(id: string, query: SupervisorsQuery): Promise<Page<SupervisorView>> {
    await this.require(id);
    const [rows, [{ total }]]: [SqlRow[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT year, full_name, position FROM cluster_supervisors WHERE cluster_id = $1 ORDER BY year DESC LIMIT $2 OFFSET $3`,
        [id, query.pageSize, offsetOf(query)],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM cluster_supervisors WHERE cluster_id = $1`, [id]),
    ]);
    return pageOf(rows.map(supervisorFrom), total, query);
  }

  private async findSupervisor(id: string, year: number): Promise<SupervisorView | null> {
    const rows: SqlRow[] = await this.dataSource.query(
      `SELECT year, full_name, position FROM cluster_supervisors WHERE cluster_id = $1 AND year = $2`,
      [id, year],
    );
    return rows.length > 0 ? supervisorFrom(rows[0]) : null;
  }

  /** The rotation order has no foreign key (it is an array), so its ids are checked here. */
  private async assertUnitsExist(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found: { id: string }[] = await this.dataSource.query(`SELECT id FROM organizations WHERE id = ANY($1::uuid[])`, [ids]);
    const missing = ids.filter((id) => !found.some((row) => row.id === id));
    if (missing.length > 0) throw new UnknownRotationUnitsError(missing);
  }
}

function supervisorFrom(row: SqlRow): SupervisorView {
  return { year: row.year as number, fullName: row.full_name as string, position: row.position as string | null };
}
