import { describe, expect, it } from '@jest/globals';
import { descendants, parseXml, textOf, type XmlElement } from './readers.spec-support.js';
import { expectResponsiveSvg, texts } from './svg.spec-support.js';
import { TermsTimelineRenderer, type TermsTimeline } from './terms-timeline.renderer.js';

const renderer = new TermsTimelineRenderer();

/** Cluster 3's chairs as the tests need them; 2022 left unrecorded on purpose. */
const cluster3: TermsTimeline = {
  years: [
    { year: 2024, chair: 'Lào Cai', viceChair: 'Yên Bái' },
    { year: 2021, chair: 'Điện Biên', viceChair: null },
    { year: 2022, chair: null, viceChair: null },
    { year: 2023, chair: 'Sơn La', viceChair: 'Hòa Bình' },
  ],
};

/** The texts of each year's row (a `g` holding the year), in the order drawn. */
function rows(svg: XmlElement): string[][] {
  return descendants(svg, 'g').map((row) => descendants(row, 'text').map(textOf));
}

describe('terms timeline of a cluster', () => {
  const svg = parseXml(renderer.render(cluster3));

  it('is a self-contained SVG that scales to its container', () => {
    expectResponsiveSvg(svg);
  });

  it('shows the chair and vice-chair of every year, from the earliest', () => {
    expect(rows(svg)).toEqual([
      ['2021', 'Cụm trưởng', 'Điện Biên', 'Cụm phó', 'chưa có'],
      ['2022', 'Cụm trưởng', 'chưa có', 'Cụm phó', 'chưa có'],
      ['2023', 'Cụm trưởng', 'Sơn La', 'Cụm phó', 'Hòa Bình'],
      ['2024', 'Cụm trưởng', 'Lào Cai', 'Cụm phó', 'Yên Bái'],
    ]);
    const years = descendants(svg, 'g').map((row) => Number(descendants(row, 'text')[0].attributes.y));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('is an image with a title and a spoken summary year by year', () => {
    expect(svg.attributes.role).toBe('img');
    expect(textOf(descendants(svg, 'title')[0])).toBe('Cụm trưởng, Cụm phó qua các năm');
    const summary =
      '2021: Cụm trưởng Điện Biên, Cụm phó chưa có. 2022: Cụm trưởng chưa có, Cụm phó chưa có. ' +
      '2023: Cụm trưởng Sơn La, Cụm phó Hòa Bình. 2024: Cụm trưởng Lào Cai, Cụm phó Yên Bái.';
    expect(svg.attributes['aria-label']).toBe(`Cụm trưởng, Cụm phó qua các năm. ${summary}`);
    expect(textOf(descendants(svg, 'desc')[0])).toBe(summary);
  });

  it('marks a year without a chair with an open dot', () => {
    const dots = descendants(svg, 'circle').map((dot) => dot.attributes.fill);
    expect(dots[1]).toBe('#fff');
    expect(dots.filter((fill) => fill === '#fff')).toHaveLength(1);
  });

  it('brings out the years of one unit on its own page, underlining its name', () => {
    const laoCai = parseXml(renderer.render(cluster3, { highlight: 'Lào Cai', title: 'Lào Cai trong Cụm thi đua số 3' }));
    expect(texts(laoCai)[0]).toBe('Lào Cai trong Cụm thi đua số 3');
    const backdrops = descendants(laoCai, 'rect').filter((rect) => rect.attributes.rx !== undefined);
    expect(backdrops).toHaveLength(1);
    const underlined = descendants(laoCai, 'text').filter((text) => text.attributes['text-decoration'] === 'underline');
    expect(underlined.map(textOf)).toEqual(['Lào Cai']);
  });

  it('speaks English when asked', () => {
    const english = parseXml(renderer.render(cluster3, { locale: 'en' }));
    expect(texts(english)).toEqual(expect.arrayContaining(['Chair and vice-chair units over the years', 'Chair', 'Vice-chair', 'none']));
  });

  it('escapes unit names and the title', () => {
    const hostile = parseXml(
      renderer.render({ years: [{ year: 2023, chair: '<script>x</script>', viceChair: 'A & "B"' }] }, { title: '<b>t</b>' }),
    );
    expect(descendants(hostile, 'script')).toHaveLength(0);
    expect(descendants(hostile, 'b')).toHaveLength(0);
    expect(texts(hostile)).toEqual(expect.arrayContaining(['<b>t</b>', '<script>x</script>', 'A & "B"']));
  });

  it('shortens a long name after a whole word', () => {
    const long = parseXml(
      renderer.render({ years: [{ year: 2023, chair: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vĩnh Phúc', viceChair: null }] }),
    );
    expect(texts(long)).toContain('Liên hiệp các Hội Khoa…');
  });

  it('says so when nothing is recorded', () => {
    const empty = parseXml(renderer.render({ years: [] }));
    expect(texts(empty)).toEqual(['Cụm trưởng, Cụm phó qua các năm', 'Chưa có số liệu']);
    expect(descendants(empty, 'circle')).toHaveLength(0);
  });
});
