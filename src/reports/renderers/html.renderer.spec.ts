import { describe, expect, it } from '@jest/globals';
import { typographicQuotes } from '../documents/typography.js';
import type { OfficialDocument } from '../documents/document.model.js';
import { HtmlRenderer, SHEET_STYLESHEET } from './html.renderer.js';
import { Markup, escapeMarkup, markup } from './markup.js';
import { visibleText } from './readers.spec-support.js';
import { awardsChart, minutes, newsItem, overview, proposal, summaryReport, SUMMARY_REPORT_HEAD } from './samples.spec-support.js';
import { SvgChartRenderer } from './svg-chart.renderer.js';

const renderer = new HtmlRenderer();
const SCRIPT = '<script>alert("x")</script>';

describe('markup', () => {
  it('escapes interpolated text, arrays of it, and leaves trusted markup alone', () => {
    const name = `Tom & "Jerry" <b>'x'</b>`;
    expect(markup`<p title="${name}">${[name, markup`<i>${1}</i>`]}${null}${false}</p>`.text).toBe(
      '<p title="Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;x&#39;&lt;/b&gt;">Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;x&#39;&lt;/b&gt;<i>1</i></p>',
    );
    expect(escapeMarkup('Hòa Bình')).toBe('Hòa Bình');
    expect(markup`${Markup.trusted('<br>')}`.text).toBe('<br>');
  });
});

describe('HTML of an official document', () => {
  const page = renderer.document(summaryReport);
  const text = visibleText(page);

  it('is a Vietnamese page with the Decree 30 header, title, body, recipients and signature in order', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<html lang="vi">');
    const inOrder = [
      ...SUMMARY_REPORT_HEAD,
      'Liên hiệp các Hội KH&KT tỉnh Hòa Bình',
      'tỉnh Sơn La và tỉnh Hòa Bình./.',
      'Nơi nhận:',
      '- Lưu: VT, Cụm.',
      'TM. BAN THƯỜNG VỤ CHỦ TỊCH',
      'Nguyễn Văn Thắng',
    ].map((line) => text.indexOf(line));
    expect(inOrder.every((position) => position >= 0)).toBe(true);
    expect(inOrder).toEqual([...inOrder].sort((a, b) => a - b));
  });

  it('has a print stylesheet for A4 with Decree 30 margins, Times New Roman first and its open look-alikes after', () => {
    expect(page).toMatch(/@page \{ size: A4 portrait; margin: 20mm 15mm 20mm 30mm;/);
    expect(page).toMatch(/@page :first \{ @top-center \{ content: none; \} \}/);
    expect(page).toContain("font-family: 'Times New Roman', 'Liberation Serif', Tinos, serif;");
    expect(page).toContain('@media print');
  });

  it('escapes text from the records, so a <script> in it stays text', () => {
    const hostile: OfficialDocument = {
      ...summaryReport,
      summary: `Báo cáo ${SCRIPT}`,
      body: [
        { kind: 'table', columns: [{ header: SCRIPT }], rows: [[SCRIPT]] },
        { kind: 'paragraph', text: `Ghi chú: ${SCRIPT}` },
      ],
      signatures: [{ position: 'Chủ tịch', name: `"><img src=x onerror=alert(1)>` }],
    };
    const hostilePage = renderer.document(hostile);
    expect(hostilePage).not.toContain('<script>');
    expect(hostilePage).not.toContain('<img');
    expect(hostilePage).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // Running text is typeset (typographic quotes) before it is escaped.
    expect(visibleText(hostilePage)).toContain(`Ghi chú: ${typographicQuotes(SCRIPT)}./.`);
  });
});

describe('HTML of minutes, a submission and a news item', () => {
  it('minutes have no place-and-date line, and THƯ KÝ signs left of CHỦ TỌA above the recipients', () => {
    const page = renderer.document(minutes);
    expect(page).not.toContain('class="place-date"');
    const text = visibleText(page);
    expect(text.indexOf('THƯ KÝ')).toBeLessThan(text.indexOf('CHỦ TỌA'));
    expect(text.indexOf('CHỦ TỌA')).toBeLessThan(text.indexOf('Nơi nhận:'));
  });

  it('a submission has "Kính gửi" and italic legal bases', () => {
    const page = renderer.document(proposal);
    expect(visibleText(page)).toContain('TỜ TRÌNH Về việc đề nghị tặng Cờ thi đua năm 2023');
    expect(page).toContain('<section class="addressees"><p>Kính gửi: Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam</p></section>');
    expect(page).toContain('<section class="legal-bases"><p>Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;</p>');
  });

  it('a news item is headline, dateline, bold lead, paragraphs and byline', () => {
    const page = renderer.article(newsItem);
    expect(page).toContain('<h1>Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023</h1>');
    expect(page).toContain('<p class="dateline">27/11/2023</p>');
    expect(page).toContain(`<p class="lead">${newsItem.paragraphs[0]}</p>`);
    expect(visibleText(page)).toMatch(/Tin, ảnh: Trần Hiền$/);
  });
});

describe('HTML of a workbook', () => {
  const svg = new SvgChartRenderer().barChart(awardsChart);
  const page = renderer.tables(
    { ...overview, sheets: [{ ...overview.sheets[0], rows: [...overview.sheets[0].rows, [SCRIPT, null, null, 0, 0, 0]] }] },
    [svg],
  );

  it('shows each sheet as a table under its title (the title once where the sheet is the report) on a landscape page, then the figures', () => {
    const text = visibleText(page);
    expect(page).toContain('<main class="sheet wide">');
    expect(page).toContain('@page wide { size: A4 landscape; }');
    expect(text).toMatch(/^Tổng hợp công tác thi đua các Cụm năm 2023 Cụm Cụm trưởng/);
    expect(text).toContain('Cụm thi đua số 3 Sơn La Yên Bái 2 2 87,5');
    expect(page.indexOf('</table>')).toBeLessThan(page.indexOf('<figure><svg'));
    expect(page).toContain(svg);
  });

  it('escapes the cells', () => {
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
  });
});

describe('a sheet for a page of its own', () => {
  it('is the same content in a Vietnamese div instead of a page', () => {
    const sheet = renderer.documentSheet(summaryReport);
    expect(sheet.html.startsWith('<div class="sheet" lang="vi">')).toBe(true);
    expect(sheet.html).not.toContain('<main');
    expect(sheet.html).not.toContain('<style');
    expect(sheet.html).not.toContain(' style=');
    expect(visibleText(`<body>${sheet.html}`)).toBe(visibleText(renderer.document(summaryReport)));
    expect(renderer.articleSheet(newsItem).title).toBe(newsItem.headline);
  });

  it('comes with rules that reach nothing outside the sheet, except the paper', () => {
    const selectors = SHEET_STYLESHEET.replace(/@page[^{]*\{([^{}]|\{[^{}]*\})*\}/g, '')
      .replace(/@media print \{/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0].trim())
      .filter(Boolean)
      .flatMap((selector) => selector.split(',').map((s) => s.trim()));
    expect(selectors.length).toBeGreaterThan(30);
    expect(selectors.filter((s) => !s.startsWith('.sheet'))).toEqual([]);
    expect(SHEET_STYLESHEET).toContain('@page wide { size: A4 landscape; }');
  });
});
