import { type EntityManager, In } from 'typeorm';
import { offsetOf } from '../../platform/pagination/page.js';
import { ClusterEntity } from '../clusters/cluster.entity.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { TermEntity } from '../terms/term.entity.js';
import type {
  HistoryYear,
  LineageStepView,
  ListOrganizationsQuery,
  NameView,
  OrganizationSort,
  OrganizationView,
} from './organization.dto.js';
import { nameAsOfJoin } from './organization-name.sql.js';
import type { OrganizationKind } from './organization.entity.js';
import type { LeadingRole, MembershipSpan } from './organization.rules.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { likePattern } from '../../platform/database/sql-text.js';

const ORDER: Record<OrganizationSort, string> = {
  name: 'n.full_name COLLATE vietnamese, o.code',
  '-name': 'n.full_name COLLATE vietnamese DESC, o.code',
  code: 'o.code',
  '-code': 'o.code DESC',
  province: 'o.province COLLATE vietnamese NULLS LAST, n.full_name COLLATE vietnamese, o.code',
};

/**
 * Organizations `o` with their names `n` as of `date` (a SQL expression); a unit that began later
 * shows its first name rather than none.
 */
function viewFrom(date: string): string {
  return `
    SELECT o.id, o.code, n.full_name AS "fullName", n.short_name AS "shortName", o.kind, o.province,
      o.active_from::text AS "activeFrom", o.active_to::text AS "activeTo", o.version
    FROM organizations o
    ${nameAsOfJoin('o', 'n', `GREATEST(${date}::date, o.active_from)`)}`;
}

/** Which way a lineage walk goes, and which name a unit found on the way is shown with. */
const WALKS = {
  /** Predecessors, with the name each bore on its last day. */
  ancestors: { near: 'successor_id', far: 'predecessor_id', nameOn: '(w.effective_date - 1)' },
  /** Successors, with the name each bore on its first day after the link. */
  descendants: { near: 'predecessor_id', far: 'successor_id', nameOn: 'w.effective_date' },
} as const;

export type LineageDirection = keyof typeof WALKS;

/**
 * `walk`: the unit `$1` at depth 0, then every unit reached through lineage links in `direction`,
 * up to depth `$2` (unbounded when null). `path` stops a cycle in bad data from looping.
 */
function lineageWalk(direction: LineageDirection): string {
  const { near, far } = WALKS[direction];
  return `walk AS (
      SELECT $1::uuid AS id, NULL::uuid AS via_id, NULL::lineage_event AS event, NULL::date AS effective_date,
        NULL::varchar AS legal_basis, 0 AS depth, ARRAY[$1::uuid] AS path
      UNION ALL
      SELECT l.${far}, l.${near}, l.event, l.effective_date, l.legal_basis, w.depth + 1, w.path || l.${far}
      FROM organization_lineage l JOIN walk w ON l.${near} = w.id
      WHERE l.${far} <> ALL (w.path) AND ($2::int IS NULL OR w.depth < $2)
    )`;
}

/** A unit locked for a write, with the period of its latest name. */
export interface LockedUnit {
  id: string;
  fullName: string;
  shortName: string;
  activeFrom: IsoDate;
  activeTo: IsoDate | null;
  latestNameId: string;
  latestNameFrom: IsoDate;
  latestNameTo: IsoDate | null;
}

export interface NewUnit {
  code: string;
  kind: OrganizationKind;
  province: string | null;
  activeFrom: IsoDate;
}

interface HistoryRow {
  year: number;
  role: 'member' | 'chair' | 'vice_chair';
  depth: number;
  id: string;
  code: string;
  fullName: string;
  shortName: string;
  clusterId: string;
  clusterCode: string;
  clusterName: string;
  ownerId: string;
}


/** The registry's queries about organizations; the service decides what to do with what they return. */
export class OrganizationRepository {
  constructor(private readonly db: EntityManager) {}

  /** The units `ids` named as of `date`, in the order asked. */
  views(ids: string[], date: IsoDate): Promise<OrganizationView[]> {
    return this.db.query(`${viewFrom('$1')} WHERE o.id = ANY($2::uuid[]) ORDER BY array_position($2::uuid[], o.id)`, [date, ids]);
  }

