import { Injectable } from '@nestjs/common';
import {
  cellAlign,
  cellText,
  columnFractions,
  printArticle,
  printDocument,
  type PrintedBlock,
  type PrintedSignature,
} from '../documents/document.layout.js';
import type { NewsArticle, OfficialDocument, Table, TabularReport } from '../documents/document.model.js';
import { Markup, markup } from './markup.js';
import { MOTTO_RULE, PAGE, SHORT_RULE, SIZE } from './page-setup.js';

const { top, right, bottom, left } = PAGE.marginMm;

/** The paper: A4 with Decree 30 margins, numbered from page 2; landscape for the `wide` sheets of workbooks. */
const PAGE_RULES = `
@page { size: A4 portrait; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;
  @top-center { content: counter(page); font: ${SIZE.pageNumber}pt 'Times New Roman', 'Liberation Serif', Tinos, serif; } }
@page :first { @top-center { content: none; } }
@page wide { size: A4 landscape; }
`;

/**
 * The sheet and everything on it, every rule under `.sheet` so that a web page can show a document inside its own
 * layout with these rules and no others. On screen a white A4 sheet; printed, the page itself.
 */
const SHEET_RULES = `
.sheet { box-sizing: border-box; width: ${PAGE.widthMm}mm; min-height: ${PAGE.heightMm}mm; margin: 1rem auto;
  padding: ${top}mm ${right}mm ${bottom}mm ${left}mm; background: #fff; box-shadow: 0 0 4px rgba(0, 0, 0, .3);
  color: #000; font-family: 'Times New Roman', 'Liberation Serif', Tinos, serif; font-size: ${SIZE.body}pt; line-height: ${PAGE.lineHeight}; }
.sheet.wide { width: ${PAGE.heightMm}mm; min-height: ${PAGE.widthMm}mm; page: wide; }
@media print { .sheet, .sheet.wide { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; } }
.sheet p { margin: 0; }
.sheet .columns { display: grid; grid-template-columns: ${PAGE.leftColumn}fr ${1 - PAGE.leftColumn}fr; align-items: start; }
.sheet .columns > div { text-align: center; }
.sheet .header-line { font-size: ${SIZE.headerLine}pt; }
.sheet .motto { font-size: ${SIZE.motto}pt; font-weight: bold; }
.sheet .number { font-size: ${SIZE.number}pt; margin-top: 4pt; white-space: pre-wrap; }
.sheet .place-date { font-style: italic; margin-top: 4pt; white-space: pre-wrap; }
.sheet hr { border: 0; border-top: 1px solid #000; margin: 3pt auto 4pt; }
.sheet hr.short { width: ${Math.round(SHORT_RULE * 100)}%; }
.sheet hr.motto-rule { width: ${Math.round(MOTTO_RULE * 100)}%; }
.sheet .title { margin-top: 18pt; text-align: center; font-weight: bold; }
.sheet .addressees, .sheet .legal-bases { margin-top: 12pt; }
.sheet .addressees p { text-align: center; }
.sheet .addressees p + p { text-align: left; padding-left: 30%; }
.sheet .legal-bases p { font-style: italic; text-align: justify; text-indent: ${PAGE.firstLineIndentMm}mm; }
.sheet .body { margin-top: 12pt; }
.sheet .body p { text-align: justify; text-indent: ${PAGE.firstLineIndentMm}mm; margin-bottom: ${PAGE.paragraphSpacingPt}pt; }
.sheet .body .heading, .sheet .body .item { font-weight: bold; margin-top: 12pt; }
.sheet table.data { width: 100%; border-collapse: collapse; margin-bottom: ${PAGE.paragraphSpacingPt}pt; font-size: ${SIZE.table}pt; }
.sheet table.data th, .sheet table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
.sheet table.data th { text-align: center; }
.sheet td.align-left { text-align: left; }
.sheet td.align-center { text-align: center; }
.sheet td.align-right { text-align: right; }
.sheet .footer { break-inside: avoid; }
.sheet .footer .recipients { text-align: left; padding-top: 12pt; }
.sheet .recipients-label { font-size: ${SIZE.recipientsLabel}pt; font-weight: bold; font-style: italic; }
.sheet .recipients p { font-size: ${SIZE.recipients}pt; }
.sheet .signature { font-weight: bold; padding-top: 12pt; }
.sheet .signature .name { margin-top: 60pt; }
.sheet .tables h1 { font-size: 16pt; text-align: center; margin: 0 0 12pt; }
.sheet .tables h2 { font-size: ${SIZE.body}pt; margin: 18pt 0 6pt; }
.sheet .tables figure { margin: 12pt 0; }
.sheet .tables svg { max-width: 100%; height: auto; }
.sheet .article h1 { font-size: 20pt; margin: 0 0 4pt; }
.sheet .article .dateline { font-style: italic; margin-bottom: 12pt; }
.sheet .article p { text-align: justify; margin-bottom: ${PAGE.paragraphSpacingPt}pt; }
.sheet .article .lead { font-weight: bold; }
.sheet .article .byline { text-align: right; font-weight: bold; }
`;

