import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Conference, givenCluster3Conference } from '../helpers/meeting-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { asForm, type Csrf, csrfOf } from '../helpers/web-forms.js';

/** VUSTA's voting rules as the form posts them: from 1 June 2023, at least 2/3 of the members present must vote yes. */
function rulesForm(ownerId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ownerId,
    effectiveFrom: '2023-06-01',
    effectiveTo: '',
    'quorum.comparison': 'at_least',
    'quorum.numerator': '2',
    'quorum.denominator': '3',
    'threshold.comparison': 'at_least',
    'threshold.numerator': '2',
    'threshold.denominator': '3',
    'threshold.base': 'members_present',
    maxRounds: '1',
    fallback: 'places_left_empty',
    legalBasis: 'Quyết định số 12/QĐ-LHHVN (thử nghiệm)',
    note: '',
    ...overrides,
  };
}

/**
 * Issue 11: the voting rules of VUSTA's clusters (POST /api/v1/vote-rule-sets) can be dated from a page, so that a
 * fresh install needs no API call before its first conference; a vote set up afterwards cites them.
 */
describe('voting rules dated by staff from a page, then cited by the next vote', () => {
  let t: TestApp;
  let conference: Conference;
  let csrf: Csrf;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    csrf = await csrfOf(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the form again with the reason next to the field for a share that can never be reached', async () => {
    const refused = await asForm(
      t.staff.post('/vote-rule-sets'),
      csrf,
      rulesForm(conference.c3.vusta, { 'threshold.numerator': '4', 'threshold.denominator': '3' }),
    ).expect(422);
    expect(refused.text).toContain('id="f-threshold-numerator-error"');
    expect(refused.text).toContain('Tỉ lệ này không bao giờ đạt được (vượt quá 100%).');
    expect((await t.staff.get('/api/v1/vote-rule-sets').expect(200)).body.total).toBe(0);
  });

  it('adds the rules, lists them for every signed-in user, and the next vote is counted by them', async () => {
    await asForm(t.staff.post('/vote-rule-sets'), csrf, rulesForm(conference.c3.vusta)).expect(303).expect('location', '/vote-rule-sets');
    const list = await conference.officers.dienBien.get('/vote-rule-sets').expect(200);
    expect(list.text).toContain('ít nhất 2/3 số đơn vị thành viên có mặt');
    expect(list.text).toContain('Quyết định số 12/QĐ-LHHVN (thử nghiệm)');
    expect(list.text).not.toContain('href="/vote-rule-sets/new"');
    const vote = await conference.secretariat
      .post(`/api/v1/meetings/${conference.meetingId}/votes`)
      .send({ subject: 'question', title: 'Thông qua biên bản hội nghị', method: 'electronic' })
      .expect(201);
    expect(vote.body.rules).toMatchObject({ maxRounds: 1, threshold: { base: 'members_present' } });
    expect(vote.body.rulesBasis).toBe(
      'Quy tắc biểu quyết của đơn vị tổ chức thi đua áp dụng từ ngày 01/06/2023 (Quyết định số 12/QĐ-LHHVN (thử nghiệm)), có hiệu lực ngày 27/11/2023.',
    );
  });
});
