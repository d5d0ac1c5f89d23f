import { unzipSync, strFromU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SaxesParser } from 'saxes';

/**
 * Readers for the renderer specs, independent of the libraries that write the files: fflate unzips
 * DOCX and XLSX, saxes parses (and so checks the well-formedness of) their XML and our SVG, PDF.js
 * extracts the text of PDFs the way a viewer does.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, without that of its children. */
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', (text) => (stack.at(-1)!.text += text));
  parser.write(xml).close();
  return root.children[0];
}

export function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...descendants(child, name)]);
}

/** All text inside the element, in document order. */
export function textOf(element: XmlElement): string {
  return element.text + element.children.map(textOf).join('');
}

export function unzipXml(file: Buffer, path: string): XmlElement {
  const entry = unzipSync(new Uint8Array(file), { filter: (candidate) => candidate.name === path })[path];
  if (!entry) throw new Error(`${path} is not in the archive`);
  return parseXml(strFromU8(entry));
}

/** The text of a DOCX as Word shows it, paragraph by paragraph. */
export function docxText(file: Buffer): string {
  return descendants(unzipXml(file, 'word/document.xml'), 'w:p')
    .map((p) => descendants(p, 'w:t').map(textOf).join(''))
    .join('\n');
}

export interface PdfPageText {
  /** The page's text items joined in reading order, runs of white space collapsed to one space. */
  text: string;
  /** Each text item with its baseline height from the bottom of the page, in points. */
  items: { str: string; y: number }[];
  width: number;
  height: number;
}

export async function pdfPages(file: Buffer): Promise<PdfPageText[]> {
  const pdf = await getDocument({ data: new Uint8Array(file), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item ? [{ str: item.str, y: item.transform[5] as number, eol: item.hasEOL }] : [],
    );
    const [, , width, height] = page.view;
    pages.push({
      text: items
        .map((item) => item.str + (item.eol ? ' ' : ''))
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
      items: items.map(({ str, y }) => ({ str, y })),
      width,
      height,
    });
  }
  await pdf.destroy();
  return pages;
}

/** What a reader sees of an HTML page: tags dropped, entities decoded, white space collapsed. */
export function visibleText(page: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return page
    .slice(page.indexOf('<body>'))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity])
    .replace(/\s+/g, ' ')
    .trim();
}
