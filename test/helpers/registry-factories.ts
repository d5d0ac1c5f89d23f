import { expect } from '@jest/globals';
import type { Response } from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../src/access/audit/audit.service.js';
import type { Actor } from '../../src/platform/request-context/request-context.js';
import { Clock } from '../../src/platform/time/clock.js';
import type { ClusterFields } from '../../src/registry/clusters/cluster.rules.js';
import { ClustersService } from '../../src/registry/clusters/clusters.service.js';
import { MembershipsService } from '../../src/registry/memberships/memberships.service.js';
import type { MergerBody } from '../../src/registry/organizations/merger.dto.js';
import { MergersService } from '../../src/registry/organizations/mergers.service.js';
import type { OrganizationKind } from '../../src/registry/organizations/organization.rules.js';
import { OrganizationsService } from '../../src/registry/organizations/organizations.service.js';
import type { TermDecision } from '../../src/registry/terms/term.rules.js';
import { TermsService } from '../../src/registry/terms/terms.service.js';
import { givenReferenceAwardCatalog } from './reference-data.js';

/** The registry's services on the test database, as the app builds them: factories write through them, never by SQL. */
function registry(dataSource: DataSource) {
  const clock = new Clock();
  const audit = new AuditService(dataSource);
  const clusters = new ClustersService(dataSource, clock, audit);
  const memberships = new MembershipsService(dataSource, clusters, clock, audit);
  const organizations = new OrganizationsService(dataSource, clock, audit);
  return {
    organizations,
    mergers: new MergersService(dataSource, organizations, memberships, audit),
    clusters,
    memberships,
    terms: new TermsService(dataSource, clusters, memberships, clock, audit),
  };
}

/** National staff, who may record any term: the factories set up what the registry's staff would. */
const REGISTRY_STAFF: Actor = {
  userId: '00000000-0000-4000-8000-00000000057a',
  username: 'factory',
  organizationId: null,
  roles: ['national_staff'],
};

export interface OrganizationSpec {
  code: string;
  fullName: string;
  shortName: string;
  kind?: OrganizationKind;
  province?: string | null;
  /** ISO date; default 2000-01-01. */
  activeFrom?: string;
}

/** One unit, created as staff would create it: its first name is valid from the day it began. Returns its id. */
export async function givenOrganization(dataSource: DataSource, spec: OrganizationSpec): Promise<string> {
  const created = await registry(dataSource).organizations.create({
    code: spec.code,
    fullName: spec.fullName,
    shortName: spec.shortName,
    kind: spec.kind ?? 'provincial_union',
    province: spec.province ?? null,
    activeFrom: spec.activeFrom ?? '2000-01-01',
  });
  return created.id;
}

/** A renamed unit: its current name ends the day before `from`, and the new one starts then. */
export async function givenRename(
  dataSource: DataSource,
  organizationId: string,
  rename: { fullName: string; shortName: string; from: string },
): Promise<void> {
  await registry(dataSource).organizations.rename(organizationId, {
    fullName: rename.fullName,
    shortName: rename.shortName,
    validFrom: rename.from,
  });
}

/** Sáp nhập, as staff would record it. Returns the successor's id. */
export async function givenMerger(dataSource: DataSource, merger: MergerBody): Promise<string> {
  return (await registry(dataSource).mergers.merge(merger)).successor.id;
}

export function givenVusta(dataSource: DataSource): Promise<string> {
  return givenOrganization(dataSource, {
    code: 'VUSTA',
    kind: 'national_union',
    fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
    shortName: 'Liên hiệp Hội Việt Nam',
    activeFrom: '1983-03-26',
  });
}

/** A provincial union (Liên hiệp các Hội KH&KT tỉnh) named after its province. */
export function givenProvincialUnion(dataSource: DataSource, code: string, province: string): Promise<string> {
  return givenOrganization(dataSource, {
    code,
    province,
    fullName: `Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh ${province}`,
    shortName: `LHH ${province}`,
  });
}

export type ClusterSpec = Omit<ClusterFields, 'rotationOrder'>;

/** A cluster (or block) with no members yet. Returns its id. */
export async function givenCluster(dataSource: DataSource, spec: ClusterSpec): Promise<string> {
  return (await registry(dataSource).clusters.create({ ...spec, rotationOrder: [] })).id;
}

