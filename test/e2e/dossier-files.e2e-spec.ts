import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { docxFile, pdfFile, pngFile, windowsExecutable, xlsxFile } from '../helpers/dossier-files.js';
import {
  type Caller,
  givenAwardCatalog,
  NOMINATION_TABLES,
  onDay,
  upload,
  officerOf,
  ownProposal,
} from '../helpers/nomination-factories.js';
import { type Cluster3, contentOf, givenCluster3In2023, UNKNOWN_ID } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const TWENTY_MB = 20 * 1024 * 1024;

describe('dossier files are judged by their content, limited in size, and nothing refused is kept', () => {
  let t: TestApp;
  let c3: Cluster3;
  let sonLa: Caller;
  let hoaBinh: Caller;
  let dienBien: Caller;
  let nominationId: string;

  /** Proves that the request was refused with `status` and left every nomination table as it was. */
  async function refusedWithoutTrace(status: number, request: () => PromiseLike<{ status: number; body: Record<string, unknown> }>) {
    const before = await contentOf(t.dataSource, ...NOMINATION_TABLES);
    const response = await request();
    expect(response.status).toBe(status);
    expect(await contentOf(t.dataSource, ...NOMINATION_TABLES)).toEqual(before);
    return response.body as { code: string; title: string; errors?: { field: string; message: string }[] };
  }

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    const awards = await givenAwardCatalog(t);
    sonLa = await officerOf(t, c3, 'sonLa');
    hoaBinh = await officerOf(t, c3, 'hoaBinh');
    dienBien = await officerOf(t, c3, 'dienBien');
    onDay(t, '2025-08-05');
    const created = await sonLa
      .post('/api/v1/nominations')
      .send(ownProposal(c3, 'sonLa', awards.LHHVN_BANG_KHEN))
      .expect(201);
    nominationId = created.body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a program renamed .pdf with a clear Vietnamese message', async () => {
    const body = await refusedWithoutTrace(422, () =>
      upload(sonLa, nominationId, 'bao_cao_thanh_tich', windowsExecutable(), 'Báo cáo thành tích.pdf'),
    );
    expect(body).toMatchObject({ code: 'DOSSIER.FILE_REFUSED', errors: [{ field: 'file' }] });
    expect(body.title).toBe(
      'Tệp "Báo cáo thành tích.pdf" là tệp chương trình (tệp thực thi), không phải tài liệu, dù tên tệp nói gì; hồ sơ chỉ nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG. Chưa có gì được lưu.',
    );
  });

  it('refuses a file over DOSSIER_MAX_BYTES (20 MB) as it arrives', async () => {
    const oversize = Buffer.concat([pdfFile(), Buffer.alloc(TWENTY_MB + 1 - pdfFile().length, 0x20)]);
    const body = await refusedWithoutTrace(422, () => upload(sonLa, nominationId, 'to_trinh', oversize, 'Tờ trình.pdf'));
    expect(body).toMatchObject({
      code: 'DOSSIER.FILE_TOO_LARGE',
      title: 'Tệp đính kèm vượt quá dung lượng tối đa 20 MB cho mỗi tệp hồ sơ. Chưa có gì được lưu.',
      errors: [{ field: 'file' }],
    });
  });

  it('refuses a name that contradicts the content, text posing as a PDF, and a missing file or kind', async () => {
    const png = await refusedWithoutTrace(422, () => upload(sonLa, nominationId, 'other', pngFile(), 'Ảnh hội nghị.pdf'));
    expect(png.title).toContain('nội dung là ảnh PNG; hãy đổi tên tệp cho đúng loại (.png)');
    const text = await refusedWithoutTrace(422, () =>
      upload(sonLa, nominationId, 'other', Buffer.from('Tờ trình (bản nháp)'), 'To trinh.pdf'),
    );
    expect(text.title).toContain('không phải PDF, DOCX, XLSX, JPEG hoặc PNG');
    const missing = await refusedWithoutTrace(400, () =>
      sonLa.post(`/api/v1/nominations/${nominationId}/attachments`).field('kind', 'to_trinh'),
    );
    expect(missing).toMatchObject({ code: 'DOSSIER.FILE_MISSING', errors: [{ field: 'file' }] });
    const kind = await refusedWithoutTrace(400, () => upload(sonLa, nominationId, 'giay_moi'));
    expect(kind.errors).toEqual([{ field: 'kind', message: expect.stringContaining('Giá trị không hợp lệ') }]);
  });

  it('takes DOCX, XLSX and PNG by their content, naming the type and adding a missing extension', async () => {
    const docx = await upload(sonLa, nominationId, 'bao_cao_thanh_tich', docxFile(), 'Báo cáo thành tích').expect(201);
    expect(docx.body).toMatchObject({
      fileName: 'Báo cáo thành tích.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const xlsx = await upload(sonLa, nominationId, 'bien_ban_binh_xet', xlsxFile(), 'Kết quả kiểm phiếu.xlsx').expect(201);
    expect(xlsx.body.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const png = await upload(sonLa, nominationId, 'other', pngFile(), 'Ảnh hội nghị.png').expect(201);
    expect(png.body.contentType).toBe('image/png');
  });

  it('takes a file of exactly 20 MB', async () => {
    const largest = Buffer.concat([pdfFile(), Buffer.alloc(TWENTY_MB - pdfFile().length, 0x20)]);
    const response = await upload(sonLa, nominationId, 'other', largest, 'Phụ lục ảnh.pdf').expect(201);
    expect(response.body.sizeBytes).toBe(TWENTY_MB);
  });

  it('lists the dossier with pagination and a filter, to the units concerned only', async () => {
    const all = await sonLa.get(`/api/v1/nominations/${nominationId}/attachments?pageSize=2&sort=kind`).expect(200);
    expect(all.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(all.body.items.map((a: { kind: string }) => a.kind)).toEqual(['bao_cao_thanh_tich', 'bien_ban_binh_xet']);
    expect(all.body.items[0]).not.toHaveProperty('content');
    const others = await sonLa.get(`/api/v1/nominations/${nominationId}/attachments?kind=other`).expect(200);
    expect(others.body.items.map((a: { fileName: string }) => a.fileName)).toEqual(['Ảnh hội nghị.png', 'Phụ lục ảnh.pdf']);
    await hoaBinh.get(`/api/v1/nominations/${nominationId}/attachments`).expect(404);
    const file = others.body.items[0];
    await dienBien.get(`/api/v1/attachments/${file.id}/content`).expect(404);
    await t.http.get(`/api/v1/attachments/${file.id}/content`).expect(401);
    const byStaff = await t.staff.get(`/api/v1/attachments/${file.id}/content`).expect(200);
    expect(byStaff.headers['content-type']).toBe('image/png');
    expect(byStaff.headers['content-length']).toBe(String(pngFile().length));
    await t.staff.get(`/api/v1/attachments/${UNKNOWN_ID}/content`).expect(404);
    await t.staff.get('/api/v1/attachments/khong-phai-uuid/content').expect(400);
  });

  it('removes a file while the dossier is a draft, for its own unit only', async () => {
    const { items } = (await sonLa.get(`/api/v1/nominations/${nominationId}/attachments?kind=other&sort=-uploadedAt`).expect(200)).body;
    const appendix = items[0];
    await refusedWithoutTrace(404, () => dienBien.delete(`/api/v1/attachments/${appendix.id}`));
    const byStaff = await refusedWithoutTrace(403, () => t.staff.delete(`/api/v1/attachments/${appendix.id}`));
    expect(byStaff).toMatchObject({ code: 'NOMINATION.WRONG_ROLE', title: 'Chỉ cán bộ của đơn vị đề nghị mới được sửa hồ sơ.' });
    await sonLa.delete(`/api/v1/attachments/${appendix.id}`).expect(204);
    await sonLa.delete(`/api/v1/attachments/${appendix.id}`).expect(404);
    const [event] = await t.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'nomination.attachment_remove'`);
    expect(event.changes.before).toMatchObject({ id: appendix.id, fileName: 'Phụ lục ảnh.pdf', sizeBytes: TWENTY_MB });
  });
});