  async list(query: ListOrganizationsQuery, date: IsoDate): Promise<{ items: OrganizationView[]; total: number }> {
    const where = `
      WHERE ($2::text IS NULL OR search_key(concat_ws(' ', n.full_name, n.short_name, o.code)) LIKE '%' || search_key($2) || '%')
        AND ($3::organization_kind IS NULL OR o.kind = $3)
        AND ($4::text IS NULL OR search_key(o.province) = search_key($4))
        AND ($5::int IS NULL OR (o.active_from <= make_date($5, 12, 31) AND (o.active_to IS NULL OR o.active_to >= make_date($5, 1, 1))))`;
    const parameters = [date, query.q === undefined ? null : likePattern(query.q), query.kind ?? null, query.province ?? null, query.activeIn ?? null];
    const [items, [{ total }]]: [OrganizationView[], { total: number }[]] = await Promise.all([
      this.db.query(`${viewFrom('$1')} ${where} ORDER BY ${ORDER[query.sort]} LIMIT $6 OFFSET $7`, [
        ...parameters,
        query.pageSize,
        offsetOf(query),
      ]),
      this.db.query(`SELECT count(*)::int AS total FROM (${viewFrom('$1')} ${where}) matching`, parameters),
    ]);
    return { items, total };
  }

  names(id: string): Promise<NameView[]> {
    return this.db.query(
      `SELECT full_name AS "fullName", short_name AS "shortName", valid_from::text AS "validFrom", valid_to::text AS "validTo"
       FROM organization_names WHERE organization_id = $1 ORDER BY valid_from`,
      [id],
    );
  }

  /** Units linked to `id` through lineage, `maxDepth` links away at most (null: all of them). */
  lineage(id: string, direction: LineageDirection, maxDepth: number | null): Promise<LineageStepView[]> {
    return this.db.query(
      `WITH RECURSIVE ${lineageWalk(direction)}
       SELECT w.id, o.code, n.full_name AS "fullName", n.short_name AS "shortName", w.event,
         w.effective_date::text AS "effectiveDate", w.legal_basis AS "legalBasis", w.depth, w.via_id AS "viaId"
       FROM walk w JOIN organizations o ON o.id = w.id
       ${nameAsOfJoin('o', 'n', WALKS[direction].nameOn)}
       WHERE w.depth > 0
       ORDER BY w.depth, n.full_name COLLATE vietnamese`,
      [id, maxDepth],
    );
  }

  /**
   * Per year, the memberships and chair/vice-chair terms of `id` and of all its predecessors, each
   * unit named as it was that year. Open memberships are shown up to `lastOpenYear`.
   */
  async history(id: string, lastOpenYear: number): Promise<HistoryYear[]> {
    const rows: HistoryRow[] = await this.db.query(
      `WITH RECURSIVE ${lineageWalk('ancestors')},
       units AS (SELECT id, min(depth) AS depth FROM walk GROUP BY id),
       roles AS (
         SELECT y.year, 'member' AS role, m.organization_id AS unit_id, m.cluster_id
         FROM cluster_memberships m
         CROSS JOIN LATERAL generate_series(m.from_year, COALESCE(m.to_year, GREATEST(m.from_year, $3))) AS y(year)
         WHERE m.organization_id IN (SELECT id FROM units)
         UNION ALL
         SELECT t.year, 'chair', t.chair_id, t.cluster_id FROM cluster_terms t WHERE t.chair_id IN (SELECT id FROM units)
         UNION ALL
         SELECT t.year, 'vice_chair', t.vice_chair_id, t.cluster_id FROM cluster_terms t WHERE t.vice_chair_id IN (SELECT id FROM units)
       )
       SELECT r.year, r.role, u.depth, o.id, o.code, n.full_name AS "fullName", n.short_name AS "shortName",
         c.id AS "clusterId", c.code AS "clusterCode", c.name AS "clusterName", c.owner_id AS "ownerId"
       FROM roles r
       JOIN units u ON u.id = r.unit_id
       JOIN organizations o ON o.id = r.unit_id
       JOIN clusters c ON c.id = r.cluster_id
       ${nameAsOfJoin('o', 'n', 'make_date(r.year, 12, 31)')}
       ORDER BY r.year, c.number, c.name COLLATE vietnamese, r.role, n.full_name COLLATE vietnamese`,
      [id, null, lastOpenYear],
    );
    const years = new Map<number, HistoryYear>();
    for (const row of rows) {
      const year = years.get(row.year) ?? { year: row.year, memberships: [], terms: [] };
      years.set(row.year, year);
      const entry = {
        unit: { id: row.id, code: row.code, fullName: row.fullName, shortName: row.shortName, depth: row.depth },
        cluster: { id: row.clusterId, code: row.clusterCode, name: row.clusterName, ownerId: row.ownerId },
      };
      if (row.role === 'member') year.memberships.push(entry);
      else year.terms.push({ ...entry, role: row.role });
    }
    return [...years.values()];
  }

