import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Clock } from '../../src/platform/time/clock.js';
import { pdfFile } from '../helpers/dossier-files.js';
import { type BrowserApp, startBrowserApp } from './support/browser-app.js';
import { launchBrowser, newContext, PHONE, screenshot, signIn } from './support/browser.js';

const SETUP_MS = 300_000;

// axe runs as a script in the page, so the pages are checked in the other specs, with JavaScript.

describe('a union on a phone without JavaScript makes a nomination and uploads its dossier', () => {
  let server: BrowserApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
    page = await (await newContext(browser, server.baseUrl, { viewport: PHONE, javaScript: false })).newPage();
    await signIn(page, 'hoabinh.canbo');
    // After signing in: the browser keeps the session cookie by its own clock, the app judges the nomination by this one.
    jest.spyOn(server.app.get(Clock), 'now').mockImplementation(() => new Date('2025-03-10T09:00:00+07:00'));
  }, SETUP_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('goes through the wizard with plain form posts, keeping what was typed when a step is refused', async () => {
    await page.goto('/nominations/new');
    await page.getByLabel('Bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam').check();
    await page.getByLabel('Năm thi đua').selectOption('2024');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel('Một cá nhân của đơn vị').check();
    await page.getByLabel('Họ và tên').fill('Bùi Văn Sơn');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    // No gender nor year of birth: the same step again, with the name kept and the errors beside their fields.
    await page.getByRole('heading', { level: 1, name: 'Đề nghị khen thưởng cho ai?' }).waitFor();
    await page.locator('.error-summary').waitFor();
    await expect(page.getByLabel('Họ và tên').inputValue()).resolves.toBe('Bùi Văn Sơn');
    await page.locator('.error-summary').getByText('Chọn giới tính.').waitFor();
    await screenshot(page, 'nomination-new-errors-phone');
    await page.getByLabel('Nam', { exact: true }).check();
    await page.getByLabel('Năm sinh').fill('1980');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ năm 2024.');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bùi Văn Sơn (LHH Hòa Bình)' }).waitFor();
  });

  it('uploads a file by an ordinary multipart post and reads the verdict on the page it comes back to', async () => {
    const form = page.locator('#upload-form');
    await form.getByLabel('Loại tài liệu').selectOption({ label: 'Tờ trình đề nghị khen thưởng' });
    await form.getByLabel(/Chọn tệp/).setInputFiles({ name: 'To trinh.pdf', mimeType: 'application/pdf', buffer: pdfFile() });
    await form.getByRole('button', { name: 'Tải tệp lên' }).click();
    await page.locator('[data-verdict]').getByText('Đã nhận tệp: To trinh.pdf').waitFor();
    expect(new URL(page.url()).searchParams.get('file')).toMatch(/^[0-9a-f-]{36}$/);

    await page
      .locator('#upload-form')
      .getByLabel(/Chọn tệp/)
      .setInputFiles({ name: 'bao-cao.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await page.locator('#upload-form').getByRole('button', { name: 'Tải tệp lên' }).click();
    await page.locator('[data-verdict]').getByText('Tệp bị từ chối').waitFor();
    await page
      .locator('[data-verdict]')
      .getByText(/tệp chương trình|không phải/)
      .waitFor();
    expect(await page.locator('#files tbody tr').count()).toBe(1);
    await screenshot(page, 'nomination-phone');
  });

  it('tells a union merged into another that no year is left to nominate for, instead of a form it cannot send', async () => {
    // Hòa Bình's union merged into Phú Thọ's on 01/07/2025: in 2026 it is in no cluster this year or last year.
    jest.spyOn(server.app.get(Clock), 'now').mockImplementation(() => new Date('2026-03-10T09:00:00+07:00'));
    await page.goto('/nominations/new');
    await page.getByText(/Đơn vị của bạn không thuộc cụm thi đua nào trong năm nay và năm trước/).waitFor();
    expect(await page.getByRole('button', { name: 'Tiếp tục' }).count()).toBe(0);
    await screenshot(page, 'nomination-new-no-year-phone');
  });
});
