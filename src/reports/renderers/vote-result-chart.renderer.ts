import { Injectable } from '@nestjs/common';
import type { Locale } from '../../platform/i18n/locale.js';
import { formatNumber } from '../../platform/numbers/ratio.js';
import { markup, type Markup } from './markup.js';
import { CHART_FONT, CHART_PALETTE, estimatedWidth, NO_DATA, tickStep, wrapLabel } from './svg-parts.js';

/** The result of one vote round: one bar per candidate (or per option), in the order given. */
export interface VoteResultChart {
  title: string;
  candidates: { name: string; votes: number; passed: boolean }[];
  /** The pass mark, drawn as a line across the bars, e.g. `{ votes: 5, label: 'Quá 1/2: 5 phiếu' }`. */
  threshold?: { votes: number; label: string };
  /** How many could vote: the length of the scale and the denominator of each share. */
  totalVoters: number;
}

export interface VoteResultChartOptions {
  locale?: Locale;
  /** Prefix of the ids inside the SVG, unique within the page that shows several charts. */
  id?: string;
}

const WORDS = {
  vi: {
    passed: 'Đạt',
    failed: 'Không đạt',
    votes: 'phiếu',
    scale: (total: string) => `Số phiếu (tổng số ${total} phiếu)`,
    threshold: 'Ngưỡng',
  },
  en: {
    passed: 'Passed',
    failed: 'Not passed',
    votes: 'votes',
    scale: (total: string) => `Votes (out of ${total})`,
    threshold: 'Threshold',
  },
} as const;

const WIDTH = 480;
const SIDE = 14;
const FONT_SIZE = 16;
const ROW = { height: 60, bar: 24, barTop: 24 };
const PASSED = CHART_PALETTE[0];
const FAILED = CHART_PALETTE[1];
/** Darker than FAILED, for text on white at a contrast of at least 4.5:1. */
const FAILED_TEXT = CHART_PALETTE[6];
const THRESHOLD = '#000';

/**
 * The vote result as horizontal bars against the pass mark, narrow enough to read on a phone (the SVG scales to
 * its container by its viewBox). Passed and not passed differ by fill, pattern and a written word, so neither
 * colour vision nor a black-and-white printer is needed to tell them apart. No script; every label escaped.
 */
@Injectable()
export class VoteResultChartRenderer {
  render(chart: VoteResultChart, { locale = 'vi', id = 'vote-result' }: VoteResultChartOptions = {}): string {
    const words = WORDS[locale];
    const number = (n: number) => formatNumber(n, locale);
    const share = (votes: number) => (chart.totalVoters > 0 ? ` (${number(Math.round((votes * 1000) / chart.totalVoters) / 10)}%)` : '');
    const valueText = (votes: number) => `${number(votes)}/${number(chart.totalVoters)} ${words.votes}${share(votes)}`;
    const status = (passed: boolean) => (passed ? words.passed : words.failed);

    const titleLines = wrapLabel(chart.title, 44, 3);
    const legendTop = 16 + titleLines.length * 22 + 10;
    const rowsTop = legendTop + 40;
    const rowsBottom = rowsTop + chart.candidates.length * ROW.height;
    const height = rowsBottom + (chart.candidates.length ? 56 : 40);

    const max = Math.max(1, chart.totalVoters, chart.threshold?.votes ?? 0, ...chart.candidates.map((candidate) => candidate.votes));
    const step = tickStep(max);
    const plot = WIDTH - 2 * SIDE;
    const x = (votes: number) => SIDE + (votes / max) * plot;
    const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);

