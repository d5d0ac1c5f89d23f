import { Injectable } from '@nestjs/common';
import type { Locale } from '../../platform/i18n/locale.js';
import { markup } from './markup.js';
import { CHART_FONT, CHART_PALETTE, NO_DATA, wrapLabel } from './svg-parts.js';

/** Cụm trưởng and Cụm phó of one cluster, year by year; null where a year has none recorded. */
export interface TermsTimeline {
  years: { year: number; chair: string | null; viceChair: string | null }[];
}

export interface TermsTimelineOptions {
  locale?: Locale;
  /** A unit whose years stand out, e.g. on that unit's own page. */
  highlight?: string;
  /** Shown above the years; by default "Cụm trưởng, Cụm phó qua các năm". */
  title?: string;
}

const WORDS = {
  vi: { title: 'Cụm trưởng, Cụm phó qua các năm', chair: 'Cụm trưởng', viceChair: 'Cụm phó', none: 'chưa có' },
  en: { title: 'Chair and vice-chair units over the years', chair: 'Chair', viceChair: 'Vice-chair', none: 'none' },
} as const;

const WIDTH = 480;
const ROW_HEIGHT = 66;
const TOP = 56;
const YEAR_RIGHT = 70;
const AXIS = 92;
const ROLE_X = 112;
const NAME_X = 218;
const NAME_CHARS = 26;
const INK = CHART_PALETTE[0];
const HIGHLIGHT = '#fff2cc';

/**
 * The chair and vice-chair units of a cluster as a vertical timeline, one row per year from the earliest: it reads
 * top to bottom on a phone as on a wall screen (the SVG scales to its container by its viewBox). Every role is
 * written out, so nothing depends on colour. No script; every name escaped.
 */
@Injectable()
export class TermsTimelineRenderer {
  render(timeline: TermsTimeline, { locale = 'vi', highlight, title }: TermsTimelineOptions = {}): string {
    const words = WORDS[locale];
    const heading = title ?? words.title;
    const years = [...timeline.years].sort((a, b) => a.year - b.year);
    const height = TOP + Math.max(1, years.length) * ROW_HEIGHT;
    const holder = (unit: string | null) => unit ?? words.none;

    const rows = years.map((entry, i) => {
      const top = TOP + i * ROW_HEIGHT;
      const mid = top + ROW_HEIGHT / 2;
      const role = (label: string, unit: string | null, y: number, emphasis: boolean) =>
        markup`<text x="${ROLE_X}" y="${y}" font-size="14" fill="#444">${label}</text>
<text x="${NAME_X}" y="${y}"${unit === null ? markup` fill="#595959" font-style="italic"` : emphasis ? markup` font-weight="bold"` : ''}${unit !== null && unit === highlight ? markup` text-decoration="underline"` : ''}>${wrapLabel(holder(unit), NAME_CHARS, 1)[0]}</text>`;
      return markup`<g>
<text x="${YEAR_RIGHT}" y="${mid + 7}" text-anchor="end" font-size="20" font-weight="bold">${entry.year}</text>
<circle cx="${AXIS}" cy="${mid}" r="7" fill="${entry.chair === null ? '#fff' : INK}" stroke="${INK}" stroke-width="2"/>
${role(words.chair, entry.chair, mid - 6, true)}
${role(words.viceChair, entry.viceChair, mid + 18, false)}
</g>`;
    });

    /** Behind the axis and the rows: the years in which the highlighted unit held a role. */
    const highlighted = years.map(
      (entry, i) =>
        highlight !== undefined &&
        (entry.chair === highlight || entry.viceChair === highlight) &&
        markup`<rect x="4" y="${TOP + i * ROW_HEIGHT + 3}" width="${WIDTH - 8}" height="${ROW_HEIGHT - 6}" rx="6" fill="${HIGHLIGHT}"/>`,
    );
    const summary = years
      .map((entry) => `${entry.year}: ${words.chair} ${holder(entry.chair)}, ${words.viceChair} ${holder(entry.viceChair)}.`)
      .join(' ');

    return markup`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${heading}. ${summary || NO_DATA[locale]}" font-family="${CHART_FONT}" font-size="17">
<title>${heading}</title>
<desc>${summary || NO_DATA[locale]}</desc>
<rect width="${WIDTH}" height="${height}" fill="#fff"/>
<text x="${WIDTH / 2}" y="30" text-anchor="middle" font-size="19" font-weight="bold">${wrapLabel(heading, 46, 1)[0]}</text>
${highlighted}
${years.length > 0 && markup`<line x1="${AXIS}" x2="${AXIS}" y1="${TOP + ROW_HEIGHT / 2}" y2="${TOP + (years.length - 0.5) * ROW_HEIGHT}" stroke="${INK}" stroke-width="3"/>`}
${rows}
${years.length === 0 && markup`<text x="${WIDTH / 2}" y="${TOP + ROW_HEIGHT / 2 + 6}" text-anchor="middle">${NO_DATA[locale]}</text>`}
</svg>
`.text;
  }
}
