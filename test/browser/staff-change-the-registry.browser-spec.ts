import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot, signIn } from './support/browser.js';
import { browserStory } from './support/story.js';

/** Adds a unit through the form and answers its page's address. */
async function addUnit(page: Page, code: string, shortName: string): Promise<string> {
  await page.goto('/organizations/new');
  await page.getByLabel('Mã').fill(code);
  await page.getByLabel('Loại').selectOption('provincial_union');
  await page.getByLabel('Tên đơn vị').fill(`Liên hiệp các Hội Khoa học và Kỹ thuật ${shortName}`);
  await page.getByLabel('Tên viết tắt').fill(shortName);
  await page.getByLabel('Hoạt động từ').fill('2020-01-01');
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await page.getByRole('heading', { level: 1, name: shortName }).waitFor();
  await page.getByText(`Đã thêm ${shortName}.`).waitFor();
  return new URL(page.url()).pathname;
}

describe('VUSTA staff change the registry from the browser', () => {
  const story = browserStory();

  it('shows a refused rename next to its field, keeps what was typed, then renames from a date', async () => {
    const page = await story.newPage();
    await signIn(page, 'vusta.canbo');
    const unit = await addUnit(page, 'LHH-THU-DOI-TEN', 'LHH Thử đổi tên');
    await page.getByRole('button', { name: 'Sửa thông tin, đổi tên' }).click();
    await page.getByLabel(/^Tên mới/).fill('Liên hiệp Hội tỉnh Thử (tên mới)');
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Đổi tên' }).click(),
    ]);
    expect(refused.status()).toBe(422);
    await page.getByRole('alert').getByText('Có lỗi cần sửa').waitFor();
    const dateField = page.locator('.field-error').filter({ has: page.getByLabel('Từ ngày') });
    await dateField.locator('.error-message').waitFor();
    expect(await page.getByLabel(/^Tên mới/).inputValue()).toBe('Liên hiệp Hội tỉnh Thử (tên mới)');
    await screenshot(page, 'organization-rename-refused');
    await expectAccessible(page);
    await page.getByLabel('Từ ngày').fill('2026-01-01');
    await page.getByRole('button', { name: 'Đổi tên' }).click();
    await page.waitForURL((url) => url.pathname === unit);
    await page.getByText('Đã đổi tên.').waitFor();
    await page.getByRole('cell', { name: 'Liên hiệp Hội tỉnh Thử (tên mới)' }).waitFor();
  });

  it('brings a form back after the session ran out while it was being filled in', async () => {
    const page = await story.newPage();
    await signIn(page, 'vusta.canbo');
    const unit = await addUnit(page, 'LHH-THU-PHIEN', 'LHH Thử phiên');
    await page.goto(`${unit}/edit`);
    await page.getByLabel('Tên viết tắt mới').fill('LHH Thử phiên (mới)');
    await page.getByLabel('Từ ngày').fill('2026-02-01');
    await story.server.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL`);
    await page.getByRole('button', { name: 'Đổi tên' }).click();
    await page.getByText('Phiên làm việc đã hết hạn.').waitFor();
    await page.getByLabel('Tên đăng nhập').fill('vusta.canbo');
    await page.getByLabel('Mật khẩu').fill('Thidua-demo-2023');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gửi lại biểu mẫu' }).waitFor();
    await page.getByRole('cell', { name: 'LHH Thử phiên (mới)' }).waitFor();
    await screenshot(page, 'session-expired-continue');
    await page.getByRole('button', { name: 'Gửi lại' }).click();
    await page.waitForURL((url) => url.pathname === unit);
    await page.getByText('Đã đổi tên.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'LHH Thử phiên (mới)' }).waitFor();
  });

  it('previews a merger before confirming it, then shows the lineage', async () => {
    const page = await story.newPage();
    await signIn(page, 'vusta.canbo');
    const successor = await addUnit(page, 'LHH-THU-KE-THUA', 'LHH Thử kế thừa');
    const merged = await addUnit(page, 'LHH-THU-SAP-NHAP', 'LHH Thử sáp nhập');
    await page.getByRole('button', { name: 'Sáp nhập đơn vị này' }).click();
    expect(await page.getByRole('checkbox', { name: 'LHH Thử sáp nhập' }).isChecked()).toBe(true);
    await page.getByLabel('Đơn vị đã có').selectOption({ label: 'LHH Thử kế thừa' });
    await page.getByLabel('Ngày hiệu lực').fill('2025-07-01');
    await page.getByLabel('Căn cứ pháp lý').fill('Quyết định thử nghiệm');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xem trước việc sáp nhập' }).waitFor();
    await page.getByText('LHH Thử sáp nhập kết thúc hoạt động ngày 30/06/2025.').waitFor();
    await screenshot(page, 'merger-preview');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Xác nhận sáp nhập' }).click();
    await page.waitForURL((url) => url.pathname === successor);
    await page.getByText('Đã sáp nhập vào LHH Thử kế thừa.').waitFor();
    await page.getByRole('link', { name: 'LHH Thử sáp nhập' }).click();
    await page.waitForURL((url) => url.pathname === merged);
    await page.getByText('Đã kết thúc 30/06/2025', { exact: false }).or(page.getByText('01/01/2020 – 30/06/2025')).first().waitFor();
  });
});
