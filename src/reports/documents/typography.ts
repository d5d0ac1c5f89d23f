/*
 * Vietnamese typography, applied once to every text of a document before any renderer sees it, so that HTML, DOCX
 * and PDF print the same marks: typographic quotes, the decimal comma, lower case where a common noun follows "có"
 * mid-sentence, list items closed with ";" and the last with ".", and no sentence said twice.
 */

const OPENING_CONTEXT = /[\s([{\u2014\u2013-]/;

/** Straight double quotes as “ ”: opening at the start or after a space or bracket, closing elsewhere. */
export function typographicQuotes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '"') {
      out += char;
      continue;
    }
    const before = i === 0 ? ' ' : text[i - 1];
    out += OPENING_CONTEXT.test(before) ? '“' : '”';
  }
  return out;
}

/** "87.5%" → "87,5%": a decimal written with a point before a percent sign takes the Vietnamese comma. */
export function decimalComma(text: string): string {
  return text.replace(/(\d)\.(\d+)(\s?%)/g, '$1,$2$3');
}

/** Common nouns a recorded position or role may start with, capitalised as a heading would but not mid-sentence. */
const COMMON_STARTS = ['Đại diện', 'Lãnh đạo', 'Các', 'Những', 'Đồng chí', 'Cán bộ', 'Thành viên', 'Đại biểu'];

/** "có Đại diện lãnh đạo Ban…" → "có đại diện lãnh đạo Ban…": sentence case after "có" and "cùng". */
export function sentenceCaseAfterCo(text: string): string {
  return COMMON_STARTS.reduce(
    (out, start) =>
      out.replace(new RegExp(`(^|\\s)(có|cùng)(\\s+)${start}(?=\\s)`, 'gu'), (_m, before: string, word: string, space: string) => {
        return `${before}${word}${space}${start.toLocaleLowerCase('vi')}`;
      }),
    text,
  );
}

/** One pass over a text: quotes, decimal comma, sentence case. Idempotent. */
export function typeset(text: string): string {
  return sentenceCaseAfterCo(decimalComma(typographicQuotes(text)));
}

function withoutEndPunctuation(text: string): string {
  return text.trim().replace(/[;.,:]+$/, '');
}

/** List items one a line: each ends with ";" and the last with "." (the document's last line then gets "./."). */
export function listPunctuation(items: readonly string[]): string[] {
  return items.map((item, i) => `${withoutEndPunctuation(item)}${i === items.length - 1 ? '.' : ';'}`);
}

/** The sentences of a paragraph, each with its end mark: "A. B? C." → ["A.", "B?", "C."]. */
export function sentencesOf(text: string): string[] {
  return (
    text
      .match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  );
}

/**
 * The paragraph without the sentences already in `said` (which it then adds to), or null when nothing is left. Short
 * sentences (a label, a list item of a few words) are not compared.
 */
export function unsaid(paragraph: string, said: Set<string>): string | null {
  const sentences = sentencesOf(paragraph);
  const kept = sentences.filter((sentence) => {
    if (sentence.split(/\s+/).length < 6) return true;
    const key = sentence.toLocaleLowerCase('vi');
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
  if (kept.length === 0) return null;
  return kept.length === sentences.length ? paragraph : kept.join(' ');
}

/** Paragraphs with every sentence said earlier left out; a paragraph left with no sentence is dropped. */
export function withoutRepeatedSentences(paragraphs: readonly string[]): string[] {
  const said = new Set<string>();
  return paragraphs.flatMap((paragraph) => unsaid(paragraph, said) ?? []);
}
