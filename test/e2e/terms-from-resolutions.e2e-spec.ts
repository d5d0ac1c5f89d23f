import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../src/platform/request-context/request-context.js';
import type { TermChange } from '../../src/registry/terms/term.rules.js';
import { TermsService } from '../../src/registry/terms/terms.service.js';
import { cluster3Delegates, conference2023, givenMeeting } from '../helpers/meeting-factories.js';
import { type Cluster3, givenCluster3In2023, givenProvincialUnion } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const STAFF: Actor = { userId: '00000000-0000-4000-8000-0000000000aa', username: 'staff', organizationId: null, roles: ['national_staff'] };

/**
 * The terms service writing what a conference resolved into next year's term (service and real
 * repositories on PostgreSQL; the conference itself is recorded through the API).
 */
describe("the registry writes a resolution into next year's term", () => {
  let t: TestApp;
  let c3: Cluster3;
  let terms: TermsService;
  let meetingId: string;
  let votes: { chair: string; viceChair: string };

  const apply = (change: Omit<TermChange, 'clusterId' | 'year' | 'meetingId' | 'resolutionId'>, resolutionId = randomUUID()) =>
    t.dataSource.transaction((tx) => terms.applyResolution(tx, { clusterId: c3.cluster, year: 2024, meetingId, resolutionId, ...change }));

  async function term2024(): Promise<Record<string, unknown> | undefined> {
    const [row] = await t.dataSource.query(
      `SELECT chair_id, vice_chair_id, decided_by, decided_at_meeting_id, chair_basis_vote_id, vice_chair_basis_vote_id,
         rotating_flag_handed_over, version
       FROM cluster_terms WHERE cluster_id = $1 AND year = 2024`,
      [c3.cluster],
    );
    return row;
  }

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    terms = t.app.get(TermsService);
    meetingId = await givenMeeting(t.staff, conference2023(c3), cluster3Delegates(c3));
    const vote = async (title: string) =>
      (await t.staff.post(`/api/v1/meetings/${meetingId}/votes`).send({ subject: 'question', title, method: 'electronic' }).expect(201))
        .body.id as string;
    votes = { chair: await vote('Chuyển giao Cụm trưởng năm 2024'), viceChair: await vote('Bầu Cụm phó năm 2024') };
  });
  afterAll(async () => {
    await t.close();
  });

  it('waits for the chair when only a vice-chair is elected and the year has no term', async () => {
    expect(await apply({ viceChair: { id: c3.units.yenBai, voteId: votes.viceChair } })).toBe(false);
    expect(await term2024()).toBeUndefined();
  });

  it('refuses a holder who is not a member that year, naming the unit, and writes nothing', async () => {
    const outsider = await givenProvincialUnion(t.dataSource, 'LHH-QUANG-NINH', 'Quảng Ninh');
    await expect(apply({ chair: { id: outsider, voteId: votes.chair, decidedBy: 'election' } })).rejects.toMatchObject({
      code: 'REGISTRY.TERM_HOLDER_NOT_MEMBER',
      fieldErrors: [{ field: 'chairId', message: { vi: 'LHH Quảng Ninh không phải thành viên của cụm trong năm 2024.' } }],
    });
    expect(await term2024()).toBeUndefined();
  });

  it('refuses the same unit as chair and vice-chair', async () => {
    await expect(
      apply({
        chair: { id: c3.units.laoCai, voteId: votes.chair, decidedBy: 'election' },
        viceChair: { id: c3.units.laoCai, voteId: votes.viceChair },
      }),
    ).rejects.toMatchObject({ code: 'REGISTRY.CHAIR_IS_VICE_CHAIR' });
  });

  it('hands the 2024 chair to Lào Cai with Yên Bái as vice-chair, on the votes that decided them', async () => {
    const resolutionId = randomUUID();
    expect(
      await apply(
        {
          chair: { id: c3.units.laoCai, voteId: votes.chair, decidedBy: 'election' },
          viceChair: { id: c3.units.yenBai, voteId: votes.viceChair },
        },
        resolutionId,
      ),
    ).toBe(true);
    expect(await term2024()).toEqual({
      chair_id: c3.units.laoCai,
      vice_chair_id: c3.units.yenBai,
      decided_by: 'election',
      decided_at_meeting_id: meetingId,
      chair_basis_vote_id: votes.chair,
      vice_chair_basis_vote_id: votes.viceChair,
      rotating_flag_handed_over: true,
      version: 1,
    });
    const [event] = await t.dataSource.query(
      `SELECT action, subject_organization_id, changes FROM audit_events WHERE entity_type = 'cluster_term' AND changes -> 'after' ->> 'resolutionId' = $1`,
      [resolutionId],
    );
    expect(event).toMatchObject({
      action: 'term.create',
      subject_organization_id: c3.units.laoCai,
      changes: { after: { year: 2024, resolutionId } },
    });
  });

  it('replaces only the vice-chair when a later resolution elects another, keeping the chair and its vote', async () => {
    const resolutionId = randomUUID();
    expect(await apply({ viceChair: { id: c3.units.dienBien, voteId: votes.viceChair } }, resolutionId)).toBe(true);
    expect(await term2024()).toMatchObject({
      chair_id: c3.units.laoCai,
      vice_chair_id: c3.units.dienBien,
      chair_basis_vote_id: votes.chair,
      version: 2,
    });
    const [event] = await t.dataSource.query(
      `SELECT action, changes FROM audit_events WHERE entity_type = 'cluster_term' AND changes -> 'after' ->> 'resolutionId' = $1`,
      [resolutionId],
    );
    expect(event).toMatchObject({
      action: 'term.replace',
      changes: { before: { viceChairId: c3.units.yenBai }, after: { viceChairId: c3.units.dienBien } },
    });
  });

  it('does not change a closed year', async () => {
    await terms.close(STAFF, c3.cluster, 2024);
    await expect(apply({ viceChair: { id: c3.units.yenBai, voteId: votes.viceChair } })).rejects.toMatchObject({
      code: 'REGISTRY.TERM_CLOSED',
    });
    expect(await term2024()).toMatchObject({ vice_chair_id: c3.units.dienBien });
  });
});
