import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TRANSITION_ACTIONS } from '../../src/nominations/nominations/nomination.dto.js';
import {
  NOMINATION_STATES,
  NOMINATION_TRANSITIONS,
  type NominationAction,
  type NominationRole,
  type NominationState,
} from '../../src/nominations/nominations/nomination.state.js';
import { givenSignedInUser } from '../helpers/auth.js';
import { councilBallots, councilVote, givenCouncil } from '../helpers/award-factories.js';
import {
  as,
  type Caller,
  givenAwardCatalog,
  givenDossier,
  NOMINATION_TABLES,
  onDay,
  transition,
  officerOf,
  ownProposal,
} from '../helpers/nomination-factories.js';
import { type Cluster3, contentOf, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * How a nomination reaches each state through the API, by whom: a transition by a caller, the council's vote
 * (recorded by staff), or an award decision.
 */
type Step = [NominationAction, 'proposer' | 'staff' | 'admin'] | 'council approves' | 'council rejects' | 'decision';

const PATHS: Record<NominationState, Step[]> = {
  draft: [],
  submitted: [['submit', 'proposer']],
  returned: [
    ['submit', 'proposer'],
    ['return', 'staff'],
  ],
  resubmitted: [
    ['submit', 'proposer'],
    ['return', 'admin'],
    ['resubmit', 'proposer'],
  ],
  in_council: [
    ['submit', 'proposer'],
    ['return', 'staff'],
    ['resubmit', 'proposer'],
    ['forward_to_council', 'admin'],
  ],
  approved: [['submit', 'proposer'], ['forward_to_council', 'staff'], 'council approves'],
  rejected: [['submit', 'proposer'], ['forward_to_council', 'staff'], 'council rejects'],
  awarded: [['submit', 'proposer'], ['forward_to_council', 'admin'], 'council approves', 'decision'],
  withdrawn: [['withdraw', 'proposer']],
};

const CALLERS = ['proposer', 'staff', 'admin'] as const;
const ROLE_OF: Record<(typeof CALLERS)[number], NominationRole> = {
  proposer: 'unit_officer',
  staff: 'national_staff',
  admin: 'system_admin',
};

/** What the transition table says of (state, action, role): allowed, or refused for the state or the role. */
function expected(state: NominationState, action: NominationAction, role: NominationRole): 'allowed' | 'wrong_state' | 'wrong_role' {
  const fromHere = NOMINATION_TRANSITIONS.find((t) => t.from === state && t.action === action);
  if (!fromHere) return 'wrong_state';
  return fromHere.roles.includes(role) ? 'allowed' : 'wrong_role';
}

describe('every workflow transition not allowed for a state or a role is refused', () => {
  let t: TestApp;
  let c3: Cluster3;
  let callers: Record<(typeof CALLERS)[number] | 'otherUnit', Caller>;
  const nominations = {} as Record<NominationState, { id: string; version: number }>;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    const awards = await givenAwardCatalog(t);
    callers = {
      proposer: await officerOf(t, c3, 'sonLa'),
      staff: as(t, await givenSignedInUser(t, { username: 'vusta.canbo', roles: ['national_staff'] })),
      admin: as(t, await givenSignedInUser(t, { username: 'quantri', roles: ['system_admin'] })),
      otherUnit: await officerOf(t, c3, 'dienBien'),
    };
    const council = await givenCouncil(t, 9, '2025-01-01');
    onDay(t, '2025-08-05');
    for (const [index, state] of NOMINATION_STATES.entries()) {
      const created = await callers.proposer
        .post('/api/v1/nominations')
        .send(
          ownProposal(c3, 'sonLa', awards.LHHVN_BANG_KHEN, { fullName: `Cán bộ số ${index + 1}`, gender: 'male', birthYear: 1980 + index }),
        )
        .expect(201);
      await givenDossier(callers.proposer, created.body.id);
      for (const step of PATHS[state]) {
        if (step === 'council approves' || step === 'council rejects') {
          const inFavour = step === 'council approves' ? 9 : 4;
          await councilVote(
            callers.staff,
            created.body.id,
            '2025-08-05',
            councilBallots(council, { inFavour, against: 9 - inFavour }),
          ).expect(201);
        } else if (step === 'decision') {
          await callers.staff
            .post('/api/v1/award-decisions')
            .send({
              number: `${index + 1}/QĐ-LHHVN`,
              decidedOn: '2025-08-05',
              signerName: 'Phan Xuân Dũng',
              signerPosition: 'Chủ tịch',
              nominationIds: [created.body.id],
            })
            .expect(201);
        } else {
          await transition(callers[step[1]], created.body.id, step[0], 'Ý kiến').expect(200);
        }
      }
      const current = await t.staff.get(`/api/v1/nominations/${created.body.id}`).expect(200);
      expect(current.body.state).toBe(state);
      nominations[state] = { id: created.body.id, version: current.body.version };
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('has reached every state of the table through the API', () => {
    expect(Object.keys(nominations).sort()).toEqual([...NOMINATION_STATES].sort());
  });

  it.each(NOMINATION_STATES.map((state) => [state]))(
    'refuses from "%s" every action the table does not allow, changing nothing',
    async (state) => {
      const { id, version } = nominations[state];
      const before = await contentOf(t.dataSource, ...NOMINATION_TABLES);
      const outcomes: string[] = [];
      const wanted: string[] = [];
      for (const action of [...TRANSITION_ACTIONS, 'edit' as const]) {
        for (const caller of CALLERS) {
          const verdict = expected(state, action, ROLE_OF[caller]);
          if (verdict === 'allowed') continue;
          const response =
            action === 'edit'
              ? await callers[caller].patch(`/api/v1/nominations/${id}`).send({ achievementsSummary: 'Sửa', version })
              : await transition(callers[caller], id, action, 'Lý do');
          outcomes.push(`${action} by ${caller}: ${response.status} ${response.body.code}`);
          wanted.push(`${action} by ${caller}: ${verdict === 'wrong_state' ? '409 NOMINATION.WRONG_STATE' : '403 NOMINATION.WRONG_ROLE'}`);
        }
        const hidden =
          action === 'edit'
            ? await callers.otherUnit.patch(`/api/v1/nominations/${id}`).send({ version })
            : await transition(callers.otherUnit, id, action, 'x');
        outcomes.push(`${action} by another unit: ${hidden.status} ${hidden.body.code}`);
        wanted.push(`${action} by another unit: 404 NOMINATION.NOT_FOUND`);
      }
      expect(outcomes).toEqual(wanted);
      expect(await contentOf(t.dataSource, ...NOMINATION_TABLES)).toEqual(before);
    },
  );

  it('refuses awarding through the transitions endpoint: awards come with a decision', async () => {
    const response = await transition(callers.staff, nominations.approved.id, 'award').expect(400);
    expect(response.body.errors).toEqual([{ field: 'action', message: expect.stringContaining('Giá trị không hợp lệ') }]);
  });

  it('offers each caller exactly the actions the table allows', async () => {
    for (const state of NOMINATION_STATES) {
      for (const caller of CALLERS) {
        const view = await callers[caller].get(`/api/v1/nominations/${nominations[state].id}`).expect(200);
        const allowed = NOMINATION_TRANSITIONS.filter((tr) => tr.from === state && tr.roles.includes(ROLE_OF[caller])).map(
          (tr) => tr.action,
        );
        expect([state, caller, view.body.allowedActions]).toEqual([state, caller, allowed]);
      }
    }
  });

  it('lets a withdrawn nomination be made again, and frees its nominee', async () => {
    const withdrawn = await t.staff.get(`/api/v1/nominations/${nominations.withdrawn.id}`).expect(200);
    const again = await callers.proposer
      .post('/api/v1/nominations')
      .send(ownProposal(c3, 'sonLa', withdrawn.body.awardType.id, { ...withdrawn.body.nominee.person, position: null, id: undefined }))
      .expect(201);
    expect(again.body.nominee.person.id).toBe(withdrawn.body.nominee.person.id);
  });
});
