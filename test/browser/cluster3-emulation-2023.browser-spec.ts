import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { pdfFile } from '../helpers/dossier-files.js';
import { expectAccessible, PHONE, screenshot, signIn } from './support/browser.js';
import { recordDemoCluster3Meeting } from './support/cluster3-conference.js';
import { browserStory } from './support/story.js';

const REASON = 'Một đề án phản biện chưa có văn bản kèm theo; chỉ tính các đề án có minh chứng.';
/** The demo data's adjustment of Lào Cai's 3.1 (seeds/demo/emulation.ts). */
const LAO_CAI_REASON = 'Hai đề án chưa có văn bản phản biện kèm theo; chỉ tính các đề án có minh chứng.';
const AGREED_REASON = 'Hội nghị tổng kết thống nhất bổ sung một văn bản phản biện được cung cấp tại hội nghị.';
const MOVEMENT = 'Phong trào thi đua “Trí thức khoa học và công nghệ đồng hành cùng địa phương” giai đoạn 2023–2025';
const CONTENT_AREAS = ['Tư vấn, phản biện và giám định xã hội', 'Phổ biến kiến thức khoa học và công nghệ'];
const EXPLANATION = 'Tổ chức thêm 2 hội nghị gặp mặt trí thức tiêu biểu trong tháng 10/2023.';

/** Confirms the browser's "are you sure?" of a button with data-confirm. */
function acceptDialogs(page: Page): void {
  page.on('dialog', (dialog) => void dialog.accept());
}

