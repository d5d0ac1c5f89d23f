import { describe, expect, it } from '@jest/globals';
import { bytesTransferred, expectAccessible, PHONE, screenshot, signIn } from './support/browser.js';
import { browserStory } from './support/story.js';

describe('a provincial union officer signs in and looks up the registry', () => {
  const story = browserStory();

  it('signs in as sonla.canbo and sees who is signed in, for which unit', async () => {
    const page = await story.newPage();
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
  });

  it('finds Hòa Bình by typing "hoa binh" without diacritics', async () => {
    const page = await story.newPage();
    await signIn(page, 'sonla.canbo');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị' }).click();
    await page.getByLabel('Tìm đơn vị').fill('hoa binh');
    const results = page.locator('#organization-results');
    await results.getByRole('link', { name: 'LHH Hòa Bình' }).waitFor();
    await expect(page.url()).toContain('q=hoa+binh');
    expect(await results.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'organizations-search');
    await expectAccessible(page);
  });

  it('finds the same unit without JavaScript, by a plain search form', async () => {
    const page = await story.newPage({ javaScript: false });
    await signIn(page, 'sonla.canbo');
    await page.goto('/organizations');
    await page.getByLabel('Tìm đơn vị').fill('hoa binh');
    await page.getByLabel('Tìm đơn vị').press('Enter');
    await page.locator('#organization-results').getByRole('link', { name: 'LHH Hòa Bình' }).waitFor();
  });

  it("shows a unit's names, lineage and clusters year by year", async () => {
    const page = await story.newPage();
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
  });

  it("shows a cluster's members by year, its terms as a timeline and the rotation proposal", async () => {
    const page = await story.newPage();
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
    await page.getByLabel('Năm', { exact: true }).selectOption('2023');
    await page.getByRole('heading', { name: 'Thành viên năm 2023' }).waitFor();
    expect(page.url()).toContain('year=2023');
    await screenshot(page, 'cluster');
    await expectAccessible(page);
  });

  it('reads well on a phone', async () => {
    const page = await story.newPage({ viewport: PHONE });
    await signIn(page, 'hoabinh.canbo');
    await page.locator('header.site-header').getByText('LHH Hòa Bình', { exact: true }).waitFor();
    await page.goto('/organizations?q=hoa+binh');
    await page.locator('#organization-results').getByRole('link', { name: 'LHH Hòa Bình' }).click();
    await page.getByRole('heading', { level: 1, name: 'LHH Hòa Bình' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'organization-phone');
    await expectAccessible(page);
  });

  it('keeps a typical page under 100 KB transferred on a second visit', async () => {
    const page = await story.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto('/organizations');
    const bytes = await bytesTransferred(page, () => page.goto('/organizations'));
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(100 * 1024);
  });
});
