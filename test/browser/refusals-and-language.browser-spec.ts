import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { type BrowserApp, startBrowserApp } from './support/browser-app.js';
import { expectAccessible, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';

const SETUP_MS = 300_000;

describe('refusals and the language a user chose', () => {
  let server: BrowserApp;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  }, SETUP_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses a form posted without its CSRF token, with a page in Vietnamese', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'hoabinh.canbo');
    await page.goto('/account/password');
    await page.locator('#main input[name="_csrf"]').evaluate((input) => input.remove());
    await page.getByLabel('Mật khẩu hiện tại').fill('Thidua-demo-2023');
    await page.getByLabel('Mật khẩu mới').fill('Mat-khau-moi-2024');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Đổi mật khẩu' }).click()]);
    expect(response.status()).toBe(403);
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await page.getByText('thiếu mã bảo vệ biểu mẫu').waitFor();
    await screenshot(page, 'refused-csrf');
    await expectAccessible(page);
    await context.close();
  });

  it("does not let a unit officer reach a staff page by typing its address, and offers no link to it", async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'hoabinh.canbo');
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Người dùng' }).count()).toBe(0);
    const response = await page.goto('/users');
    expect(response?.status()).toBe(403);
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await page.getByText('Bạn không có quyền thực hiện thao tác này.').waitFor();
    const missing = await page.goto('/no-such-page');
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    await context.close();
  });

  it('switches to English and back, and remembers the choice on the next pages', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'vusta.canbo');
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Units' }).click();
    await page.getByRole('heading', { level: 1, name: 'Units' }).waitFor();
    const second = await context.newPage();
    await second.goto('/clusters');
    await second.getByRole('heading', { level: 1, name: 'Emulation clusters and blocks' }).waitFor();
    expect(await second.locator('html').getAttribute('lang')).toBe('en');
    await second.getByRole('link', { name: 'Tiếng Việt' }).click();
    await second.getByRole('heading', { level: 1, name: 'Cụm, khối thi đua' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
    await context.close();
  });

  it('shows staff the users, and administrators the form to change them', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'quantri');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('link', { name: 'hoabinh.canbo' }).waitFor();
    await screenshot(page, 'users');
    await expectAccessible(page);
    await context.close();
  });
});