/** The row of a unit in the ranking table. */
function rankingRow(page: Page, unit: string) {
  return page.locator('table.ranking tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(unit) }) });
}

/**
 * The demo data's Cluster 3 in 2023 has its criteria (5 groups, a bonus and a penalty item), the pact signed by the 8
 * unions and every union's self-scores, the score table still open: Sơn La 97, Hòa Bình 96, Lào Cai 96.
 */
describe('the Sơn La secretariat publishes, adjusts and fixes the 2023 ranking of Cluster 3', () => {
  const story = browserStory();
  let year: string;

  /** The emulation page of Cluster 3's 2023, reached from the cluster's page as a clerk would. */
  async function openEmulationYear(page: Page): Promise<void> {
    await page.goto('/clusters');
    await page.getByRole('link', { name: 'Cụm thi đua số 3', exact: true }).click();
    await page.goto(`${new URL(page.url()).pathname}?year=2023`);
    await page.getByRole('link', { name: 'Thi đua năm 2023: giao ước, đăng ký, chấm điểm, xếp hạng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thi đua năm 2023 – Cụm thi đua số 3' }).waitFor();
    year = new URL(page.url()).pathname;
  }

  it('lets VUSTA launch a themed movement whose content areas the unions register against', async () => {
    const page = await story.newPage();
    await signIn(page, 'vusta.canbo');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Phong trào thi đua' }).click();
    await page.getByRole('button', { name: 'Phát động phong trào mới' }).click();
    await page.getByLabel('Theo chuyên đề').check();
    await page.getByLabel('Năm bắt đầu').fill('2023');
    await page.getByLabel('Tên phong trào').fill(MOVEMENT);
    await page.getByLabel('Năm kết thúc').fill('2022');
    await page.getByLabel('Nội dung thi đua').fill(CONTENT_AREAS.join('\n'));
    await page.getByRole('button', { name: 'Lưu' }).click();
    // Refused next to its field, everything typed kept.
    await page.locator('.error-summary').getByText('Năm kết thúc trước năm bắt đầu.').waitFor();
    expect(await page.getByLabel('Tên phong trào').inputValue()).toBe(MOVEMENT);
    await page.getByLabel('Năm kết thúc').fill('2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { level: 1, name: MOVEMENT }).waitFor();
    await page.getByText('Có thể xét tặng Cờ thi đua khi tổng kết').waitFor();
    await screenshot(page, 'emulation-movement');
    await expectAccessible(page);
  });

  it('shows the secretariat the pact signed by the 8 unions, and the registrations against the deadline it sets', async () => {
    const page = await story.newPage();
    await signIn(page, 'sonla.canbo');
    await openEmulationYear(page);
    await screenshot(page, 'emulation-year-secretariat');
    await page.getByRole('link', { name: 'Giao ước thi đua', exact: true }).click();
    await page.getByText('Đã ký: 8/8 đơn vị').waitFor();
    await screenshot(page, 'emulation-pact');
    await expectAccessible(page);

    await page.goto(`${year}/registrations`);
    await page.getByRole('textbox', { name: 'Hạn đăng ký' }).fill('2023-03-31');
    await page.getByRole('button', { name: 'Đặt hạn đăng ký' }).click();
    await page.getByRole('status').getByText('Đã đặt hạn đăng ký.').waitFor();
    await page.getByText('Quá hạn chưa đăng ký: 8').waitFor();

    const union = await story.newPage({ viewport: PHONE });
    await signIn(union, 'hoabinh.canbo');
    await union.goto(`${year}/registrations`);
    await union.getByRole('link', { name: 'Đăng ký – LHH Hòa Bình' }).click();
    await union.getByLabel(CONTENT_AREAS[0]).fill('Tổ chức ít nhất 3 hoạt động tư vấn, phản biện');
    await union.getByLabel('Danh hiệu đăng ký phấn đấu').fill('Cờ thi đua của Liên hiệp Hội Việt Nam');
    await screenshot(union, 'emulation-registration-phone');
    await expectAccessible(union);
    await union.getByRole('button', { name: 'Đăng ký' }).click();
    await union.getByRole('status').getByText('Đã gửi đăng ký thi đua.').waitFor();

    await page.reload();
    await page
      .getByRole('row', { name: /LHH Hòa Bình/ })
      .getByText('Đăng ký muộn')
      .waitFor();
    await screenshot(page, 'emulation-registrations');
    await expectAccessible(page);

    await page.goto(`${year}/criteria`);
    await page.getByText('Tổng điểm tối đa: 100').waitFor();
    await page.getByText('Đã bắt đầu chấm điểm: bảng tiêu chí bị khoá.').waitFor();
    await screenshot(page, 'emulation-criteria');
    await expectAccessible(page);
  });

  it('lets Hòa Bình’s officer self-score on a phone, with an explanation and an evidence file', async () => {
    const page = await story.newPage({ viewport: PHONE });
    await signIn(page, 'hoabinh.canbo');
    await openEmulationYear(page);
    await screenshot(page, 'emulation-year-member');
    await expectAccessible(page);

    // Before publication a union sees its own sheet only, not the ranking: the year's page names it without a link.
    await page.getByRole('heading', { level: 2, name: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng' }).waitFor();
    expect(await page.getByRole('link', { name: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng' }).count()).toBe(0);
    await page.goto(`${year}/ranking`);
    await page.getByText(/Cụm trưởng chưa công bố bảng điểm/).waitFor();
    await page.goto(year);

    await page.getByRole('button', { name: 'Bảng chấm điểm của đơn vị tôi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bảng chấm điểm năm 2023 – LHH Hòa Bình' }).waitFor();
    const points = page.getByLabel('Điểm tự chấm mục 1.2');
    expect(await points.inputValue()).toBe('6');

    // A score above the criterion's maximum is refused next to its field, with what was typed kept.
    await points.fill('9,5');
    await page.getByLabel('Giải trình mục 1.2').fill(EXPLANATION);
    await page.getByRole('button', { name: 'Lưu điểm tự chấm' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.getByLabel('Điểm tự chấm mục 1.2').inputValue()).toBe('9,5');
    expect(await page.getByLabel('Giải trình mục 1.2').inputValue()).toBe(EXPLANATION);
    await screenshot(page, 'emulation-self-score-refused');

    await page.getByLabel('Điểm tự chấm mục 1.2').fill('7');
    await page.getByRole('button', { name: 'Lưu điểm tự chấm' }).click();
    await page.getByRole('status').getByText('Đã lưu điểm tự chấm.').waitFor();
    expect(await page.getByLabel('Điểm tự chấm mục 1.2').inputValue()).toBe('7');

    const evidence = page.locator('#evidence-form');
    await evidence.getByLabel('Cho tiêu chí').selectOption({ label: '1.1 Quán triệt, triển khai các nghị quyết, chỉ thị' });
    await evidence
      .getByLabel(/Chọn tệp/)
      .setInputFiles({ name: 'Kế hoạch triển khai.pdf', mimeType: 'application/pdf', buffer: pdfFile('Kế hoạch') });
    await evidence.getByRole('button', { name: 'Tải lên' }).click();
    await page.locator('#evidence').getByRole('link', { name: 'Kế hoạch triển khai.pdf' }).waitFor();
    await page.locator('.score-history').getByText(EXPLANATION).waitFor();
    await screenshot(page, 'emulation-sheet-phone');
    await expectAccessible(page);

    // A file uploaded by mistake is removed while the table is open.
    await page.getByRole('button', { name: 'Xoá Kế hoạch triển khai.pdf' }).click();
    await page.getByRole('status').getByText('Đã xoá minh chứng.').waitFor();
    expect(await page.locator('#evidence').getByRole('link', { name: 'Kế hoạch triển khai.pdf' }).count()).toBe(0);
  });

  it('shows the secretariat the tie the self-scores make, and publishes the table', async () => {
    const page = await story.newPage();
    acceptDialogs(page);
    await signIn(page, 'sonla.canbo');
    await openEmulationYear(page);
    await page.getByRole('link', { name: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng 2023' }).waitFor();
    await page.getByText('Đang chấm điểm').first().waitFor();
    for (const unit of ['LHH Sơn La', 'LHH Hòa Bình']) {
      const row = rankingRow(page, unit);
      await row.getByText('(đồng hạng)').waitFor();
      expect(await row.locator('td').first().textContent()).toContain('1');
    }
    await page.locator('figure.ranking-chart svg').waitFor();
    await page.getByRole('button', { name: 'Công bố bảng điểm' }).click();
    await page.getByRole('status').getByText('Đã công bố bảng điểm.').waitFor();
    await page.getByText('Đã công bố', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Công bố bảng điểm' }).count()).toBe(0);
  });

  it('lets the chair’s team adjust Phú Thọ’s 3.1 only with a reason, and enter Lào Cai’s agreed 3.1', async () => {
    const page = await story.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto(`${year}/ranking`);
    await rankingRow(page, 'LHH Phú Thọ').getByRole('link', { name: 'LHH Phú Thọ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bảng chấm điểm năm 2023 – LHH Phú Thọ' }).waitFor();

    await page.getByLabel('Điểm chấm chéo / thẩm định mục 3.1').fill('10');
    await page.getByRole('button', { name: 'Lưu điểm chấm chéo' }).click();
    // Refused next to the reason's field, the points typed kept.
    // The summary names the row and the field; the message beside the field is the message alone.
    await page
      .locator('.error-summary')
      .getByText('Tiêu chí 3.1 – Lý do điều chỉnh: Phải nêu lý do điều chỉnh điểm.', { exact: true })
      .waitFor();
    await page.locator('.score-input.field-error').getByText('Phải nêu lý do điều chỉnh điểm.').waitFor();
    expect(await page.getByLabel('Lý do điều chỉnh mục 3.1').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Điểm chấm chéo / thẩm định mục 3.1').inputValue()).toBe('10');
    await screenshot(page, 'emulation-cross-score-needs-reason');
    await expectAccessible(page);

    await page.getByLabel('Lý do điều chỉnh mục 3.1').fill(REASON);
    await page.getByRole('button', { name: 'Lưu điểm chấm chéo' }).click();
    await page.getByRole('status').getByText('Đã lưu điểm chấm chéo.').waitFor();
    await page.locator('.score-history').getByText(REASON).waitFor();
    await screenshot(page, 'emulation-sheet-adjusted');

    // Lào Cai's 3.1, adjusted to 11 by the chair before (the demo data), is agreed at 12 at the summary conference.
    await page.goto(`${year}/ranking`);
    await rankingRow(page, 'LHH Lào Cai').getByRole('link', { name: 'LHH Lào Cai' }).click();
    await page.getByRole('navigation', { name: 'Cột điểm' }).getByRole('link', { name: 'Thống nhất' }).click();
    await page.getByLabel('Điểm thống nhất mục 3.1').fill('12');
    await page.getByLabel('Lý do điều chỉnh mục 3.1').fill(AGREED_REASON);
    await page.getByRole('button', { name: 'Lưu điểm thống nhất' }).click();
    await page.getByRole('status').getByText('Đã lưu điểm thống nhất.').waitFor();
    const history = page.locator('.score-history');
    await history.getByText(AGREED_REASON).waitFor();
    await history.getByText(LAO_CAI_REASON).waitFor();
    await expectAccessible(page);
  });

  it('fixes the agreed table: Sơn La and Hòa Bình lead, and every union can read it', async () => {
    const page = await story.newPage();
    acceptDialogs(page);
    await signIn(page, 'sonla.canbo');
    await page.goto(`${year}/ranking`);
    expect(await rankingRow(page, 'LHH Lào Cai').locator('td').nth(-3).textContent()).toBe('93');
    await page.getByRole('button', { name: 'Chốt bảng điểm thống nhất' }).click();
    await page.getByRole('status').getByText('Đã chốt bảng điểm.').waitFor();
    await page.getByText('Đã chốt', { exact: true }).waitFor();
    const leaders = await page.getByText(/^Đơn vị dẫn đầu/).textContent();
    expect(leaders?.replace(/^.*: /, '').replace(/\.$/, '').split(', ').sort()).toEqual(['LHH Hòa Bình', 'LHH Sơn La']);
    expect(await page.getByRole('button', { name: /Chốt bảng điểm|Công bố bảng điểm/ }).count()).toBe(0);
    await screenshot(page, 'emulation-ranking-fixed');
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải bảng xếp hạng (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    const member = await story.newPage({ viewport: PHONE });
    await signIn(member, 'dienbien.canbo');
    await member.goto(`${year}/ranking`);
    await rankingRow(member, 'LHH Sơn La').waitFor();
    // On a phone the page's title comes in the first screen (a compact header) and the chart keeps names readable,
    // wider than the screen and scrolled sideways, rather than shrunk to a few pixels.
    expect((await member.getByRole('heading', { level: 1 }).boundingBox())?.y).toBeLessThan(PHONE.height * 0.6);
    expect((await member.locator('.ranking-chart svg').boundingBox())?.width).toBeGreaterThan(PHONE.width);
    await screenshot(member, 'emulation-ranking-phone');
    await expectAccessible(member);
  });

  it('proposes the ranking’s leaders for the flag vote, and asks why another union is added', async () => {
    const { meetingId } = await recordDemoCluster3Meeting(story.server);
    const page = await story.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto(`/meetings/${meetingId}/votes/new?subject=flag_proposal`);
    await page
      .getByText(/Bảng xếp hạng thi đua của năm đã chốt\. Để trống: các đơn vị dẫn đầu trong chỉ tiêu \(LHH .*, LHH .*\)/)
      .waitFor();
    for (const unit of ['LHH Sơn La', 'LHH Hòa Bình', 'LHH Lào Cai']) await page.getByLabel(unit, { exact: true }).check();
    await page.getByRole('button', { name: 'Tạo cuộc biểu quyết' }).click();
    await page
      .locator('.error-summary')
      .getByText(/không thuộc nhóm dẫn đầu bảng xếp hạng thi đua đã chốt/)
      .waitFor();
    expect(await page.getByLabel('LHH Lào Cai', { exact: true }).isChecked()).toBe(true);
    await screenshot(page, 'emulation-flag-vote-reason');
    await expectAccessible(page);
    await page.getByLabel('LHH Lào Cai (hạng 3)').fill('Lào Cai đăng cai hội nghị và có nhiều mô hình mới trong năm.');
    await page.getByRole('button', { name: 'Tạo cuộc biểu quyết' }).click();
    await page.getByRole('heading', { level: 2, name: 'Quy tắc kiểm phiếu' }).waitFor();
  });

  it('shows the agreed ranking in the summary report of the year', async () => {
    const page = await story.newPage();
    await signIn(page, 'sonla.canbo');
    await page.goto(year.replace(/\/emulation$/, '/documents/summary-report'));
    const report = page.locator('main');
    await report.getByText('Kết quả chấm điểm thi đua năm 2023 (thang điểm 100 điểm, đã được hội nghị tổng kết thống nhất):').waitFor();
    // The units by their short names; the bonus and penalty points in titled columns.
    const ranking = report.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Điểm trừ' }) });
    expect(await ranking.getByRole('columnheader').allInnerTexts()).toEqual([
      'Xếp hạng',
      'Đơn vị',
      'Điểm tiêu chí',
      'Điểm thưởng',
      'Điểm trừ',
      'Tổng điểm',
      'Xếp loại',
    ]);
    const sonLa = ranking.getByRole('row').filter({ hasText: 'LHH Sơn La' });
    await sonLa.getByText('1 (đồng hạng)').waitFor();
    await ranking.getByRole('row').filter({ hasText: 'LHH Hòa Bình' }).getByText('1 (đồng hạng)').waitFor();
    await ranking.getByRole('row').filter({ hasText: 'LHH Lào Cai' }).getByText('93').first().waitFor();
    await screenshot(page, 'emulation-summary-report');
  });

  it('lets VUSTA staff write the 2024 criteria on a phone, row by row, with refusals next to the rows', async () => {
    const page = await story.newPage({ viewport: PHONE });
    await signIn(page, 'vusta.canbo');
    await page.goto(year.replace('/2023/', '/2024/') + '/criteria');
    await page.getByText('Cụm chưa có bảng tiêu chí cho năm này.').waitFor();
    await page.getByRole('button', { name: 'Sửa bảng tiêu chí' }).click();
    await page.getByLabel('Mã, dòng 1', { exact: true }).fill('1');
    await page.getByLabel('Tiêu chí, dòng 1', { exact: true }).fill('Tư vấn, phản biện và giám định xã hội');
    await page.getByLabel('Điểm tối đa, dòng 1', { exact: true }).fill('30');
    await page.getByLabel('Mã, dòng 2', { exact: true }).fill('1.1');
    await page.getByLabel('Điểm tối đa, dòng 2', { exact: true }).fill('12,5');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary li').allInnerTexts()).toEqual(['Tiêu chí 1.1 – Tên tiêu chí: Không được để trống.']);
    expect(await page.getByLabel('Điểm tối đa, dòng 2', { exact: true }).inputValue()).toBe('12,5');
    await screenshot(page, 'emulation-criteria-form-phone');
    await expectAccessible(page);
    await page.getByLabel('Tiêu chí, dòng 2', { exact: true }).fill('Đề án được tư vấn, phản biện');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').getByText('Đã lưu bảng tiêu chí.').waitFor();
    await page.getByText('Tổng điểm tối đa: 12,5').waitFor();
  });

  it('lets VUSTA staff write the 2024 template, which the cluster copies in place of its own criteria', async () => {
    const page = await story.newPage();
    acceptDialogs(page);
    await signIn(page, 'vusta.canbo');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Phong trào thi đua' }).click();
    await page.getByRole('link', { name: 'Bảng tiêu chí mẫu' }).click();
    await page.getByRole('navigation', { name: 'Năm khác' }).getByRole('link', { name: '2024', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Bảng tiêu chí mẫu năm 2024' }).waitFor();
    await page.getByText('Chưa có bảng tiêu chí mẫu cho năm này.').waitFor();
    await page.getByRole('button', { name: 'Sửa bảng tiêu chí mẫu' }).click();
    await page.getByLabel('Mã, dòng 1', { exact: true }).fill('1');
    await page.getByLabel('Tiêu chí, dòng 1', { exact: true }).fill('Công tác tổ chức phong trào thi đua');
    await page.getByLabel('Điểm tối đa, dòng 1', { exact: true }).fill('60');
    await page.getByLabel('Mã, dòng 2', { exact: true }).fill('1.1');
    await page.getByLabel('Tiêu chí, dòng 2', { exact: true }).fill('Ban hành kế hoạch thi đua của đơn vị');
    await page.getByLabel('Điểm tối đa, dòng 2', { exact: true }).fill('60');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').getByText('Đã lưu bảng tiêu chí mẫu.').waitFor();
    await page.getByText('Tổng điểm tối đa: 60').waitFor();
    await screenshot(page, 'emulation-criteria-template');
    await expectAccessible(page);

    await page.goto(year.replace('/2023/', '/2024/') + '/criteria');
    await page.getByText('Tổng điểm tối đa: 12,5').waitFor();
    await page.getByRole('button', { name: 'Sao chép bảng mẫu của Liên hiệp Hội Việt Nam' }).click();
    await page.getByRole('status').getByText('Đã sao chép bảng tiêu chí mẫu.').waitFor();
    await page.getByText('Tổng điểm tối đa: 60').waitFor();
    await page.getByRole('cell', { name: 'Ban hành kế hoạch thi đua của đơn vị' }).waitFor();
  });
});