    const rows = chart.candidates.map((candidate, i) => {
      const top = rowsTop + i * ROW.height;
      const barEnd = x(candidate.votes);
      const value = valueText(candidate.votes);
      const inside = barEnd + 6 + estimatedWidth(value, 14) > WIDTH - SIDE;
      const colour = candidate.passed ? PASSED : FAILED;
      /** White on the dark bar; elsewhere black with the group's white halo, which keeps it legible across the pass mark. */
      const onBar = inside && candidate.passed && markup` fill="#fff" stroke="${PASSED}"`;
      return {
        bar: markup`<rect x="${SIDE}" y="${top + ROW.barTop}" width="${(barEnd - SIDE).toFixed(1)}" height="${ROW.bar}" fill="${candidate.passed ? PASSED : `url(#${id}-failed)`}" stroke="${colour}"><title>${candidate.name}: ${value}, ${status(candidate.passed).toLowerCase()}</title></rect>`,
        labels: markup`<text x="${SIDE}" y="${top + 17}" font-weight="bold">${wrapLabel(candidate.name, 34, 1)[0]}</text>
<text x="${WIDTH - SIDE}" y="${top + 17}" text-anchor="end" font-weight="bold" fill="${candidate.passed ? PASSED : FAILED_TEXT}">${status(candidate.passed)}</text>
<text x="${(inside ? barEnd - 6 : barEnd + 6).toFixed(1)}" y="${top + ROW.barTop + 17}" font-size="14" text-anchor="${inside ? 'end' : 'start'}"${onBar}>${value}</text>`,
      };
    });

    const thresholdMark =
      chart.threshold &&
      chart.candidates.length > 0 &&
      thresholdLine(chart.threshold, x(chart.threshold.votes), rowsTop, rowsBottom, words.threshold);
    const axis =
      chart.candidates.length > 0 &&
      markup`<line x1="${SIDE}" x2="${WIDTH - SIDE}" y1="${rowsBottom}" y2="${rowsBottom}" stroke="#000"/>
${ticks.map((tick) => markup`<line x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="${rowsBottom}" y2="${rowsBottom + 5}" stroke="#000"/><text x="${x(tick).toFixed(1)}" y="${rowsBottom + 20}" text-anchor="middle" font-size="13">${number(tick)}</text>`)}
<text x="${WIDTH / 2}" y="${rowsBottom + 42}" text-anchor="middle" font-size="13">${words.scale(number(chart.totalVoters))}</text>`;

    const summary = [
      ...chart.candidates.map(
        (candidate) => `${candidate.name}: ${valueText(candidate.votes)}, ${status(candidate.passed).toLowerCase()}.`,
      ),
      ...(chart.threshold ? [`${words.threshold}: ${chart.threshold.label}.`] : []),
    ].join(' ');

    return markup`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${chart.title}. ${summary || NO_DATA[locale]}" font-family="${CHART_FONT}" font-size="${FONT_SIZE}" style="max-width:100%;height:auto">
<title>${chart.title}</title>
<desc>${summary || NO_DATA[locale]}</desc>
<defs><pattern id="${id}-failed" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#fbe5d6"/><line x1="0" y1="0" x2="0" y2="8" stroke="${FAILED}" stroke-width="3"/></pattern></defs>
<rect width="${WIDTH}" height="${height}" fill="#fff"/>
<text x="${WIDTH / 2}" y="30" text-anchor="middle" font-size="19" font-weight="bold">${titleLines.map((line, i) => markup`<tspan x="${WIDTH / 2}" dy="${i === 0 ? 0 : 22}">${line}</tspan>`)}</text>
${chart.candidates.length > 0 && legend(id, legendTop, words)}
${rows.map((row) => row.bar)}
${thresholdMark}
<g paint-order="stroke" stroke="#fff" stroke-width="4" stroke-linejoin="round">${rows.map((row) => row.labels)}</g>
${axis}
${chart.candidates.length === 0 && markup`<text x="${WIDTH / 2}" y="${rowsTop}" text-anchor="middle">${NO_DATA[locale]}</text>`}
</svg>
`.text;
  }
}

function legend(id: string, top: number, words: (typeof WORDS)[Locale]): Markup {
  return markup`<g font-size="14">
<rect x="${SIDE}" y="${top}" width="18" height="14" fill="${PASSED}" stroke="${PASSED}"/><text x="${SIDE + 24}" y="${top + 12}">${words.passed}</text>
<rect x="${SIDE + 90}" y="${top}" width="18" height="14" fill="url(#${id}-failed)" stroke="${FAILED}"/><text x="${SIDE + 114}" y="${top + 12}">${words.failed}</text>
</g>`;
}

/** The pass mark: a dashed line across every bar, its label above the rows, kept inside the picture. */
function thresholdLine(threshold: { votes: number; label: string }, at: number, top: number, bottom: number, word: string): Markup {
  const label = `${word}: ${threshold.label}`;
  const anchor = at + estimatedWidth(label, 14) / 2 > WIDTH - SIDE ? 'end' : at - estimatedWidth(label, 14) / 2 < SIDE ? 'start' : 'middle';
  return markup`<g>
<line x1="${at.toFixed(1)}" x2="${at.toFixed(1)}" y1="${top - 8}" y2="${bottom}" stroke="${THRESHOLD}" stroke-width="2" stroke-dasharray="6 4"/>
<text x="${at.toFixed(1)}" y="${top - 12}" text-anchor="${anchor}" font-size="15" font-weight="bold">${label}</text>
</g>`;
}
