import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response, Test } from 'supertest';
import { givenSignedInUser, signIn, type SignedInUser, TEST_PASSWORD } from '../helpers/auth.js';
import { cluster3Delegates, GUESTS_2023, workingMeeting2023 } from '../helpers/meeting-factories.js';
import { pdfFile } from '../helpers/dossier-files.js';
import { CLUSTER_3_CRITERIA_2023 } from '../../seeds/demo/emulation.js';
import {
  criteriaWorkbook,
  criterionIds,
  emulation2023,
  givenCluster3Criteria,
  selfScoresOf,
  workbookOf,
} from '../helpers/emulation-factories.js';
import { as as callerAs, givenAwardCatalog, givenDossier, ownProposal, transition } from '../helpers/nomination-factories.js';
import { type Cluster3, givenCluster3In2023, givenProvincialUnion } from '../helpers/registry-factories.js';
import { registeredRoutes } from '../helpers/routes.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Every route, called as every kind of caller, with one exact outcome expected for each: "allowed"
 * (past access control: a success, or a validation or state error, never a 404), "hidden" (404: the
 * record is not shown to this caller, or the row calls the route on a record that does not exist),
 * "denied" (401 or 403). Any 5xx fails the row. Bodies are valid where the service decides access
 * from data (terms), so that only access decides.
 */
const ACTORS = ['anonymous', 'memberOfficer', 'otherChairOfficer', 'chairOfficer', 'staff', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];

const SIGNED_IN: ActorName[] = ['memberOfficer', 'otherChairOfficer', 'chairOfficer', 'staff', 'admin'];
const STAFF: ActorName[] = ['staff', 'admin'];
const EVERYONE: ActorName[] = [...ACTORS];

interface World {
  t: TestApp;
  c3: Cluster3;
  users: Record<Exclude<ActorName, 'anonymous'>, SignedInUser>;
}

type Outcome = 'allowed' | 'hidden' | 'denied';

interface Case {
  route: string;
  allowed: ActorName[];
  /** Callers among `allowed` who get a 404: the record is hidden from them, or does not exist. */
  hidden?: ActorName[];
  call: (world: World, actor: ActorName, as: (request: Test) => Test) => PromiseLike<Response>;
}

let unique = 0;
const next = () => ++unique;

const SECRETARIAT: ActorName[] = ['chairOfficer', 'staff', 'admin'];
/** Officers of units other than Điện Biên, from whom Điện Biên's nominations are hidden. */
const OTHER_UNITS: ActorName[] = ['otherChairOfficer', 'chairOfficer'];

/** A fresh draft of Cluster 3's 2023 conference (version 1), so that each caller acts on a meeting of its own. */
async function draftMeeting({ t, c3 }: World): Promise<string> {
  return (await t.staff.post('/api/v1/meetings').send(workingMeeting2023(c3)).expect(201)).body.id;
}

/** The same, finalized (version 2). */
async function finalizedMeeting(world: World): Promise<string> {
  const id = await draftMeeting(world);
  await world.t.staff.post(`/api/v1/meetings/${id}/finalize`).send({ version: 1 }).expect(200);
  return id;
}

let conference: string | undefined;

/** Cluster 3's 2023 conference with the 8 unions present and voting, shared by the vote rows. */
async function votingConference(world: World): Promise<string> {
  if (!conference) {
    conference = await draftMeeting(world);
    await world.t.staff
      .put(`/api/v1/meetings/${conference}/delegates`)
      .send({ delegates: cluster3Delegates(world.c3), version: 1 })
      .expect(200);
  }
  return conference;
}

const QUESTION = { subject: 'question', title: 'Thông qua biên bản', method: 'electronic' };

/** A fresh vote of the conference, so that each caller acts on a vote of its own: a draft, or opened. */
async function draftVote(world: World, body: object = QUESTION): Promise<string> {
  return (
    await world.t.staff
      .post(`/api/v1/meetings/${await votingConference(world)}/votes`)
      .send(body)
      .expect(201)
  ).body.id;
}

async function openVote(world: World, body: object = QUESTION): Promise<string> {
  const id = await draftVote(world, body);
  await world.t.staff.post(`/api/v1/votes/${id}/open`).expect(200);
  return id;
}

let catalog: Record<string, string> | undefined;

async function awardCatalog({ t }: World): Promise<Record<string, string>> {
  catalog ??= await givenAwardCatalog(t);
  return catalog;
}

/** A certificate of merit (Bằng khen) that Điện Biên's officer proposes for one of its people. */
async function dienBienProposal(world: World) {
  return ownProposal(world.c3, 'dienBien', (await awardCatalog(world)).LHHVN_BANG_KHEN, {
    fullName: `Cán bộ số ${next()}`,
    gender: 'female',
    birthYear: 1980,
  });
}

const dossiers: Partial<Record<'draft' | 'submitted', { id: string; attachmentId: string }>> = {};

/**
 * Điện Biên's nomination with its dossier, as a draft or submitted, shared by the nomination rows.
 * The rows that change a nomination call it in a state that refuses the change to everyone who may see
 * it (409), so that only the route's access decides here; who may do what in which state is the
 * subject of nomination-transitions.e2e-spec.ts.
 */
async function dienBienNomination(world: World, state: 'draft' | 'submitted'): Promise<{ id: string; attachmentId: string }> {
  const existing = dossiers[state];
  if (existing) return existing;
  const officer = callerAs(world.t, world.users.memberOfficer);
  const { id } = (
    await officer
      .post('/api/v1/nominations')
      .send(await dienBienProposal(world))
      .expect(201)
  ).body;
  await givenDossier(officer, id);
  const [attachment] = (await officer.get(`/api/v1/nominations/${id}/attachments`).expect(200)).body.items;
  if (state === 'submitted') await transition(officer, id, 'submit').expect(200);
  return (dossiers[state] = { id, attachmentId: attachment.id });
}

