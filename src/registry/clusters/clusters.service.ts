import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../../access/audit/audit.service.js';
import { Clock } from '../../platform/time/clock.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import { coversYear } from '../memberships/membership.sql.js';
import { lastDayOf } from '../../platform/time/calendar.js';
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

type ClusterFields = Pick<ClusterEntity, 'code' | 'number' | 'name' | 'kind' | 'ownerId' | 'rotationRule' | 'rotationOrder'>;

/** What a cluster is made of, without the row's bookkeeping: what is written, and what the audit trail keeps. */
function clusterFields(cluster: ClusterFields): ClusterFields {
  const { code, number, name, kind, ownerId, rotationRule, rotationOrder } = cluster;
  return { code, number, name, kind, ownerId, rotationRule, rotationOrder };
}

/** Cụm/khối thi đua: the clusters themselves, and who supervises each one in a year. */
@Injectable()
export class ClustersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The cluster, or a 404 naming the id. */
  async require(id: string, manager: EntityManager = this.dataSource.manager): Promise<ClusterEntity> {
    const cluster = await manager.findOneBy(ClusterEntity, { id });
    if (!cluster) throw new ClusterNotFoundError(id);
    return cluster;
  }

  async create(body: CreateClusterBody): Promise<ClusterDetail> {
    await this.assertUnitsExist(body.rotationOrder ?? []);
    const cluster = clusterFields({ ...body, rotationOrder: body.rotationOrder ?? [] });
    const id = await this.dataSource.transaction(async (tx) => {
      // TypeORM writes the generated columns back into what it inserts: give it a copy.
      const inserted = await tx.getRepository(ClusterEntity).insert({ ...cluster });
      const id = inserted.identifiers[0].id as string;
      await this.record(tx, cluster, { action: 'cluster.create', entityType: 'cluster', entityId: id, after: cluster });
      return id;
    });
    return this.get(id);
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
    await this.dataSource.transaction(async (tx) => {
      const before = await tx.findOne(ClusterEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new ClusterNotFoundError(id);
      if (before.version !== body.version) throw new StaleClusterError(before.version);
      await tx
        .createQueryBuilder()
        .update(ClusterEntity)
        .set({ name: body.name, rotationRule: body.rotationRule, rotationOrder: body.rotationOrder })
        .where({ id })
        .execute();
      const after = await tx.findOneByOrFail(ClusterEntity, { id });
      await this.record(tx, before, {
        action: 'cluster.update',
        entityType: 'cluster',
        entityId: id,
        before: clusterFields(before),
        after: clusterFields(after),
      });
    });
    return this.get(id);
  }

  async putSupervisor(id: string, year: number, body: PutSupervisorBody): Promise<Upserted<SupervisorView>> {
    return this.dataSource.transaction(async (tx) => {
      const cluster = await this.require(id, tx);
      // `old` (PostgreSQL 18) is the row the upsert replaced, all nulls when it inserted one.
      const [row]: SqlRow[] = await tx.query(
        `INSERT INTO cluster_supervisors (cluster_id, year, full_name, position) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT cluster_supervisors_cluster_year_key
           DO UPDATE SET full_name = EXCLUDED.full_name, position = EXCLUDED.position
         RETURNING new.id, new.year, new.full_name, new.position, old.full_name AS old_full_name, old.position AS old_position,
           (xmax = 0) AS created`,
        [id, year, body.fullName, body.position ?? null],
      );
      const created = row.created as boolean;
      const value = supervisorFrom(row);
      const after = { clusterId: id, ...value };
      await this.record(tx, cluster, {
        action: 'cluster.supervisor.put',
        entityType: 'cluster_supervisor',
        entityId: row.id as string,
        before: created ? undefined : { ...after, fullName: row.old_full_name, position: row.old_position },
        after,
      });
      return { created, value };
    });
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

  /** Records a change to the cluster or one of its records, readable by the cluster's owner. */
  private record(tx: EntityManager, cluster: Pick<ClusterEntity, 'ownerId'>, event: Omit<AuditRecord, 'subjectOrganizationId'>): Promise<void> {
    return this.audit.record(tx, { ...event, subjectOrganizationId: cluster.ownerId });
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
