import { Injectable } from '@nestjs/common';
import type { BarChart } from '../documents/chart.model.js';
import { markup } from './markup.js';
import { CHART_FONT, CHART_PALETTE, chartNumber, estimatedWidth, NO_DATA, tickStep, wrapLabel } from './svg-parts.js';

const WIDTH = 800;
const FONT_SIZE = 13;
const LINE_HEIGHT = 16;
const SIDE = 16;
/** The category labels' column: as wide as the longest label needs, up to this, then the label wraps. */
const MAX_LABEL_WIDTH = 300;
const BAR_HEIGHT = 14;
const GROUP_GAP = 12;

/**
 * Server-rendered SVG charts: no script, no external fonts or services; every label escaped.
 * Bars run across, so that each category's full name is written out on its own line(s) at the left (a long list of
 * clusters grows the picture downwards instead of slanting and clipping names); a chart whose values are all zero
 * says there is no data rather than drawing an axis of zeros.
 */
@Injectable()
export class SvgChartRenderer {
  barChart(chart: BarChart): string {
    for (const series of chart.series) {
      if (series.values.length !== chart.categories.length) {
        throw new RangeError(`Series ${series.name} has ${series.values.length} values for ${chart.categories.length} categories`);
      }
    }
    const max = Math.max(0, ...chart.series.flatMap((series) => series.values));
    const empty = max === 0;
    const titleLines = wrapLabel(chart.title, 70, 3);
    const legendTop = 20 + titleLines.length * 22;
    const plotTop = legendTop + 34;

    const labelChars = Math.floor(MAX_LABEL_WIDTH / estimatedWidth('x', FONT_SIZE));
    const labels = chart.categories.map((category) => wrapLabel(category, labelChars));
    const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(0, ...labels.flat().map((line) => estimatedWidth(line, FONT_SIZE))));
    const plotLeft = SIDE + Math.ceil(labelWidth) + 12;
    const plotRight = WIDTH - SIDE - 40;
    const step = tickStep(max);
    const top = Math.max(step, Math.ceil(max / step) * step);
    const x = (value: number) => plotLeft + (value / top) * (plotRight - plotLeft);

    let y = plotTop;
    const groups = chart.categories.map((category, c) => {
      const groupTop = y;
      const barsHeight = chart.series.length * BAR_HEIGHT;
      const height = Math.max(barsHeight, labels[c].length * LINE_HEIGHT);
      y += height + GROUP_GAP;
      const label = markup`<text x="${SIDE}" y="${groupTop + 12}">${labels[c].map((line, i, lines) => markup`<tspan x="${SIDE}" dy="${i === 0 ? 0 : LINE_HEIGHT}">${i < lines.length - 1 ? `${line} ` : line}</tspan>`)}</text>`;
      const bars = chart.series.map((series, s) => {
        const value = series.values[c];
        const barTop = groupTop + s * BAR_HEIGHT;
        return markup`<rect x="${plotLeft}" y="${barTop}" width="${(x(value) - plotLeft).toFixed(1)}" height="${BAR_HEIGHT - 2}" fill="${CHART_PALETTE[s % CHART_PALETTE.length]}"><title>${category}, ${series.name}: ${chartNumber(value)}</title></rect>
${value > 0 && markup`<text x="${(x(value) + 4).toFixed(1)}" y="${barTop + 11}" font-size="11">${chartNumber(value)}</text>`}`;
      });
      return markup`<g>${label}${bars}</g>`;
    });
    const plotBottom = y - GROUP_GAP / 2;
    const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
    const axis = markup`${ticks.map(
      (tick) => markup`<line x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="${plotTop - 4}" y2="${plotBottom}" stroke="#d0d0d0"/>
<text x="${x(tick).toFixed(1)}" y="${plotBottom + 16}" text-anchor="middle">${chartNumber(tick)}</text>`,
    )}
<line x1="${plotLeft}" x2="${plotLeft}" y1="${plotTop - 4}" y2="${plotBottom}" stroke="#000"/>
<text x="${(plotLeft + plotRight) / 2}" y="${plotBottom + 36}" text-anchor="middle">${chart.valueLabel}</text>`;
    const legend = chart.series.map(
      (
        series,
        s,
      ) => markup`<rect x="${SIDE + s * 200}" y="${legendTop}" width="12" height="12" fill="${CHART_PALETTE[s % CHART_PALETTE.length]}"/>
<text x="${SIDE + s * 200 + 18}" y="${legendTop + 11}">${series.name}</text>`,
    );
    const height = empty ? plotTop + 30 : plotBottom + 50;

    return markup`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="chart-title" font-family="${CHART_FONT}" font-size="${FONT_SIZE}">
<title id="chart-title">${chart.title}</title>
<rect width="${WIDTH}" height="${height}" fill="#fff"/>
<text x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="17" font-weight="bold">${titleLines.map((line, i) => markup`<tspan x="${WIDTH / 2}" dy="${i === 0 ? 0 : 22}">${line}</tspan>`)}</text>
${
  empty
    ? markup`<text x="${WIDTH / 2}" y="${plotTop}" text-anchor="middle">${NO_DATA.vi}</text>`
    : markup`${legend}
${groups}
${axis}`
}
</svg>
`.text;
  }
}
