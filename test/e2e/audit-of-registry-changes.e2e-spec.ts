import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { MAX_PAGE_SIZE } from '../../src/platform/pagination/page.js';
import { givenSignedInUser } from '../helpers/auth.js';
import { type Cluster3, givenCluster3In2023, givenProvincialUnion } from '../helpers/registry-factories.js';
import { registeredRoutes } from '../helpers/routes.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The national staff user `startTestApp()` signs in as `t.staff`. */
const STAFF_USERNAME = 'vusta.thuongtruc';
const REGISTRY_PATH = /^\/api\/v1\/(organizations|clusters)(\/|$)/;
const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  subjectOrganizationId: string | null;
  actorUsername: string | null;
  requestId: string | null;
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } | null;
}

/** An event a successful call must have written; `changes` is compared exactly when given. */
type ExpectedEvent = Pick<AuditEvent, 'action' | 'entityType' | 'entityId' | 'subjectOrganizationId'> &
  Partial<Pick<AuditEvent, 'changes'>>;

interface AuditedCall {
  /** Method and Nest path, as `registeredRoutes` names it. */
  route: string;
  does: string;
  /** Makes the call (after any set-up of its own) and says which events it must have written. */
  call: () => Promise<{ response: Response; expected: ExpectedEvent[] }>;
}

