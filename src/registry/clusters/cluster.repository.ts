import type { EntityManager } from 'typeorm';
import { queryPage } from '../../platform/pagination/page.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import { coversYear } from '../memberships/membership.repository.js';
import type { ClusterSummary, ListClustersQuery, SupervisorsQuery, SupervisorView } from './cluster.dto.js';
import type { Cluster, ClusterFields, ClusterKind, RotationRule } from './cluster.rules.js';
import { type SqlRow, unitColumns, unitFrom, unitJoin } from '../organizations/organization.repository.js';

const SORTS: Record<ListClustersQuery['sort'], string> = {
  number: 'c.number, c.kind, c.code',
  name: 'c.name COLLATE vietnamese, c.code',
  code: 'c.code',
};

const CLUSTER_COLUMNS = `c.id, c.code, c.number, c.name, c.kind, c.owner_id AS "ownerId", c.rotation_rule AS "rotationRule",
  c.rotation_order AS "rotationOrder", c.version`;

interface SummaryRow extends SqlRow {
  id: string;
  code: string;
  number: number;
  name: string;
  kind: ClusterKind;
  rotation_rule: RotationRule;
  rotation_order: string[];
  version: number;
  member_count: number;
}

interface SupervisorRow {
  id: string;
  year: number;
  full_name: string;
  position: string | null;
}

/** The columns of a cluster summary: its members counted in `year` (a SQL expression). */
function summaryColumns(year: string): string {
  return `c.id, c.code, c.number, c.name, c.kind, c.rotation_rule, c.rotation_order, c.version, ${unitColumns('owner')},
      (SELECT count(*)::int FROM cluster_memberships m WHERE m.cluster_id = c.id AND ${coversYear('m', year)}) AS member_count`;
}

/** Clusters with their owner named as of `date` (a SQL expression). */
function clustersFrom(date: string): string {
  return `FROM clusters c ${unitJoin('owner', 'c.owner_id', date)}`;
}

function summaryOf(row: SummaryRow, year: number): ClusterSummary & { rotationOrder: string[] } {
  const owner = unitFrom(row, 'owner');
  if (!owner) throw new Error(`Cluster ${row.id} without its owner`);
  return {
    id: row.id,
    code: row.code,
    number: row.number,
    name: row.name,
    kind: row.kind,
    owner,
    rotationRule: row.rotation_rule,
    version: row.version,
    year,
    memberCount: row.member_count,
    rotationOrder: row.rotation_order,
  };
}

function supervisorFrom(row: SupervisorRow): SupervisorView {
  return { year: row.year, fullName: row.full_name, position: row.position };
}

/** Every query of `clusters` and `cluster_supervisors`. */
export class ClusterRepository {
  constructor(private readonly db: EntityManager) {}

  async find(id: string, lock = false): Promise<Cluster | null> {
    const rows: Cluster[] = await this.db.query(`SELECT ${CLUSTER_COLUMNS} FROM clusters c WHERE c.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  async insert(cluster: ClusterFields): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO clusters (code, number, name, kind, owner_id, rotation_rule, rotation_order) VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING id`,
      [cluster.code, cluster.number, cluster.name, cluster.kind, cluster.ownerId, cluster.rotationRule, cluster.rotationOrder],
    );
    return id;
  }

