import { describe, expect, it } from '@jest/globals';
import type { BarChart } from '../documents/chart.model.js';
import { awardsChart } from './samples.spec-support.js';
import { descendants, parseXml, textOf } from './readers.spec-support.js';
import { SvgChartRenderer } from './svg-chart.renderer.js';

const renderer = new SvgChartRenderer();

describe('SVG bar chart of awards by cluster and year', () => {
  const svg = parseXml(renderer.barChart(awardsChart));
  const bars = descendants(svg, 'rect').filter((rect) => descendants(rect, 'title').length > 0);

  it('is a well-formed, self-contained SVG document', () => {
    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(descendants(svg, 'script')).toHaveLength(0);
    expect(JSON.stringify(svg)).not.toMatch(/href|url\(/);
  });

  it('draws one bar per cluster and year, longer for more awards, and nothing for none', () => {
    expect(bars).toHaveLength(9);
    const bar = (label: string) => bars.find((rect) => textOf(rect) === label)!;
    expect(Number(bar('Cụm số 3, 2021: 2').attributes.width)).toBeGreaterThan(Number(bar('Cụm số 1, 2021: 1').attributes.width));
    expect(Number(bar('Cụm số 6, 2021: 0').attributes.width)).toBe(0);
  });

  it('writes long category names out in full, on more lines, never slanted', () => {
    const name = 'Cụm thi đua các Hội Khoa học và Kỹ thuật chuyên ngành Nông nghiệp, Thủy lợi và Môi trường';
    const long = parseXml(renderer.barChart({ ...awardsChart, categories: [name, 'Cụm số 3', 'Cụm số 6'] }));
    const labels = descendants(long, 'text').filter((t) => descendants(t, 'tspan').length > 1);
    expect(labels.map(textOf)).toContain(name);
    expect(JSON.stringify(long)).not.toContain('rotate(');
  });

  it('labels the title, axis, clusters and years in Vietnamese', () => {
    const labels = descendants(svg, 'text').map(textOf);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Cờ thi đua theo Cụm, 2021–2023',
        'Số Cờ thi đua',
        'Cụm số 1',
        'Cụm số 3',
        'Cụm số 6',
        '2021',
        '2022',
        '2023',
      ]),
    );
  });

  it('escapes labels, so markup in a name stays text', () => {
    const hostile: BarChart = { ...awardsChart, categories: ['<script>alert(1)</script>', 'A & B', '"quoted"'] };
    const parsed = parseXml(renderer.barChart(hostile));
    expect(descendants(parsed, 'script')).toHaveLength(0);
    expect(descendants(parsed, 'text').map(textOf)).toEqual(expect.arrayContaining(['<script>alert(1)</script>', 'A & B', '"quoted"']));
  });

  it('says so when there is nothing to chart, and draws no zeros', () => {
    const empty = parseXml(renderer.barChart({ ...awardsChart, categories: [], series: [] }));
    expect(descendants(empty, 'text').map(textOf)).toContain('Chưa có số liệu');
    const zeros = parseXml(renderer.barChart({ ...awardsChart, series: awardsChart.series.map((s) => ({ ...s, values: [0, 0, 0] })) }));
    expect(descendants(zeros, 'text').map(textOf)).toEqual([awardsChart.title, 'Chưa có số liệu']);
    expect(descendants(zeros, 'rect')).toHaveLength(1);
  });

  it('refuses series that do not match the categories', () => {
    expect(() => renderer.barChart({ ...awardsChart, series: [{ name: '2023', values: [1] }] })).toThrow(RangeError);
  });
});
