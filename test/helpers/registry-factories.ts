import { expect } from '@jest/globals';
import type { Response } from 'supertest';
import { type DataSource, IsNull } from 'typeorm';
import { ClusterEntity } from '../../src/registry/clusters/cluster.entity.js';
import { MembershipEntity } from '../../src/registry/memberships/membership.entity.js';
import { OrganizationNameEntity } from '../../src/registry/organizations/organization-name.entity.js';
import { OrganizationEntity, type OrganizationKind } from '../../src/registry/organizations/organization.entity.js';
import { TermEntity } from '../../src/registry/terms/term.entity.js';

export interface OrganizationSpec {
  code: string;
  fullName: string;
  shortName: string;
  kind?: OrganizationKind;
  province?: string | null;
  /** ISO date; default 2000-01-01. */
  activeFrom?: string;
  activeTo?: string | null;
}

/** One unit: an organizations row and its current name, valid from the day it began. Returns its id. */
export async function givenOrganization(dataSource: DataSource, spec: OrganizationSpec): Promise<string> {
  return dataSource.transaction(async (tx) => {
    const activeFrom = spec.activeFrom ?? '2000-01-01';
    const organization = await tx.getRepository(OrganizationEntity).save(
      tx.getRepository(OrganizationEntity).create({
        code: spec.code,
        kind: spec.kind ?? 'provincial_union',
        province: spec.province ?? null,
        activeFrom,
        activeTo: spec.activeTo ?? null,
      }),
    );
    await tx.getRepository(OrganizationNameEntity).save(
      tx.getRepository(OrganizationNameEntity).create({
        organizationId: organization.id,
        fullName: spec.fullName,
        shortName: spec.shortName,
        validFrom: activeFrom,
        validTo: null,
      }),
    );
    return organization.id;
  });
}

/** A renamed unit: its current name ends the day before `from`, and the new one starts then. */
export async function givenRename(
  dataSource: DataSource,
  organizationId: string,
  rename: { fullName: string; shortName: string; from: string },
): Promise<void> {
  await dataSource.transaction(async (tx) => {
    const names = tx.getRepository(OrganizationNameEntity);
    const current = await names.findOneByOrFail({ organizationId, validTo: IsNull() });
    const dayBefore = new Date(Date.parse(`${rename.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await names.update({ id: current.id }, { validTo: dayBefore });
    await names.save(names.create({ organizationId, fullName: rename.fullName, shortName: rename.shortName, validFrom: rename.from, validTo: null }));
  });
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
 * members from 2023, chaired by Sơn La in 2023 (the source names no vice-chair for 2023).
 */
export async function givenCluster3In2023(dataSource: DataSource): Promise<Cluster3> {
  const vusta = await givenVusta(dataSource);
  const units = {} as Record<Cluster3Unit, string>;
  for (const [key, [code, province]] of Object.entries(CLUSTER_3_PROVINCES)) {
    units[key as Cluster3Unit] = await givenProvincialUnion(dataSource, code, province);
  }
  const cluster = await dataSource.transaction(async (tx) => {
    const saved = await tx.getRepository(ClusterEntity).save(
      tx.getRepository(ClusterEntity).create({
        code: 'VUSTA-C3',
        number: 3,
        name: 'Cụm thi đua số 3',
        kind: 'cluster',
        ownerId: vusta,
        rotationRule: 'vice_chair_succeeds',
        rotationOrder: [],
      }),
    );
    await tx.getRepository(MembershipEntity).save(
      Object.values(units).map((organizationId) =>
        tx.getRepository(MembershipEntity).create({ clusterId: saved.id, ownerId: vusta, organizationId, fromYear: 2023, toYear: null }),
      ),
    );
    await tx.getRepository(TermEntity).save(
      tx.getRepository(TermEntity).create({
        clusterId: saved.id,
        year: 2023,
        chairId: units.sonLa,
        viceChairId: null,
        decidedBy: 'rotation',
        decidedAtMeetingId: null,
        note: null,
      }),
    );
    return saved.id;
  });
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

export const REGISTRY_TABLES = ['organizations', 'organization_names', 'clusters', 'cluster_supervisors', 'cluster_memberships', 'cluster_terms'];

/** Runs a request that must be refused, and proves it left every registry table as it was. */
export async function refusedWithoutChange(dataSource: DataSource, request: () => PromiseLike<Response>): Promise<Response> {
  const before = await contentOf(dataSource, ...REGISTRY_TABLES);
  const response = await request();
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(await contentOf(dataSource, ...REGISTRY_TABLES)).toEqual(before);
  return response;
}

/** A well-formed id that no row has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
