import { Injectable } from '@nestjs/common';
import type { BarChart } from '../documents/chart.model.js';
import { markup } from './markup.js';
import { CHART_FONT, CHART_PALETTE, chartNumber, NO_DATA, tickStep } from './svg-parts.js';

const WIDTH = 800;
const HEIGHT = 420;
const PLOT = { left: 64, right: 16, top: 76, bottom: 96 };
/** Categories beyond this many get slanted labels so that they do not overlap. */
const UPRIGHT_LABELS = 6;
const SLANT_DEGREES = 35;
/** About how wide a 13-unit Times character is drawn, to leave room for slanted labels. */
const CHARACTER_WIDTH = 6.5;

/** Server-rendered SVG charts: no script, no external fonts or services; every label escaped. */
@Injectable()
export class SvgChartRenderer {
  barChart(chart: BarChart): string {
    for (const series of chart.series) {
      if (series.values.length !== chart.categories.length) {
        throw new RangeError(`Series ${series.name} has ${series.values.length} values for ${chart.categories.length} categories`);
      }
    }
    const slanted = chart.categories.length > UPRIGHT_LABELS;
    // Slanted labels run down and to the left of their category: the plot moves right and the picture grows taller to hold them.
    const labelLength = slanted ? Math.max(0, ...chart.categories.map((category) => category.length)) * CHARACTER_WIDTH : 0;
    const slant = (SLANT_DEGREES * Math.PI) / 180;
    const firstGroup = chart.categories.length ? (WIDTH - PLOT.left - PLOT.right) / chart.categories.length : 0;
    const plotLeft = Math.max(PLOT.left, Math.ceil(labelLength * Math.cos(slant) - firstGroup / 2) + 8);
    const plotBottom = Math.max(PLOT.bottom, Math.ceil(labelLength * Math.sin(slant)) + 32);
    const height = HEIGHT - PLOT.bottom + plotBottom;
    const plotWidth = WIDTH - plotLeft - PLOT.right;
    const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
    const max = Math.max(0, ...chart.series.flatMap((series) => series.values));
    const step = tickStep(max);
    const top = Math.max(step, Math.ceil(max / step) * step);
    const y = (value: number) => PLOT.top + plotHeight - (value / top) * plotHeight;
    const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
    const groupWidth = chart.categories.length ? plotWidth / chart.categories.length : plotWidth;
    const barWidth = (groupWidth * 0.8) / Math.max(1, chart.series.length);
    const baseline = PLOT.top + plotHeight;

    const grid = ticks.map(
      (tick) => markup`<line x1="${plotLeft}" x2="${WIDTH - PLOT.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#d0d0d0"/>
<text x="${plotLeft - 6}" y="${y(tick) + 4}" text-anchor="end">${chartNumber(tick)}</text>`,
    );
    const bars = chart.categories.map((category, c) => {
      const groupLeft = plotLeft + c * groupWidth + groupWidth * 0.1;
      const labelX = plotLeft + (c + 0.5) * groupWidth;
      const label = slanted
        ? markup`<text x="${labelX}" y="${baseline + 14}" text-anchor="end" transform="rotate(-${SLANT_DEGREES} ${labelX} ${baseline + 14})">${category}</text>`
        : markup`<text x="${labelX}" y="${baseline + 18}" text-anchor="middle">${category}</text>`;
      return markup`<g>${chart.series.map((series, s) => {
        const value = series.values[c];
        const x = groupLeft + s * barWidth;
        return markup`<rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(baseline - y(value)).toFixed(1)}" fill="${CHART_PALETTE[s % CHART_PALETTE.length]}"><title>${category}, ${series.name}: ${chartNumber(value)}</title></rect>
${value > 0 && markup`<text x="${(x + barWidth / 2 - 1).toFixed(1)}" y="${(y(value) - 4).toFixed(1)}" text-anchor="middle" font-size="11">${chartNumber(value)}</text>`}`;
      })}${label}</g>`;
    });
    const legendY = 46;
    const legendStep = Math.min(120, plotWidth / Math.max(1, chart.series.length));
    const legend = chart.series.map(
      (
        series,
        s,
      ) => markup`<rect x="${plotLeft + s * legendStep}" y="${legendY - 10}" width="12" height="12" fill="${CHART_PALETTE[s % CHART_PALETTE.length]}"/>
<text x="${plotLeft + s * legendStep + 18}" y="${legendY}">${series.name}</text>`,
    );
    const empty = chart.categories.length === 0 || chart.series.length === 0;

    return markup`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="chart-title" font-family="${CHART_FONT}" font-size="13">
<title id="chart-title">${chart.title}</title>
<rect width="${WIDTH}" height="${height}" fill="#fff"/>
<text x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="17" font-weight="bold">${chart.title}</text>
<text x="16" y="${PLOT.top + plotHeight / 2}" text-anchor="middle" transform="rotate(-90 16 ${PLOT.top + plotHeight / 2})">${chart.valueLabel}</text>
${grid}
${bars}
<line x1="${plotLeft}" x2="${WIDTH - PLOT.right}" y1="${baseline}" y2="${baseline}" stroke="#000"/>
<line x1="${plotLeft}" x2="${plotLeft}" y1="${PLOT.top}" y2="${baseline}" stroke="#000"/>
${empty && markup`<text x="${plotLeft + plotWidth / 2}" y="${PLOT.top + plotHeight / 2}" text-anchor="middle">${NO_DATA.vi}</text>`}
${legend}
</svg>
`.text;
  }
}
