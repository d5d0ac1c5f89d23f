import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { pdfPages, type PdfPageText } from '../../reports/renderers/readers.spec-support.js';
import { ballotUrl, BallotSlipsRenderer, codeGroups, qrModules, type BallotSlipsInput } from './ballot-slips.renderer.js';

const CLUSTER_3 = ['Sơn La', 'Điện Biên', 'Lai Châu', 'Lào Cai', 'Yên Bái', 'Vĩnh Phúc', 'Phú Thọ', 'Hòa Bình'];
/** Codes as BallotCodes issues them, made up for the test. */
const CODES = CLUSTER_3.map((_, i) => `7K2M-9QXH-4RTB-W${i}MZ`);

const conference: BallotSlipsInput = {
  clusterName: 'Cụm thi đua số 3',
  meetingTitle: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
  meetingDate: '2023-11-27',
  voteTitle: 'Suy tôn đơn vị đề nghị tặng Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam năm 2023',
  baseUrl: 'http://localhost:3000',
  slips: CLUSTER_3.map((unitShortName, i) => ({ unitShortName, code: CODES[i] })),
};

const renderer = new BallotSlipsRenderer();
const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/ballot-slips/', import.meta.url));

/** The decompressed content stream of each page, as pdfkit writes it (one stream per page). */
function pageContents(file: Buffer): string[] {
  const raw = file.toString('latin1');
  return [...raw.matchAll(/\/Contents (\d+) 0 R/g)].map(([, id]) => {
    const head = new RegExp(`\\n${id} 0 obj\\n<<\\n/Length (\\d+)\\n/Filter /FlateDecode\\n>>\\nstream\\n`).exec(raw);
    if (!head) throw new Error(`content stream ${id} not found`);
    const start = head.index + head[0].length;
    return inflateSync(file.subarray(start, start + Number(head[1]))).toString('latin1');
  });
}

/**
 * Reads back the QR codes drawn on a page: every filled path made of rectangles is one code, each rectangle a
 * run of dark modules. Returns the module matrices in drawing order, as `qrModules` gives them.
 */
function drawnQrCodes(content: string): boolean[][][] {
  return content
    .split('\nf\n')
    .map((path) => [...path.matchAll(/^(\S+) (\S+) (\S+) (\S+) re$/gm)].map((match) => match.slice(1, 5).map(Number)))
    .filter((rects) => rects.length > 0)
    .map((rects) => {
      const module = rects[0][3];
      const left = Math.min(...rects.map(([x]) => x));
      const top = Math.min(...rects.map(([, y]) => y));
      const size = Math.round((Math.max(...rects.map(([x, , width]) => x + width)) - left) / module);
      const matrix = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
      for (const [x, y, width] of rects) {
        const row = Math.round((y - top) / module);
        const col = Math.round((x - left) / module);
        for (let c = col; c < col + Math.round(width / module); c++) matrix[row][c] = true;
      }
      return matrix;
    });
}

describe('the ballot page address in each QR code', () => {
  it('opens the ballot page with the code filled in', () => {
    expect(ballotUrl('http://localhost:3000', '7K2M-9QXH-4RTB-W0MZ')).toBe('http://localhost:3000/ballot?code=7K2M-9QXH-4RTB-W0MZ');
  });

  it('keeps a path prefix and drops a trailing slash of the base address', () => {
    expect(ballotUrl('https://thidua.vusta.vn/app/', 'AAAA-BBBB')).toBe('https://thidua.vusta.vn/app/ballot?code=AAAA-BBBB');
  });

  it('escapes whatever the code holds', () => {
    expect(ballotUrl('http://localhost:3000', 'A B&c=1')).toBe('http://localhost:3000/ballot?code=A%20B%26c%3D1');
  });

  it('groups a code by four characters however it was typed', () => {
    expect(codeGroups('7k2m 9qxh-4RTB-w0mz')).toEqual(['7K2M', '9QXH', '4RTB', 'W0MZ']);
  });
});

describe('ballot slips of the Cluster 3 conference, 27/11/2023 (read back with PDF.js)', () => {
  let file: Buffer;
  let pages: PdfPageText[];

  beforeAll(async () => {
    file = await renderer.render(conference);
    pages = await pdfPages(file);
  });

  it('fits the eight units on one A4 page', () => {
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toHaveLength(1);
    expect(pages[0].width).toBeCloseTo(595.28, 1);
    expect(pages[0].height).toBeCloseTo(841.89, 1);
  });

  it('prints every unit with its own code, and the occasion, in Vietnamese', () => {
    const text = pages[0].text;
    expect(text.match(/PHIẾU BẦU ĐIỆN TỬ/g)).toHaveLength(8);
    expect(text).toContain('Cụm thi đua số 3 – Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, ngày 27/11/2023');
    expect(text).toContain('Suy tôn đơn vị đề nghị tặng Cờ thi đua');
    expect(text).toContain('Quét mã QR hoặc mở http://localhost:3000/ballot và nhập mã. Mỗi mã chỉ dùng một lần.');
    const compact = text.replace(/\s+/g, '');
    for (const [i, unit] of CLUSTER_3.entries()) {
      expect(text).toContain(`Đơn vị bỏ phiếu: ${unit}`);
      expect(compact).toContain(codeGroups(CODES[i]).join(''));
    }
  });

  it('draws one QR code per slip, each holding the ballot address with that slip’s code', () => {
    const drawn = drawnQrCodes(pageContents(file)[0]);
    expect(drawn).toEqual(CODES.map((code) => qrModules(ballotUrl(conference.baseUrl, code))));
  });

  it('embeds Liberation Serif only', () => {
    const raw = file.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSerif-Bold/);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times-Roman|Courier)/);
  });

  it('looks right on paper: page 1 rendered with pdftoppm into test-artifacts/ballot-slips/', () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', '-', `${ARTIFACTS}cluster3-2023-page-1`], {
      input: file,
    });
    const png = readFileSync(`${ARTIFACTS}cluster3-2023-page-1.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(827);
    expect(height / width).toBeCloseTo(297 / 210, 2);
  });
});

describe('ballot slips beyond one page', () => {
  it('starts a new page after every eighth slip', async () => {
    const eleven = { ...conference, slips: [...conference.slips, ...conference.slips.slice(0, 3)] };
    const file = await renderer.render(eleven);
    const pages = await pdfPages(file);
    expect(pages).toHaveLength(2);
    expect(pages[1].text.match(/PHIẾU BẦU ĐIỆN TỬ/g)).toHaveLength(3);
    expect(pageContents(file).map((content) => drawnQrCodes(content).length)).toEqual([8, 3]);
  });

  it('says so when no code has been issued', async () => {
    const pages = await pdfPages(await renderer.render({ ...conference, slips: [] }));
    expect(pages).toHaveLength(1);
    expect(pages[0].text).toBe('Chưa có mã phiếu nào được cấp cho cuộc bỏ phiếu này.');
  });
});
