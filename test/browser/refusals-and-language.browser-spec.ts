import { describe, expect, it } from '@jest/globals';
import { expectAccessible, screenshot, signIn } from './support/browser.js';
import { browserStory } from './support/story.js';

describe('refusals and the language a user chose', () => {
  const story = browserStory();

  it('refuses a form posted without its CSRF token, with a page in Vietnamese', async () => {
    const page = await story.newPage();
    await signIn(page, 'hoabinh.canbo');
    await page.goto('/account/password');
    await page.locator('#main input[name="_csrf"]').evaluate((input) => input.remove());
    await page.getByLabel('Mật khẩu hiện tại').fill('Thidua-demo-2023');
    await page.getByLabel('Mật khẩu mới').fill('Mat-khau-moi-2024');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Đổi mật khẩu' }).click(),
    ]);
    expect(response.status()).toBe(403);
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await page.getByText('thiếu mã bảo vệ biểu mẫu').waitFor();
    await screenshot(page, 'refused-csrf');
    await expectAccessible(page);
  });

  it('does not let a unit officer reach a staff page by typing its address, and offers no link to it', async () => {
    const page = await story.newPage();
    await signIn(page, 'hoabinh.canbo');
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Người dùng' }).count()).toBe(0);
    const response = await page.goto('/users');
    expect(response?.status()).toBe(403);
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await page.getByText('Bạn không có quyền thực hiện thao tác này.').waitFor();
    const missing = await page.goto('/no-such-page');
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
  });

  it('switches to English and back, and remembers the choice on the next pages', async () => {
    const page = await story.newPage();
    await signIn(page, 'vusta.canbo');
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Units' }).click();
    await page.getByRole('heading', { level: 1, name: 'Units' }).waitFor();
    const second = await page.context().newPage();
    await second.goto('/clusters');
    await second.getByRole('heading', { level: 1, name: 'Emulation clusters and blocks' }).waitFor();
    expect(await second.locator('html').getAttribute('lang')).toBe('en');
    await second.getByRole('link', { name: 'Tiếng Việt' }).click();
    await second.getByRole('heading', { level: 1, name: 'Cụm, khối thi đua' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
  });

  it('lets an administrator create an account, change its roles and deactivate it; the audit trail shows it', async () => {
    const page = await story.newPage();
    await signIn(page, 'quantri');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('link', { name: 'hoabinh.canbo' }).waitFor();
    await screenshot(page, 'users');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    await page.getByLabel('Tên đăng nhập').fill('hoabinh.vanthu');
    await page.getByLabel('Họ và tên').fill('Trần Thị Văn Thư');
    await page.getByLabel('Đơn vị công tác').selectOption({ label: 'LHH Phú Thọ' });
    await page.getByRole('checkbox', { name: 'Cán bộ đơn vị (LHH tỉnh)' }).check();
    await page.getByLabel('Mật khẩu ban đầu').fill('ngan');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByRole('alert').getByText('Có lỗi cần sửa').waitFor();
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Trần Thị Văn Thư');
    await page.getByLabel('Mật khẩu ban đầu').fill('Van-thu-Phu-Tho-2025');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByText('Đã tạo tài khoản hoabinh.vanthu.').waitFor();
    await page.getByRole('link', { name: 'hoabinh.vanthu' }).click();
    await page.getByRole('checkbox', { name: /Tài khoản đang hoạt động/ }).uncheck();
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu tài khoản hoabinh.vanthu.').waitFor();
    await page.getByRole('row', { name: /hoabinh\.vanthu.*Đã vô hiệu hoá/ }).waitFor();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhật ký' }).click();
    await page.getByLabel('Loại đối tượng').selectOption({ label: 'Tài khoản (user)' });
    await page.getByLabel('Thao tác').selectOption({ label: 'Sửa tài khoản (user.update)' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/entityType=user&action=user\.update/);
    const changed = page.getByRole('row', { name: /Sửa tài khoản user\.update/ }).first();
    await changed.getByRole('cell', { name: /^Tài khoản user / }).waitFor();
    await changed.getByText('trường thay đổi').click();
    await changed.getByRole('definition').filter({ hasText: 'true → false' }).waitFor();
    expect(await page.getByRole('row', { name: /Đăng nhập/ }).count()).toBe(0);
    await screenshot(page, 'audit');
    await expectAccessible(page);
  });

  it('holds a name back after wrong passwords from one computer, shows it to an administrator, who unlocks it', async () => {
    const guesser = await story.newPage();
    const typeIn = async (password: string) => {
      await guesser.goto('/sign-in');
      await guesser.getByLabel('Tên đăng nhập').fill('laichau.canbo');
      await guesser.getByLabel('Mật khẩu').fill(password);
      const [response] = await Promise.all([
        guesser.waitForResponse((r) => r.request().method() === 'POST'),
        guesser.getByRole('button', { name: 'Đăng nhập' }).click(),
      ]);
      return response.status();
    };
    for (let attempt = 1; attempt <= 5; attempt++) expect(await typeIn('sai-mat-khau-1')).toBe(401);
    expect(await typeIn('Thidua-demo-2023')).toBe(429);
    await guesser.getByText(/Đăng nhập sai quá nhiều lần từ máy này\. Vui lòng thử lại sau \d+ giây/).waitFor();
    await screenshot(guesser, 'sign-in-held-back');

    const admin = await story.newPage();
    await signIn(admin, 'quantri');
    await admin.goto('/users');
    const row = admin.getByRole('row', { name: /laichau\.canbo/ });
    await row.getByText('Đang bị tạm chặn do nhập sai mật khẩu.').waitFor();
    expect(await admin.getByRole('button', { name: /^Mở khoá/ }).count()).toBe(1);
    await screenshot(admin, 'users-held-back');
    await expectAccessible(admin);
    await row.getByRole('button', { name: 'Mở khoá laichau.canbo' }).click();
    await admin.getByText('Đã mở khoá đăng nhập cho laichau.canbo').waitFor();
    expect(await admin.getByRole('button', { name: /^Mở khoá/ }).count()).toBe(0);

    expect(await typeIn('Thidua-demo-2023')).toBe(303);
  });
});