  /** Locks the units `ids` (in id order, so that concurrent writers cannot deadlock) and reads them. */
  lock(ids: string[]): Promise<LockedUnit[]> {
    return this.db.query(
      `SELECT o.id, n.full_name AS "fullName", n.short_name AS "shortName", o.active_from::text AS "activeFrom", o.active_to::text AS "activeTo",
         n.id AS "latestNameId", n.valid_from::text AS "latestNameFrom", n.valid_to::text AS "latestNameTo"
       FROM organizations o
       JOIN LATERAL (
         SELECT id, full_name, short_name, valid_from, valid_to FROM organization_names
         WHERE organization_id = o.id ORDER BY valid_from DESC LIMIT 1
       ) n ON true
       WHERE o.id = ANY($1::uuid[])
       ORDER BY o.id
       FOR UPDATE OF o`,
      [ids],
    );
  }

  /** Inserts the unit and returns its id, or null when its code is already taken (held by `organizations_code_key`). */
  async insertUnlessCodeTaken(unit: NewUnit): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO organizations (code, kind, province, active_from) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT organizations_code_key DO NOTHING
       RETURNING id`,
      [unit.code, unit.kind, unit.province, unit.activeFrom],
    );
    return rows[0]?.id ?? null;
  }

  /** The memberships of the units `ids`, locked until the transaction ends, with their clusters' names. */
  async membershipsOf(ids: string[]): Promise<MembershipSpan[]> {
    const memberships = await this.db.find(MembershipEntity, {
      where: { organizationId: In(ids) },
      lock: { mode: 'pessimistic_write' },
    });
    const clusterName = await this.clusterNames(memberships.map((m) => m.clusterId));
    return memberships.map((m) => ({
      id: m.id,
      organizationId: m.organizationId,
      clusterId: m.clusterId,
      clusterName: clusterName(m.clusterId),
      ownerId: m.ownerId,
      fromYear: m.fromYear,
      toYear: m.toYear,
    }));
  }

  /** The terms in which the units `ids` chair or vice-chair a cluster. */
  async leadingRolesOf(ids: string[]): Promise<LeadingRole[]> {
    const terms = await this.db.find(TermEntity, { where: [{ chairId: In(ids) }, { viceChairId: In(ids) }] });
    const clusterName = await this.clusterNames(terms.map((t) => t.clusterId));
    return terms.flatMap((term) => {
      const role = (organizationId: string, kind: LeadingRole['role']) =>
        ids.includes(organizationId) ? [{ organizationId, clusterName: clusterName(term.clusterId), year: term.year, role: kind }] : [];
      return [...role(term.chairId, 'chair'), ...(term.viceChairId ? role(term.viceChairId, 'vice_chair') : [])];
    });
  }

  private async clusterNames(ids: string[]): Promise<(id: string) => string> {
    const clusters = ids.length === 0 ? [] : await this.db.findBy(ClusterEntity, { id: In([...new Set(ids)]) });
    const names = new Map(clusters.map((c) => [c.id, c.name]));
    return (id) => names.get(id) ?? id;
  }
}