let proposal: string | undefined;

/** A flag proposal of Cluster 3 for 2023 (Sơn La chairs), from a paper vote of the shared conference. */
async function flagProposal(world: World): Promise<string> {
  if (!proposal) {
    const { t, c3 } = world;
    const vote = await draftVote(world, {
      subject: 'flag_proposal',
      title: 'Suy tôn Cờ thi đua năm 2023',
      method: 'paper',
      countingCommittee: ['Ban kiểm phiếu'],
    });
    await t.staff.post(`/api/v1/votes/${vote}/open`).expect(200);
    const chosen = [c3.units.sonLa, c3.units.hoaBinh];
    const votes = Object.values(c3.units).map((candidateId) => ({ candidateId, votes: chosen.includes(candidateId) ? 8 : 0 }));
    await t.staff
      .put(`/api/v1/votes/${vote}/paper-totals`)
      .send({ countingCommittee: ['Ban kiểm phiếu'], ballotsIssued: 8, ballotsCollected: 8, ballotsValid: 8, ballotsInvalid: 0, votes })
      .expect(200);
    await t.staff.post(`/api/v1/votes/${vote}/close`).expect(200);
    proposal = (await t.staff.get(`/api/v1/flag-proposals?clusterId=${c3.cluster}&year=2023`).expect(200)).body.items[0].id as string;
  }
  return proposal;
}

/** Cluster 3's 2023 emulation records, under `/api/v1/emulation`. */
const em = ({ c3 }: World, rest = '') => emulation2023(c3, rest);
const staffPut = ({ t }: World, path: string) => t.staff.put(path);

let movement: { id: string; documentId: string } | undefined;

/** A movement of Cluster 3 launched for 2023 by national staff, with one document. */
async function clusterMovement(world: World): Promise<{ id: string; documentId: string }> {
  if (!movement) {
    const { t, c3 } = world;
    const created = await t.staff
      .post('/api/v1/emulation/movements')
      .send({
        clusterId: c3.cluster,
        kind: 'regular',
        title: 'Phong trào thi đua năm 2023',
        startYear: 2023,
        contentAreas: ['Tư vấn, phản biện'],
      })
      .expect(201);
    const document = await t.staff
      .post(`/api/v1/emulation/movements/${created.body.id}/documents`)
      .field('title', 'Kế hoạch phát động')
      .attach('file', pdfFile(), 'Kế hoạch.pdf')
      .expect(201);
    movement = { id: created.body.id, documentId: document.body.id };
  }
  return movement;
}

let emulationYear: Promise<void> | undefined;

/** The pact, Điện Biên's registration and the criteria of Cluster 3's 2023, recorded by national staff. */
function givenEmulationYear(world: World): Promise<void> {
  emulationYear ??= (async () => {
    await staffPut(world, em(world, '/pact')).send({ title: 'Giao ước thi đua năm 2023', content: 'Nội dung giao ước.' }).expect(200);
    await staffPut(world, em(world, `/registrations/${world.c3.units.dienBien}`))
      .send({ targets: [{ contentArea: 'Tư vấn', target: '3 hoạt động' }], titles: [] })
      .expect(200);
    await givenCluster3Criteria(world.t.staff, world.c3);
  })();
  return emulationYear;
}

let evidence: string | undefined;

/** A file of evidence of Điện Biên's self-score, uploaded by its officer. */
async function dienBienEvidence(world: World): Promise<string> {
  if (!evidence) {
    const ids = await criterionIds(world.t.staff, world.c3);
    evidence = (
      await world.t.http
        .post(em(world, `/scores/${world.c3.units.dienBien}/evidence`))
        .set('authorization', world.users.memberOfficer.bearer)
        .field('criterionId', ids['1.1'])
        .attach('file', pdfFile(), 'Minh chứng.pdf')
        .expect(201)
    ).body.id as string;
  }
  return evidence;
}

