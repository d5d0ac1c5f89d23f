import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { descendants, docxText, pdfPages, unzipXml } from '../../src/reports/renderers/readers.spec-support.js';
import type { DecidedConference } from '../helpers/conference-votes.js';
import { type BrowserApp, startBrowserApp } from './support/browser-app.js';
import { expectAccessible, launchBrowser, newContext, PHONE, screenshot, signIn } from './support/browser.js';
import { recordDemoCluster3Conference } from './support/cluster3-conference.js';

const SETUP_MS = 300_000;
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-artifacts', 'cluster3-report-2023');

const SITUATION =
  'Năm 2023, các Liên hiệp hội trong Cụm gặp nhiều khó khăn về kinh phí nhưng được cấp ủy, chính quyền địa phương quan tâm.';
const DIRECTION = 'Năm 2024, Cụm tiếp tục đẩy mạnh tư vấn, phản biện và giám định xã hội.';
const ASSESSMENT = 'Các đơn vị phối hợp chặt chẽ, trao đổi kinh nghiệm thường xuyên.';

/** Clicks a download link and keeps the file in test-artifacts; returns its name and bytes. */
async function download(page: Page, link: Locator): Promise<{ name: string; body: Buffer; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = join(ARTIFACTS, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), body: await readFile(path), path };
}

/** The section's form on the sections page, found by its label. */
function sectionField(page: Page, name: string): Locator {
  return page.getByLabel(name, { exact: false });
}

