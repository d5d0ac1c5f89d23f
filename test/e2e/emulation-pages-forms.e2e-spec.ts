import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Test } from 'supertest';
import { givenSignedInUser, type SignedInUser } from '../helpers/auth.js';
import { pdfFile } from '../helpers/dossier-files.js';
import { workbookOf } from '../helpers/emulation-factories.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The emulation pages' forms as a browser without JavaScript sends them (urlencoded, or multipart with the CSRF token
 * in the address): errors next to their rows with what was typed kept, the decimal comma, the XLSX report row by row.
 */
describe('the emulation pages’ forms, posted without JavaScript', () => {
  let t: TestApp;
  let c3: Cluster3;
  let staff: SignedInUser;
  let csrf: { cookie: string; token: string };
  const page = (rest: string) => `/clusters/${c3.cluster}/years/2023/emulation${rest}`;
  const as = (request: Test) => request.set('authorization', staff.bearer).set('cookie', csrf.cookie);
  const post = (path: string, fields: Record<string, string>) =>
    as(t.http.post(path))
      .type('form')
      .send({ ...fields, _csrf: csrf.token });

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    staff = await givenSignedInUser(t, { username: 'emulation.pages', roles: ['national_staff'] });
    const signInPage = await t.http.get('/sign-in').expect(200);
    const cookie = (signInPage.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('thidua_csrf='))!.split(';')[0];
    csrf = { cookie, token: /name="_csrf" value="([^"]+)"/.exec(signInPage.text)![1] };
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps the criteria typed in the edit form and puts each refusal next to its row', async () => {
    const refused = await post(page('/criteria/edit'), {
      'code.0': '1',
      'title.0': 'Tư vấn, phản biện và giám định xã hội',
      'nature.0': 'standard',
      'maxPoints.0': '25',
      'code.1': '1.1',
      'title.1': '',
      'nature.1': 'standard',
      'maxPoints.1': '12,5',
      'code.2': '',
      'title.2': '',
      'nature.2': 'standard',
      'maxPoints.2': '',
    }).expect(422);
    expect(refused.text).toContain('id="f-title-1-error"');
    expect(refused.text).toContain('value="12,5"');
    expect(refused.text).toContain('Tư vấn, phản biện và giám định xã hội');

    await post(page('/criteria/edit'), {
      'code.0': '1',
      'title.0': 'Tư vấn, phản biện và giám định xã hội',
      'nature.0': 'standard',
      'maxPoints.0': '25',
      'code.1': '1.1',
      'title.1': 'Đề án được tư vấn, phản biện',
      'nature.1': 'standard',
      'maxPoints.1': '12,5',
      'evidenceRequired.1': 'true',
      'evidenceNote.1': 'Văn bản phản biện',
    })
      .expect(303)
      .expect('location', page('/criteria'));
    const tree = await as(t.http.get(page('/criteria'))).expect(200);
    expect(tree.text).toContain('12,5');
    expect(tree.text).toContain('Văn bản phản biện');
  });

  it('imports the criteria from XLSX and shows what became of each row', async () => {
    const file = await workbookOf([
      ['Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Loại điểm', 'Minh chứng yêu cầu'],
      ['1', 'Phổ biến kiến thức', '20', '', ''],
      ['1.1', 'Ấn phẩm phổ biến kiến thức', 'mười', '', ''],
      ['1.2', 'Hội thi sáng tạo', '10', '', 'Quyết định trao giải'],
    ]);
    const imported = await as(t.http.post(`${page('/criteria/import')}?_csrf=${encodeURIComponent(csrf.token)}`))
      .attach('file', file, 'tieu-chi.xlsx')
      .expect(200);
    expect(imported.text).toContain('Đã nhận 2 dòng, từ chối 1 dòng.');
    expect(imported.text).toMatch(/Điểm tối đa &quot;mười&quot; không phải là số|Điểm tối đa "mười" không phải là số/);
  });

  it('reads self-scores typed with a decimal comma and refuses one above its maximum next to its field', async () => {
    const officer = await givenSignedInUser(t, { username: 'sonla.pages', roles: ['unit_officer'], organizationId: c3.units.sonLa });
    const sheet = page(`/scores/${c3.units.sonLa}`);
    const form = await as(t.http.get(sheet)).set('authorization', officer.bearer).expect(200);
    const [, criterionId] = /name="points\.([0-9a-f-]{36})"/.exec(form.text)!;
    const send = (points: string) =>
      t.http
        .post(`${sheet}/self`)
        .set('authorization', officer.bearer)
        .set('cookie', csrf.cookie)
        .type('form')
        .send({ [`points.${criterionId}`]: points, [`note.${criterionId}`]: 'Giải trình', _csrf: csrf.token });
    const refused = await send('99').expect(422);
    expect(refused.text).toContain(`id="f-points-${criterionId}-error"`);
    expect(refused.text).toContain('value="99"');
    // The error summary names the criterion and the column; the message beside the field is the message alone.
    const summary = /<div class="error-summary"[\s\S]*?<\/ul>/.exec(refused.text)![0];
    expect(summary).toMatch(new RegExp(`href="#f-points-${criterionId}">Tiêu chí [0-9.a-z]+ – Tự chấm: [^<]+</a>`));
    await send('8,5').expect(303);
    const saved = await t.http.get(sheet).set('authorization', officer.bearer).expect(200);
    expect(saved.text).toContain('value="8,5"');
  });

  it('refuses band thresholds out of order next to them, and saves them with a decimal comma', async () => {
    const ranking = await as(t.http.get(page('/ranking'))).expect(200);
    const version = /name="version" value="(\d+)"/.exec(ranking.text)![1];
    const settings = (excellent: string) =>
      post(page('/ranking/settings'), { version, 'bands.excellent': excellent, 'bands.good': '80', 'bands.fair': '65', leaderCount: '2' });
    const refused = await settings('75').expect(422);
    expect(refused.text).toContain('id="f-bands-error"');
    expect(refused.text).toContain('value="75"');
    await settings('92,5').expect(303);
    expect((await as(t.http.get(page('/ranking'))).expect(200)).text).toContain('Xuất sắc ≥ 92,5%');
  });

  it('pairs Điện Biên to check Sơn La: its officer then adjusts Sơn La’s scores, with a reason', async () => {
    await post(page('/cross-pairs'), { [`scorer.${c3.units.sonLa}`]: c3.units.dienBien }).expect(303);
    const checker = await givenSignedInUser(t, { username: 'dienbien.pages', roles: ['unit_officer'], organizationId: c3.units.dienBien });
    const sheet = await t.http
      .get(page(`/scores/${c3.units.sonLa}`))
      .set('authorization', checker.bearer)
      .expect(200);
    expect(sheet.text).toContain(`action="${page(`/scores/${c3.units.sonLa}/cross`)}"`);
    const [, criterionId] = /name="points\.([0-9a-f-]{36})"/.exec(sheet.text)!;
    await t.http
      .post(page(`/scores/${c3.units.sonLa}/cross`))
      .set('authorization', checker.bearer)
      .set('cookie', csrf.cookie)
      .type('form')
      .send({ [`points.${criterionId}`]: '7', [`reason.${criterionId}`]: 'Thiếu minh chứng cho một hoạt động.', _csrf: csrf.token })
      .expect(303);
    const adjusted = await t.http
      .get(page(`/scores/${c3.units.sonLa}`))
      .set('authorization', checker.bearer)
      .expect(200);
    expect(adjusted.text).toContain('Thiếu minh chứng cho một hoạt động.');
    const other = await t.http.get(page(`/scores/${c3.units.laiChau}`)).set('authorization', checker.bearer);
    expect(other.status).toBe(403);
  });

  it('launches a yearly movement of the cluster and adds its plan as a document', async () => {
    const launched = await post('/emulation/movements', {
      clusterId: c3.cluster,
      kind: 'regular',
      startYear: '2023',
      title: 'Phong trào thi đua năm 2023 của Cụm thi đua số 3',
      contentAreas: 'Tư vấn, phản biện và giám định xã hội\nPhổ biến kiến thức khoa học và công nghệ',
    }).expect(303);
    const movement = String(launched.headers.location);
    expect(movement).toMatch(/^\/emulation\/movements\/[0-9a-f-]{36}$/);
    await as(t.http.post(`${movement}/documents?_csrf=${encodeURIComponent(csrf.token)}`))
      .field('title', 'Kế hoạch phát động')
      .attach('file', pdfFile('Kế hoạch'), 'ke-hoach.pdf')
      .expect(303);
    const shown = await as(t.http.get(movement)).expect(200);
    expect(shown.text).toContain('Kế hoạch phát động');
    const registration = await as(t.http.get(page(`/registrations/${c3.units.sonLa}`))).expect(200);
    expect(registration.text).toContain('Phổ biến kiến thức khoa học và công nghệ');
  });

  it('speaks English when the visitor chose it', async () => {
    const english = (path: string) => t.http.get(path).set('authorization', staff.bearer).set('cookie', `${csrf.cookie}; thidua_lang=en`);
    expect((await english(page('')).expect(200)).text).toContain('Emulation 2023 –');
    expect((await english(page('/ranking')).expect(200)).text).toContain('Results and ranking 2023');
    expect((await english(page('/registrations')).expect(200)).text).toContain('Registrations 2023');
    expect((await english(page(`/scores/${c3.units.sonLa}`)).expect(200)).text).toContain('Score sheet 2023 –');
  });
});
