import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { givenSignedInUser, type SignedInUser } from '../helpers/auth.js';
import { type Cluster3, contentOf, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const TABLES = ['document_issuance', 'audit_events'];

/**
 * Who issues and signs Cluster 3's 2023 documents is recorded by its secretariat of 2023 (Sơn La's staff) or national
 * staff: for the year, and per document where it differs; every write audited, none overwriting another unseen.
 */
describe("the secretariat records who issues and signs the year's documents", () => {
  let t: TestApp;
  let c3: Cluster3;
  let sonLa: SignedInUser;
  let dienBien: SignedInUser;
  let base: string;

  const put = (user: SignedInUser, scope: string, body: object) =>
    t.http.put(`${base}/issuance/${scope}`).set('authorization', user.bearer).send(body);

  /** A refused request changes neither the records nor the audit trail. */
  async function refused(request: () => PromiseLike<Response>): Promise<Response> {
    const before = await contentOf(t.dataSource, ...TABLES);
    const response = await request();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await contentOf(t.dataSource, ...TABLES)).toEqual(before);
    return response;
  }

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    sonLa = await givenSignedInUser(t, { username: 'sonla.canbo', roles: ['unit_officer'], organizationId: c3.units.sonLa });
    dienBien = await givenSignedInUser(t, { username: 'dienbien.canbo', roles: ['unit_officer'], organizationId: c3.units.dienBien });
    base = `/api/v1/reports/clusters/${c3.cluster}/years/2023`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('records the year once, then a document where it differs, and the report prints each from them', async () => {
    const year = await put(sonLa, 'year', { symbol: 'LHH', capacity: 'KT', signingFor: 'Chủ tịch', signerTitle: 'Phó Chủ tịch' }).expect(
      201,
    );
    expect(year.body).toMatchObject({ scope: 'year', symbol: 'LHH', capacity: 'KT', number: null, version: 1, updatedBy: 'sonla.canbo' });
    await put(sonLa, 'summary-report', { number: 5, issuedOn: '2023-12-05', signerName: 'Lò Văn Páo' }).expect(201);
    const { body } = await t.http.get(base).set('authorization', dienBien.bearer).expect(200);
    expect(body.issuance['summary-report']).toMatchObject({
      symbol: 'LHH',
      number: 5,
      issuedOn: '2023-12-05',
      signer: { capacity: 'KT', signingFor: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Lò Văn Páo' },
    });
    expect(body.issuance.minutes).toMatchObject({ number: null, issuedOn: null, signer: { name: null } });
    const document = await t.http.get(`${base}/documents/summary-report`).set('authorization', dienBien.bearer).expect(200);
    expect(document.body.header).toMatchObject({ number: 'Số: 05/BC-LHH', placeAndDate: 'Sơn La, ngày 05 tháng 12 năm 2023' });
    expect(document.body.signatures).toEqual([{ authority: 'KT. Chủ tịch', position: 'Phó Chủ tịch', name: 'Lò Văn Páo' }]);
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_type = 'document_issuance' ORDER BY occurred_at`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['document_issuance.create', 'document_issuance.create']);
  });

  it('changes only the fields sent, with the version read', async () => {
    const changed = await put(sonLa, 'year', { signerTitle: 'Chủ tịch', capacity: null, signingFor: null, version: 1 }).expect(200);
    expect(changed.body).toMatchObject({ symbol: 'LHH', capacity: null, signingFor: null, signerTitle: 'Chủ tịch', version: 2 });
    const listed = await t.http.get(`${base}/issuance`).set('authorization', dienBien.bearer).expect(200);
    expect(listed.body.map((r: { scope: string }) => r.scope)).toEqual(['year', 'summary-report']);
  });

  it('refuses a stale or missing version, a number for the whole year, a bad symbol and another unit, changing nothing', async () => {
    const stale = await refused(() => put(sonLa, 'year', { symbol: 'LHH-VP', version: 1 }));
    expect([stale.status, stale.body.code]).toEqual([409, 'REPORTS.ISSUANCE_STALE']);
    const missing = await refused(() => put(sonLa, 'year', { symbol: 'LHH-VP' }));
    expect([missing.status, missing.body.code]).toEqual([409, 'REPORTS.ISSUANCE_VERSION_REQUIRED']);
    const number = await refused(() => put(sonLa, 'minutes', { number: 3, issuedOn: '2021-01-01', signingFor: 'Ban Thường vụ' }));
    expect([number.status, number.body.code]).toEqual([422, 'REPORTS.ISSUANCE_INVALID']);
    expect(number.body.errors.map((e: { field: string }) => e.field)).toEqual(['issuedOn', 'capacity']);
    const forYear = await refused(() => put(sonLa, 'year', { number: 3, version: 2 }));
    expect(forYear.body.errors.map((e: { field: string }) => e.field)).toEqual(['number']);
    const symbol = await refused(() => put(sonLa, 'minutes', { symbol: 'lhh vp' }));
    expect(symbol.body.errors.map((e: { field: string }) => e.field)).toEqual(['symbol']);
    const scope = await refused(() => put(sonLa, 'news', {}));
    expect(scope.body.errors.map((e: { field: string }) => e.field)).toEqual(['scope']);
    const other = await refused(() => put(dienBien, 'minutes', { number: 3 }));
    expect(other.status).toBe(403);
  });
});
