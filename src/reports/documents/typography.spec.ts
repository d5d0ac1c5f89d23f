import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  decimalComma,
  listPunctuation,
  sentenceCaseAfterCo,
  sentencesOf,
  typeset,
  typographicQuotes,
  unsaid,
  withoutRepeatedSentences,
} from './typography.js';

/** Text such as documents hold: Vietnamese words, quotes, numbers with points, punctuation. */
const documentText = fc
  .array(
    fc.constantFrom(
      'Cụm',
      'có',
      'cùng',
      'Đại diện',
      'đại diện',
      'Các',
      'lãnh đạo',
      '"',
      '"Trí thức"',
      '87.5%',
      '2.340.000',
      '12.5 %',
      'phiếu,',
      'đạt',
      'năm 2023.',
      ';',
      '(',
      ')',
      '-',
      '“',
      '”',
    ),
    { maxLength: 30 },
  )
  .map((words) => words.join(' '));

describe('Vietnamese typography, once for every renderer', () => {
  it('turns straight quotes into “ ”, opening after a space or bracket and closing elsewhere', () => {
    expect(typographicQuotes('phong trào "Trí thức Việt Nam" của Hội')).toBe('phong trào “Trí thức Việt Nam” của Hội');
    expect(typographicQuotes('"A" ("B")')).toBe('“A” (“B”)');
    expect(typographicQuotes('Lưu phần "Đánh giá chung".')).toBe('Lưu phần “Đánh giá chung”.');
  });

  it('writes decimals before a percent sign with the Vietnamese comma, and leaves thousands alone', () => {
    expect(decimalComma('đạt 87.5%')).toBe('đạt 87,5%');
    expect(decimalComma('12.5 %')).toBe('12,5 %');
    expect(decimalComma('2.340.000 đồng')).toBe('2.340.000 đồng');
  });

  it('sets a common noun after "có" or "cùng" in lower case, never a name', () => {
    expect(sentenceCaseAfterCo('Dự Hội nghị có Đại diện lãnh đạo Ban Tuyên giáo')).toBe('Dự Hội nghị có đại diện lãnh đạo Ban Tuyên giáo');
    expect(sentenceCaseAfterCo('cùng Các đơn vị')).toBe('cùng các đơn vị');
    expect(sentenceCaseAfterCo('Cụm có Liên hiệp các Hội tỉnh Sơn La')).toBe('Cụm có Liên hiệp các Hội tỉnh Sơn La');
    expect(sentenceCaseAfterCo('Đại diện lãnh đạo phát biểu')).toBe('Đại diện lãnh đạo phát biểu');
  });

  it('closes list items with ";" and the last with "."', () => {
    expect(listPunctuation(['Như trên', 'Các đơn vị;', 'Lưu: VT.'])).toEqual(['Như trên;', 'Các đơn vị;', 'Lưu: VT.']);
    expect(listPunctuation([])).toEqual([]);
  });

  it('leaves out a sentence already said, and a paragraph with nothing new', () => {
    const handover = 'Liên hiệp các Hội tỉnh Sơn La chuyển trao nhiệm vụ Cụm trưởng cho tỉnh Lào Cai.';
    expect(withoutRepeatedSentences([`Mở đầu của bài viết này. ${handover}`, handover, 'Kết thúc.'])).toEqual([
      `Mở đầu của bài viết này. ${handover}`,
      'Kết thúc.',
    ]);
    const said = new Set<string>();
    expect(unsaid('Đã có kết quả; không cần bỏ phiếu thêm nữa.', said)).toBe('Đã có kết quả; không cần bỏ phiếu thêm nữa.');
    expect(unsaid('Đã có kết quả; không cần bỏ phiếu thêm nữa.', said)).toBeNull();
    expect(sentencesOf('A b c. D e f? G')).toEqual(['A b c.', 'D e f?', 'G']);
  });

  it('is idempotent: typesetting typeset text changes nothing', () => {
    fc.assert(fc.property(documentText, (text) => expect(typeset(typeset(text))).toBe(typeset(text))));
  });

  it('leaves no straight double quote and changes nothing but quotes, decimal points and the case of common nouns', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const set = typeset(text);
        expect(set).not.toContain('"');
        expect(set.length).toBe(text.length);
        const normalise = (s: string) =>
          s
            .replace(/["“”]/g, '"')
            .replace(/(\d)[.,](\d)/g, '$1.$2')
            .toLocaleLowerCase('vi');
        expect(normalise(set)).toBe(normalise(text));
      }),
    );
  });

  it('keeps every sentence once, in order, when sentences repeat', () => {
    const sentence = fc.constantFrom(
      'Cụm đã tổ chức hội nghị tổng kết năm.',
      'Các đơn vị thực hiện nghiêm túc các quy định.',
      'Sơn La chuyển trao nhiệm vụ Cụm trưởng cho Lào Cai.',
      'Ngắn.',
    );
    fc.assert(
      fc.property(fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { maxLength: 6 }), (paragraphs) => {
        const out = withoutRepeatedSentences(paragraphs.map((p) => p.join(' ')));
        const long = out.flatMap(sentencesOf).filter((s) => s.split(' ').length >= 6);
        expect(new Set(long).size).toBe(long.length);
        const firstSeen = [...new Set(paragraphs.flat().filter((s) => s.split(' ').length >= 6))];
        expect(long).toEqual(firstSeen);
        expect(withoutRepeatedSentences(out)).toEqual(out);
      }),
    );
  });
});
