import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Caller,
  givenAwardCatalog,
  givenDossier,
  onDay,
  transition,
  officerOf,
  ownProposal,
} from '../helpers/nomination-factories.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Decree 98/2023 applied until 30 June 2025, Decree 152/2025 from 1 July 2025. */
describe('a nomination judged under the rule set of 2025-06 and one of 2025-08 each cite their own legal basis', () => {
  let t: TestApp;
  let c3: Cluster3;
  let awards: Record<string, string>;
  let sonLa: Caller;
  let june: string;
  let august: string;

  async function draftFor(fullName: string, birthYear: number): Promise<string> {
    const created = await sonLa
      .post('/api/v1/nominations')
      .send(ownProposal(c3, 'sonLa', awards.LHHVN_BANG_KHEN, { fullName, gender: 'male', birthYear }))
      .expect(201);
    await givenDossier(sonLa, created.body.id);
    return created.body.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    awards = await givenAwardCatalog(t);
    sonLa = await officerOf(t, c3, 'sonLa');
    june = await draftFor('Quàng Văn Bình', 1975);
    august = await draftFor('Tòng Thị Mai', 1982);
  });
  afterAll(async () => {
    await t.close();
  });

  it('judges a draft by the rule set in force today, until it is submitted', async () => {
    onDay(t, '2025-06-20');
    const inJune = await sonLa.get(`/api/v1/nominations/${august}/eligibility`).expect(200);
    expect(inJune.body).toMatchObject({ asOf: '2025-06-20', legalBasis: { code: 'ND-98-2023', citation: 'Nghị định 98/2023/NĐ-CP' } });
    onDay(t, '2025-07-01');
    const onFirstOfJuly = await sonLa.get(`/api/v1/nominations/${august}/eligibility`).set('accept-language', 'en').expect(200);
    expect(onFirstOfJuly.body).toMatchObject({
      asOf: '2025-07-01',
      legalBasis: { code: 'ND-152-2025', citation: 'Decree 152/2025/ND-CP' },
    });
  });

  it.each([
    { day: '2025-06-20', nomination: () => june, code: 'ND-98-2023', vi: 'Nghị định 98/2023/NĐ-CP', en: 'Decree 98/2023/ND-CP' },
    { day: '2025-08-05', nomination: () => august, code: 'ND-152-2025', vi: 'Nghị định 152/2025/NĐ-CP', en: 'Decree 152/2025/ND-CP' },
  ])('keeps $vi on the nomination submitted on $day', async ({ day, nomination, code, vi, en }) => {
    onDay(t, day);
    const submitted = await transition(sonLa, nomination(), 'submit').expect(200);
    expect(submitted.body).toMatchObject({ submittedOn: day, legalBasis: { code, citation: vi } });
    const inEnglish = await sonLa.get(`/api/v1/nominations/${nomination()}`).set('accept-language', 'en').expect(200);
    expect(inEnglish.body.legalBasis).toEqual({ code, citation: en });
  });

  it('still judges the June nomination by Decree 98/2023 once Decree 152/2025 applies', async () => {
    onDay(t, '2025-09-01');
    const eligibility = await sonLa.get(`/api/v1/nominations/${june}/eligibility`).expect(200);
    expect(eligibility.body).toMatchObject({ eligible: true, asOf: '2025-06-20', legalBasis: { code: 'ND-98-2023' } });
    const rows = await t.dataSource.query(
      `SELECT n.legal_basis_code, r.legal_basis_code AS rule_set_basis FROM nominations n JOIN award_rule_sets r ON r.id = n.rule_set_id ORDER BY n.submitted_on`,
    );
    expect(rows).toEqual([
      { legal_basis_code: 'ND-98-2023', rule_set_basis: 'ND-98-2023' },
      { legal_basis_code: 'ND-152-2025', rule_set_basis: 'ND-152-2025' },
    ]);
    const list = await t.staff.get('/api/v1/nominations?year=2025&sort=nominee').expect(200);
    expect(
      list.body.items.map((n: { nominee: { person: { fullName: string } }; legalBasis: { code: string } }) => [
        n.nominee.person.fullName,
        n.legalBasis.code,
      ]),
    ).toEqual([
      ['Quàng Văn Bình', 'ND-98-2023'],
      ['Tòng Thị Mai', 'ND-152-2025'],
    ]);
  });
});
