import type { EntityManager } from 'typeorm';
import { offsetOf, type SqlRunner } from '../../platform/pagination/page.js';
import type {
  HistoryYear,
  LineageStepView,
  ListOrganizationsQuery,
  NameView,
  OrganizationSort,
  OrganizationView,
  UnitView,
} from './organization.dto.js';
import type { OrganizationKind } from './organization.rules.js';
import { type IsoDate, lastDayOf } from '../../platform/time/calendar.js';
import { likePattern } from '../../platform/database/sql-text.js';

/**
 * The name a unit bore on a given date: the latest name row that had begun by then. Use it with
 * `lastDayOf(year)` so that a year shows the names "as they were" (a unit that ended mid-year keeps
 * its last name). `$date` is a bound parameter name of the query.
 */
export function nameAsOfJoin(organizationAlias: string, nameAlias: string, dateParameter: string): string {
  return `LEFT JOIN LATERAL (
      SELECT n.full_name, n.short_name, n.search_key FROM organization_names n
      WHERE n.organization_id = ${organizationAlias}.id AND n.valid_from <= ${dateParameter}::date
      ORDER BY n.valid_from DESC LIMIT 1
    ) ${nameAlias} ON true`;
}

const ORDER: Record<OrganizationSort, string> = {
  name: unitOrderBy('n', 'o'),
  '-name': unitOrderBy('n', 'o', 'DESC'),
  code: 'o.code',
  '-code': 'o.code DESC',
  province: `o.province COLLATE vietnamese NULLS LAST, ${unitOrderBy('n', 'o')}`,
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

export interface EditableUnit {
  id: string;
  version: number;
  province: string | null;
  kind: OrganizationKind;
}

export interface NewName {
  fullName: string;
  shortName: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
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

  /**
   * The search reads the indexed `organization_names.search_key` (trigram GIN index) to find the
   * candidate units, then keeps those whose name as of `date` (or code) matches.
   */
  async list(query: ListOrganizationsQuery, date: IsoDate): Promise<{ items: OrganizationView[]; total: number }> {
    const where = `
      WHERE ($2::text IS NULL OR (
          (o.id IN (SELECT s.organization_id FROM organization_names s WHERE s.search_key LIKE '%' || search_key($2) || '%')
            OR search_key(o.code) LIKE '%' || search_key($2) || '%')
          AND (n.search_key LIKE '%' || search_key($2) || '%' OR search_key(o.code) LIKE '%' || search_key($2) || '%')))
        AND ($3::organization_kind IS NULL OR o.kind = $3)
        AND ($4::text IS NULL OR search_key(o.province) = search_key($4))
        AND ($5::int IS NULL OR (o.active_from <= make_date($5, 12, 31) AND (o.active_to IS NULL OR o.active_to >= make_date($5, 1, 1))))`;
    const parameters = [
      date,
      query.q === undefined ? null : likePattern(query.q),
      query.kind ?? null,
      query.province ?? null,
      query.activeIn ?? null,
    ];
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
       ORDER BY w.depth, ${unitOrderBy('n', 'o')}`,
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
       ORDER BY r.year, c.number, c.name COLLATE vietnamese, c.code, r.role, ${unitOrderBy('n', 'o')}`,
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

  /** Locks one unit for an edit of its own fields. */
  async editable(id: string): Promise<EditableUnit | null> {
    const rows: EditableUnit[] = await this.db.query('SELECT id, version, province, kind FROM organizations WHERE id = $1 FOR UPDATE', [
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Changes the fields given (undefined: unchanged; a null province erases it) and bumps the version. */
  async update(id: string, changes: { province?: string | null; kind?: OrganizationKind }): Promise<void> {
    await this.db.query(
      `UPDATE organizations SET province = CASE WHEN $2 THEN $3 ELSE province END, kind = COALESCE($4, kind),
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, changes.province !== undefined, changes.province ?? null, changes.kind ?? null],
    );
  }

  /** Bumps the units' version: their names changed. */
  async touch(ids: string[]): Promise<void> {
    await this.db.query('UPDATE organizations SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** Ends the units and their open names on `endsOn`. */
  async end(ids: string[], endsOn: IsoDate): Promise<void> {
    await this.db.query('UPDATE organizations SET active_to = $2, version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])', [
      ids,
      endsOn,
    ]);
    await this.db.query('UPDATE organization_names SET valid_to = $2 WHERE organization_id = ANY($1::uuid[]) AND valid_to IS NULL', [
      ids,
      endsOn,
    ]);
  }

  async insertName(organizationId: string, name: NewName): Promise<void> {
    await this.db.query(
      'INSERT INTO organization_names (organization_id, full_name, short_name, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5)',
      [organizationId, name.fullName, name.shortName, name.validFrom, name.validTo],
    );
  }

  async endName(nameId: string, validTo: IsoDate): Promise<void> {
    await this.db.query('UPDATE organization_names SET valid_to = $2 WHERE id = $1', [nameId, validTo]);
  }

  /** The ids among `ids` that name a unit. */
  async existing(ids: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query('SELECT id FROM organizations WHERE id = ANY($1::uuid[])', [ids]);
    return rows.map((row) => row.id);
  }

  /** The unit with this code, whatever its case. */
  async byCode(code: string): Promise<{ id: string; code: string } | null> {
    const rows: { id: string; code: string }[] = await this.db.query('SELECT id, code FROM organizations WHERE upper(code) = upper($1)', [
      code,
    ]);
    return rows[0] ?? null;
  }

  /** The units of `ids` that exist, in the same order, named as they were on `date`. */
  async unitsInOrder(ids: string[], date: IsoDate): Promise<UnitView[]> {
    if (ids.length === 0) return [];
    const rows: SqlRow[] = await this.db.query(
      `SELECT ${unitColumns('unit')} FROM unnest($1::uuid[]) WITH ORDINALITY AS wanted (id, position)
       ${unitJoin('unit', 'wanted.id', '$2')} ORDER BY wanted.position`,
      [ids, date],
    );
    return rows.map((row) => unitFrom(row, 'unit')).filter((unit): unit is UnitView => unit !== null);
  }

  /** A unit named as of `date` (its first name if it began later), with its period of activity. */
  async withPeriod(id: string, date: IsoDate): Promise<(UnitView & { activeFrom: IsoDate; activeTo: IsoDate | null }) | null> {
    const rows: SqlRow[] = await this.db.query(
      `SELECT ${unitColumns('unit')}, unit.active_from::text AS active_from, unit.active_to::text AS active_to
       FROM organizations unit ${unitNameJoin('unit', 'GREATEST($2::date, unit.active_from)')} WHERE unit.id = $1`,
      [id, date],
    );
    const row = rows[0];
    const unit = row && unitFrom(row, 'unit');
    if (!unit) return null;
    return { ...unit, activeFrom: String(row.active_from), activeTo: row.active_to === null ? null : String(row.active_to) };
  }

  /**
   * Seeds: inserts the units that are new and updates those whose seeded fields changed, by code; the
   * end date (which a merger sets) is never touched. Returns id by code.
   */
  async upsertByCode(units: NewUnit[]): Promise<Map<string, string>> {
    await this.db.query(
      `INSERT INTO organizations (code, kind, province, active_from)
       SELECT * FROM unnest($1::varchar[], $2::organization_kind[], $3::varchar[], $4::date[])
       ON CONFLICT ON CONSTRAINT organizations_code_key DO UPDATE
         SET kind = EXCLUDED.kind, province = EXCLUDED.province, active_from = EXCLUDED.active_from,
           version = organizations.version + 1, updated_at = now()
         WHERE (organizations.kind, organizations.province, organizations.active_from)
           IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.province, EXCLUDED.active_from)`,
      [
        units.map((unit) => unit.code),
        units.map((unit) => unit.kind),
        units.map((unit) => unit.province),
        units.map((unit) => unit.activeFrom),
      ],
    );
    const rows: { id: string; code: string }[] = await this.db.query('SELECT id, code FROM organizations WHERE code = ANY($1::varchar[])', [
      units.map((unit) => unit.code),
    ]);
    return new Map(rows.map((row) => [row.code, row.id]));
  }

  /** Every name of the units `ids`, with its row id. */
  namesOf(ids: string[]): Promise<(NameView & { id: string; organizationId: string })[]> {
    return this.db.query(
      `SELECT id, organization_id AS "organizationId", full_name AS "fullName", short_name AS "shortName",
         valid_from::text AS "validFrom", valid_to::text AS "validTo"
       FROM organization_names WHERE organization_id = ANY($1::uuid[]) ORDER BY organization_id, valid_from`,
      [ids],
    );
  }

  /** Corrects the wording of a name without changing its period. */
  async reword(nameId: string, name: { fullName: string; shortName: string }): Promise<void> {
    await this.db.query('UPDATE organization_names SET full_name = $2, short_name = $3 WHERE id = $1', [
      nameId,
      name.fullName,
      name.shortName,
    ]);
  }
}

// Units (organizations with the names they bore at a date), as every repository and read model joins them.

/**
 * Joins the organization `fk` points to, as `alias`, with its names as of `date` (a SQL expression).
 * LEFT so that an optional reference (a term without vice-chair) keeps its row.
 */
export function unitJoin(alias: string, fk: string, date: string): string {
  return `LEFT JOIN organizations ${alias} ON ${alias}.id = ${fk} ${unitNameJoin(alias, date)}`;
}

/** Only the names, for a query that already has the organizations row as `alias`. */
export function unitNameJoin(alias: string, date: string): string {
  return nameAsOfJoin(alias, `${alias}_name`, date);
}

/**
 * The one order of units on every screen and document: by short name in Vietnamese collation
 * ("LHH Bạc Liêu" before "LHH Cần Thơ", whatever their full names), then by the stable code, so that
 * two units of the same name never swap. `names` is the alias of the names row, `unit` of the unit.
 */
export function unitOrderBy(names: string, unit: string, direction: 'ASC' | 'DESC' = 'ASC'): string {
  return `${names}.short_name COLLATE vietnamese ${direction}, ${unit}.code`;
}

/** The same order for a unit joined by `unitJoin(alias, …)`. */
export function unitOrder(alias: string): string {
  return unitOrderBy(`${alias}_name`, alias);
}

/** The columns `unitFrom(row, alias)` reads back. */
export function unitColumns(alias: string): string {
  return `${alias}.id AS ${alias}_id, ${alias}.code AS ${alias}_code,
    ${alias}_name.full_name AS ${alias}_full_name, ${alias}_name.short_name AS ${alias}_short_name`;
}

export type SqlRow = Record<string, unknown>;

export function unitFrom(row: SqlRow, alias: string): UnitView | null {
  if (!row[`${alias}_id`]) return null;
  return {
    id: row[`${alias}_id`] as string,
    code: row[`${alias}_code`] as string,
    fullName: row[`${alias}_full_name`] as string,
    shortName: row[`${alias}_short_name`] as string,
  };
}

/**
 * Units by id, named as they were in `year`; unknown ids are left out. Used by every context
 * and read model that names units the way the registry does.
 */
export async function unitsById(db: SqlRunner, ids: readonly string[], year: number): Promise<Map<string, UnitView>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<SqlRow[]>(
    `SELECT ${unitColumns('unit')} FROM unnest($1::uuid[]) AS wanted (id) ${unitJoin('unit', 'wanted.id', '$2')} WHERE unit.id IS NOT NULL`,
    [[...new Set(ids)], lastDayOf(year)],
  );
  return new Map(rows.flatMap((row) => unitFrom(row, 'unit') ?? []).map((unit) => [unit.id, unit]));
}
