import { describe, expect, it } from '@jest/globals';
import { type MembershipSpan, type MergerRequest, type MergerUnit, planMerger } from './merger.rules.js';

const VUSTA = 'owner-vusta';
const PROVINCE = 'owner-province';

function unit(id: string, overrides: Partial<MergerUnit> = {}): MergerUnit {
  return { id, shortName: `LHH ${id}`, activeFrom: '2000-01-01', activeTo: null, latestNameFrom: '2000-01-01', ...overrides };
}

function member(organizationId: string, clusterId: string, overrides: Partial<MembershipSpan> = {}): MembershipSpan {
  return {
    id: `m-${organizationId}-${clusterId}`,
    organizationId,
    clusterId,
    clusterName: `Cụm ${clusterId}`,
    ownerId: VUSTA,
    fromYear: 2023,
    toYear: null,
    ...overrides,
  };
}

/** Yên Bái + Lào Cai (old) → a new Lào Cai from 01/07/2025, both in Cluster 3 since 2023. */
function laoCaiMerger(overrides: Partial<MergerRequest> = {}): MergerRequest {
  return {
    effectiveDate: '2025-07-01',
    sourceIds: ['yen-bai', 'lao-cai'],
    successorId: null,
    units: [unit('yen-bai'), unit('lao-cai')],
    memberships: [member('yen-bai', 'c3'), member('lao-cai', 'c3')],
    leadingRoles: [],
    ...overrides,
  };
}

function violationsOf(request: MergerRequest) {
  const decision = planMerger(request);
  if (decision.ok) throw new Error('expected the merger to be refused');
  return decision.violations;
}

