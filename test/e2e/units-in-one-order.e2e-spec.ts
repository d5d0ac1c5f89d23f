import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenCluster, givenMembers, givenOrganization, givenVusta } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Short names in Vietnamese alphabetical order, two of them equal and told apart by their codes. */
const IN_ORDER = [
  ['HOI-TIN-HOC-A', 'Hội Tin học'],
  ['HOI-TIN-HOC-B', 'Hội Tin học'],
  ['LHH-BAC-LIEU', 'LHH Bạc Liêu'],
  ['LHH-CAN-THO', 'LHH Cần Thơ'],
];

describe('units in one order on every list', () => {
  let t: TestApp;
  let cluster: string;

  beforeAll(async () => {
    t = await startTestApp();
    const vusta = await givenVusta(t.dataSource);
    // Created out of order; by full name "thành phố Cần Thơ" would come before "tỉnh Bạc Liêu".
    const canTho = await givenOrganization(t.dataSource, {
      code: 'LHH-CAN-THO',
      fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ',
      shortName: 'LHH Cần Thơ',
    });
    const hoiB = await givenOrganization(t.dataSource, {
      code: 'HOI-TIN-HOC-B',
      kind: 'association',
      fullName: 'Hội Tin học thành phố',
      shortName: 'Hội Tin học',
    });
    const bacLieu = await givenOrganization(t.dataSource, {
      code: 'LHH-BAC-LIEU',
      fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bạc Liêu',
      shortName: 'LHH Bạc Liêu',
    });
    const hoiA = await givenOrganization(t.dataSource, {
      code: 'HOI-TIN-HOC-A',
      kind: 'association',
      fullName: 'Hội Tin học Việt Nam',
      shortName: 'Hội Tin học',
    });
    cluster = await givenCluster(t.dataSource, {
      code: 'VUSTA-C9',
      number: 9,
      name: 'Cụm thi đua số 9',
      kind: 'cluster',
      ownerId: vusta,
      rotationRule: 'elected',
    });
    await givenMembers(t.dataSource, cluster, [canTho, hoiB, bacLieu, hoiA], 2023);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists a cluster’s members by short name, then by code', async () => {
    const response = await t.staff.get(`/api/v1/clusters/${cluster}/members`).query({ year: 2023 }).expect(200);
    expect(response.body.items.map((member: { code: string; shortName: string }) => [member.code, member.shortName])).toEqual(IN_ORDER);
  });

  it('lists the units the same way, and the reverse by name keeps equal names by code', async () => {
    const ascending = await t.staff.get('/api/v1/organizations').query({ sort: 'name', kind: 'provincial_union' }).expect(200);
    expect(ascending.body.items.map((unit: { code: string }) => unit.code)).toEqual(['LHH-BAC-LIEU', 'LHH-CAN-THO']);
    const all = await t.staff.get('/api/v1/organizations').query({ sort: 'name' }).expect(200);
    expect(all.body.items.map((unit: { code: string }) => unit.code)).toEqual([...IN_ORDER.map(([code]) => code), 'VUSTA']);
    const descending = await t.staff.get('/api/v1/organizations').query({ sort: '-name' }).expect(200);
    expect(descending.body.items.map((unit: { code: string }) => unit.code)).toEqual([
      'VUSTA',
      'LHH-CAN-THO',
      'LHH-BAC-LIEU',
      'HOI-TIN-HOC-A',
      'HOI-TIN-HOC-B',
    ]);
  });

  it('proposes from the members in that order when the cluster elects', async () => {
    const response = await t.staff.get(`/api/v1/clusters/${cluster}/terms/2024/proposal`).expect(200);
    expect(response.body.eligible.map((candidate: { unit: { code: string } }) => candidate.unit.code)).toEqual(
      IN_ORDER.map(([code]) => code),
    );
  });
});
