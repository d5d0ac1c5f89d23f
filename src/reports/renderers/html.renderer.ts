import { Injectable } from '@nestjs/common';
import { cellText, columnFractions, printDocument, type PrintedBlock, type PrintedSignature } from '../documents/document.layout.js';
import type { NewsArticle, OfficialDocument, Table, TabularReport } from '../documents/document.model.js';
import { Markup, markup } from './markup.js';
import { MOTTO_RULE, PAGE, SHORT_RULE, SIZE } from './page-setup.js';

const { top, right, bottom, left } = PAGE.marginMm;

/** On screen a white A4 sheet; printed, the page itself with Decree 30 margins and numbers from page 2. */
const STYLE = Markup.trusted(`
@page { size: A4 portrait; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;
  @top-center { content: counter(page); font: ${SIZE.pageNumber}pt 'Times New Roman', 'Liberation Serif', Tinos, serif; } }
@page :first { @top-center { content: none; } }
html { background: #e8e8e8; }
body { margin: 0; color: #000; font-family: 'Times New Roman', 'Liberation Serif', Tinos, serif;
  font-size: ${SIZE.body}pt; line-height: ${PAGE.lineHeight}; }
.sheet { box-sizing: border-box; width: ${PAGE.widthMm}mm; min-height: ${PAGE.heightMm}mm; margin: 1rem auto;
  padding: ${top}mm ${right}mm ${bottom}mm ${left}mm; background: #fff; box-shadow: 0 0 4px rgba(0, 0, 0, .3); }
@page wide { size: A4 landscape; }
.sheet.wide { width: ${PAGE.heightMm}mm; min-height: ${PAGE.widthMm}mm; page: wide; }
@media print { html { background: none; } .sheet, .sheet.wide { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; } }
p { margin: 0; }
.columns { display: grid; grid-template-columns: ${PAGE.leftColumn}fr ${1 - PAGE.leftColumn}fr; align-items: start; }
.columns > div { text-align: center; }
.header-line { font-size: ${SIZE.headerLine}pt; }
.motto { font-size: ${SIZE.motto}pt; font-weight: bold; }
.number { font-size: ${SIZE.number}pt; margin-top: 4pt; white-space: pre-wrap; }
.place-date { font-style: italic; margin-top: 4pt; white-space: pre-wrap; }
hr { border: 0; border-top: 1px solid #000; margin: 3pt auto 4pt; }
hr.short { width: ${Math.round(SHORT_RULE * 100)}%; }
hr.motto-rule { width: ${Math.round(MOTTO_RULE * 100)}%; }
.title { margin-top: 18pt; text-align: center; font-weight: bold; }
.addressees, .legal-bases { margin-top: 12pt; }
.addressees p { text-align: center; }
.addressees p + p { text-align: left; padding-left: 30%; }
.legal-bases p { font-style: italic; text-align: justify; text-indent: ${PAGE.firstLineIndentMm}mm; }
.body { margin-top: 12pt; }
.body p { text-align: justify; text-indent: ${PAGE.firstLineIndentMm}mm; margin-bottom: ${PAGE.paragraphSpacingPt}pt; }
.body .heading, .body .item { font-weight: bold; margin-top: 12pt; }
table.data { width: 100%; border-collapse: collapse; margin-bottom: ${PAGE.paragraphSpacingPt}pt; font-size: ${SIZE.table}pt; }
table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
table.data th { text-align: center; }
.footer { break-inside: avoid; }
.footer .recipients { text-align: left; padding-top: 12pt; }
.recipients-label { font-size: ${SIZE.recipientsLabel}pt; font-weight: bold; font-style: italic; }
.recipients p { font-size: ${SIZE.recipients}pt; }
.signature { font-weight: bold; padding-top: 12pt; }
.signature .name { margin-top: 60pt; }
.tables h1 { font-size: 16pt; text-align: center; margin: 0 0 12pt; }
.tables h2 { font-size: ${SIZE.body}pt; margin: 18pt 0 6pt; }
.tables figure { margin: 12pt 0; }
.tables svg { max-width: 100%; height: auto; }
.article h1 { font-size: 20pt; margin: 0 0 4pt; }
.article .dateline { font-style: italic; margin-bottom: 12pt; }
.article p { text-align: justify; margin-bottom: ${PAGE.paragraphSpacingPt}pt; }
.article .lead { font-weight: bold; }
.article .byline { text-align: right; font-weight: bold; }
`);