describe('planning a merger', () => {
  it('ends the sources the day before and seats a new successor in their cluster from the merger year', () => {
    const decision = planMerger(laoCaiMerger());
    expect(decision).toEqual({
      ok: true,
      plan: {
        sourcesEndOn: '2025-06-30',
        lastSourceYear: 2024,
        endedMembershipIds: ['m-yen-bai-c3', 'm-lao-cai-c3'],
        successorMemberships: [{ clusterId: 'c3', ownerId: VUSTA, fromYear: 2025, toYear: null }],
      },
    });
  });

  it('keeps memberships that already ended before the merger year as they are, and does not carry them', () => {
    const decision = planMerger(
      laoCaiMerger({ memberships: [member('yen-bai', 'c3', { toYear: 2024 }), member('lao-cai', 'c2', { fromYear: 2020, toYear: 2022 })] }),
    );
    expect(decision).toMatchObject({ ok: true, plan: { endedMembershipIds: [], successorMemberships: [] } });
  });

  it('carries a planned end year to the successor', () => {
    const decision = planMerger(
      laoCaiMerger({ memberships: [member('yen-bai', 'c3', { toYear: 2026 }), member('lao-cai', 'c3', { toYear: 2027 })] }),
    );
    expect(decision).toMatchObject({ ok: true, plan: { successorMemberships: [{ clusterId: 'c3', toYear: 2027 }] } });
  });

  it('seats the successor once per owner, in each hierarchy the sources belonged to', () => {
    const decision = planMerger(
      laoCaiMerger({
        memberships: [member('yen-bai', 'c3'), member('lao-cai', 'c3'), member('lao-cai', 'block-1', { ownerId: PROVINCE })],
      }),
    );
    expect(decision).toMatchObject({
      ok: true,
      plan: {
        successorMemberships: [
          { clusterId: 'c3', ownerId: VUSTA },
          { clusterId: 'block-1', ownerId: PROVINCE },
        ],
      },
    });
  });

  it('does not seat an existing successor where it already belongs to a cluster of that owner', () => {
    const decision = planMerger(
      laoCaiMerger({
        sourceIds: ['yen-bai'],
        successorId: 'lao-cai',
        memberships: [member('yen-bai', 'c3'), member('lao-cai', 'c3')],
      }),
    );
    expect(decision).toMatchObject({ ok: true, plan: { endedMembershipIds: ['m-yen-bai-c3'], successorMemberships: [] } });
  });

  it('asks which cluster to join when the sources sat in different clusters of one owner', () => {
    const request = laoCaiMerger({ memberships: [member('yen-bai', 'c3'), member('lao-cai', 'c4')] });
    const [violation] = violationsOf(request);
    expect(violation.field).toBe('successorClusterIds');
    expect(violation.message.vi).toContain('Cụm c3, Cụm c4');

    const chosen = planMerger({ ...request, successorClusterIds: ['c4'] });
    expect(chosen).toMatchObject({ ok: true, plan: { successorMemberships: [{ clusterId: 'c4' }] } });
  });

  it('refuses a chosen cluster the sources did not belong to', () => {
    const violations = violationsOf(laoCaiMerger({ successorClusterIds: ['c9'] }));
    expect(violations).toEqual([expect.objectContaining({ field: 'successorClusterIds' })]);
  });

  it('refuses a source that already ended, starts too late, or is renamed after its last day', () => {
    const violations = violationsOf(
      laoCaiMerger({
        sourceIds: ['yen-bai', 'lao-cai', 'vinh-phuc'],
        units: [
          unit('yen-bai', { activeTo: '2024-12-31' }),
          unit('lao-cai', { activeFrom: '2025-07-01', latestNameFrom: '2025-07-01' }),
          unit('vinh-phuc', { latestNameFrom: '2025-07-01' }),
        ],
        memberships: [],
      }),
    );
    expect(violations.map((v) => [v.field, v.message.vi])).toEqual([
      ['sourceIds[0]', 'LHH yen-bai đã kết thúc hoạt động ngày 31/12/2024.'],
      ['sourceIds[1]', expect.stringContaining('chỉ hoạt động từ 01/07/2025')],
      ['sourceIds[2]', expect.stringContaining('có tên mới hiệu lực từ 01/07/2025')],
    ]);
  });

  it('refuses repeated sources, unknown sources and a successor among the sources', () => {
    const violations = violationsOf(laoCaiMerger({ sourceIds: ['yen-bai', 'yen-bai', 'ghost', 'lao-cai'], successorId: 'lao-cai' }));
    expect(violations.map((v) => v.field)).toEqual(['sourceIds[1]', 'sourceIds[2]', 'successor.id']);
  });

  it('refuses an unknown, ended or not yet active successor', () => {
    expect(violationsOf(laoCaiMerger({ sourceIds: ['yen-bai'], successorId: 'ghost' }))[0].field).toBe('successor.id');
    const ended = violationsOf(
      laoCaiMerger({
        sourceIds: ['yen-bai'],
        successorId: 'lao-cai',
        units: [unit('yen-bai'), unit('lao-cai', { activeTo: '2025-01-01' })],
      }),
    );
    expect(ended[0].message.vi).toContain('đã kết thúc hoạt động');
    const later = violationsOf(
      laoCaiMerger({
        sourceIds: ['yen-bai'],
        successorId: 'lao-cai',
        units: [unit('yen-bai'), unit('lao-cai', { activeFrom: '2025-07-02' })],
      }),
    );
    expect(later[0].message.vi).toContain('sau ngày sáp nhập');
  });

  it('refuses a source seated in a cluster from the merger year on', () => {
    const violations = violationsOf(laoCaiMerger({ memberships: [member('yen-bai', 'c3'), member('lao-cai', 'c3', { fromYear: 2025 })] }));
    expect(violations).toEqual([
      { field: 'sourceIds[1]', message: expect.objectContaining({ vi: expect.stringContaining('từ năm 2025') }) },
    ]);
  });

  it('refuses a source that chairs or vice-chairs a term from the merger year on, naming it and the year', () => {
    const violations = violationsOf(
      laoCaiMerger({
        leadingRoles: [
          { organizationId: 'lao-cai', clusterName: 'Cụm thi đua số 3', year: 2024, role: 'chair' },
          { organizationId: 'yen-bai', clusterName: 'Cụm thi đua số 3', year: 2025, role: 'vice_chair' },
        ],
      }),
    );
    expect(violations.map((v) => [v.field, v.message.vi])).toEqual([
      ['sourceIds[0]', 'LHH yen-bai là cụm phó của Cụm thi đua số 3 năm 2025; hãy đổi nhiệm kỳ đó trước khi sáp nhập.'],
    ]);
  });
});
