import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { docxFile, pdfFile } from '../helpers/dossier-files.js';
import {
  type Caller,
  givenAwardCatalog,
  NOMINATION_TABLES,
  onDay,
  transition,
  upload,
  officerOf,
  ownProposal,
} from '../helpers/nomination-factories.js';
import { type Cluster3, contentOf, givenCluster3In2023, UNKNOWN_ID } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * LHH Sơn La proposes one of its vice-chairs for VUSTA's certificate of merit (Bằng khen), with a PDF
 * dossier, in August 2025: under Decree 152/2025.
 */
describe('a provincial union submits a certificate of merit for a person', () => {
  let t: TestApp;
  let c3: Cluster3;
  let awards: Record<string, string>;
  let sonLa: Caller;
  let dienBien: Caller;
  let nominationId: string;
  const proposalLetter = pdfFile('Tờ trình số 15/TTr-LHH');

  const nomination = () => ({
    ...ownProposal(c3, 'sonLa', awards.LHHVN_BANG_KHEN, {
      fullName: 'Lò Thị   Hương',
      gender: 'female',
      birthYear: 1979,
      position: 'Phó Chủ tịch',
    }),
    achievementsSummary: 'Chủ trì 3 đề tài khoa học cấp tỉnh; tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Sơn La lần thứ X.',
    reportText: 'Báo cáo thành tích năm 2025 của bà Lò Thị Hương…',
  });

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    awards = await givenAwardCatalog(t);
    sonLa = await officerOf(t, c3, 'sonLa');
    dienBien = await officerOf(t, c3, 'dienBien');
    onDay(t, '2025-08-05');
  });
  afterAll(async () => {
    await t.close();
  });

  it("drafts the nomination for Sơn La's vice-chair", async () => {
    const created = await sonLa.post('/api/v1/nominations').send(nomination()).expect(201);
    nominationId = created.body.id;
    expect(created.body).toMatchObject({
      year: 2025,
      state: 'draft',
      awardType: { code: 'LHHVN_BANG_KHEN' },
      nominee: {
        kind: 'individual',
        organization: { shortName: 'LHH Sơn La' },
        person: { fullName: 'Lò Thị Hương', gender: 'female', birthYear: 1979, position: 'Phó Chủ tịch' },
      },
      proposingOrganization: { shortName: 'LHH Sơn La' },
      cluster: { name: 'Cụm thi đua số 3' },
      basis: null,
      submittedOn: null,
      legalBasis: null,
      allowedActions: ['edit', 'submit', 'withdraw'],
      version: 1,
    });
  });

  it("refuses an officer who nominates in another unit's name or for another unit's people, storing nothing", async () => {
    const before = await contentOf(t.dataSource, ...NOMINATION_TABLES);
    const forSonLa = await dienBien.post('/api/v1/nominations').send(nomination()).expect(403);
    expect(forSonLa.body).toMatchObject({ code: 'NOMINATION.OTHER_UNIT', errors: [{ field: 'proposingOrganizationId' }] });
    expect(forSonLa.body.title).toContain('Bạn không có quyền lập đề nghị nhân danh đơn vị khác');
    const ofSonLa = await dienBien
      .post('/api/v1/nominations')
      .send({ ...nomination(), proposingOrganizationId: c3.units.dienBien })
      .expect(403);
    expect(ofSonLa.body).toMatchObject({ code: 'NOMINATION.NOMINEE_OUTSIDE_UNIT', errors: [{ field: 'nominee.organizationId' }] });
    expect(await contentOf(t.dataSource, ...NOMINATION_TABLES)).toEqual(before);
  });

  it('refuses malformed nominations and unknown references with a message per field, storing nothing', async () => {
    const before = await contentOf(t.dataSource, ...NOMINATION_TABLES);
    const malformed = await sonLa
      .post('/api/v1/nominations')
      .send({
        ...nomination(),
        year: 1900,
        clusterId: 'cum-3',
        nominee: { organizationId: c3.units.sonLa, person: { fullName: '', gender: 'nu' } },
        extra: true,
      })
      .expect(400);
    expect(malformed.body.title).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining([
        'year',
        'clusterId',
        'nominee.person.fullName',
        'nominee.person.gender',
        'nominee.person.birthYear',
        'extra',
      ]),
    );
    const unknown = await t.staff
      .post('/api/v1/nominations')
      .send({ ...nomination(), awardTypeId: UNKNOWN_ID, clusterId: UNKNOWN_ID })
      .expect(422);
    expect(unknown.body).toMatchObject({ code: 'NOMINATION.INVALID_REFERENCES' });
    expect(unknown.body.errors).toEqual([
      { field: 'awardTypeId', message: `Không có loại khen thưởng nào mang mã định danh ${UNKNOWN_ID}.` },
      { field: 'clusterId', message: `Không có cụm thi đua nào mang mã định danh ${UNKNOWN_ID}.` },
    ]);
    const registerOnly = await sonLa
      .post('/api/v1/nominations')
      .send({ ...nomination(), awardTypeId: awards.CHIEN_SI_THI_DUA_CO_SO })
      .expect(422);
    expect(registerOnly.body.errors[0].message).toContain('chỉ được ghi vào sổ khen thưởng');
    expect(await contentOf(t.dataSource, ...NOMINATION_TABLES)).toEqual(before);
  });

  it('refuses to submit while the required documents are missing, naming each one', async () => {
    const before = await contentOf(t.dataSource, ...NOMINATION_TABLES);
    const refused = await transition(sonLa, nominationId, 'submit').expect(422);
    expect(refused.body).toMatchObject({
      code: 'NOMINATION.NOT_ELIGIBLE',
      title: 'Chưa thể nộp hồ sơ: đề nghị chưa đáp ứng các điều kiện sau.',
    });
    expect(refused.body.errors).toEqual([
      {
        field: 'attachments',
        message: 'Hồ sơ còn thiếu: Tờ trình đề nghị khen thưởng, Báo cáo thành tích, Biên bản bình xét thi đua kèm kết quả bỏ phiếu.',
      },
    ]);
    expect(await contentOf(t.dataSource, ...NOMINATION_TABLES)).toEqual(before);
  });

  it('keeps the dossier files checked by content, with their SHA-256, and gives them back under their Vietnamese names', async () => {
    const letter = await upload(sonLa, nominationId, 'to_trinh', proposalLetter, 'Tờ trình số 15-TTr-LHH.pdf').expect(201);
    expect(letter.body).toMatchObject({
      kind: 'to_trinh',
      document: 'proposal_letter',
      fileName: 'Tờ trình số 15-TTr-LHH.pdf',
      contentType: 'application/pdf',
      sizeBytes: proposalLetter.length,
      sha256: createHash('sha256').update(proposalLetter).digest('hex'),
    });
    await upload(sonLa, nominationId, 'bao_cao_thanh_tich', docxFile(), 'Báo cáo thành tích.docx').expect(201);
    await upload(sonLa, nominationId, 'bien_ban_binh_xet', pdfFile('Biên bản'), 'Biên bản bình xét.pdf').expect(201);

    const download = await sonLa
      .get(`/api/v1/attachments/${letter.body.id}/content`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="To trinh so 15-TTr-LHH.pdf"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%2015-TTr-LHH.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(download.body as Buffer, proposalLetter)).toBe(0);
    const [stored] = await t.dataSource.query('SELECT encode(sha256(content), $2) AS digest FROM nomination_attachments WHERE id = $1', [
      letter.body.id,
      'hex',
    ]);
    expect(stored.digest).toBe(letter.body.sha256);
  });

  it('submits it under Decree 152/2025, which it then cites', async () => {
    const eligibility = await sonLa.get(`/api/v1/nominations/${nominationId}/eligibility`).expect(200);
    expect(eligibility.body).toMatchObject({
      eligible: true,
      asOf: '2025-08-05',
      legalBasis: { code: 'ND-152-2025', citation: 'Nghị định 152/2025/NĐ-CP' },
    });
    const submitted = await transition(sonLa, nominationId, 'submit', 'Kính trình Liên hiệp Hội Việt Nam xem xét.').expect(200);
    expect(submitted.body).toMatchObject({
      state: 'submitted',
      submittedOn: '2025-08-05',
      legalBasis: { code: 'ND-152-2025', citation: 'Nghị định 152/2025/NĐ-CP' },
      allowedActions: [],
      version: 2,
    });
    const [event] = await t.dataSource.query(
      `SELECT actor_username, subject_organization_id, changes FROM audit_events WHERE action = 'nomination.submit' AND entity_id = $1`,
      [nominationId],
    );
    expect(event).toMatchObject({
      actor_username: 'sonla.canbo',
      subject_organization_id: c3.units.sonLa,
      changes: { before: { state: 'draft' }, after: { state: 'submitted', legalBasisCode: 'ND-152-2025', submittedOn: '2025-08-05' } },
    });
  });

  it('locks the dossier once submitted: no edit, upload or removal (409)', async () => {
    const before = await contentOf(t.dataSource, ...NOMINATION_TABLES);
    const edit = await sonLa.patch(`/api/v1/nominations/${nominationId}`).send({ reportText: 'Sửa sau khi nộp', version: 2 }).expect(409);
    expect(edit.body).toMatchObject({ code: 'NOMINATION.WRONG_STATE' });
    expect(edit.body.title).toBe(
      'Không thể sửa hồ sơ khi đề nghị đang ở trạng thái "Đã nộp"; chỉ có thể sửa hồ sơ khi đề nghị ở trạng thái "Bản nháp" hoặc "Trả lại để bổ sung, hoàn thiện".',
    );
    await upload(sonLa, nominationId, 'other').expect(409);
    const [attachment] = (await sonLa.get(`/api/v1/nominations/${nominationId}/attachments`).expect(200)).body.items;
    await sonLa.delete(`/api/v1/attachments/${attachment.id}`).expect(409);
    expect(await contentOf(t.dataSource, ...NOMINATION_TABLES)).toEqual(before);
  });

  it('shows the nomination to VUSTA staff with what they may do, and hides it from other units', async () => {
    const byStaff = await t.staff.get(`/api/v1/nominations/${nominationId}`).expect(200);
    expect(byStaff.body.allowedActions).toEqual(['return', 'forward_to_council']);
    const hidden = await dienBien.get(`/api/v1/nominations/${nominationId}`).expect(404);
    expect(hidden.body.code).toBe('NOMINATION.NOT_FOUND');
    await dienBien.get(`/api/v1/nominations/${nominationId}/attachments`).expect(404);
    expect((await dienBien.get('/api/v1/nominations').expect(200)).body.total).toBe(0);
    const mine = await sonLa.get(`/api/v1/nominations?year=2025&state=submitted&q=${encodeURIComponent('lo thi huong')}`).expect(200);
    expect(mine.body.items.map((n: { id: string }) => n.id)).toEqual([nominationId]);
  });

  it('is returned with reasons, completed and resubmitted, keeping the legal basis of its first submission', async () => {
    const noReason = await transition(t.staff, nominationId, 'return').expect(422);
    expect(noReason.body).toMatchObject({
      code: 'NOMINATION.REASONS_REQUIRED',
      errors: [{ field: 'comment', message: 'Phải ghi rõ lý do khi trả lại hồ sơ.' }],
    });
    await transition(t.staff, nominationId, 'return', 'Đề nghị bổ sung bản chụp chứng nhận đề tài cấp tỉnh.').expect(200);
    onDay(t, '2025-09-10');
    const current = await sonLa.get(`/api/v1/nominations/${nominationId}`).expect(200);
    expect(current.body.allowedActions).toEqual(['edit', 'resubmit']);
    await upload(sonLa, nominationId, 'other', pdfFile('Chứng nhận đề tài'), 'Chứng nhận đề tài.pdf').expect(201);
    await sonLa
      .patch(`/api/v1/nominations/${nominationId}`)
      .send({ achievementsSummary: 'Bổ sung: chứng nhận đề tài cấp tỉnh.', version: current.body.version })
      .expect(200);
    const resubmitted = await transition(sonLa, nominationId, 'resubmit', 'Đã bổ sung theo yêu cầu.').expect(200);
    expect(resubmitted.body).toMatchObject({ state: 'resubmitted', submittedOn: '2025-08-05', legalBasis: { code: 'ND-152-2025' } });

    const history = await sonLa.get(`/api/v1/nominations/${nominationId}/history`).expect(200);
    expect(
      history.body.items.map(
        (h: { action: string; fromState: string; toState: string; comment: string | null; actor: { username: string } }) => [
          h.action,
          h.fromState,
          h.toState,
          h.comment,
          h.actor.username,
        ],
      ),
    ).toEqual([
      ['submit', 'draft', 'submitted', 'Kính trình Liên hiệp Hội Việt Nam xem xét.', 'sonla.canbo'],
      ['return', 'submitted', 'returned', 'Đề nghị bổ sung bản chụp chứng nhận đề tài cấp tỉnh.', 'vusta.thuongtruc'],
      ['resubmit', 'returned', 'resubmitted', 'Đã bổ sung theo yêu cầu.', 'sonla.canbo'],
    ]);
    const returns = await sonLa.get(`/api/v1/nominations/${nominationId}/history?action=return&sort=-occurredAt`).expect(200);
    expect(returns.body).toMatchObject({
      total: 1,
      items: [{ action: 'return', comment: 'Đề nghị bổ sung bản chụp chứng nhận đề tài cấp tỉnh.' }],
    });
    const actions = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_type = 'nomination' AND entity_id = $1 ORDER BY occurred_at`,
      [nominationId],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'nomination.create',
      'nomination.attachment_add',
      'nomination.attachment_add',
      'nomination.attachment_add',
      'nomination.submit',
      'nomination.return',
      'nomination.attachment_add',
      'nomination.update',
      'nomination.resubmit',
    ]);
  });

  it('keeps the history append-only in the database', async () => {
    await expect(t.dataSource.query('UPDATE nomination_history SET comment = NULL')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM nomination_history')).rejects.toThrow(/append-only/);
  });
});