const DIEN_BIEN: ActorName[] = ['memberOfficer', ...SECRETARIAT];

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const CASES: Case[] = [
  { route: 'GET /health', allowed: EVERYONE, call: ({ t }, _a, as) => as(t.http.get('/health')) },
  {
    route: 'POST /api/v1/auth/login',
    allowed: EVERYONE,
    call: ({ t }, _a, as) => as(t.http.post('/api/v1/auth/login').send({ username: 'matrix.login', password: TEST_PASSWORD })),
  },
  {
    route: 'POST /api/v1/auth/logout',
    allowed: SIGNED_IN,
    // A second sign-in of the same user, so that logging it out leaves the matrix's own session alive.
    call: async ({ t, users }, actor, as) => {
      if (actor === 'anonymous') return as(t.http.post('/api/v1/auth/logout'));
      const spare = await signIn(t, users[actor].username);
      return t.http.post('/api/v1/auth/logout').set('authorization', spare.bearer);
    },
  },
  { route: 'GET /api/v1/auth/me', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/auth/me')) },
  {
    route: 'POST /api/v1/auth/refresh',
    allowed: EVERYONE,
    // A refresh token of a sign-in of its own: each one works once.
    call: async ({ t }, _a, as) => {
      const login = await t.http.post('/api/v1/auth/login').send({ username: 'matrix.login', password: TEST_PASSWORD });
      return as(t.http.post('/api/v1/auth/refresh')).send({ refreshToken: login.body.refreshToken });
    },
  },
  {
    route: 'POST /api/v1/users',
    allowed: ['admin'],
    call: ({ t }, _a, as) =>
      as(t.http.post('/api/v1/users')).send({
        username: `matrix.user${next()}`,
        displayName: 'x',
        roles: ['national_staff'],
        password: TEST_PASSWORD,
      }),
  },
  { route: 'GET /api/v1/users', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.get('/api/v1/users')) },
  {
    route: 'POST /api/v1/users/me/password',
    allowed: SIGNED_IN,
    call: ({ t }, _a, as) =>
      as(t.http.post('/api/v1/users/me/password')).send({ currentPassword: 'sai-mat-khau-1', newPassword: 'Mat-khau-moi-2025' }),
  },
  { route: 'GET /api/v1/users/:id', allowed: STAFF, call: ({ t, users }, _a, as) => as(t.http.get(`/api/v1/users/${users.staff.id}`)) },
  {
    route: 'PATCH /api/v1/users/:id',
    allowed: ['admin'],
    call: ({ t, users }, _a, as) => as(t.http.patch(`/api/v1/users/${users.memberOfficer.id}`)).send({ displayName: 'x', version: 999 }),
  },
  {
    route: 'POST /api/v1/users/:id/unlock',
    allowed: ['admin'],
    call: ({ t, users }, _a, as) => as(t.http.post(`/api/v1/users/${users.memberOfficer.id}/unlock`)),
  },
  { route: 'GET /api/v1/audit', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/audit')) },
  { route: 'GET /api/v1/organizations', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/organizations')) },
  { route: 'POST /api/v1/organizations', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/organizations')).send({}) },
  {
    route: 'POST /api/v1/organizations/mergers',
    allowed: STAFF,
    call: ({ t }, _a, as) => as(t.http.post('/api/v1/organizations/mergers')).send({}),
  },
  {
    route: 'GET /api/v1/organizations/:id',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/organizations/${c3.units.dienBien}`)),
  },
  {
    route: 'PATCH /api/v1/organizations/:id',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.patch(`/api/v1/organizations/${c3.units.dienBien}`)).send({ version: 999 }),
  },
  {
    route: 'POST /api/v1/organizations/:id/names',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.post(`/api/v1/organizations/${c3.units.dienBien}/names`)).send({}),
  },
  {
    route: 'GET /api/v1/organizations/:id/lineage',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/organizations/${c3.units.dienBien}/lineage`)),
  },
  {
    route: 'GET /api/v1/organizations/:id/history',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/organizations/${c3.units.dienBien}/history`)),
  },
  { route: 'GET /api/v1/clusters', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/clusters')) },
  { route: 'POST /api/v1/clusters', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/clusters')).send({}) },
  { route: 'GET /api/v1/clusters/:id', allowed: SIGNED_IN, call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}`)) },
  {
    route: 'PATCH /api/v1/clusters/:id',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.patch(`/api/v1/clusters/${c3.cluster}`)).send({ version: 999 }),
  },
  {
    route: 'PUT /api/v1/clusters/:id/supervisors/:year',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.put(`/api/v1/clusters/${c3.cluster}/supervisors/2023`)).send({}),
  },
  {
    route: 'GET /api/v1/clusters/:id/supervisors',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}/supervisors`)),
  },
  {
    route: 'GET /api/v1/clusters/:id/members',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}/members?year=2023`)),
  },
  {
    route: 'POST /api/v1/clusters/:id/members',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.post(`/api/v1/clusters/${c3.cluster}/members`)).send({}),
  },
  {
    route: 'POST /api/v1/clusters/:id/members/:organizationId/end',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.post(`/api/v1/clusters/${c3.cluster}/members/${c3.units.dienBien}/end`)).send({}),
  },
  { route: 'GET /api/v1/award-types', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/award-types')) },
  { route: 'POST /api/v1/award-types', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/award-types')).send({}) },
  {
    route: 'GET /api/v1/award-types/:id',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/award-types/${(await awardCatalog(world)).LHHVN_BANG_KHEN}`)),
  },
  {
    route: 'PATCH /api/v1/award-types/:id',
    allowed: STAFF,
    call: async (world, _a, as) =>
      as(world.t.http.patch(`/api/v1/award-types/${(await awardCatalog(world)).LHHVN_BANG_KHEN}`)).send({ version: 999 }),
  },
  {
    route: 'GET /api/v1/award-types/:id/rule-sets',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/award-types/${(await awardCatalog(world)).LHHVN_BANG_KHEN}/rule-sets`)),
  },
  {
    route: 'POST /api/v1/award-types/:id/rule-sets',
    allowed: STAFF,
    call: async (world, _a, as) =>
      as(world.t.http.post(`/api/v1/award-types/${(await awardCatalog(world)).LHHVN_BANG_KHEN}/rule-sets`)).send({}),
  },
  {
    // A unit proposes in its own name only; national staff for any unit.
    route: 'POST /api/v1/nominations',
    allowed: ['memberOfficer', 'staff', 'admin'],
    call: async (world, _a, as) => as(world.t.http.post('/api/v1/nominations')).send(await dienBienProposal(world)),
  },
  { route: 'GET /api/v1/nominations', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/nominations')) },
  {
    route: 'GET /api/v1/nominations/:id',
    allowed: SIGNED_IN,
    hidden: OTHER_UNITS,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/nominations/${(await dienBienNomination(world, 'draft')).id}`)),
  },
  {
    route: 'PATCH /api/v1/nominations/:id',
    allowed: SIGNED_IN,
    hidden: OTHER_UNITS,
    call: async (world, _a, as) =>
      as(world.t.http.patch(`/api/v1/nominations/${(await dienBienNomination(world, 'submitted')).id}`)).send({
        reportText: 'x',
        version: 2,
      }),
  },
  {
    route: 'POST /api/v1/nominations/:id/transitions',
    allowed: SIGNED_IN,
    hidden: OTHER_UNITS,
    call: async (world, _a, as) =>
      as(world.t.http.post(`/api/v1/nominations/${(await dienBienNomination(world, 'draft')).id}/transitions`)).send({ action: 'approve' }),
  },
  {
    route: 'GET /api/v1/nominations/:id/history',
    allowed: SIGNED_IN,
    hidden: OTHER_UNITS,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/nominations/${(await dienBienNomination(world, 'submitted')).id}/history`)),
  },
  {
    route: 'GET /api/v1/nominations/:id/eligibility',
    allowed: SIGNED_IN,
    hidden: OTHER_UNITS,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/nominations/${(await dienBienNomination(world, 'draft')).id}/eligibility`)),
  },
  {
    route: 'POST /api/v1/nominations/:id/attachments',
    allowed: SIGNED_IN,
    hidden: OTHER_UNITS,
    call: async (world, _a, as) =>
      as(world.t.http.post(`/api/v1/nominations/${(await dienBienNomination(world, 'submitted')).id}/attachments`))
        .field('kind', 'other')
        .attach('file', pdfFile(), 'Phụ lục.pdf'),
  },
  {
    route: 'GET /api/v1/nominations/:id/attachments',
    allowed: SIGNED_IN,
    hidden: OTHER_UNITS,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/nominations/${(await dienBienNomination(world, 'draft')).id}/attachments`)),
  },
  {
    route: 'GET /api/v1/attachments/:id/content',
    allowed: SIGNED_IN,
    hidden: OTHER_UNITS,
    call: async (world, _a, as) =>
      as(world.t.http.get(`/api/v1/attachments/${(await dienBienNomination(world, 'draft')).attachmentId}/content`)),
  },
  {
    route: 'DELETE /api/v1/attachments/:id',
    allowed: SIGNED_IN,
    hidden: OTHER_UNITS,
    call: async (world, _a, as) =>
      as(world.t.http.delete(`/api/v1/attachments/${(await dienBienNomination(world, 'submitted')).attachmentId}`)),
  },
  { route: 'POST /api/v1/proceedings', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/proceedings')).send({}) },
  { route: 'GET /api/v1/proceedings', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.get('/api/v1/proceedings')) },
  {
    route: 'PATCH /api/v1/proceedings/:id',
    allowed: STAFF,
    hidden: STAFF,
    call: ({ t }, _a, as) => as(t.http.patch('/api/v1/proceedings/00000000-0000-4000-8000-000000000000')).send({ version: 1 }),
  },
  { route: 'POST /api/v1/award-register', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/award-register')).send({}) },
  { route: 'GET /api/v1/award-register', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/award-register')) },
  {
    route: 'POST /api/v1/award-register/imports',
    allowed: STAFF,
    call: ({ t }, _a, as) => as(t.http.post('/api/v1/award-register/imports')),
  },
  {
    route: 'GET /api/v1/organizations/:id/awards',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/organizations/${c3.units.dienBien}/awards`)),
  },
  {
    route: 'GET /api/v1/nominations/export',
    allowed: SIGNED_IN,
    call: ({ t }, _a, as) => as(t.http.get('/api/v1/nominations/export?format=csv')),
  },
  { route: 'GET /api/v1/reviews', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.get('/api/v1/reviews')) },
  {
    route: 'POST /api/v1/nominations/:id/review',
    allowed: STAFF,
    call: async (world, _a, as) =>
      as(world.t.http.post(`/api/v1/nominations/${(await dienBienNomination(world, 'draft')).id}/review`)).send({
        outcome: 'return',
        reasons: 'x',
      }),
  },
  { route: 'GET /api/v1/council-members', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/council-members')) },
  { route: 'POST /api/v1/council-members', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/council-members')).send({}) },
  {
    route: 'PATCH /api/v1/council-members/:id',
    allowed: STAFF,
    hidden: STAFF,
    call: ({ t }, _a, as) => as(t.http.patch(`/api/v1/council-members/${UNKNOWN}`)).send({ version: 1 }),
  },
  {
    route: 'POST /api/v1/nominations/:id/council-vote',
    allowed: STAFF,
    call: async (world, _a, as) =>
      as(world.t.http.post(`/api/v1/nominations/${(await dienBienNomination(world, 'draft')).id}/council-vote`)).send({
        heldOn: '2024-02-20',
        ballots: [{ memberId: UNKNOWN, choice: 'for', recordedAs: 'at_meeting' }],
      }),
  },
  {
    route: 'GET /api/v1/nominations/:id/council-vote',
    allowed: STAFF,
    hidden: STAFF,
    call: async (world, _a, as) =>
      as(world.t.http.get(`/api/v1/nominations/${(await dienBienNomination(world, 'draft')).id}/council-vote`)),
  },
  { route: 'POST /api/v1/award-decisions', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/award-decisions')).send({}) },
  { route: 'GET /api/v1/award-decisions', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/award-decisions')) },
  {
    route: 'GET /api/v1/award-decisions/:id',
    allowed: SIGNED_IN,
    hidden: SIGNED_IN,
    call: ({ t }, _a, as) => as(t.http.get(`/api/v1/award-decisions/${UNKNOWN}`)),
  },
  {
    route: 'GET /api/v1/award-decisions/:id/export',
    allowed: SIGNED_IN,
    hidden: SIGNED_IN,
    call: ({ t }, _a, as) => as(t.http.get(`/api/v1/award-decisions/${UNKNOWN}/export`)),
  },
  // The meeting rows come before the term rows: closing the 2023 term (below) locks 2023's meetings to the chair's officer.
  {
    route: 'POST /api/v1/meetings',
    allowed: SECRETARIAT,
    call: ({ t, c3 }, _a, as) => as(t.http.post('/api/v1/meetings')).send(workingMeeting2023(c3)),
  },
  { route: 'GET /api/v1/meetings', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/meetings')) },
  {
    route: 'GET /api/v1/meetings/:id',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/meetings/${await draftMeeting(world)}`)),
  },
  {
    route: 'GET /api/v1/meetings/:id/delegates',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/meetings/${await draftMeeting(world)}/delegates`)),
  },
  {
    route: 'PATCH /api/v1/meetings/:id',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.patch(`/api/v1/meetings/${await draftMeeting(world)}`)).send({ place: 'Sơn La', version: 1 }),
  },
  {
    route: 'PUT /api/v1/meetings/:id/delegates',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.put(`/api/v1/meetings/${await draftMeeting(world)}/delegates`)).send({
        delegates: cluster3Delegates(world.c3),
        version: 1,
      }),
  },
  {
    route: 'PUT /api/v1/meetings/:id/guests',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.put(`/api/v1/meetings/${await draftMeeting(world)}/guests`)).send({ guests: GUESTS_2023, version: 1 }),
  },
  {
    route: 'PUT /api/v1/meetings/:id/speakers',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.put(`/api/v1/meetings/${await draftMeeting(world)}/speakers`)).send({
        speakers: [{ body: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam' }],
        version: 1,
      }),
  },
  {
    route: 'POST /api/v1/meetings/:id/finalize',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => as(world.t.http.post(`/api/v1/meetings/${await draftMeeting(world)}/finalize`)).send({ version: 1 }),
  },
  {
    route: 'POST /api/v1/meetings/:id/amendments',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.post(`/api/v1/meetings/${await finalizedMeeting(world)}/amendments`)).send({
        field: 'place',
        after: 'Hội trường Tỉnh ủy Sơn La',
        reason: 'Ghi địa điểm cụ thể.',
        version: 2,
      }),
  },
  {
    route: 'GET /api/v1/vote-rule-sets',
    allowed: SIGNED_IN,
    call: ({ t }, _a, as) => as(t.http.get('/api/v1/vote-rule-sets')),
  },
  { route: 'POST /api/v1/vote-rule-sets', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/vote-rule-sets')).send({}) },
  {
    route: 'POST /api/v1/meetings/:id/votes',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => as(world.t.http.post(`/api/v1/meetings/${await votingConference(world)}/votes`)).send(QUESTION),
  },
  {
    route: 'GET /api/v1/meetings/:id/votes',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/meetings/${await votingConference(world)}/votes`)),
  },
  {
    route: 'GET /api/v1/votes/:id',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/votes/${await draftVote(world)}`)),
  },
  {
    route: 'GET /api/v1/votes/:id/result',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/votes/${await openVote(world)}/result`)),
  },
  {
    route: 'POST /api/v1/votes/:id/open',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => as(world.t.http.post(`/api/v1/votes/${await draftVote(world)}/open`)),
  },
  {
    route: 'POST /api/v1/votes/:id/close',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => as(world.t.http.post(`/api/v1/votes/${await openVote(world)}/close`)),
  },
  {
    route: 'POST /api/v1/votes/:id/cancel',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => as(world.t.http.post(`/api/v1/votes/${await draftVote(world)}/cancel`)),
  },
  {
    route: 'POST /api/v1/votes/:id/next-round',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => as(world.t.http.post(`/api/v1/votes/${await openVote(world)}/next-round`)),
  },
  {
    // Only units present with their voting delegate vote; national staff and outsiders do not.
    route: 'POST /api/v1/votes/:id/ballots',
    allowed: ['memberOfficer', 'chairOfficer'],
    call: async (world, _a, as) => as(world.t.http.post(`/api/v1/votes/${await openVote(world)}/ballots`)).send({ answer: 'yes' }),
  },
  {
    route: 'POST /api/v1/ballots',
    allowed: EVERYONE,
    call: ({ t }, _a, as) => as(t.http.post('/api/v1/ballots')).send({ code: 'ngắn', answer: 'yes' }),
  },
  {
    route: 'GET /api/v1/votes/:id/receipts',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/votes/${await openVote(world)}/receipts`)),
  },
  {
    // A delegate checks their receipt without an account.
    route: 'GET /api/v1/votes/:id/receipts/:receipt',
    allowed: EVERYONE,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/votes/${await openVote(world)}/receipts/0123456789`)),
  },
  {
    route: 'POST /api/v1/votes/:id/ballot-codes',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => as(world.t.http.post(`/api/v1/votes/${await draftVote(world)}/ballot-codes`)),
  },
  {
    route: 'PUT /api/v1/votes/:id/paper-totals',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.put(`/api/v1/votes/${await openVote(world, { ...QUESTION, method: 'paper' })}/paper-totals`)).send({
        countingCommittee: ['Ban kiểm phiếu'],
        ballotsIssued: 8,
        ballotsCollected: 8,
        ballotsValid: 8,
        ballotsInvalid: 0,
        answers: { yes: 8, no: 0, abstain: 0 },
      }),
  },
  {
    route: 'PUT /api/v1/votes/:id/declared-result',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.put(`/api/v1/votes/${await openVote(world, { ...QUESTION, method: 'paper' })}/declared-result`)).send({
        form: 'unanimous',
        approved: true,
      }),
  },
  {
    route: 'POST /api/v1/votes/:id/fallback-decision',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.post(`/api/v1/votes/${await draftVote(world)}/fallback-decision`)).send({ organizationIds: [] }),
  },
  {
    route: 'GET /api/v1/meetings/:id/resolutions',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/meetings/${await votingConference(world)}/resolutions`)),
  },
  { route: 'GET /api/v1/flag-proposals', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/flag-proposals')) },
  {
    // The year's secretariat (Sơn La chairs 2023) or national staff; idempotent, so every allowed caller gets the same draft.
    route: 'POST /api/v1/flag-proposals/:id/nomination',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => as(world.t.http.post(`/api/v1/flag-proposals/${await flagProposal(world)}/nomination`)),
  },
  // The emulation year (issue 17): read by everyone signed in; changed by the year's secretariat, or by a unit for itself.
  { route: 'GET /api/v1/emulation/movements', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/emulation/movements')) },
  {
    route: 'POST /api/v1/emulation/movements',
    allowed: SECRETARIAT,
    call: ({ t, c3 }, _a, as) =>
      as(t.http.post('/api/v1/emulation/movements')).send({
        clusterId: c3.cluster,
        kind: 'themed',
        title: 'Phong trào thi đua chuyên đề',
        startYear: 2023,
        endYear: 2025,
        contentAreas: ['Phổ biến kiến thức'],
      }),
  },
  {
    route: 'GET /api/v1/emulation/movements/:id',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/emulation/movements/${(await clusterMovement(world)).id}`)),
  },
  {
    // The first allowed caller changes it (200); the next ones, sending the version it had, are told it changed (409).
    route: 'PATCH /api/v1/emulation/movements/:id',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.patch(`/api/v1/emulation/movements/${(await clusterMovement(world)).id}`)).send({
        version: 1,
        title: 'Phong trào năm 2023',
      }),
  },
  {
    route: 'POST /api/v1/emulation/movements/:id/documents',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.post(`/api/v1/emulation/movements/${(await clusterMovement(world)).id}/documents`))
        .field('title', 'Hướng dẫn')
        .attach('file', pdfFile(), 'Hướng dẫn.pdf'),
  },
  {
    route: 'GET /api/v1/emulation/movement-documents/:id/content',
    allowed: SIGNED_IN,
    call: async (world, _a, as) =>
      as(world.t.http.get(`/api/v1/emulation/movement-documents/${(await clusterMovement(world)).documentId}/content`)),
  },
  {
    route: 'GET /api/v1/emulation/clusters/:id/years/:year/pact',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      return as(world.t.http.get(em(world, '/pact')));
    },
  },
  {
    // The pact exists: an allowed caller sending no version is told to send it (409).
    route: 'PUT /api/v1/emulation/clusters/:id/years/:year/pact',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      return as(world.t.http.put(em(world, '/pact'))).send({ title: 'Giao ước', content: 'Nội dung.' });
    },
  },
  {
    route: 'POST /api/v1/emulation/clusters/:id/years/:year/pact/signatures',
    allowed: DIEN_BIEN,
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      return as(world.t.http.post(em(world, '/pact/signatures'))).send({
        organizationId: world.c3.units.dienBien,
        signatoryName: 'Lò Văn A',
        signatoryTitle: 'Chủ tịch LHH Điện Biên',
        signedOn: '2023-03-21',
      });
    },
  },
  {
    route: 'GET /api/v1/emulation/clusters/:id/years/:year/registrations',
    allowed: SIGNED_IN,
    call: (world, _a, as) => as(world.t.http.get(em(world, '/registrations'))),
  },
  {
    route: 'PUT /api/v1/emulation/clusters/:id/years/:year/registrations/deadline',
    allowed: SECRETARIAT,
    call: (world, _a, as) => as(world.t.http.put(em(world, '/registrations/deadline'))).send({ deadline: '2023-03-31' }),
  },
  {
    route: 'GET /api/v1/emulation/clusters/:id/years/:year/registrations/:organizationId',
    allowed: SIGNED_IN,
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      return as(world.t.http.get(em(world, `/registrations/${world.c3.units.dienBien}`)));
    },
  },
  {
    // Điện Biên has registered: an allowed caller sending no version is told to send it (409).
    route: 'PUT /api/v1/emulation/clusters/:id/years/:year/registrations/:organizationId',
    allowed: DIEN_BIEN,
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      return as(world.t.http.put(em(world, `/registrations/${world.c3.units.dienBien}`))).send({ targets: [], titles: [] });
    },
  },
  {
    route: 'GET /api/v1/emulation/clusters/:id/years/:year/criteria',
    allowed: SIGNED_IN,
    call: (world, _a, as) => as(world.t.http.get(em(world, '/criteria'))),
  },
  {
    route: 'PUT /api/v1/emulation/clusters/:id/years/:year/criteria',
    allowed: SECRETARIAT,
    call: (world, _a, as) => as(world.t.http.put(em(world, '/criteria'))).send({ items: CLUSTER_3_CRITERIA_2023 }),
  },
  {
    // No template yet: an allowed caller is told so (422).
    route: 'POST /api/v1/emulation/clusters/:id/years/:year/criteria/copy-template',
    allowed: SECRETARIAT,
    call: (world, _a, as) => as(world.t.http.post(em(world, '/criteria/copy-template'))),
  },
  {
    route: 'POST /api/v1/emulation/clusters/:id/years/:year/criteria/import',
    allowed: SECRETARIAT,
    call: async (world, _a, as) =>
      as(world.t.http.post(em(world, '/criteria/import'))).attach('file', await criteriaWorkbook(), 'tieu-chi.xlsx'),
  },
  {
    route: 'GET /api/v1/emulation/owners/:ownerId/criteria-templates/:year',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/emulation/owners/${c3.vusta}/criteria-templates/2023`)),
  },
  {
    route: 'PUT /api/v1/emulation/owners/:ownerId/criteria-templates/:year',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) =>
      as(t.http.put(`/api/v1/emulation/owners/${c3.vusta}/criteria-templates/2024`)).send({ items: CLUSTER_3_CRITERIA_2023 }),
  },
  {
    route: 'GET /api/v1/emulation/clusters/:id/years/:year/scores',
    allowed: SIGNED_IN,
    call: (world, _a, as) => as(world.t.http.get(em(world, '/scores'))),
  },
  {
    // A version the table never had: the secretariat is told it changed (409), so that the table stays open.
    route: 'PATCH /api/v1/emulation/clusters/:id/years/:year/scores',
    allowed: SECRETARIAT,
    call: (world, _a, as) => as(world.t.http.patch(em(world, '/scores'))).send({ version: 999, leaderCount: 2 }),
  },
  {
    route: 'PUT /api/v1/emulation/clusters/:id/years/:year/scores/cross-pairs',
    allowed: SECRETARIAT,
    call: (world, _a, as) => as(world.t.http.put(em(world, '/scores/cross-pairs'))).send({ pairs: [] }),
  },
  {
    route: 'POST /api/v1/emulation/clusters/:id/years/:year/scores/publish',
    allowed: SECRETARIAT,
    call: (world, _a, as) => as(world.t.http.post(em(world, '/scores/publish'))).send({ version: 999 }),
  },
  {
    // The table is open: the secretariat is told it cannot be fixed yet (409).
    route: 'POST /api/v1/emulation/clusters/:id/years/:year/scores/fix',
    allowed: SECRETARIAT,
    call: (world, _a, as) => as(world.t.http.post(em(world, '/scores/fix'))).send({ version: 999 }),
  },
  {
    route: 'GET /api/v1/emulation/clusters/:id/years/:year/scores/:organizationId',
    allowed: DIEN_BIEN,
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      return as(world.t.http.get(em(world, `/scores/${world.c3.units.dienBien}`)));
    },
  },
  {
    // Tự chấm: the unit itself, not the secretariat.
    route: 'PUT /api/v1/emulation/clusters/:id/years/:year/scores/:organizationId/self',
    allowed: ['memberOfficer'],
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      const body = selfScoresOf('dienBien', await criterionIds(world.t.staff, world.c3));
      return as(world.t.http.put(em(world, `/scores/${world.c3.units.dienBien}/self`))).send(body);
    },
  },
  {
    route: 'PUT /api/v1/emulation/clusters/:id/years/:year/scores/:organizationId/cross',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      const ids = await criterionIds(world.t.staff, world.c3);
      return as(world.t.http.put(em(world, `/scores/${world.c3.units.dienBien}/cross`))).send({
        scores: [{ criterionId: ids['1.1'], points: 5, reason: 'Thiếu minh chứng.' }],
      });
    },
  },
  {
    // Agreed scores wait for publication: the secretariat is told so (409).
    route: 'PUT /api/v1/emulation/clusters/:id/years/:year/scores/:organizationId/agreed',
    allowed: SECRETARIAT,
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      const ids = await criterionIds(world.t.staff, world.c3);
      return as(world.t.http.put(em(world, `/scores/${world.c3.units.dienBien}/agreed`))).send({
        scores: [{ criterionId: ids['1.1'], points: 6 }],
      });
    },
  },
  {
    route: 'GET /api/v1/emulation/clusters/:id/years/:year/scores/:organizationId/history',
    allowed: DIEN_BIEN,
    call: (world, _a, as) => as(world.t.http.get(em(world, `/scores/${world.c3.units.dienBien}/history`))),
  },
  {
    route: 'POST /api/v1/emulation/clusters/:id/years/:year/scores/:organizationId/evidence',
    allowed: ['memberOfficer'],
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      const ids = await criterionIds(world.t.staff, world.c3);
      return as(world.t.http.post(em(world, `/scores/${world.c3.units.dienBien}/evidence`)))
        .field('criterionId', ids['1.1'])
        .attach('file', pdfFile(), 'Minh chứng.pdf');
    },
  },
  {
    route: 'POST /api/v1/emulation/clusters/:id/years/:year/scores/:organizationId/import',
    allowed: ['memberOfficer'],
    call: async (world, _a, as) => {
      await givenEmulationYear(world);
      const file = await workbookOf([
        ['Mã tiêu chí', 'Nội dung tiêu chí', 'Điểm tự chấm', 'Giải trình'],
        ['1.1', '', 6, ''],
      ]);
      return as(world.t.http.post(em(world, `/scores/${world.c3.units.dienBien}/import`))).attach('file', file, 'tu-cham.xlsx');
    },
  },
  {
    route: 'GET /api/v1/emulation/evidence/:id/content',
    allowed: DIEN_BIEN,
    call: async (world, _a, as) => as(world.t.http.get(`/api/v1/emulation/evidence/${await dienBienEvidence(world)}/content`)),
  },
  {
    // A fresh file each time: its unit removes it (204); anyone else is refused.
    route: 'DELETE /api/v1/emulation/evidence/:id',
    allowed: ['memberOfficer'],
    call: async (world, _a, as) => {
      evidence = undefined;
      return as(world.t.http.delete(`/api/v1/emulation/evidence/${await dienBienEvidence(world)}`));
    },
  },
  {
    // Before publication only the secretariat sees the ranking.
    route: 'GET /api/v1/emulation/clusters/:id/years/:year/ranking',
    allowed: SECRETARIAT,
    call: (world, _a, as) => as(world.t.http.get(em(world, '/ranking'))),
  },
  {
    route: 'GET /api/v1/emulation/clusters/:id/years/:year/ranking.xlsx',
    allowed: SECRETARIAT,
    call: (world, _a, as) => as(world.t.http.get(em(world, '/ranking.xlsx'))),
  },
  // Reports are readable by every signed-in user; the report sections are written by the year's secretariat or national staff.
  {
    route: 'GET /api/v1/reports/clusters/:id/years/:year',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/reports/clusters/${c3.cluster}/years/2023`)),
  },
  {
    route: 'GET /api/v1/reports/clusters/:id/years/:year/documents/:document',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/reports/clusters/${c3.cluster}/years/2023/documents/summary-report`)),
  },
  {
    // The first allowed caller writes the sections (201); the next ones, sending no version, are told to send it (409).
    route: 'PUT /api/v1/reports/clusters/:id/years/:year/sections',
    allowed: SECRETARIAT,
    call: ({ t, c3 }, _a, as) =>
      as(t.http.put(`/api/v1/reports/clusters/${c3.cluster}/years/2023/sections`)).send({ achievements: 'Tư vấn, phản biện.' }),
  },
  {
    // As PUT: an allowed caller writes the sections (201), or is told to send the version read (409).
    route: 'PATCH /api/v1/reports/clusters/:id/years/:year/sections',
    allowed: SECRETARIAT,
    call: ({ t, c3 }, _a, as) =>
      as(t.http.patch(`/api/v1/reports/clusters/${c3.cluster}/years/2023/sections`)).send({ direction: 'Năm 2024…' }),
  },
  {
    route: 'GET /api/v1/reports/clusters/:id/years/:year/issuance',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/reports/clusters/${c3.cluster}/years/2023/issuance`)),
  },
  {
    // As the sections: an allowed caller records the issuer (201), or is told to send the version read (409).
    route: 'PUT /api/v1/reports/clusters/:id/years/:year/issuance/:scope',
    allowed: SECRETARIAT,
    call: ({ t, c3 }, _a, as) => as(t.http.put(`/api/v1/reports/clusters/${c3.cluster}/years/2023/issuance/year`)).send({ symbol: 'LHH' }),
  },
  {
    route: 'PATCH /api/v1/reports/clusters/:id/years/:year/issuance/:scope',
    allowed: SECRETARIAT,
    call: ({ t, c3 }, _a, as) => as(t.http.patch(`/api/v1/reports/clusters/${c3.cluster}/years/2023/issuance/minutes`)).send({ number: 7 }),
  },
  { route: 'GET /api/v1/reports/years/:year', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/reports/years/2023')) },
  {
    route: 'GET /api/v1/clusters/:id/terms',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}/terms`)),
  },
  {
    route: 'GET /api/v1/clusters/:id/terms/:year',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}/terms/2023`)),
  },
  {
    route: 'PUT /api/v1/clusters/:id/terms/:year',
    allowed: ['chairOfficer', 'staff', 'admin'],
    call: ({ t, c3 }, _a, as) =>
      as(t.http.put(`/api/v1/clusters/${c3.cluster}/terms/2024`)).send({
        chairId: c3.units.laoCai,
        viceChairId: c3.units.yenBai,
        decidedBy: 'election',
      }),
  },
  {
    route: 'GET /api/v1/clusters/:id/terms/:year/proposal',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}/terms/2024/proposal`)),
  },
  {
    route: 'POST /api/v1/clusters/:id/terms/:year/close',
    allowed: ['chairOfficer', 'staff', 'admin'],
    call: ({ t, c3 }, _a, as) => as(t.http.post(`/api/v1/clusters/${c3.cluster}/terms/2023/close`)),
  },
];

describe('authorization matrix: every route, as every kind of caller', () => {
  let world: World;

  beforeAll(async () => {
    const t = await startTestApp();
    const c3 = await givenCluster3In2023(t.dataSource);
    const quangNgai = await givenProvincialUnion(t.dataSource, 'LHH-QUANG-NGAI', 'Quảng Ngãi');
    const cluster6 = await t.staff
      .post('/api/v1/clusters')
      .send({ code: 'VUSTA-C6', number: 6, name: 'Cụm thi đua số 6', kind: 'cluster', ownerId: c3.vusta, rotationRule: 'elected' })
      .expect(201);
    await t.staff.post(`/api/v1/clusters/${cluster6.body.id}/members`).send({ organizationId: quangNgai, fromYear: 2023 }).expect(201);
    await t.staff.put(`/api/v1/clusters/${cluster6.body.id}/terms/2023`).send({ chairId: quangNgai, decidedBy: 'rotation' }).expect(201);
    await givenSignedInUser(t, { username: 'matrix.login', roles: ['national_staff'] });
    world = {
      t,
      c3,
      users: {
        memberOfficer: await givenSignedInUser(t, {
          username: 'dienbien.canbo',
          roles: ['unit_officer'],
          organizationId: c3.units.dienBien,
        }),
        otherChairOfficer: await givenSignedInUser(t, { username: 'quangngai.canbo', roles: ['unit_officer'], organizationId: quangNgai }),
        chairOfficer: await givenSignedInUser(t, { username: 'sonla.canbo', roles: ['unit_officer'], organizationId: c3.units.sonLa }),
        staff: await givenSignedInUser(t, { username: 'vusta.canbo', roles: ['national_staff'] }),
        admin: await givenSignedInUser(t, { username: 'quantri', roles: ['system_admin'] }),
      },
    };
  });
  afterAll(async () => {
    await world.t.close();
  });

  it('has a row for every API route Nest registered, and no row for a route that does not exist', () => {
    // Web pages have their own matrix: web-pages-authorization.e2e-spec.ts.
    const registered = registeredRoutes(world.t.app)
      .filter((r) => !r.page)
      .map((r) => `${r.method} ${r.path}`);
    expect(CASES.map((c) => c.route).sort()).toEqual([...registered].sort());
  });

  it.each(CASES.map((c) => [c.route, c] as const))('%s', async (_route, { allowed, hidden = [], call }) => {
    const outcome: Record<string, Outcome | number> = {};
    const expected: Record<string, Outcome> = {};
    for (const actor of ACTORS) {
      const as = (request: Test) => (actor === 'anonymous' ? request : request.set('authorization', world.users[actor].bearer));
      const response = await call(world, actor, as);
      outcome[actor] = outcomeOf(response.status);
      expected[actor] = !allowed.includes(actor) ? 'denied' : hidden.includes(actor) ? 'hidden' : 'allowed';
      if (outcome[actor] === 'denied') expect(response.body.title).toMatch(/đăng nhập|quyền|thư ký cụm/);
    }
    expect(outcome).toEqual(expected);
  });
});

/** The class of an answer; a 5xx is kept as its status, so that it fails whatever was expected. */
function outcomeOf(status: number): Outcome | number {
  if (status >= 500) return status;
  if (status === 401 || status === 403) return 'denied';
  if (status === 404) return 'hidden';
  return 'allowed';
}