  /** Changes the fields given (undefined: unchanged) and bumps the version. */
  async update(id: string, changes: Partial<Pick<Cluster, 'name' | 'rotationRule' | 'rotationOrder'>>): Promise<void> {
    await this.db.query(
      `UPDATE clusters SET name = COALESCE($2, name), rotation_rule = COALESCE($3, rotation_rule),
         rotation_order = COALESCE($4, rotation_order), version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, changes.name ?? null, changes.rotationRule ?? null, changes.rotationOrder ?? null],
    );
  }

  async summaries(query: ListClustersQuery, year: number): Promise<{ items: ClusterSummary[]; total: number }> {
    const { rows, total } = await queryPage<SummaryRow>(
      this.db,
      {
        select: summaryColumns('$1::int'),
        from: clustersFrom('make_date($1::int, 12, 31)'),
        countFrom: 'FROM clusters c',
        where: `WHERE ($2::text IS NULL OR search_key(c.name || ' ' || c.code) LIKE '%' || search_key($2) || '%')
          AND ($3::cluster_kind IS NULL OR c.kind = $3)
          AND ($4::uuid IS NULL OR c.owner_id = $4)
          AND ($5::uuid IS NULL OR EXISTS (
            SELECT 1 FROM cluster_memberships mm WHERE mm.cluster_id = c.id AND mm.organization_id = $5 AND ${coversYear('mm', '$1::int')}))`,
        orderBy: SORTS[query.sort],
        parameters: [year, query.q ?? null, query.kind ?? null, query.ownerId ?? null, query.memberId ?? null],
      },
      query,
    );
    return { items: rows.map((row) => withoutRotationOrder(summaryOf(row, year))), total };
  }

  async detail(id: string, year: number): Promise<(ClusterSummary & { rotationOrder: string[] }) | null> {
    const rows: SummaryRow[] = await this.db.query(`SELECT ${summaryColumns('$2::int')} ${clustersFrom('$1')} WHERE c.id = $3`, [
      lastDayOf(year),
      year,
      id,
    ]);
    return rows[0] ? summaryOf(rows[0], year) : null;
  }

  /** Creates or replaces the supervisor of a year; says whether it was created, and what it replaced. */
  async putSupervisor(
    clusterId: string,
    year: number,
    supervisor: { fullName: string; position: string | null },
  ): Promise<{ id: string; created: boolean; value: SupervisorView; before: SupervisorView }> {
    // `old` (PostgreSQL 18) is the row the upsert replaced, all nulls when it inserted one.
    const [row]: (SupervisorRow & { old_full_name: string; old_position: string | null; created: boolean })[] = await this.db.query(
      `INSERT INTO cluster_supervisors (cluster_id, year, full_name, position) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT cluster_supervisors_cluster_year_key
         DO UPDATE SET full_name = EXCLUDED.full_name, position = EXCLUDED.position
       RETURNING new.id, new.year, new.full_name, new.position, old.full_name AS old_full_name, old.position AS old_position,
         (xmax = 0) AS created`,
      [clusterId, year, supervisor.fullName, supervisor.position],
    );
    return {
      id: row.id,
      created: row.created,
      value: supervisorFrom(row),
      before: { year: row.year, fullName: row.old_full_name, position: row.old_position },
    };
  }

  async supervisors(clusterId: string, page: SupervisorsQuery): Promise<{ items: SupervisorView[]; total: number }> {
    const { rows, total } = await queryPage<SupervisorRow>(
      this.db,
      {
        select: 'id, year, full_name, position',
        from: 'FROM cluster_supervisors',
        where: 'WHERE cluster_id = $1',
        orderBy: 'year DESC',
        parameters: [clusterId],
      },
      page,
    );
    return { items: rows.map(supervisorFrom), total };
  }

  async supervisor(clusterId: string, year: number): Promise<SupervisorView | null> {
    const rows: SupervisorRow[] = await this.db.query(
      'SELECT id, year, full_name, position FROM cluster_supervisors WHERE cluster_id = $1 AND year = $2',
      [clusterId, year],
    );
    return rows[0] ? supervisorFrom(rows[0]) : null;
  }

  /** Seeds: inserts the clusters that are new and updates those whose seeded fields changed, by code. Returns id by code. */
  async upsertByCode(clusters: Omit<ClusterFields, 'rotationOrder'>[]): Promise<Map<string, string>> {
    await this.db.query(
      `INSERT INTO clusters (code, number, name, kind, owner_id, rotation_rule)
       SELECT * FROM unnest($1::varchar[], $2::int[], $3::varchar[], $4::cluster_kind[], $5::uuid[], $6::rotation_rule[])
       ON CONFLICT ON CONSTRAINT clusters_code_key DO UPDATE
         SET number = EXCLUDED.number, name = EXCLUDED.name, kind = EXCLUDED.kind, owner_id = EXCLUDED.owner_id,
           rotation_rule = EXCLUDED.rotation_rule, version = clusters.version + 1, updated_at = now()
         WHERE (clusters.number, clusters.name, clusters.kind, clusters.owner_id, clusters.rotation_rule)
           IS DISTINCT FROM (EXCLUDED.number, EXCLUDED.name, EXCLUDED.kind, EXCLUDED.owner_id, EXCLUDED.rotation_rule)`,
      [
        clusters.map((cluster) => cluster.code),
        clusters.map((cluster) => cluster.number),
        clusters.map((cluster) => cluster.name),
        clusters.map((cluster) => cluster.kind),
        clusters.map((cluster) => cluster.ownerId),
        clusters.map((cluster) => cluster.rotationRule),
      ],
    );
    const rows: { id: string; code: string }[] = await this.db.query('SELECT id, code FROM clusters WHERE code = ANY($1::varchar[])', [
      clusters.map((cluster) => cluster.code),
    ]);
    return new Map(rows.map((row) => [row.code, row.id]));
  }

  /** Seeds: creates or updates the supervisors of these years, writing nothing that is already so. */
  async upsertSupervisors(supervisors: { clusterId: string; year: number; fullName: string; position: string | null }[]): Promise<void> {
    await this.db.query(
      `INSERT INTO cluster_supervisors (cluster_id, year, full_name, position)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::varchar[], $4::varchar[])
       ON CONFLICT ON CONSTRAINT cluster_supervisors_cluster_year_key DO UPDATE
         SET full_name = EXCLUDED.full_name, position = EXCLUDED.position
         WHERE (cluster_supervisors.full_name, cluster_supervisors.position) IS DISTINCT FROM (EXCLUDED.full_name, EXCLUDED.position)`,
      [
        supervisors.map((supervisor) => supervisor.clusterId),
        supervisors.map((supervisor) => supervisor.year),
        supervisors.map((supervisor) => supervisor.fullName),
        supervisors.map((supervisor) => supervisor.position),
      ],
    );
  }
}

function withoutRotationOrder({ rotationOrder: _rotationOrder, ...summary }: ClusterSummary & { rotationOrder: string[] }): ClusterSummary {
  return summary;
}
