import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { DecidedConference } from '../helpers/conference-votes.js';
import { type BrowserApp, startBrowserApp } from './support/browser-app.js';
import { expectAccessible, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { recordDemoCluster3Conference } from './support/cluster3-conference.js';

const SETUP_MS = 300_000;

describe('the secretariat of Cluster 3 records who issues and signs the 2023 documents', () => {
  let server: BrowserApp;
  let browser: Browser;
  let conference: DecidedConference;
  let reportPath: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
    conference = await recordDemoCluster3Conference(server);
    reportPath = `/clusters/${conference.c3.cluster}/years/2023/report`;
  }, SETUP_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a member union what the report misses, without leading it to the forms only the secretariat may use', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'hoabinh.canbo');
    await page.goto(reportPath);
    const checklist = page.locator('.checklist');
    await checklist.getByRole('listitem').filter({ hasText: 'Chưa ghi nhận người ký báo cáo, tờ trình' }).waitFor();
    expect(await checklist.getByRole('link').count()).toBe(0);
    await context.close();
  });

  it('refuses a symbol in lower case next to its field, then heads and signs the documents as recorded', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto(reportPath);
    const checklist = page.locator('.checklist');
    await checklist.getByRole('listitem').filter({ hasText: 'Chưa ghi nhận người ký báo cáo, tờ trình' }).waitFor();
    await page.getByRole('button', { name: 'Ghi cơ quan ban hành, số, ngày và người ký' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cơ quan ban hành, số, ngày và người ký' }).waitFor();
    await screenshot(page, 'report-issuance-empty');
    await expectAccessible(page);

    await page.getByLabel('Ký hiệu cơ quan ban hành').fill('lhh');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('#f-symbol-error').getByText('Không đúng định dạng.').waitFor();
    await screenshot(page, 'report-issuance-refused');

    await page.getByLabel('Ký hiệu cơ quan ban hành').fill('LHH');
    await page.getByLabel('Thẩm quyền ký').selectOption('TM');
    await page.getByLabel('Chức vụ người ký').fill('Chủ tịch');
    await page.getByLabel('Họ và tên người ký').fill('Cầm Văn Nhung');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').getByText('Đã lưu thông tin ban hành văn bản.').waitFor();
    expect(await page.getByLabel('Ký hiệu cơ quan ban hành').inputValue()).toBe('LHH');

    await page.getByRole('link', { name: 'Riêng tờ trình' }).click();
    await page.getByRole('heading', { level: 2, name: 'Riêng tờ trình' }).waitFor();
    await page.getByLabel('Số văn bản (do văn thư cấp)').fill('45');
    await page.getByLabel('Ngày ban hành').fill('2024-01-05');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').getByText('Đã lưu thông tin ban hành văn bản.').waitFor();
    expect(await page.getByLabel('Số văn bản (do văn thư cấp)').inputValue()).toBe('45');
    await expectAccessible(page);
    await screenshot(page, 'report-issuance-recorded');

    await page.goto(`/clusters/${conference.c3.cluster}/years/2023/documents/flag-proposal`);
    const sheet = page.locator('.report-document .sheet');
    await sheet.getByText('Số: 45/TTr-LHH').waitFor();
    await sheet.getByText('Sơn La, ngày 05 tháng 01 năm 2024').waitFor();
    await sheet.getByText('TM. LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH SƠN LA').waitFor();
    await sheet.getByText('Cầm Văn Nhung').waitFor();
    expect(await sheet.textContent()).not.toContain('TM. CỤM THI ĐUA SỐ 3');
    await screenshot(page, 'flag-proposal-with-issuer');
    await context.close();
  });
});
