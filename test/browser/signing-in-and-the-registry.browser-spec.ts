import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { type BrowserApp, startBrowserApp } from './support/browser-app.js';
import { bytesTransferred, expectAccessible, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';

const SETUP_MS = 300_000;

describe('a provincial union officer signs in and looks up the registry', () => {
  let server: BrowserApp;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  }, SETUP_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in as sonla.canbo and sees who is signed in, for which unit', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.url()).toContain('/sign-in?next=%2F');
    await screenshot(page, 'sign-in');
    await expectAccessible(page);
    await signIn(page, 'sonla.canbo');
    const header = page.locator('header.site-header');
    await header.getByText('Cán bộ LHH Sơn La (demo)').waitFor();
    await header.getByText('LHH Sơn La', { exact: true }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Việc cần làm' }).waitFor();
    await screenshot(page, 'home-secretariat');
    await expectAccessible(page);
    await context.close();
  });

  it('finds Hòa Bình by typing "hoa binh" without diacritics', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'sonla.canbo');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị' }).click();
    await page.getByLabel('Tìm đơn vị').fill('hoa binh');
    const results = page.locator('#organization-results');
    await results.getByRole('link', { name: 'LHH Hòa Bình' }).waitFor();
    await expect(page.url()).toContain('q=hoa+binh');
    expect(await results.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'organizations-search');
    await expectAccessible(page);
    await context.close();
  });

  it('finds the same unit without JavaScript, by a plain search form', async () => {
    const context = await newContext(browser, server.baseUrl, { javaScript: false });
    const page = await context.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto('/organizations');
    await page.getByLabel('Tìm đơn vị').fill('hoa binh');
    await page.getByLabel('Tìm đơn vị').press('Enter');
    await page.locator('#organization-results').getByRole('link', { name: 'LHH Hòa Bình' }).waitFor();
    await context.close();
  });

  it("shows a unit's names, lineage and clusters year by year", async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto('/organizations?q=son+la');
    await page.locator('#organization-results').getByRole('link', { name: 'LHH Sơn La' }).click();
    await page.getByRole('heading', { level: 1, name: 'LHH Sơn La' }).waitFor();
    await page.getByRole('heading', { name: 'Tên gọi qua các thời kỳ' }).waitFor();
    const history = page.locator('section[aria-labelledby="history"]');
    await history.getByRole('row', { name: /2023 .*Cụm thi đua số 3.* Cụm trưởng/ }).waitFor();
    await history.locator('svg[role="img"]').waitFor();
    await screenshot(page, 'organization');
    await expectAccessible(page);
    await context.close();
  });

  it("shows a cluster's members by year, its terms as a timeline and the rotation proposal", async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'laocai.canbo');
    await page.goto('/clusters');
    await page.getByRole('link', { name: /Cụm thi đua số 3/ }).click();
    await page.getByLabel('Năm', { exact: true }).selectOption('2023');
    await page.getByRole('heading', { name: 'Thành viên năm 2023' }).waitFor();
    expect(await page.locator('ol.members li').count()).toBe(8);
    await page.getByRole('heading', { name: 'Cụm trưởng, cụm phó qua các năm' }).waitFor();
    await page.getByRole('heading', { name: 'Đề xuất cho năm 2024' }).waitFor();
    await page.getByLabel('Năm', { exact: true }).selectOption('2022');
    await page.getByRole('heading', { name: 'Thành viên năm 2022' }).waitFor();
    await screenshot(page, 'cluster');
    await expectAccessible(page);
    await context.close();
  });

  it('keeps a typical page under 100 KB transferred on a second visit', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto('/organizations');
    const bytes = await bytesTransferred(page, () => page.goto('/organizations'));
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(100 * 1024);
    await context.close();
  });
});
