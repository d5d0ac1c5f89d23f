import type { EntityManager } from 'typeorm';
import { type ClusterYearScope, mayManageClusterYear } from '../access/policies/access.rules.js';
import { clusterYearScope } from '../access/policies/cluster-scope.js';
import { NotClusterSecretariatError } from '../access/policies/access.errors.js';
import type { SqlRunner } from '../platform/pagination/page.js';
import type { Actor } from '../platform/request-context/request-context.js';
import { lastDayOf } from '../platform/time/calendar.js';
import { type SqlRow, unitColumns, unitFrom, unitJoin, unitOrder } from '../registry/organizations/organization.repository.js';
import type { UnitView } from '../registry/organizations/organization.dto.js';
import { coversYear } from '../registry/memberships/membership.repository.js';
import { EmulationClusterUnknownError, NotAMemberError, NotOwnUnitError } from './emulation.errors.js';

/** A cluster as the emulation pages name it. */
export interface ClusterRef {
  id: string;
  code: string;
  name: string;
  ownerId: string;
}

/**
 * What every emulation feature reads of the registry for one cluster and year (the registry owns these tables;
 * this only reads them): the cluster, its members that year, named as they were that year.
 */
export class ClusterYearReader {
  constructor(private readonly db: SqlRunner) {}

  async cluster(clusterId: string): Promise<ClusterRef | null> {
    const [row] = await this.db.query<{ id: string; code: string; name: string; owner_id: string }[]>(
      'SELECT id, code, name, owner_id FROM clusters WHERE id = $1',
      [clusterId],
    );
    return row ? { id: row.id, code: row.code, name: row.name, ownerId: row.owner_id } : null;
  }

  /** The members of the cluster in `year`, in the one order of units. */
  async members(clusterId: string, year: number): Promise<UnitView[]> {
    const rows = await this.db.query<SqlRow[]>(
      `SELECT ${unitColumns('unit')} FROM cluster_memberships m
       ${unitJoin('unit', 'm.organization_id', '$3::date')}
       WHERE m.cluster_id = $1 AND ${coversYear('m', '$2::int')}
       ORDER BY ${unitOrder('unit')}`,
      [clusterId, year, lastDayOf(year)],
    );
    return rows.flatMap((row) => unitFrom(row, 'unit') ?? []);
  }
}

/** The cluster, or a 404 for an unknown id. */
export async function requireCluster(manager: EntityManager, clusterId: string): Promise<ClusterRef> {
  const cluster = await new ClusterYearReader(manager).cluster(clusterId);
  if (!cluster) throw new EmulationClusterUnknownError(clusterId);
  return cluster;
}

/** The member unit of the cluster-year, or a refusal naming the field that carried it. */
export async function requireMember(
  manager: EntityManager,
  clusterId: string,
  year: number,
  organizationId: string,
  field = 'organizationId',
): Promise<UnitView> {
  const unit = (await new ClusterYearReader(manager).members(clusterId, year)).find((member) => member.id === organizationId);
  if (!unit) throw new NotAMemberError(year, field);
  return unit;
}

/** Who an actor is for one cluster-year of emulation: its secretariat (or national staff), or a unit acting for itself. */
export interface EmulationRole {
  scope: ClusterYearScope;
  /** The year's chair unit officers while the year is open, and national staff. */
  secretariat: boolean;
}

export async function emulationRole(manager: EntityManager, actor: Actor, clusterId: string, year: number): Promise<EmulationRole> {
  const scope = await clusterYearScope(manager, clusterId, year);
  return { scope, secretariat: mayManageClusterYear(actor, scope) };
}

/** Refuses anyone but the year's secretariat and national staff. */
export async function requireSecretariat(manager: EntityManager, actor: Actor, clusterId: string, year: number): Promise<EmulationRole> {
  const role = await emulationRole(manager, actor, clusterId, year);
  if (!role.secretariat) throw new NotClusterSecretariatError(year);
  return role;
}

/** A unit officer acting for their own unit. */
export function actsForOwnUnit(actor: Actor, organizationId: string): boolean {
  return actor.roles.includes('unit_officer') && actor.organizationId === organizationId;
}

/** The unit's own officers, the year's secretariat and national staff act for a member unit; anyone else is refused. */
export async function requireUnitOrSecretariat(
  manager: EntityManager,
  actor: Actor,
  clusterId: string,
  year: number,
  organizationId: string,
): Promise<EmulationRole> {
  const role = await emulationRole(manager, actor, clusterId, year);
  if (!role.secretariat && !actsForOwnUnit(actor, organizationId)) throw new NotOwnUnitError();
  return role;
}