/** What a page needs to show sheets inside its own layout and print them as the documents they are. */
export const SHEET_STYLESHEET = PAGE_RULES + SHEET_RULES;

/** A standalone page: the grey desk behind the sheet on screen, nothing behind it in print. */
const STYLE = Markup.trusted(`${PAGE_RULES}
html { background: #e8e8e8; }
body { margin: 0; }
@media print { html { background: none; } }
${SHEET_RULES}`);

/** A document's sheet without the page around it, for a web page that shows it inside its own layout. */
export interface Sheet {
  title: string;
  /** `<div class="sheet">…</div>`, escaped throughout; styled by `SHEET_STYLESHEET`. */
  html: string;
}

interface SheetContent {
  title: string;
  content: Markup;
  /** A landscape page (Decree 30 allows it for tables), for workbooks shown on screen. */
  wide?: boolean;
}

function sheetOf({ title, content, wide }: SheetContent): Sheet {
  return {
    title,
    html: markup`<div class="sheet${wide ? ' wide' : ''}" lang="vi">
${content}
</div>`.text,
  };
}

function page({ title, content, wide }: SheetContent): string {
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
<colgroup>${data.columns.map((_, i) => markup`<col width="${(widths[i] * 100).toFixed(1)}%">`)}</colgroup>
<thead><tr>${data.columns.map((column) => markup`<th>${column.header}</th>`)}</tr></thead>
<tbody>${data.rows.map((row) => markup`<tr>${row.map((cell, i) => markup`<td class="align-${cellAlign(data.columns[i], cell)}">${cellText(cell)}</td>`)}</tr>`)}</tbody>
</table>`;
}

function block(printed: PrintedBlock): Markup {
  return printed.kind === 'table' ? table(printed) : markup`<p class="${printed.kind}">${printed.text}</p>`;
}

function signature(printed: PrintedSignature): Markup {
  return markup`<div class="signature">${lines(printed.titleLines)}<p class="name">${printed.name}</p></div>`;
}

function documentContent(document: OfficialDocument): SheetContent {
  const printed = printDocument(document);
  const { header } = printed;
  const recipients = markup`<div class="recipients"><p class="recipients-label">${printed.recipientsLabel}</p>${lines(printed.recipients)}</div>`;
  const [first, second] = printed.signatures;
  const footer = second
    ? markup`<section class="footer columns">${signature(first)}${signature(second)}</section><section class="footer">${recipients}</section>`
    : markup`<section class="footer columns">${recipients}${signature(first)}</section>`;
  return {
    title: `${printed.title} - ${printed.summary}`,
    content: markup`<header class="columns">
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
${footer}`,
  };
}

/**
 * A workbook on screen: its sheets as tables under their titles, then the figures. `figures` are SVG made by
 * `SvgChartRenderer`, which escapes every label; anything else must not be passed here.
 */
function tablesContent(report: TabularReport, figures: readonly string[]): SheetContent {
  return {
    title: report.title,
    content: markup`<section class="tables">
<h1>${report.title}</h1>
${report.sheets.map(
  (sheet) => markup`${sheet.title !== report.title && markup`<h2>${sheet.title ?? sheet.name}</h2>`}
${table(sheet)}`,
)}
${figures.map((svg) => markup`<figure>${Markup.trusted(svg)}</figure>`)}
</section>`,
    wide: true,
  };
}

function articleContent(written: NewsArticle): SheetContent {
  const article = printArticle(written);
  const [lead, ...rest] = article.paragraphs;
  return {
    title: article.headline,
    content: markup`<article class="article">
<h1>${article.headline}</h1>
<p class="dateline">${article.dateline}</p>
${lead !== undefined && markup`<p class="lead">${lead}</p>`}
${lines(rest)}
${article.byline !== undefined && markup`<p class="byline">${article.byline}</p>`}
</article>`,
  };
}

/**
 * The HTML adapter: a whole page per document, escaped throughout, with a print stylesheet; or only its sheet, for
 * a web page that shows it inside its own layout.
 */
@Injectable()
export class HtmlRenderer {
  document(document: OfficialDocument): string {
    return page(documentContent(document));
  }

  documentSheet(document: OfficialDocument): Sheet {
    return sheetOf(documentContent(document));
  }

  tables(report: TabularReport, figures: readonly string[] = []): string {
    return page(tablesContent(report, figures));
  }

  article(article: NewsArticle): string {
    return page(articleContent(article));
  }

  articleSheet(article: NewsArticle): Sheet {
    return sheetOf(articleContent(article));
  }
}
