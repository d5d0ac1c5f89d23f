import { describe, expect, it } from '@jest/globals';
import { asciiSlug, contentDisposition, fileNames, negotiateFormat } from './delivery.rules.js';

describe('negotiateFormat', () => {
  const offered = ['json', 'html', 'docx', 'pdf'] as const;

  it('takes ?format= over the Accept header', () => {
    expect(negotiateFormat('pdf', 'text/html', offered)).toBe('pdf');
  });

  it('takes the most preferred offered type of the Accept header, ranges included', () => {
    expect(negotiateFormat(undefined, 'application/pdf', offered)).toBe('pdf');
    expect(negotiateFormat(undefined, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', offered)).toBe('html');
    expect(
      negotiateFormat(
        undefined,
        'application/json;q=0.5, application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        offered,
      ),
    ).toBe('docx');
    expect(negotiateFormat(undefined, 'text/*', offered)).toBe('html');
  });

  it('answers JSON to */*, to no Accept header, and to types it does not make', () => {
    expect(negotiateFormat(undefined, '*/*', offered)).toBe('json');
    expect(negotiateFormat(undefined, undefined, offered)).toBe('json');
    expect(negotiateFormat(undefined, 'image/png', offered)).toBe('json');
    expect(negotiateFormat(undefined, 'application/pdf;q=0', offered)).toBe('json');
    expect(negotiateFormat(undefined, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', offered)).toBe('json');
  });
});

describe('file names', () => {
  it('slugs Vietnamese to ASCII, đ included', () => {
    expect(asciiSlug('Biên bản Hội nghị tổng kết Cụm thi đua số 3 năm 2023')).toBe('bien-ban-hoi-nghi-tong-ket-cum-thi-dua-so-3-nam-2023');
    expect(asciiSlug('Điện Biên / Hòa Bình')).toBe('dien-bien-hoa-binh');
  });

  it('gives an ASCII name and the Vietnamese one in RFC 5987 form', () => {
    const names = fileNames('bao-cao-tong-ket-cum-3-2023', 'Báo cáo tổng kết Cụm thi đua số 3 năm 2023', 'docx');
    expect(names).toEqual({ ascii: 'bao-cao-tong-ket-cum-3-2023.docx', vietnamese: 'Báo cáo tổng kết Cụm thi đua số 3 năm 2023.docx' });
    expect(contentDisposition('attachment', names)).toBe(
      `attachment; filename="bao-cao-tong-ket-cum-3-2023.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20k%E1%BA%BFt%20C%E1%BB%A5m%20thi%20%C4%91ua%20s%E1%BB%91%203%20n%C4%83m%202023.docx`,
    );
    expect(decodeURIComponent(contentDisposition('inline', names).split("UTF-8''")[1])).toBe(names.vietnamese);
  });

  it('keeps quotes and path characters out of both names', () => {
    const names = fileNames('a"b/c', `Tờ "trình" (số 1)/2023`, 'pdf');
    expect(names.ascii).toBe('a-b-c.pdf');
    expect(names.vietnamese).toBe('Tờ trình (số 1) 2023.pdf');
    expect(contentDisposition('attachment', names)).toContain(`filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20%28s%E1%BB%91%201%29%202023.pdf`);
  });
});
