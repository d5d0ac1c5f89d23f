import { describe, expect, it } from '@jest/globals';
import { descendants, parseXml, textOf, type XmlElement } from './readers.spec-support.js';
import { expectResponsiveSvg, texts } from './svg.spec-support.js';
import { VoteResultChartRenderer, type VoteResultChart } from './vote-result-chart.renderer.js';

const renderer = new VoteResultChartRenderer();

/** Made-up counts for the 2023 flag proposal of Cluster 3: eight units vote, more than half is needed. */
const flagProposal: VoteResultChart = {
  title: 'Suy tôn đơn vị đề nghị tặng Cờ thi đua năm 2023',
  totalVoters: 8,
  threshold: { votes: 5, label: 'quá 1/2 (5 phiếu)' },
  candidates: [
    { name: 'Sơn La', votes: 8, passed: true },
    { name: 'Hòa Bình', votes: 6, passed: true },
    { name: 'Điện Biên', votes: 4, passed: false },
  ],
};

const barsOf = (svg: XmlElement) => descendants(svg, 'rect').filter((rect) => descendants(rect, 'title').length > 0);

describe('vote result bar chart against its threshold', () => {
  const svg = parseXml(renderer.render(flagProposal));

  it('is a self-contained SVG that scales to its container', () => {
    expectResponsiveSvg(svg, ['vote-result-failed']);
  });

  it('is an image with a title and a spoken summary of every candidate and the threshold', () => {
    expect(svg.attributes.role).toBe('img');
    expect(textOf(descendants(svg, 'title')[0])).toBe(flagProposal.title);
    const summary =
      'Sơn La: 8/8 phiếu (100%), đạt. Hòa Bình: 6/8 phiếu (75%), đạt. Điện Biên: 4/8 phiếu (50%), không đạt. Ngưỡng: quá 1/2 (5 phiếu).';
    expect(svg.attributes['aria-label']).toBe(`${flagProposal.title}. ${summary}`);
    expect(textOf(descendants(svg, 'desc')[0])).toBe(summary);
  });

  it('draws one horizontal bar per candidate, in the order given, as long as its votes', () => {
    const bars = barsOf(svg);
    expect(bars.map((bar) => textOf(bar).split(':')[0])).toEqual(['Sơn La', 'Hòa Bình', 'Điện Biên']);
    const widths = bars.map((bar) => Number(bar.attributes.width));
    expect(widths[1] / widths[0]).toBeCloseTo(6 / 8, 2);
    expect(widths[2] / widths[0]).toBeCloseTo(4 / 8, 2);
    const tops = bars.map((bar) => Number(bar.attributes.y));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(bars.map((bar) => bar.attributes.x)).size).toBe(1);
  });

  it('tells passed from not passed by pattern and by a written word, not by colour alone', () => {
    const [sonLa, , dienBien] = barsOf(svg);
    expect(sonLa.attributes.fill).toMatch(/^#/);
    expect(dienBien.attributes.fill).toBe('url(#vote-result-failed)');
    expect(descendants(svg, 'pattern').map((pattern) => pattern.attributes.id)).toEqual(['vote-result-failed']);
    expect(texts(svg).filter((label) => label === 'Đạt')).toHaveLength(3);
    expect(texts(svg).filter((label) => label === 'Không đạt')).toHaveLength(2);
  });

  it('draws the pass mark across the bars at its number of votes, with its label', () => {
    const [sonLa] = barsOf(svg);
    const mark = descendants(svg, 'line').find((line) => line.attributes['stroke-dasharray'] !== undefined)!;
    const scaleStart = Number(sonLa.attributes.x);
    expect(Number(mark.attributes.x1) - scaleStart).toBeCloseTo((Number(sonLa.attributes.width) * 5) / 8, 1);
    expect(texts(svg)).toContain('Ngưỡng: quá 1/2 (5 phiếu)');
  });

  it('writes each count with its share in Vietnamese, and the scale up to the number of voters', () => {
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['8/8 phiếu (100%)', '6/8 phiếu (75%)', '4/8 phiếu (50%)', '0', '8', 'Số phiếu (tổng số 8 phiếu)']),
    );
    const oneOfEight = parseXml(renderer.render({ ...flagProposal, candidates: [{ name: 'Lai Châu', votes: 1, passed: false }] }));
    expect(texts(oneOfEight)).toContain('1/8 phiếu (12,5%)');
  });

  it('speaks English when asked, with ids of its own', () => {
    const english = parseXml(renderer.render(flagProposal, { locale: 'en', id: 'round-2' }));
    expect(texts(english)).toEqual(expect.arrayContaining(['Passed', 'Not passed', '8/8 votes (100%)', 'Threshold: quá 1/2 (5 phiếu)']));
    expect(barsOf(english)[2].attributes.fill).toBe('url(#round-2-failed)');
  });

  it('shows no threshold when the vote has none', () => {
    const plain = parseXml(renderer.render({ ...flagProposal, threshold: undefined }));
    expect(descendants(plain, 'line').filter((line) => line.attributes['stroke-dasharray'] !== undefined)).toHaveLength(0);
    expect(texts(plain).some((label) => label.startsWith('Ngưỡng'))).toBe(false);
  });

  it('escapes names, title and labels, so markup in them stays text', () => {
    const hostile = parseXml(
      renderer.render({
        title: '<script>alert(1)</script>',
        totalVoters: 2,
        threshold: { votes: 1, label: '"><g onload="x">' },
        candidates: [{ name: 'A & B <i>', votes: 1, passed: true }],
      }),
    );
    expect(descendants(hostile, 'script')).toHaveLength(0);
    expect(descendants(hostile, 'i')).toHaveLength(0);
    expect(descendants(hostile, 'g').some((g) => 'onload' in g.attributes)).toBe(false);
    expect(texts(hostile)).toEqual(expect.arrayContaining(['<script>alert(1)</script>', 'A & B <i>', 'Ngưỡng: "><g onload="x">']));
  });

  it('wraps a long title and shortens a long name instead of running off the picture', () => {
    const long = parseXml(
      renderer.render({
        ...flagProposal,
        title: 'Suy tôn đơn vị đề nghị tặng Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam năm 2023',
        candidates: [{ name: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Phúc', votes: 3, passed: false }],
      }),
    );
    expect(descendants(long, 'tspan').length).toBeGreaterThan(1);
    expect(texts(long)).toContain('Liên hiệp các Hội Khoa học và Kỹ…');
  });

  it('says so when there is nothing to show', () => {
    const empty = parseXml(renderer.render({ title: 'Bầu Phó Cụm trưởng', totalVoters: 8, candidates: [] }));
    expect(texts(empty)).toContain('Chưa có số liệu');
    expect(barsOf(empty)).toHaveLength(0);
  });
});