describe('the secretariat of Cluster 3 writes the 2023 report and VUSTA reads the national overview', () => {
  let server: BrowserApp;
  let browser: Browser;
  let conference: DecidedConference;
  let reportPath: string;
  let sectionsPath: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
    conference = await recordDemoCluster3Conference(server);
    reportPath = `/clusters/${conference.c3.cluster}/years/2023/report`;
    sectionsPath = `${reportPath}/sections`;
    await mkdir(ARTIFACTS, { recursive: true });
  }, SETUP_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows sonla.canbo the documents of the year and what the report still misses, each with where to record it', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto(`/clusters/${conference.c3.cluster}?year=2023`);
    await page.getByRole('link', { name: 'Báo cáo và văn bản của năm' }).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo năm 2023 – Cụm thi đua số 3' }).waitFor();
    const documents = page.locator('.report-documents');
    for (const name of ['Báo cáo tổng kết', 'Biên bản hội nghị tổng kết', 'Tờ trình đề nghị tặng Cờ thi đua', 'Tin hội nghị tổng kết']) {
      await documents.getByRole('listitem').filter({ hasText: name }).getByRole('link', { name: 'Xem và in' }).waitFor();
    }
    const checklist = page.locator('.checklist');
    const unwritten = checklist.getByRole('listitem').filter({ hasText: 'Thư ký Cụm chưa viết phần "Đặc điểm tình hình' });
    await unwritten.getByRole('link', { name: 'Phần báo cáo do Thư ký Cụm viết' }).waitFor();
    const noPresiding = checklist.getByRole('listitem').filter({ hasText: 'Chưa ghi nhận người chủ trì (chủ tọa) hội nghị tổng kết.' });
    expect(await noPresiding.getByRole('link').getAttribute('href')).toBe(`/meetings/${conference.meetingId}`);
    await screenshot(page, 'report-cluster3-2023');
    await expectAccessible(page);
    await context.close();
  });

  it('lets sonla.canbo write the sections one by one, each saved without touching the others', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto(reportPath);
    await page.getByRole('button', { name: 'Viết các phần của báo cáo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Phần do Thư ký Cụm viết' }).waitFor();
    await screenshot(page, 'report-sections-empty');
    await expectAccessible(page);

    await sectionField(page, 'Đặc điểm tình hình').fill(SITUATION);
    await page.getByRole('button', { name: 'Lưu phần "Đặc điểm tình hình' }).click();
    await page.getByRole('status').getByText('Đã lưu phần "Đặc điểm tình hình').waitFor();

    await sectionField(page, 'Phương hướng, nhiệm vụ năm sau').fill(DIRECTION);
    await page.getByRole('button', { name: 'Lưu phần "Phương hướng, nhiệm vụ năm sau"' }).click();
    await page.getByRole('status').getByText('Đã lưu phần "Phương hướng, nhiệm vụ năm sau"').waitFor();

    // Each form saved its own section: the first is still there, and nothing else was written.
    await page.reload();
    expect(await sectionField(page, 'Đặc điểm tình hình').inputValue()).toBe(SITUATION);
    expect(await sectionField(page, 'Phương hướng, nhiệm vụ năm sau').inputValue()).toBe(DIRECTION);
    expect(await sectionField(page, 'Đánh giá chung').inputValue()).toBe('');
    const report = await conference.secretariat.get(`/api/v1/reports/clusters/${conference.c3.cluster}/years/2023`).expect(200);
    expect(report.body.sections.texts).toEqual({
      situation: SITUATION,
      achievements: null,
      assessment: null,
      direction: DIRECTION,
      recommendations: null,
    });
    await screenshot(page, 'report-sections-written');
    await context.close();
  });

  it('keeps what the secretariat typed, and the other text, when someone saved the section meanwhile', async () => {
    const context = await newContext(browser, server.baseUrl);
    const [first, second] = [await context.newPage(), await context.newPage()];
    await signIn(first, 'sonla.canbo');
    await first.goto(sectionsPath);
    await second.goto(sectionsPath);

    await first.getByLabel('Đánh giá chung').fill(ASSESSMENT);
    await first.getByRole('button', { name: 'Lưu phần "Đánh giá chung' }).click();
    await first.getByRole('status').getByText('Đã lưu phần "Đánh giá chung').waitFor();

    const mine = 'Đánh giá của người thứ hai, gõ trên trang mở từ trước.';
    await second.getByLabel('Đánh giá chung').fill(mine);
    await second.getByRole('button', { name: 'Lưu phần "Đánh giá chung' }).click();
    const summary = second.getByRole('alert');
    await summary.getByText(/vừa được sonla\.canbo lưu lúc .*, sau khi bạn mở trang\. Chưa có gì được lưu\./).waitFor();
    expect(await second.getByLabel('Đánh giá chung').inputValue()).toBe(mine);
    await second.locator('.their-text').getByText(ASSESSMENT).waitFor();
    await screenshot(second, 'report-sections-conflict');
    await expectAccessible(second);

    // Saving again, having seen the other text, replaces it on purpose.
    await second.getByRole('button', { name: 'Lưu phần "Đánh giá chung' }).click();
    await second.getByRole('status').getByText('Đã lưu phần "Đánh giá chung').waitFor();
    expect(await second.getByLabel('Đánh giá chung').inputValue()).toBe(mine);
    await context.close();
  });

  it('shows the summary report on screen and downloads it as a real DOCX and PDF with the sections in them', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto(reportPath);
    await page.locator('.report-documents li').filter({ hasText: 'Báo cáo tổng kết' }).getByRole('link', { name: 'Xem và in' }).click();
    const sheet = page.locator('.report-document .sheet');
    await sheet.getByText('BÁO CÁO', { exact: true }).waitFor();
    await sheet.getByText(SITUATION).waitFor();
    await sheet.getByText(DIRECTION).waitFor();
    await screenshot(page, 'report-summary-on-screen');
    await expectAccessible(page);

    const docx = await download(page, page.getByRole('button', { name: 'Tải DOCX' }));
    expect(docx.name).toBe('Báo cáo tổng kết Cụm thi đua số 3 năm 2023.docx');
    expect(docx.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const words = docxText(docx.body);
    expect(words).toContain(SITUATION);
    expect(words).toContain(DIRECTION);

    const pdf = await download(page, page.getByRole('button', { name: 'Tải PDF' }));
    expect(pdf.name).toBe('Báo cáo tổng kết Cụm thi đua số 3 năm 2023.pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfText = (await pdfPages(pdf.body)).map((p) => p.text).join(' ');
    expect(pdfText).toContain('gặp nhiều khó khăn về kinh phí');
    expect(pdfText).toContain('đẩy mạnh tư vấn, phản biện và giám định xã hội');
    // The first page as an image, to look at: test-artifacts/cluster3-report-2023/summary-report-page-1.png
    await promisify(execFile)('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf.path,
      join(ARTIFACTS, 'summary-report-page-1'),
    ]);

    // Printed from the browser, the page is the document alone on A4: no site header, links or buttons.
    const printed = await page.pdf({ preferCSSPageSize: true });
    await writeFile(join(ARTIFACTS, 'summary-report-printed-from-the-page.pdf'), printed);
    const printedPages = await pdfPages(printed);
    expect(printedPages[0]).toMatchObject({ width: expect.closeTo(595.28, 0), height: expect.closeTo(841.89, 0) });
    const printedText = printedPages.map((p) => p.text).join(' ');
    expect(printedText).toContain('BÁO CÁO');
    expect(printedText).toContain('gặp nhiều khó khăn về kinh phí');
    for (const chrome of ['Đăng xuất', 'Tải DOCX', 'Thi đua – Khen thưởng', 'Về trang báo cáo']) expect(printedText).not.toContain(chrome);
    await promisify(execFile)('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(ARTIFACTS, 'summary-report-printed-from-the-page.pdf'),
      join(ARTIFACTS, 'printed-page-1'),
    ]);

    await page.setViewportSize(PHONE);
    await screenshot(page, 'report-summary-on-a-phone');
    await context.close();
  });

  it('shows vusta.canbo the national overview of 2023 with its chart, a year selector and the XLSX', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'vusta.canbo');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng hợp' }).click();
    await page.getByLabel('Năm').selectOption('2023');
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tổng hợp thi đua các Cụm năm 2023' }).waitFor();
    const chart = page.locator('.overview-chart svg[role="img"]');
    await chart.waitFor();
    expect(await chart.locator('title').first().textContent()).toBe('Cờ thi đua đề nghị và được tặng theo Cụm, 2019–2023');
    await chart.getByText('Cụm thi đua số 3', { exact: true }).waitFor();
    const clusters = page.getByRole('table').first();
    const row = clusters.getByRole('row').filter({ hasText: 'Cụm thi đua số 3' });
    await row.getByRole('link', { name: 'Cụm thi đua số 3' }).waitFor();
    await row.getByText('LHH Sơn La').waitFor();
    await screenshot(page, 'national-overview-2023');
    await expectAccessible(page);

    const xlsx = await download(page, page.getByRole('button', { name: 'Tải bảng tổng hợp năm 2023' }));
    expect(xlsx.name).toBe('Tổng hợp thi đua các Cụm năm 2023.xlsx');
    expect(descendants(unzipXml(xlsx.body, 'xl/workbook.xml'), 'sheet').map((s) => s.attributes.name)).toEqual([
      'Các cụm 2023',
      'Đề nghị khen thưởng',
      'Khen thưởng theo cụm',
    ]);
    await context.close();
  });

  it('shows the overview on a phone as one card per cluster, and a year without flags as a sentence rather than an empty chart', async () => {
    const context = await newContext(browser, server.baseUrl, { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, 'vusta.canbo');
    await page.goto('/reports/years/2031');
    await page.getByRole('heading', { level: 1, name: 'Tổng hợp thi đua các Cụm năm 2031' }).waitFor();
    await page.getByText('Chưa có Cụm nào đề nghị hoặc được tặng Cờ thi đua trong các năm 2027–2031, nên chưa có biểu đồ.').waitFor();
    expect(await page.locator('.overview-chart, svg').count()).toBe(0);
    await screenshot(page, 'phone-national-overview-no-flags');
    await expectAccessible(page);

    await page.goto('/reports/years/2023');
    await page.locator('.overview-chart svg[role="img"]').waitFor();
    const row = page.getByRole('table').first().getByRole('row').filter({ hasText: 'Cụm thi đua số 3' });
    // Each cell carries its column's name (shown before it on a phone); no column runs off the screen.
    await row.locator('td[data-label="Cụm trưởng"]').filter({ hasText: 'LHH Sơn La' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(
      await page
        .getByRole('table')
        .first()
        .locator('thead')
        .evaluate((head) => head.getBoundingClientRect().height),
    ).toBeLessThanOrEqual(1);
    await screenshot(page, 'phone-national-overview-2023');
    await expectAccessible(page);
    await context.close();
  });
});