/** `wide`: a landscape page (Decree 30 allows it for tables), for workbooks shown on screen. */
function page(title: string, content: Markup, wide = false): string {
  return markup`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="sheet${wide ? ' wide' : ''}">
${content}
</main>
</body>
</html>
`.text;
}

function lines(texts: readonly string[]): Markup[] {
  return texts.map((text) => markup`<p>${text}</p>`);
}

function table(data: Table): Markup {
  const widths = columnFractions(data);
  return markup`<table class="data">
<colgroup>${data.columns.map((_, i) => markup`<col style="width:${(widths[i] * 100).toFixed(1)}%">`)}</colgroup>
<thead><tr>${data.columns.map((column) => markup`<th>${column.header}</th>`)}</tr></thead>
<tbody>${data.rows.map((row) => markup`<tr>${row.map((cell, i) => markup`<td style="text-align:${data.columns[i]?.align ?? (typeof cell === 'number' ? 'right' : 'left')}">${cellText(cell)}</td>`)}</tr>`)}</tbody>
</table>`;
}

function block(printed: PrintedBlock): Markup {
  return printed.kind === 'table' ? table(printed) : markup`<p class="${printed.kind}">${printed.text}</p>`;
}

function signature(printed: PrintedSignature): Markup {
  return markup`<div class="signature">${lines(printed.titleLines)}<p class="name">${printed.name}</p></div>`;
}

/** The HTML adapter: a whole page per document, escaped throughout, with a print stylesheet. */
@Injectable()
export class HtmlRenderer {
  document(document: OfficialDocument): string {
    const printed = printDocument(document);
    const { header } = printed;
    const recipients = markup`<div class="recipients"><p class="recipients-label">${printed.recipientsLabel}</p>${lines(printed.recipients)}</div>`;
    const [first, second] = printed.signatures;
    const footer = second
      ? markup`<section class="footer columns">${signature(first)}${signature(second)}</section><section class="footer">${recipients}</section>`
      : markup`<section class="footer columns">${recipients}${signature(first)}</section>`;
    return page(`${printed.title} - ${printed.summary}`, markup`<header class="columns">
<div>
${header.superiorBody !== undefined && markup`<p class="header-line">${header.superiorBody}</p>`}
<p class="header-line"><b>${header.issuingBody}</b></p>
<hr class="short">
<p class="number">${header.number}</p>
</div>
<div>
<p class="header-line"><b>${header.nationalName}</b></p>
<p class="motto">${header.motto}</p>
<hr class="motto-rule">
${header.placeAndDate !== undefined && markup`<p class="place-date">${header.placeAndDate}</p>`}
</div>
</header>
<section class="title"><p>${printed.title}</p><p>${printed.summary}</p><hr class="short"></section>
${printed.addressees.length > 0 && markup`<section class="addressees">${lines(printed.addressees)}</section>`}
${printed.legalBases.length > 0 && markup`<section class="legal-bases">${lines(printed.legalBases)}</section>`}
<section class="body">
${printed.body.map(block)}
</section>
${footer}`);
  }

  /**
   * A workbook on screen: its sheets as tables under their titles, then the figures. `figures` are SVG made by
   * `SvgChartRenderer`, which escapes every label; anything else must not be passed here.
   */
  tables(report: TabularReport, figures: readonly string[] = []): string {
    return page(
      report.title,
      markup`<section class="tables">
<h1>${report.title}</h1>
${report.sheets.map((sheet) => markup`<h2>${sheet.title ?? sheet.name}</h2>
${table(sheet)}`)}
${figures.map((svg) => markup`<figure>${Markup.trusted(svg)}</figure>`)}
</section>`,
      true,
    );
  }

  article(article: NewsArticle): string {
    const [lead, ...rest] = article.paragraphs;
    return page(article.headline, markup`<article class="article">
<h1>${article.headline}</h1>
<p class="dateline">${article.dateline}</p>
${lead !== undefined && markup`<p class="lead">${lead}</p>`}
${lines(rest)}
${article.byline !== undefined && markup`<p class="byline">${article.byline}</p>`}
</article>`);
  }
}