describe('the audit of registry changes', () => {
  let t: TestApp;
  let c3: Cluster3;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  async function idsOf(sql: string, parameters: unknown[]): Promise<string[]> {
    const rows: { id: string }[] = await t.dataSource.query(sql, parameters);
    return rows.map((row) => row.id);
  }

  async function auditCount(): Promise<number> {
    const [{ count }]: { count: number }[] = await t.dataSource.query('SELECT count(*)::int AS count FROM audit_events');
    return count;
  }

  function organizationEvent(action: string, id: string, changes?: AuditEvent['changes']): ExpectedEvent {
    return { action, entityType: 'organization', entityId: id, subjectOrganizationId: id, ...(changes && { changes }) };
  }

  async function termOf(year: number): Promise<string> {
    const [id] = await idsOf('SELECT id FROM cluster_terms WHERE cluster_id = $1 AND year = $2', [c3.cluster, year]);
    return id;
  }

  const audited: AuditedCall[] = [
    {
      route: 'POST /api/v1/organizations',
      does: 'creates a unit',
      call: async () => {
        const bacKan = {
          code: 'LHH-BAC-KAN',
          fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bắc Kạn',
          shortName: 'LHH Bắc Kạn',
          kind: 'provincial_union',
          province: 'Bắc Kạn',
          activeFrom: '1997-01-01',
        };
        const response = await t.staff.post('/api/v1/organizations').send(bacKan);
        return { response, expected: [organizationEvent('organization.create', response.body.id, { after: bacKan })] };
      },
    },
    {
      route: 'PATCH /api/v1/organizations/:id',
      does: 'changes the province of a unit, keeping only that field',
      call: async () => {
        const unit = await givenProvincialUnion(t.dataSource, 'LHH-HA-GIANG', 'Hà Giang');
        const response = await t.staff.patch(`/api/v1/organizations/${unit}`).send({ province: 'Tuyên Quang', version: 1 });
        const changes = { before: { province: 'Hà Giang' }, after: { province: 'Tuyên Quang' } };
        return { response, expected: [organizationEvent('organization.update', unit, changes)] };
      },
    },
    {
      route: 'POST /api/v1/organizations/:id/names',
      does: 'renames a unit',
      call: async () => {
        const unit = await givenProvincialUnion(t.dataSource, 'LHH-CAO-BANG', 'Cao Bằng');
        const response = await t.staff.post(`/api/v1/organizations/${unit}/names`).send({
          fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật Cao Bằng',
          shortName: 'Liên hiệp Hội Cao Bằng',
          validFrom: '2026-01-01',
        });
        const changes = {
          before: { fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cao Bằng', shortName: 'LHH Cao Bằng', validFrom: '2000-01-01' },
          after: {
            fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật Cao Bằng',
            shortName: 'Liên hiệp Hội Cao Bằng',
            validFrom: '2026-01-01',
          },
        };
        return { response, expected: [organizationEvent('organization.rename', unit, changes)] };
      },
    },
    {
      route: 'POST /api/v1/organizations/mergers',
      does: 'merges Yên Bái and Lào Cai: the successor, each source, each link and each seat',
      call: async () => {
        const sources = [c3.units.yenBai, c3.units.laoCai];
        const response = await t.staff.post('/api/v1/organizations/mergers').send({
          sourceIds: sources,
          successor: {
            code: 'LHH-LAO-CAI-2025',
            fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai',
            shortName: 'LHH Lào Cai',
            kind: 'provincial_union',
          },
          effectiveDate: '2025-07-01',
          legalBasis: 'Nghị quyết 202/2025/QH15',
        });
        const successor: string = response.body.successor?.id;
        const links = await idsOf('SELECT id FROM organization_lineage WHERE successor_id = $1 ORDER BY predecessor_id', [successor]);
        const ended = await t.dataSource.query(
          'SELECT id, organization_id FROM cluster_memberships WHERE organization_id = ANY($1::uuid[])',
          [sources],
        );
        const [taken] = await idsOf('SELECT id FROM cluster_memberships WHERE organization_id = $1', [successor]);
        const merger = (entityType: string, entityId: string, subjectOrganizationId: string) => ({
          action: 'organization.merge',
          entityType,
          entityId,
          subjectOrganizationId,
        });
        expect(links).toHaveLength(2);
        expect(ended).toHaveLength(2);
        return {
          response,
          expected: [
            merger('organization', successor, successor),
            ...sources.map((source) =>
              organizationEvent('organization.merge', source, { before: { activeTo: null }, after: { activeTo: '2025-06-30' } }),
            ),
            ...links.map((link) => merger('organization_lineage', link, successor)),
            ...ended.map((m: { id: string; organization_id: string }) => ({
              ...merger('cluster_membership', m.id, m.organization_id),
              changes: { before: { toYear: null }, after: { toYear: 2024 } },
            })),
            {
              ...merger('cluster_membership', taken, successor),
              changes: { after: { clusterId: c3.cluster, organizationId: successor, fromYear: 2025, toYear: null } },
            },
          ],
        };
      },
    },
    {
      route: 'POST /api/v1/clusters',
      does: 'creates a cluster, readable by its owner',
      call: async () => {
        const response = await t.staff
          .post('/api/v1/clusters')
          .send({ code: 'VUSTA-C5', number: 5, name: 'Cụm thi đua số 5', kind: 'cluster', ownerId: c3.vusta, rotationRule: 'elected' });
        return {
          response,
          expected: [{ action: 'cluster.create', entityType: 'cluster', entityId: response.body.id, subjectOrganizationId: c3.vusta }],
        };
      },
    },
    {
      route: 'PATCH /api/v1/clusters/:id',
      does: 'renames a cluster, keeping only its name',
      call: async () => {
        const response = await t.staff.patch(`/api/v1/clusters/${c3.cluster}`).send({ name: 'Cụm thi đua số 3 (Tây Bắc)', version: 1 });
        return {
          response,
          expected: [
            {
              action: 'cluster.update',
              entityType: 'cluster',
              entityId: c3.cluster,
              subjectOrganizationId: c3.vusta,
              changes: { before: { name: 'Cụm thi đua số 3' }, after: { name: 'Cụm thi đua số 3 (Tây Bắc)' } },
            },
          ],
        };
      },
    },
    {
      route: 'PUT /api/v1/clusters/:id/supervisors/:year',
      does: "replaces a year's supervisor, keeping only the changed fields",
      call: async () => {
        await t.staff
          .put(`/api/v1/clusters/${c3.cluster}/supervisors/2022`)
          .send({ fullName: 'Nguyễn Văn A', position: 'Phó Chủ tịch' })
          .expect(201);
        const response = await t.staff
          .put(`/api/v1/clusters/${c3.cluster}/supervisors/2022`)
          .send({ fullName: 'Trần Thị B', position: 'Phó Chủ tịch' });
        const [supervisor] = await idsOf('SELECT id FROM cluster_supervisors WHERE cluster_id = $1 AND year = 2022', [c3.cluster]);
        return {
          response,
          expected: [
            {
              action: 'cluster.supervisor.put',
              entityType: 'cluster_supervisor',
              entityId: supervisor,
              subjectOrganizationId: c3.vusta,
              changes: { before: { fullName: 'Nguyễn Văn A' }, after: { fullName: 'Trần Thị B' } },
            },
          ],
        };
      },
    },
    {
      route: 'POST /api/v1/clusters/:id/members',
      does: 'adds a member, readable by the member',
      call: async () => {
        const unit = await givenProvincialUnion(t.dataSource, 'LHH-TUYEN-QUANG', 'Tuyên Quang');
        const response = await t.staff.post(`/api/v1/clusters/${c3.cluster}/members`).send({ organizationId: unit, fromYear: 2024 });
        const [membership] = await idsOf('SELECT id FROM cluster_memberships WHERE organization_id = $1', [unit]);
        return {
          response,
          expected: [
            {
              action: 'membership.add',
              entityType: 'cluster_membership',
              entityId: membership,
              subjectOrganizationId: unit,
              changes: { after: { clusterId: c3.cluster, organizationId: unit, fromYear: 2024, toYear: null } },
            },
          ],
        };
      },
    },
    {
      route: 'POST /api/v1/clusters/:id/members/:organizationId/end',
      does: "ends Hòa Bình's membership",
      call: async () => {
        const response = await t.staff.post(`/api/v1/clusters/${c3.cluster}/members/${c3.units.hoaBinh}/end`).send({ lastYear: 2024 });
        const [membership] = await idsOf('SELECT id FROM cluster_memberships WHERE organization_id = $1', [c3.units.hoaBinh]);
        return {
          response,
          expected: [
            {
              action: 'membership.end',
              entityType: 'cluster_membership',
              entityId: membership,
              subjectOrganizationId: c3.units.hoaBinh,
              changes: { before: { toYear: null }, after: { toYear: 2024 } },
            },
          ],
        };
      },
    },
    {
      route: 'PUT /api/v1/clusters/:id/terms/:year',
      does: 'records the 2024 term, readable by its chair',
      call: async () => {
        const response = await t.staff
          .put(`/api/v1/clusters/${c3.cluster}/terms/2024`)
          .send({ chairId: c3.units.dienBien, viceChairId: c3.units.laiChau, decidedBy: 'election' });
        return {
          response,
          expected: [
            {
              action: 'term.create',
              entityType: 'cluster_term',
              entityId: await termOf(2024),
              subjectOrganizationId: c3.units.dienBien,
              changes: {
                after: {
                  clusterId: c3.cluster,
                  year: 2024,
                  chairId: c3.units.dienBien,
                  viceChairId: c3.units.laiChau,
                  decidedBy: 'election',
                  note: null,
                },
              },
            },
          ],
        };
      },
    },
    {
      route: 'PUT /api/v1/clusters/:id/terms/:year',
      does: 'replaces the 2023 term, keeping only the vice-chair it changed',
      call: async () => {
        const current = await t.staff.get(`/api/v1/clusters/${c3.cluster}/terms/2023`).expect(200);
        const response = await t.staff
          .put(`/api/v1/clusters/${c3.cluster}/terms/2023`)
          .send({ chairId: c3.units.sonLa, viceChairId: c3.units.phuTho, decidedBy: 'rotation', version: current.body.version });
        return {
          response,
          expected: [
            {
              action: 'term.replace',
              entityType: 'cluster_term',
              entityId: await termOf(2023),
              subjectOrganizationId: c3.units.sonLa,
              changes: { before: { viceChairId: null }, after: { viceChairId: c3.units.phuTho } },
            },
          ],
        };
      },
    },
    {
      route: 'POST /api/v1/clusters/:id/terms/:year/close',
      does: 'closes the 2023 term, readable by its chair',
      call: async () => {
        const response = await t.staff.post(`/api/v1/clusters/${c3.cluster}/terms/2023/close`);
        return {
          response,
          expected: [
            {
              action: 'term.close',
              entityType: 'cluster_term',
              entityId: await termOf(2023),
              subjectOrganizationId: c3.units.sonLa,
              changes: { before: { closedAt: null }, after: { closedAt: response.body.closedAt } },
            },
          ],
        };
      },
    },
  ];

  it('exercises every mutating route of the registry, so that a new one cannot go unaudited', () => {
    const registered = registeredRoutes(t.app)
      .filter((route) => MUTATING_METHODS.has(route.method) && REGISTRY_PATH.test(route.path))
      .map((route) => `${route.method} ${route.path}`);
    expect(registered.length).toBeGreaterThan(0);
    expect([...new Set(audited.map((call) => call.route))].sort()).toEqual([...new Set(registered)].sort());
  });

  it.each(audited)('$route $does, and records who did it in which request', async ({ call }) => {
    const { response, expected } = await call();
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
    const requestId = response.headers['x-request-id'];
    expect(requestId).toEqual(expect.any(String));

    for (const event of expected) {
      const found = await t.staff
        .get('/api/v1/audit')
        .query({ action: event.action, entityId: event.entityId, pageSize: MAX_PAGE_SIZE })
        .expect(200);
      const ofThisRequest = (found.body.items as AuditEvent[]).filter(
        (item) => item.requestId === requestId && item.entityType === event.entityType,
      );
      expect(ofThisRequest).toHaveLength(1);
      const { changes, ...identity } = event;
      expect(ofThisRequest[0]).toMatchObject({ ...identity, actorUsername: STAFF_USERNAME, requestId });
      if (changes) expect(ofThisRequest[0].changes).toEqual(changes);
    }
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM audit_events WHERE request_id = $1', [requestId]);
    expect(count).toBe(expected.length);
  });

  it('writes no event for a refused request', async () => {
    await givenProvincialUnion(t.dataSource, 'LHH-LANG-SON', 'Lạng Sơn');
    const before = await auditCount();
    const duplicate = await t.staff.post('/api/v1/organizations').send({
      code: 'LHH-LANG-SON',
      fullName: 'Một đơn vị khác',
      shortName: 'Khác',
      kind: 'provincial_union',
      activeFrom: '2000-01-01',
    });
    expect(duplicate.status).toBe(409);
    const stale = await t.staff.patch(`/api/v1/clusters/${c3.cluster}`).send({ name: 'Tên mới', version: 99 });
    expect(stale.status).toBe(409);
    const notMember = await t.staff.put(`/api/v1/clusters/${c3.cluster}/terms/2030`).send({ chairId: c3.vusta, decidedBy: 'election' });
    expect(notMember.status).toBe(422);
    expect(await auditCount()).toBe(before);
  });

  it("shows Sơn La's officer the events on Sơn La's records, and none on other units'", async () => {
    const officer = await givenSignedInUser(t, { username: 'lhh.sonla', roles: ['unit_officer'], organizationId: c3.units.sonLa });
    const rename = (unit: string, province: string) =>
      t.staff
        .post(`/api/v1/organizations/${unit}/names`)
        .send({
          fullName: `Liên hiệp các Hội Khoa học và Kỹ thuật ${province}`,
          shortName: `Liên hiệp Hội ${province}`,
          validFrom: '2027-01-01',
        })
        .expect(201);
    const own = (await rename(c3.units.sonLa, 'Sơn La')).headers['x-request-id'];
    const other = (await rename(c3.units.dienBien, 'Điện Biên')).headers['x-request-id'];

    const seen = await t.http.get('/api/v1/audit').query({ pageSize: MAX_PAGE_SIZE }).set('authorization', officer.bearer).expect(200);
    const items = seen.body.items as AuditEvent[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.subjectOrganizationId === c3.units.sonLa)).toBe(true);
    expect(items.map((item) => item.requestId)).toContain(own);
    expect(items.map((item) => item.requestId)).not.toContain(other);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM audit_events WHERE subject_organization_id = $1', [
      c3.units.sonLa,
    ]);
    expect(seen.body.total).toBe(count);

    const all = await t.staff.get('/api/v1/audit').query({ action: 'organization.rename', entityId: c3.units.dienBien }).expect(200);
    expect((all.body.items as AuditEvent[]).map((item) => item.requestId)).toContain(other);
  });

  it('reads filters left blank (the audit page sends every field of its form) as no filter', async () => {
    const unfiltered = await t.staff.get('/api/v1/audit').expect(200);
    const blank = await t.staff.get('/api/v1/audit').query({ entityType: '', action: '', from: '', to: '' }).expect(200);
    expect(blank.body.total).toBe(unfiltered.body.total);
    expect(blank.body.total).toBeGreaterThan(0);
  });
});
