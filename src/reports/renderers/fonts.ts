import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../platform/files/package-root.js';

/**
 * Liberation Serif 2 (SIL Open Font License 1.1, see assets/fonts/): metric-compatible with Times New Roman,
 * which Decree 30 prescribes, and it covers every Vietnamese letter. It is embedded in the PDFs we make.
 */
const FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;

export type FontFace = keyof typeof FILES;

let loaded: Readonly<Record<FontFace, Buffer>> | undefined;

/**
 * The four faces, read from disk once per process and shared by every PDF. Each document still parses
 * its own copy: with parsed fonts shared across documents, pdfkit 0.20 wrote a wrong text mapping into
 * the next PDF ("ngày" extracted as "ngà0"). Parsing costs tens of milliseconds; a file read would cost more.
 */
export function documentFonts(): Readonly<Record<FontFace, Buffer>> {
  if (!loaded) {
    const folder = join(packageRoot(), 'assets', 'fonts');
    const entries = Object.entries(FILES).map(([face, file]) => [face, readFileSync(join(folder, file))]);
    loaded = Object.freeze(Object.fromEntries(entries) as Record<FontFace, Buffer>);
  }
  return loaded;
}