/** The units join the cluster from `fromYear`, open-ended. */
export async function givenMembers(dataSource: DataSource, clusterId: string, organizationIds: string[], fromYear: number): Promise<void> {
  const { memberships } = registry(dataSource);
  for (const organizationId of organizationIds) await memberships.add(clusterId, { organizationId, fromYear, toYear: null });
}

/** The year's term, recorded by national staff. */
export async function givenTerm(
  dataSource: DataSource,
  term: { clusterId: string; year: number; chairId: string; viceChairId: string | null; decidedBy?: TermDecision },
): Promise<void> {
  await registry(dataSource).terms.put(REGISTRY_STAFF, term.clusterId, term.year, {
    chairId: term.chairId,
    viceChairId: term.viceChairId,
    decidedBy: term.decidedBy ?? 'rotation',
    note: null,
  });
}

/** The 8 provincial unions of Cluster 3, by a readable key. */
export const CLUSTER_3_PROVINCES = {
  sonLa: ['LHH-SON-LA', 'Sơn La'],
  dienBien: ['LHH-DIEN-BIEN', 'Điện Biên'],
  laiChau: ['LHH-LAI-CHAU', 'Lai Châu'],
  laoCai: ['LHH-LAO-CAI', 'Lào Cai'],
  yenBai: ['LHH-YEN-BAI', 'Yên Bái'],
  vinhPhuc: ['LHH-VINH-PHUC', 'Vĩnh Phúc'],
  phuTho: ['LHH-PHU-THO', 'Phú Thọ'],
  hoaBinh: ['LHH-HOA-BINH', 'Hòa Bình'],
} as const;

export type Cluster3Unit = keyof typeof CLUSTER_3_PROVINCES;

export interface Cluster3 {
  vusta: string;
  cluster: string;
  units: Record<Cluster3Unit, string>;
}

/**
 * Cụm thi đua số 3 as the 2023 news item describes it: VUSTA's cluster of 8 provincial unions, all
 * members from 2023, chaired by Sơn La in 2023 (the source names no vice-chair for 2023). VUSTA's award
 * catalog is loaded too, as on every install: the conference's flag vote reads its rule sets.
 */
export async function givenCluster3In2023(dataSource: DataSource): Promise<Cluster3> {
  await givenReferenceAwardCatalog(dataSource);
  const vusta = await givenVusta(dataSource);
  const units = {} as Record<Cluster3Unit, string>;
  for (const [key, [code, province]] of Object.entries(CLUSTER_3_PROVINCES)) {
    units[key as Cluster3Unit] = await givenProvincialUnion(dataSource, code, province);
  }
  const cluster = await givenCluster(dataSource, {
    code: 'VUSTA-C3',
    number: 3,
    name: 'Cụm thi đua số 3',
    kind: 'cluster',
    ownerId: vusta,
    rotationRule: 'vice_chair_succeeds',
  });
  await givenMembers(dataSource, cluster, Object.values(units), 2023);
  await givenTerm(dataSource, { clusterId: cluster, year: 2023, chairId: units.sonLa, viceChairId: null });
  return { vusta, cluster, units };
}

/**
 * A fingerprint of the whole content of some tables, to prove that a refused request changed nothing.
 */
export async function contentOf(dataSource: DataSource, ...tables: string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(
    tables.map(async (table) => {
      const [{ digest }]: { digest: string | null }[] = await dataSource.query(
        `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t`,
      );
      return [table, digest ?? ''] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export const REGISTRY_TABLES = [
  'organizations',
  'organization_names',
  'clusters',
  'cluster_supervisors',
  'cluster_memberships',
  'cluster_terms',
];

/** Runs a request that must be refused, and proves it left every registry table (or every one of `tables`) as it was. */
export async function refusedWithoutChange(
  dataSource: DataSource,
  request: () => PromiseLike<Response>,
  tables: readonly string[] = REGISTRY_TABLES,
): Promise<Response> {
  const before = await contentOf(dataSource, ...tables);
  const response = await request();
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(await contentOf(dataSource, ...tables)).toEqual(before);
  return response;
}

/** A well-formed id that no row has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
