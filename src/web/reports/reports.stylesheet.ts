import { createHash } from 'node:crypto';
import { SHEET_STYLESHEET } from '../../reports/renderers/html.renderer.js';
import { reportRoutes } from './report.routes.js';

/**
 * Pico's element styles stop at a document's sheet, so that it looks on screen as it prints: the elements the
 * renderer uses go back to the browser's own style, then the renderer's rules (same weight, later) apply.
 */
const UNDO_SITE_STYLES = `.sheet :is(p, hr, h1, h2, header, section, article, figure, table, thead, tbody, tr, th, td, b) { all: revert; }`;

/** On a narrow screen the A4 sheet becomes the width of the screen; printed, only the sheet is on the paper. */
const PAGE_STYLES = `
.report-document { overflow-x: auto; background: #e8e8e8; padding: 0.5rem; margin-bottom: 1rem; }
@media (max-width: 52rem) { .report-document .sheet, .report-document .sheet.wide { width: auto; min-height: 0; padding: 1.25rem 1rem; margin: 0; } }
@media print {
  .report-actions, main > h1, .breadcrumbs, .flash { display: none !important; }
  main.container, main.container.wide { max-width: none; margin: 0; padding: 0; }
  .report-document { background: none; padding: 0; margin: 0; overflow: visible; }
}
`;

/** The report pages' own few rules on top of the site's. */
const REPORT_PAGE_STYLES = `
.report-documents { list-style: none; padding: 0; }
.report-documents li { list-style: none; padding: 0.5rem 0; border-bottom: 1px solid var(--pico-muted-border-color); }
.report-documents p { margin: 0.25rem 0 0; }
.checklist li { margin-bottom: 0.5rem; }
.report-section { margin-bottom: 2rem; }
.report-section label { font-size: 1.2rem; font-weight: 600; }
.overview-chart svg { max-width: 100%; height: auto; }
:is(td, th).align-right { text-align: right; }
:is(td, th).align-center { text-align: center; }
.year-selector { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: end; }
.year-selector .field { width: 10rem; }
.year-selector button { width: auto; margin-bottom: var(--pico-spacing); }
`;

export const REPORTS_CSS = `${UNDO_SITE_STYLES}\n${SHEET_STYLESHEET}\n${PAGE_STYLES}\n${REPORT_PAGE_STYLES}`;

/** The report pages' stylesheet; its address carries a hash of its content, so that browsers may keep it for a year. */
export const REPORTS_CSS_VERSION = createHash('sha256').update(REPORTS_CSS).digest('hex').slice(0, 10);
export const REPORTS_CSS_URL = `${reportRoutes.stylesheet}?v=${REPORTS_CSS_VERSION}`;
