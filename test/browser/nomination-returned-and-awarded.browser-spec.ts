import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { CouncilMembersService } from '../../src/nominations/reviews/council-members.service.js';
import { Clock } from '../../src/platform/time/clock.js';
import { pdfFile } from '../helpers/dossier-files.js';
import { type BrowserApp, startBrowserApp } from './support/browser-app.js';
import { bytesTransferred, expectAccessible, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';

const SETUP_MS = 300_000;

/**
 * Hòa Bình's union merged into Phú Thọ's on 01/07/2025, so the story is its nomination for 2024, made in
 * March 2025 under Decree 98/2023 (in force until 30/06/2025): the certificate of merit has no
 * submission window and no council threshold of its own (more than half of all members decide).
 */
const TODAY = new Date('2025-03-10T09:00:00+07:00');
const AWARD = 'Bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam';
const NOMINEE = 'Đinh Thị Mai';
const REASON = 'Báo cáo thành tích chưa nêu số liệu năm 2024; đề nghị bổ sung.';

/** A file as the browser's file picker hands it over. */
const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: pdfFile(name),
});

async function uploadFile(page: Page, kind: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const form = page.locator('#upload-form');
  await form.getByLabel('Loại tài liệu').selectOption({ label: kind });
  await form.getByLabel(/Chọn tệp/).setInputFiles(file);
  await form.getByRole('button', { name: 'Tải tệp lên' }).click();
}

