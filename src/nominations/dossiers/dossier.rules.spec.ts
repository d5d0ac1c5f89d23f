import { describe, expect, it } from '@jest/globals';
import { attachedDocuments, attachmentDisposition, checkDossierFile, safeFileName, tooLargeMessage } from './dossier.rules.js';

const MB = 1024 * 1024;
const accept = (fileName: string, detected: Parameters<typeof checkDossierFile>[0]['detected'], sizeBytes = 1000) =>
  checkDossierFile({ fileName, sizeBytes, maxBytes: 20 * MB, detected });

describe('checkDossierFile', () => {
  it('accepts a PDF named .pdf, with the type read from its content', () => {
    expect(accept('Tờ trình đề nghị.pdf', 'pdf')).toEqual({
      accepted: true,
      fileName: 'Tờ trình đề nghị.pdf',
      contentType: 'application/pdf',
    });
    expect(accept('Bang diem.XLSX', 'xlsx')).toMatchObject({
      accepted: true,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(accept('anh.jpeg', 'jpeg')).toMatchObject({ accepted: true, contentType: 'image/jpeg' });
  });

  it('refuses a program renamed .pdf, saying what it is', () => {
    const decision = accept('Báo cáo thành tích.pdf', 'executable');
    expect(decision.accepted).toBe(false);
    if (decision.accepted) return;
    expect(decision.reason.vi).toBe(
      'Tệp "Báo cáo thành tích.pdf" là tệp chương trình (tệp thực thi), không phải tài liệu, dù tên tệp nói gì; hồ sơ chỉ nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG. Chưa có gì được lưu.',
    );
  });

  it('refuses content of another kind, macros, and an empty file', () => {
    for (const [name, detected, words] of [
      ['ghi-chu.pdf', 'unknown', 'không phải PDF, DOCX, XLSX, JPEG hoặc PNG'],
      ['bang-diem.xlsx', 'macro_document', 'có chứa macro'],
    ] as const) {
      const decision = accept(name, detected);
      expect(decision.accepted ? '' : decision.reason.vi).toContain(words);
    }
    const empty = checkDossierFile({ fileName: 'x.pdf', sizeBytes: 0, maxBytes: MB, detected: 'unknown' });
    expect(empty.accepted ? '' : empty.reason.vi).toBe('Tệp "x.pdf" rỗng. Chưa có gì được lưu.');
  });

  it('refuses a name that contradicts the content, and names the right extension', () => {
    const decision = accept('Biên bản.pdf', 'png');
    expect(decision.accepted ? '' : decision.reason.vi).toBe(
      'Tệp "Biên bản.pdf" có đuôi ".pdf" nhưng nội dung là ảnh PNG; hãy đổi tên tệp cho đúng loại (.png). Chưa có gì được lưu.',
    );
  });

  it('gives a name without extension the one of its content', () => {
    expect(accept('To trinh', 'docx')).toMatchObject({ accepted: true, fileName: 'To trinh.docx' });
  });

  it('refuses a file over the limit, naming the limit', () => {
    const decision = checkDossierFile({ fileName: 'x.pdf', sizeBytes: 20 * MB + 1, maxBytes: 20 * MB, detected: 'pdf' });
    expect(decision.accepted ? '' : decision.reason.vi).toBe(
      'Tệp đính kèm vượt quá dung lượng tối đa 20 MB cho mỗi tệp hồ sơ. Chưa có gì được lưu.',
    );
    expect(tooLargeMessage(MB / 2).vi).toContain('0,5 MB');
  });
});

describe('safeFileName', () => {
  it('drops the client’s folders and control characters and composes the letters (NFC)', () => {
    expect(safeFileName('C:\\Users\\canbo\\Tờ trình.pdf')).toBe('Tờ trình.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('Ba\u0301o ca\u0301o\u0000.pdf')).toBe('Báo cáo.pdf');
  });

  it('keeps at most 255 characters, with the end of the name', () => {
    const name = safeFileName(`${'Hồ sơ '.repeat(60)}cuối.pdf`);
    expect(Array.from(name)).toHaveLength(255);
    expect(name.endsWith('cuối.pdf')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it('keeps the Vietnamese name in filename* and gives an ASCII fallback', () => {
    expect(attachmentDisposition('Báo cáo thành tích (Sơn La) Đợt 1.pdf')).toBe(
      `attachment; filename="Bao cao thanh tich (Son La) Dot 1.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20th%C3%A0nh%20t%C3%ADch%20%28S%C6%A1n%20La%29%20%C4%90%E1%BB%A3t%201.pdf`,
    );
  });

  it('never lets a quote or a line break out of the header', () => {
    const header = attachmentDisposition('a"b\\c\r\nd.pdf');
    expect(header).toContain('filename="a_b_c__d.pdf"');
    expect(header).not.toMatch(/[\r\n]/);
  });
});

describe('attachedDocuments', () => {
  it('maps the kinds of files to the dossier parts they provide, once each', () => {
    expect(attachedDocuments(['to_trinh', 'other', 'to_trinh', 'bien_ban_binh_xet', 'chung_nhan_sang_kien'])).toEqual([
      'proposal_letter',
      'evaluation_minutes',
      'initiative_certificate',
    ]);
  });
});
