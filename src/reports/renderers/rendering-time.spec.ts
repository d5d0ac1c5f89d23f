import { describe, expect, it } from '@jest/globals';
import { DocxRenderer } from './docx.renderer.js';
import { documentFonts } from './fonts.js';
import { HtmlRenderer } from './html.renderer.js';
import { PdfRenderer } from './pdf.renderer.js';
import { summaryReport } from './samples.spec-support.js';

describe('rendering cost of a cluster-year report', () => {
  it('reads the font files once per process', () => {
    expect(documentFonts()).toBe(documentFonts());
  });

  it('renders a cluster-year report as HTML, DOCX and PDF well under a second', async () => {
    const html = new HtmlRenderer();
    const docx = new DocxRenderer();
    const pdf = new PdfRenderer();
    const all = async () => {
      const started = performance.now();
      html.document(summaryReport);
      await docx.document(summaryReport);
      await pdf.document(summaryReport);
      return performance.now() - started;
    };
    await all();
    // The best of three, so that a garbage collection or a busy neighbour does not decide the result.
    const timings = [await all(), await all(), await all()];
    expect(Math.min(...timings)).toBeLessThan(500);
  });
});
