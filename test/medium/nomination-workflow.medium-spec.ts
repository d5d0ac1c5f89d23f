import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DossiersService } from '../../src/nominations/dossiers/dossiers.service.js';
import { NominationWorkflowService } from '../../src/nominations/nominations/nomination-workflow.service.js';
import { NominationsService } from '../../src/nominations/nominations/nominations.service.js';
import { ReviewsService } from '../../src/nominations/reviews/reviews.service.js';
import type { Actor } from '../../src/platform/request-context/request-context.js';
import { Clock } from '../../src/platform/time/clock.js';
import { seedAwardCatalog } from '../../seeds/reference/award-catalog.js';
import { pdfFile } from '../helpers/dossier-files.js';
import { givenActor, type Services, startServices } from '../helpers/medium.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';

const TITLE_DOSSIER = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet'] as const;

/**
 * A nomination's way from the unit to the council, told through the services alone: Sơn La's officer submits a
 * colleague for VUSTA's certificate of merit on 05/08/2025, the staff return the dossier for a missing document,
 * the unit resubmits, and the staff forward it to the council. Each refusal leaves the nomination where it was.
 */
describe('the nomination workflow, service by service on PostgreSQL', () => {
  let services: Services;
  let c3: Cluster3;
  let awardTypeId: string;
  let officer: Actor;
  let otherUnit: Actor;
  let staff: Actor;
  let nominations: NominationsService;
  let workflow: NominationWorkflowService;
  let reviews: ReviewsService;
  let dossiers: DossiersService;
  let id: string;

  beforeAll(async () => {
    services = await startServices();
    c3 = await givenCluster3In2023(services.dataSource);
    const awards = new Map(await services.dataSource.transaction((tx) => seedAwardCatalog(tx)));
    awardTypeId = awards.get('LHHVN_BANG_KHEN') as string;
    officer = await givenActor(services, { username: 'sonla.canbo', roles: ['unit_officer'], organizationId: c3.units.sonLa });
    otherUnit = await givenActor(services, { username: 'dienbien.canbo', roles: ['unit_officer'], organizationId: c3.units.dienBien });
    staff = await givenActor(services, { username: 'vusta.canbo', roles: ['national_staff'] });
    jest.spyOn(services.app.get(Clock), 'now').mockReturnValue(new Date('2025-08-05T09:00:00+07:00'));
    nominations = services.app.get(NominationsService);
    workflow = services.app.get(NominationWorkflowService);
    reviews = services.app.get(ReviewsService);
    dossiers = services.app.get(DossiersService);
    const draft = await nominations.create(officer, {
      awardTypeId,
      year: 2025,
      nominee: { organizationId: c3.units.sonLa, person: { fullName: 'Lò Văn Hùng', gender: 'male', birthYear: 1978 } },
      proposingOrganizationId: c3.units.sonLa,
      clusterId: c3.cluster,
    });
    id = draft.id;
  });
  afterAll(async () => {
    await services.close();
  });

  const stateOf = async () => (await nominations.get(staff, id)).state;

  it('refuses to submit a dossier that lacks its documents, and the draft stays a draft', async () => {
    await expect(workflow.transition(officer, id, { action: 'submit' })).rejects.toMatchObject({ code: 'NOMINATION.NOT_ELIGIBLE' });
    expect(await stateOf()).toBe('draft');
  });

  it('lets only the proposing unit submit', async () => {
    for (const kind of TITLE_DOSSIER) {
      await dossiers.upload(officer, id, { kind }, { originalname: `${kind}.pdf`, size: pdfFile().length, buffer: pdfFile() });
    }
    await expect(workflow.transition(otherUnit, id, { action: 'submit' })).rejects.toMatchObject({ kind: 'not_found' });
    expect(await stateOf()).toBe('draft');
  });

  it('submits on the day of the clock, under the rule set in force that day', async () => {
    const submitted = await workflow.transition(officer, id, { action: 'submit' });
    expect(submitted).toMatchObject({ state: 'submitted', submittedOn: '2025-08-05', legalBasis: { code: 'ND-152-2025' } });
    // Submitted, the dossier is the staff's to check: the unit can do nothing with it until it comes back.
    expect(submitted.allowedActions).toEqual([]);
    expect((await nominations.get(staff, id)).allowedActions).toEqual(['return', 'forward_to_council']);
  });

  it('refuses a return without reasons, and a resubmission before the return', async () => {
    await expect(reviews.review(staff, id, { outcome: 'return' })).rejects.toMatchObject({ code: 'REVIEW.REFUSED' });
    await expect(workflow.transition(officer, id, { action: 'resubmit' })).rejects.toMatchObject({ code: 'NOMINATION.WRONG_STATE' });
    expect(await stateOf()).toBe('submitted');
  });

  it('returns the dossier with the staff’s reasons, which the unit reads in the history', async () => {
    const returned = await reviews.review(staff, id, { outcome: 'return', missingDocuments: ['Biên bản kiểm phiếu'] });
    expect(returned.state).toBe('returned');
    const history = await nominations.history(officer, id, { page: 1, pageSize: 20, sort: 'occurredAt' });
    expect(history.items.map((entry) => [entry.action, entry.fromState, entry.toState, entry.actor.username])).toEqual([
      ['submit', 'draft', 'submitted', 'sonla.canbo'],
      ['return', 'submitted', 'returned', 'vusta.canbo'],
    ]);
    expect(history.items[1].comment).toContain('Biên bản kiểm phiếu');
  });

  it('lets the unit resubmit, and not the staff in its place', async () => {
    await expect(workflow.transition(staff, id, { action: 'resubmit' })).rejects.toMatchObject({ code: 'NOMINATION.WRONG_ROLE' });
    expect((await workflow.transition(officer, id, { action: 'resubmit' })).state).toBe('resubmitted');
  });

  it('forwards the checked dossier to the council', async () => {
    await expect(reviews.review(officer, id, { outcome: 'forward_to_council' })).rejects.toMatchObject({ code: 'NOMINATION.WRONG_ROLE' });
    const forwarded = await reviews.review(staff, id, { outcome: 'forward_to_council', reasons: 'Hồ sơ đầy đủ.' });
    expect(forwarded.state).toBe('in_council');
    const history = await nominations.history(staff, id, { page: 1, pageSize: 20, sort: 'occurredAt' });
    expect(history.items.map((entry) => entry.toState)).toEqual(['submitted', 'returned', 'resubmitted', 'in_council']);
  });
});
