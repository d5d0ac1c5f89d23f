import { text, type LocalizedText } from '../../platform/i18n/locale.js';

/** What the server-rendered SVG charts share: fonts, colours, axis steps, numbers and wrapped labels. */

/** Times New Roman as in the documents, with the metric-compatible fonts a Linux server or phone may have. */
export const CHART_FONT = "'Times New Roman', 'Liberation Serif', Tinos, serif";

/** Distinguishable in print and for the common colour-vision deficiencies. */
export const CHART_PALETTE = ['#1f4e79', '#c55a11', '#548235', '#7f6000', '#7030a0', '#2e75b6', '#843c0c', '#375623'];

/** The smallest "round" step (1, 2, 5 × 10^k, at least 1) that shows `max` in at most five intervals. */
export function tickStep(max: number): number {
  const rough = Math.max(1, max / 5);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  return Math.max(1, step);
}

/** Made once, not per label (as `toLocaleString` with options would). */
const CHART_NUMBER = new Intl.NumberFormat('vi-VN', { useGrouping: 'min2', maximumFractionDigits: 2 });

/** A chart label's number in Vietnamese: "1,5", "12.000" (no separator below 10.000). */
export function chartNumber(n: number): string {
  return CHART_NUMBER.format(n);
}

/** What an empty chart says. */
export const NO_DATA: LocalizedText = text('Chưa có số liệu', 'No data yet');

/** Roughly how wide a Times-like font sets a text, in ems: about half an em a character. */
export function estimatedWidth(label: string, fontSize: number): number {
  return label.length * fontSize * 0.5;
}

/**
 * Splits a label into lines of at most `maxChars` characters at spaces (SVG text does not wrap), keeping at most
 * `maxLines` lines and ending the last with "…" (after a whole word where it can) when the label is longer.
 */
export function wrapLabel(label: string, maxChars: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const word of label.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  const shortened = last.length < maxChars ? last : last.replace(/\s*\S+$/, '');
  kept[maxLines - 1] = `${shortened || last.slice(0, maxChars - 1)}…`;
  return kept;
}