describe('Hòa Bình nominates a person; VUSTA returns it, the council approves it and a decision awards it', () => {
  let server: BrowserApp;
  let browser: Browser;
  let union: Page;
  let staff: Page;
  let nominationUrl: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
    const council = server.app.get(CouncilMembersService);
    for (let i = 1; i <= 9; i++) {
      const position = i === 1 ? 'Chủ tịch Hội đồng' : i <= 3 ? 'Phó Chủ tịch Hội đồng' : 'Ủy viên';
      await council.create({
        fullName: `Thành viên Hội đồng số ${i}`,
        position,
        memberFrom: '2025-01-01',
      });
    }
    union = await (await newContext(browser, server.baseUrl)).newPage();
    staff = await (await newContext(browser, server.baseUrl)).newPage();
    await signIn(union, 'hoabinh.canbo');
    await signIn(staff, 'vusta.canbo');
    // After signing in: the browser keeps the session cookie by its own clock, the app judges the nomination by this one.
    jest.spyOn(server.app.get(Clock), 'now').mockImplementation(() => new Date(TODAY));
  }, SETUP_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes the nomination one question per page', async () => {
    await union.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hồ sơ khen thưởng' }).click();
    await union.getByText('Đơn vị chưa lập hồ sơ đề nghị khen thưởng nào.').waitFor();
    await screenshot(union, 'nominations-empty');
    await expectAccessible(union);
    await union.getByRole('button', { name: 'Lập đề nghị khen thưởng' }).click();

    await union
      .getByRole('heading', {
        level: 1,
        name: 'Đề nghị hình thức khen thưởng nào?',
      })
      .waitFor();
    await union.getByRole('button', { name: 'Tiếp tục' }).click();
    await union.locator('.error-summary').waitFor();
    await expectAccessible(union);
    await union.getByLabel(AWARD).check();
    await union.getByLabel('Năm thi đua').selectOption('2024');
    await screenshot(union, 'nomination-new-award');
    await union.getByRole('button', { name: 'Tiếp tục' }).click();

    await union.getByRole('heading', { level: 1, name: 'Đề nghị khen thưởng cho ai?' }).waitFor();
    await union.getByLabel('Một cá nhân của đơn vị').check();
    await union.getByLabel('Họ và tên').fill(NOMINEE);
    await union.getByLabel('Nữ').check();
    await union.getByLabel('Năm sinh').fill('1975');
    await union.getByLabel('Chức vụ').fill('Phó Chủ tịch');
    await screenshot(union, 'nomination-new-nominee');
    await expectAccessible(union);
    await union.getByRole('button', { name: 'Tiếp tục' }).click();

    await union.getByRole('heading', { level: 1, name: 'Thành tích' }).waitFor();
    await union.getByText(`${NOMINEE} (1975)`).waitFor();
    await union.getByLabel('Tóm tắt thành tích').fill('Chủ trì 3 hội thảo khoa học; vận động thành lập 2 hội thành viên mới.');
    await screenshot(union, 'nomination-new-achievements');
    await union.getByRole('button', { name: 'Lưu bản nháp' }).click();

    await union.getByRole('heading', { level: 1, name: `${NOMINEE} (LHH Hòa Bình)` }).waitFor();
    await union.getByText('Đã lưu bản nháp.').waitFor();
    nominationUrl = union.url();
  });

  it('uploads the dossier with the content check’s verdict for each file, and submits', async () => {
    await uploadFile(union, 'Tờ trình đề nghị khen thưởng', pdf('Tờ trình.pdf'));
    const verdict = union.locator('[data-verdict]');
    await verdict.getByText('Đã nhận tệp: Tờ trình.pdf').waitFor();
    await verdict.getByText(/SHA-256/).waitFor();
    await uploadFile(union, 'Tài liệu khác', {
      name: 'ảnh-chụp.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('không phải PDF'),
    });
    await verdict.getByText('Tệp bị từ chối').waitFor();
    await verdict.getByText(/không phải PDF, DOCX, XLSX, JPEG hoặc PNG/).waitFor();
    await screenshot(union, 'nomination-upload-refused');
    await uploadFile(union, 'Báo cáo thành tích', pdf('Báo cáo thành tích.pdf'));
    await verdict.getByText('Đã nhận tệp: Báo cáo thành tích.pdf').waitFor();
    await uploadFile(union, 'Biên bản bình xét thi đua kèm kết quả bỏ phiếu', pdf('Biên bản.pdf'));
    await verdict.getByText('Đã nhận tệp: Biên bản.pdf').waitFor();
    expect(await union.locator('#files tbody tr').count()).toBe(3);
    await union.locator('#eligibility').getByText('Đủ điều kiện', { exact: true }).waitFor();
    await screenshot(union, 'nomination-draft');
    await expectAccessible(union);

    await union.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await union.getByText('Hồ sơ đã chuyển sang trạng thái "Đã nộp".').waitFor();
    await union.locator('#history').getByText('nộp hồ sơ').waitFor();
  });

  it('is returned by VUSTA staff with the reasons, which the union reads first', async () => {
    await staff.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thẩm định' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Hàng đợi thẩm định' }).waitFor();
    await screenshot(staff, 'review-queue');
    await expectAccessible(staff);
    await staff.getByRole('link', { name: `${NOMINEE} (LHH Hòa Bình)` }).click();
    const [viewer] = await Promise.all([
      staff.waitForEvent('popup'),
      staff.locator('#files').getByRole('link', { name: 'Tờ trình.pdf' }).click(),
    ]);
    await viewer.waitForLoadState();
    await viewer.close();
    await staff.getByLabel('Trả lại để đơn vị bổ sung, hoàn thiện').check();
    await staff.getByLabel(/Ý kiến thẩm định/).fill(REASON);
    await screenshot(staff, 'nomination-review');
    await expectAccessible(staff);
    await staff.getByRole('button', { name: 'Ghi kết quả thẩm định' }).click();
    await staff.getByText('Đã ghi kết quả thẩm định.').waitFor();

    await union.goto('/');
    await union.getByText(REASON).waitFor();
    await screenshot(union, 'home-returned');
    await union
      .getByRole('link', { name: 'Mở hồ sơ' })
      .or(union.locator(`a[href="${new URL(nominationUrl).pathname}"]`))
      .first()
      .click();
    const banner = union.locator('#return-reasons');
    await banner.getByText(REASON).waitFor();
    await screenshot(union, 'nomination-returned');
    await expectAccessible(union);
  });

  it('is completed and resubmitted by the union', async () => {
    await union.getByRole('link', { name: 'Sửa nội dung hồ sơ' }).click();
    await union
      .getByLabel('Tóm tắt thành tích')
      .fill('Năm 2024: chủ trì 3 hội thảo khoa học (450 đại biểu); vận động thành lập 2 hội thành viên mới.');
    await expectAccessible(union);
    await union.getByRole('button', { name: 'Lưu' }).click();
    await union.getByText('Đã lưu.').waitFor();
    await uploadFile(union, 'Báo cáo thành tích', pdf('Báo cáo thành tích (bổ sung).pdf'));
    await union.locator('[data-verdict]').getByText('Đã nhận tệp: Báo cáo thành tích (bổ sung).pdf').waitFor();
    await union.getByRole('button', { name: 'Nộp lại hồ sơ' }).click();
    await union.getByText('Hồ sơ đã chuyển sang trạng thái "Đã nộp lại".').waitFor();
    expect(await union.locator('#return-reasons').count()).toBe(0);
  });

  it('is forwarded to the council, whose vote is entered member by member', async () => {
    await staff.goto(nominationUrl);
    await staff.getByLabel('Trình Hội đồng Thi đua – Khen thưởng').check();
    await staff.getByRole('button', { name: 'Ghi kết quả thẩm định' }).click();
    await staff.getByText('Đã ghi kết quả thẩm định.').waitFor();
    await staff.getByRole('button', { name: 'Nhập kết quả biểu quyết của Hội đồng' }).click();
    await staff
      .getByRole('heading', {
        level: 1,
        name: 'Nhập kết quả biểu quyết của Hội đồng',
      })
      .waitFor();
    await staff.getByLabel('Biên bản họp (số, ngày)').fill('Biên bản họp Hội đồng Thi đua – Khen thưởng ngày 10/03/2025');
    for (let i = 1; i <= 9; i++) {
      const row = staff.getByRole('row', {
        name: new RegExp(`Thành viên Hội đồng số ${i}\\b`),
      });
      const attendance = i === 9 ? 'Vắng, không có ý kiến' : i === 8 ? 'Vắng, có ý kiến bằng văn bản' : 'Có mặt';
      await row.getByLabel(attendance).check();
      if (i !== 9) await row.getByLabel(i === 7 ? 'Không đồng ý' : 'Đồng ý', { exact: true }).check();
    }
    await screenshot(staff, 'council-vote');
    await expectAccessible(staff);
    await staff.getByRole('button', { name: 'Ghi kết quả biểu quyết' }).click();
    await staff.getByText('Đã ghi kết quả biểu quyết của Hội đồng.').waitFor();
    const outcome = staff.locator('#council-vote');
    await outcome.getByText(/7\/9 thành viên Hội đồng đồng ý \(6 tại cuộc họp, 1 bằng văn bản\)/).waitFor();
    await staff.getByText('Được chấp thuận').first().waitFor();
    await screenshot(staff, 'nomination-approved');
  });

  it('is awarded by a decision, whose list downloads as XLSX', async () => {
    await staff.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quyết định khen thưởng' }).click();
    await staff.getByRole('button', { name: 'Ban hành quyết định khen thưởng' }).click();
    await staff.getByLabel(/Số, ký hiệu quyết định/).fill('45/QĐ-LHHVN');
    await staff.getByLabel(/Ngày ký/).fill('2025-03-10');
    await staff.getByLabel(/Người ký/).fill('Phan Xuân Dũng');
    await staff.getByLabel(/Chức vụ người ký/).fill('Chủ tịch');
    await staff.getByLabel(new RegExp(`${NOMINEE} \\(LHH Hòa Bình\\)`)).check();
    await screenshot(staff, 'decision-new');
    await expectAccessible(staff);
    await staff.getByRole('button', { name: 'Ban hành quyết định' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Quyết định 45/QĐ-LHHVN' }).waitFor();
    await staff.getByRole('cell', { name: /Đinh Thị Mai \(1975\)/ }).waitFor();
    await screenshot(staff, 'decision');
    await expectAccessible(staff);
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('link', { name: 'Tải danh sách (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    await union.goto(nominationUrl);
    await union.locator('.facts').getByText('Đã khen thưởng').waitFor();
    await union.locator('#history').getByText('Khen thưởng theo Quyết định số 45/QĐ-LHHVN ngày 10/03/2025.').waitFor();
    await screenshot(union, 'nomination-awarded');

    // The union reads the decisions and the register; issuing a decision and importing past years are staff's work,
    // so it is offered neither (each would answer "not allowed").
    await union.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quyết định khen thưởng' }).click();
    await union.getByRole('heading', { level: 1, name: 'Quyết định khen thưởng' }).waitFor();
    expect(await union.getByRole('button', { name: 'Ban hành quyết định khen thưởng' }).count()).toBe(0);
    await union.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sổ khen thưởng' }).click();
    await union.getByRole('heading', { level: 1, name: 'Sổ khen thưởng' }).waitFor();
    expect(await union.getByRole('link', { name: 'Nhập sổ khen thưởng các năm trước' }).count()).toBe(0);
  });

  it('finds the award in the register by the person’s name without diacritics', async () => {
    await staff.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sổ khen thưởng' }).click();
    await staff.getByLabel('Họ tên người được khen thưởng').fill('dinh thi mai');
    await staff.getByRole('button', { name: 'Tìm kiếm' }).click();
    await staff.getByRole('cell', { name: '45/QĐ-LHHVN (10/03/2025)' }).waitFor();
    await screenshot(staff, 'award-register');
    await expectAccessible(staff);
  });

  it('imports past years into the register with a row-by-row report', async () => {
    await staff.getByRole('link', { name: 'Nhập sổ khen thưởng các năm trước' }).click();
    const csv = [
      'Năm,Mã loại khen thưởng,Mã đơn vị,Họ và tên,Giới tính,Năm sinh,Số quyết định,Ngày quyết định',
      '2021,LHHVN_BANG_KHEN,LHH-HOA-BINH,,,,12/QĐ-LHHVN,2022-01-20',
      '2021,KHONG_CO,LHH-HOA-BINH,,,,13/QĐ-LHHVN,2022-01-20',
    ].join('\r\n');
    await staff
      .getByLabel(/Tệp XLSX hoặc CSV/)
      .setInputFiles({ name: 'so-khen-thuong-2021.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await staff.getByRole('button', { name: 'Nhập', exact: true }).click();
    const report = staff.locator('#import-report');
    await report.getByText('Đã đọc 2 dòng: 1 dòng được ghi vào sổ, 1 dòng bị từ chối.').waitFor();
    await report
      .getByRole('row', { name: /^3 Từ chối/ })
      .getByText(/KHONG_CO/)
      .waitFor();
    await screenshot(staff, 'award-register-import');
    await expectAccessible(staff);
  });

  it('keeps the nomination page light on a second visit', async () => {
    const bytes = await bytesTransferred(union, () => union.goto(nominationUrl));
    expect(bytes).toBeLessThan(100 * 1024);
  });

  it('records an inspection of a unit, which staff find again by the day it was running', async () => {
    await staff.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thẩm định' }).click();
    await staff.getByRole('link', { name: 'Kỷ luật, điều tra, thanh tra, khiếu nại' }).click();
    await staff.getByRole('button', { name: 'Ghi nhận việc xem xét' }).click();
    await staff.getByLabel('Thanh tra, kiểm tra').check();
    await staff
      .getByLabel(/Đơn vị \(hoặc đơn vị công tác của cá nhân\)/)
      .selectOption({ label: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lai Châu' });
    await staff.getByLabel(/Ngày bắt đầu/).fill('2025-02-01');
    await staff.getByLabel('Số, ký hiệu văn bản').fill('Quyết định thanh tra số 12/QĐ-TTr');
    await expectAccessible(staff);
    await staff.getByRole('button', { name: 'Lưu' }).click();
    await staff.getByText('Đã ghi nhận việc xem xét.').waitFor();
    await staff.getByLabel('Đang diễn ra vào ngày').fill('2025-03-10');
    await staff.getByRole('button', { name: 'Lọc' }).click();
    await staff
      .getByRole('row', { name: /Thanh tra, kiểm tra LHH Lai Châu/ })
      .getByText('Đang diễn ra')
      .waitFor();
    await screenshot(staff, 'proceedings');
    await expectAccessible(staff);
  });
});
