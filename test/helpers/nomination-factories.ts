import { jest } from '@jest/globals';
import type { Test } from 'supertest';
import { Clock } from '../../src/platform/time/clock.js';
import { givenSignedInUser, type SignedInUser } from './auth.js';
import { pdfFile } from './dossier-files.js';
import { castBallots, type Conference, givenOpenVote } from './meeting-factories.js';
import { givenReferenceAwardCatalog } from './reference-data.js';
import type { Cluster3, Cluster3Unit } from './registry-factories.js';
import type { TestApp } from './test-app.js';

/** The award catalog as production loads it (reference seed); award type ids by code. */
export function givenAwardCatalog(t: TestApp): Promise<Record<string, string>> {
  return givenReferenceAwardCatalog(t.dataSource);
}

/** Fixes "today" for the app (9 o'clock in Hà Nội on `date`): rule sets and windows depend on it. */
export function onDay(t: TestApp, date: string): void {
  jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(`${date}T09:00:00+07:00`));
}

export function as(t: TestApp, user: SignedInUser) {
  const authorize = (request: Test) => request.set('authorization', user.bearer);
  return {
    get: (path: string) => authorize(t.http.get(path)),
    post: (path: string) => authorize(t.http.post(path)),
    patch: (path: string) => authorize(t.http.patch(path)),
    delete: (path: string) => authorize(t.http.delete(path)),
  };
}

export type Caller = ReturnType<typeof as>;

/** An officer of a Cluster 3 union, signed in as `<unit>.canbo` (sonla.canbo, hoabinh.canbo…). */
export async function officerOf(t: TestApp, c3: Cluster3, unit: Cluster3Unit): Promise<Caller> {
  return as(
    t,
    await givenSignedInUser(t, { username: `${unit.toLowerCase()}.canbo`, roles: ['unit_officer'], organizationId: c3.units[unit] }),
  );
}

/** What a Cluster 3 union sends to propose itself, or one of its people, for an award in 2025. */
export function ownProposal(c3: Cluster3, unit: Cluster3Unit, awardTypeId: string, person?: Record<string, unknown>) {
  return {
    awardTypeId,
    year: 2025,
    nominee: { organizationId: c3.units[unit], ...(person && { person }) },
    proposingOrganizationId: c3.units[unit],
    clusterId: c3.cluster,
  };
}

/** The three parts of a title's dossier (Law Art. 84(1)) as the API names them. */
export const TITLE_DOSSIER = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet'] as const;

/** Uploads one file of the dossier (multipart, as a browser sends it). */
export function upload(caller: Caller, nominationId: string, kind: string, file: Buffer = pdfFile(), fileName = `${kind}.pdf`): Test {
  return caller.post(`/api/v1/nominations/${nominationId}/attachments`).field('kind', kind).attach('file', file, fileName);
}

/** Uploads a PDF for each kind, and checks that each was stored. */
export async function givenDossier(caller: Caller, nominationId: string, kinds: readonly string[] = TITLE_DOSSIER): Promise<void> {
  for (const kind of kinds) await upload(caller, nominationId, kind).expect(201);
}

export function transition(caller: Caller, nominationId: string, action: string, comment?: string): Test {
  return caller.post(`/api/v1/nominations/${nominationId}/transitions`).send(comment === undefined ? { action } : { action, comment });
}

/** Nomination tables whose content must not move when a request is refused. */
export const NOMINATION_TABLES = ['nominations', 'nomination_attachments', 'nomination_history', 'people', 'audit_events'];

/**
 * The flag vote of Cluster 3's conference of 27/11/2023, held in thidua and closed: 8 ballots that propose Sơn La
 * (8 votes) and Hòa Bình (6 votes), whose flag nominations the conference then makes. Returns the vote's id.
 */
export async function givenCluster3FlagVote(conference: Conference): Promise<string> {
  const { units } = conference.c3;
  const voteId = await givenOpenVote(conference, {
    subject: 'flag_proposal',
    title: 'Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm 2023',
    method: 'electronic',
  });
  await castBallots(conference, voteId, [
    ['sonLa', { choices: [units.sonLa, units.hoaBinh] }],
    ['dienBien', { choices: [units.sonLa, units.hoaBinh] }],
    ['laiChau', { choices: [units.sonLa, units.hoaBinh] }],
    ['laoCai', { choices: [units.sonLa, units.hoaBinh] }],
    ['yenBai', { choices: [units.sonLa, units.hoaBinh] }],
    ['vinhPhuc', { choices: [units.sonLa, units.phuTho] }],
    ['phuTho', { choices: [units.sonLa, units.laoCai] }],
    ['hoaBinh', { choices: [units.hoaBinh, units.yenBai] }],
  ]);
  await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
  return voteId;
}
