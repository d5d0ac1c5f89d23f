import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { UsersService } from '../../src/access/users/users.service.js';
import { pdfPages } from '../../src/reports/renderers/readers.spec-support.js';
import { type BrowserApp, startBrowserApp } from './support/browser-app.js';
import { DESKTOP, expectAccessible, launchBrowser, newContext, PHONE, screenshot, signIn } from './support/browser.js';

const SETUP_MS = 300_000;
/** The slips printed during the scenario, kept for a look (test-artifacts/ is not committed). */
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/ballot-slips', import.meta.url));
const SCENARIO_MS = 240_000;

const UNITS = ['Sơn La', 'Điện Biên', 'Lai Châu', 'Lào Cai', 'Yên Bái', 'Vĩnh Phúc', 'Phú Thọ', 'Hòa Bình'].map((name) => `LHH ${name}`);

/**
 * What each union's delegate ticks. The news item gives only the outcome (Sơn La and Hòa Bình proposed for the Flag,
 * Yên Bái elected vice-chair, Lào Cai the 2024 chair); the ballots are invented, as in test/helpers/conference-votes.ts.
 */
const FLAG_BALLOTS: Record<string, string[]> = {
  'LHH Sơn La': ['LHH Sơn La', 'LHH Hòa Bình'],
  'LHH Điện Biên': ['LHH Sơn La', 'LHH Hòa Bình'],
  'LHH Lai Châu': ['LHH Sơn La', 'LHH Hòa Bình'],
  'LHH Lào Cai': ['LHH Sơn La', 'LHH Hòa Bình'],
  'LHH Yên Bái': ['LHH Sơn La', 'LHH Hòa Bình'],
  'LHH Vĩnh Phúc': ['LHH Sơn La', 'LHH Phú Thọ'],
  'LHH Phú Thọ': ['LHH Sơn La', 'LHH Lào Cai'],
  'LHH Hòa Bình': ['LHH Hòa Bình', 'LHH Yên Bái'],
};
const VICE_CHAIR_BALLOTS: Record<string, string[]> = {
  ...Object.fromEntries(UNITS.map((unit) => [unit, ['LHH Yên Bái']])),
  'LHH Yên Bái': ['LHH Phú Thọ'],
  'LHH Hòa Bình': [],
};

/** The one-time codes of a slips PDF, in the order printed (read back with PDF.js). */
async function codesOf(pdf: Buffer): Promise<string[]> {
  const pages = await pdfPages(pdf);
  const compact = pages.map((page) => page.text.replace(/\s+/g, '')).join('');
  // Each code is printed character by character above its label; PDF.js reads it back without the dashes.
  return [...compact.matchAll(/([0-9A-Z]{16})Mãphiếu:/g)].map(([, code]) => code.match(/.{4}/g)?.join('-') ?? code);
}

/** Issues the codes of the vote shown and downloads its slips. */
async function printSlips(page: Page): Promise<{ pdf: Buffer; codes: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Cấp mã phiếu và in phiếu (PDF)' }).click(),
  ]);
  const pdf = await readFile(await download.path());
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(`${ARTIFACTS}/${download.suggestedFilename()}`, pdf);
  return { pdf, codes: await codesOf(pdf) };
}

/** A delegate opens the ballot with a code (typed, or from the QR code's address), ticks and confirms. */
async function voteWithCode(page: Page, code: string, how: 'typed' | 'qr', pick: (unit: string) => string[] | string): Promise<string> {
  if (how === 'qr') {
    await page.goto(`/ballot?code=${encodeURIComponent(code)}`);
    expect(await page.getByLabel('Mã phiếu').inputValue()).toBe(code);
  } else {
    await page.goto('/ballot');
    await page.getByLabel('Mã phiếu').fill(code.toLowerCase());
  }
  await page.getByRole('button', { name: 'Mở phiếu bầu' }).click();
  const unit = ((await page.locator('.ballot-unit strong').textContent()) ?? '').replace('Phiếu của ', '').trim();
  const choice = pick(unit);
  for (const label of Array.isArray(choice) ? choice : [choice]) await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Xem lại phiếu' }).click();
  await page.getByRole('heading', { level: 1, name: 'Xác nhận phiếu bầu' }).waitFor();
  await page.getByRole('button', { name: 'Gửi phiếu' }).click();
  await page.getByRole('heading', { level: 1, name: 'Phiếu đã được ghi nhận' }).waitFor();
  return unit;
}

async function closeRound(page: Page, voteUrl: string): Promise<void> {
  await page.goto(voteUrl);
  await page.getByRole('button', { name: 'Kết thúc vòng bỏ phiếu và kiểm phiếu' }).click();
  await page.getByRole('heading', { level: 2, name: 'Kết quả' }).waitFor();
}

/** The page at a phone's width does not scroll sideways (its wide tables stack or scroll in their own box). */
async function expectFitsAPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await screenshot(page, name);
  await page.setViewportSize(DESKTOP);
}

describe('the Cluster 3 conference of 27/11/2023, recorded and voted in the browser', () => {
  let server: BrowserApp;
  let browser: Browser;
  let clusterYear: string;
  let meetingUrl: string;
  const votes: Record<'flag' | 'viceChair' | 'chair', string> = { flag: '', viceChair: '', chair: '' };
  /** The receipt the phone was given for its first flag ballot, checked again after the count. */
  let phoneReceipt = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
    const [{ id }]: { id: string }[] = await server.dataSource.query(`SELECT id FROM clusters WHERE code = 'VUSTA-CUM-3'`);
    clusterYear = `/clusters/${id}/years/2023`;
  }, SETUP_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'sonla.canbo records the conference with the attendance of the 8 unions and the guests',
    async () => {
      const context = await newContext(browser, server.baseUrl);
      const page = await context.newPage();
      await signIn(page, 'sonla.canbo');
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cụm thi đua' }).click();
      await page.getByRole('link', { name: /Cụm thi đua số 3/ }).click();
      await page.getByLabel('Năm', { exact: true }).selectOption('2023');
      await page.getByRole('heading', { name: 'Thành viên năm 2023' }).waitFor();
      await page.getByRole('link', { name: 'Hội nghị, biểu quyết và báo cáo năm 2023' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cụm thi đua số 3 — năm 2023' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(clusterYear);
      expect(await page.locator('section[aria-labelledby="members-heading"] li').count()).toBe(8);
      await page.locator('#missing li').first().waitFor();
      await screenshot(page, 'cluster-year-2023-before');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Ghi hội nghị mới' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ghi hội nghị, cuộc họp' }).waitFor();
      await page.getByLabel('Ngày họp').fill('2023-11-27');
      await page.getByLabel('Giờ bắt đầu').fill('08:00');
      await page.getByLabel('Giờ kết thúc').fill('11:30');
      await page.getByLabel('Địa điểm').fill('Thành phố Sơn La, tỉnh Sơn La');
      expect(await page.getByLabel('Đơn vị đăng cai').inputValue()).not.toBe('');
      await page.getByLabel('Chủ trì').fill('Chủ tịch LHH Sơn La, Cụm trưởng năm 2023');
      await page.getByLabel('Thư ký').fill('Chánh Văn phòng LHH Sơn La');
      for (const unit of UNITS) {
        expect(await page.getByLabel(`Có mặt: ${unit}`).isChecked()).toBe(true);
        expect(await page.getByLabel(`Biểu quyết: ${unit}`).isChecked()).toBe(true);
      }
      // The news item names no delegate: a name is optional; the host's is typed.
      await page.getByLabel('Họ tên đại biểu: LHH Sơn La').fill('Trưởng đoàn LHH Sơn La');
      const guests = [
        ['Ban Tuyên giáo Tỉnh ủy Sơn La', 'Đại diện lãnh đạo'],
        ['Ban Dân vận Tỉnh ủy Sơn La', 'Đại diện lãnh đạo'],
        ['Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'Đại diện lãnh đạo'],
      ];
      for (const [i, [agency, position]] of guests.entries()) {
        await page.getByLabel(`Cơ quan (${i + 1})`).fill(agency);
        await page.getByLabel(`Chức vụ (${i + 1})`).fill(position);
      }
      // Who spoke, as the published item names them: a body, without a name.
      await page.getByLabel('Cơ quan, đơn vị (1)').fill('Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam');
      await page
        .getByLabel('Chương trình')
        .fill(
          [
            'Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 3',
            'Bình xét, suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua',
            'Bầu Cụm phó năm 2024; chuyển giao nhiệm vụ Cụm trưởng năm 2024',
          ].join('\n'),
        );
      await screenshot(page, 'meeting-form');
      await expectAccessible(page);
      // On a phone the form fits the screen: a card per unit, nothing pushes the page sideways.
      await expectFitsAPhone(page, 'meeting-form-phone');
      await page.getByRole('button', { name: 'Ghi cuộc họp' }).click();

      await page.getByRole('heading', { level: 1, name: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023' }).waitFor();
      meetingUrl = new URL(page.url()).pathname;
      await page.getByText('8/8 đơn vị có mặt, 8 đơn vị biểu quyết').waitFor();
      await page.getByText('Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam — Đại diện lãnh đạo').waitFor();
      await page.getByText('27/11/2023 08:00').waitFor();
      const speakers = page.getByRole('region', { name: 'Người phát biểu' });
      await speakers.getByText('Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', { exact: true }).waitFor();
      await screenshot(page, 'meeting');
      await expectAccessible(page);
      await context.close();
    },
    SCENARIO_MS,
  );

  it(
    'sets up the three votes, each showing the rules it is counted by before it opens',
    async () => {
      const context = await newContext(browser, server.baseUrl);
      const page = await context.newPage();
      await signIn(page, 'sonla.canbo');
      const setUp = async (subject: string, fill?: () => Promise<void>) => {
        await page.goto(meetingUrl);
        await page.getByRole('button', { name: 'Tạo cuộc biểu quyết' }).click();
        await page.getByRole('button', { name: subject }).click();
        await fill?.();
        await page.getByRole('button', { name: 'Tạo cuộc biểu quyết' }).click();
        await page.getByRole('heading', { level: 2, name: 'Quy tắc kiểm phiếu' }).waitFor();
        return new URL(page.url()).pathname;
      };
      votes.flag = await setUp('Suy tôn đề nghị tặng Cờ thi đua', async () => {
        for (const unit of UNITS) expect(await page.getByLabel(unit, { exact: true }).isChecked()).toBe(true);
        await screenshot(page, 'vote-setup');
        await expectAccessible(page);
      });
      await page.locator('#rules').getByText('trên 1/2 tổng số đơn vị thành viên', { exact: true }).waitFor();
      await screenshot(page, 'vote-rules-before-opening');
      await expectAccessible(page);
      // The rules read on a phone too: each value beside its term, none pushed off the screen.
      await expectFitsAPhone(page, 'vote-rules-phone');
      // Lào Cai is proposed as the 2024 chair, so it is not a candidate for vice-chair (thidua refuses the clash).
      votes.viceChair = await setUp('Bầu Cụm phó năm sau', async () => {
        await page.getByLabel('LHH Lào Cai', { exact: true }).uncheck();
      });
      votes.chair = await setUp('Chuyển trao Cụm trưởng năm sau', async () => {
        await page.getByLabel('Đơn vị được đề xuất').selectOption({ label: 'LHH Lào Cai' });
      });
      await page.getByText('LHH Lào Cai').first().waitFor();
      await context.close();
    },
    SCENARIO_MS,
  );

  it(
    'opens each vote and prints its ballot slips: an A4 PDF with the 8 units’ codes',
    async () => {
      const context = await newContext(browser, server.baseUrl);
      const page = await context.newPage();
      await signIn(page, 'sonla.canbo');
      for (const vote of Object.values(votes)) {
        await page.goto(vote);
        await page.getByRole('button', { name: 'Mở bỏ phiếu vòng 1' }).click();
        await page.getByText('0/8 đơn vị đã bỏ phiếu').waitFor();
      }
      await page.goto(votes.flag);
      const { pdf, codes } = await printSlips(page);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(codes).toHaveLength(8);
      expect(new Set(codes).size).toBe(8);
      const text = (await pdfPages(pdf)).map((p) => p.text).join(' ');
      for (const unit of UNITS) expect(text).toContain(`Đơn vị bỏ phiếu: ${unit}`);
      (globalThis as Record<string, unknown>).flagCodes = codes;
      await context.close();
    },
    SCENARIO_MS,
  );

  it(
    'the delegates vote: one on a phone with a typed code, one from the QR code, the others with their slips',
    async () => {
      const secretariat = await (await newContext(browser, server.baseUrl)).newPage();
      await signIn(secretariat, 'sonla.canbo');
      const phone = await (await newContext(browser, server.baseUrl, { viewport: PHONE })).newPage();
      const desk = await (await newContext(browser, server.baseUrl)).newPage();

      const flagCodes = (globalThis as Record<string, unknown>).flagCodes as string[];
      await phone.goto('/ballot');
      await screenshot(phone, 'ballot-code-phone');
      await expectAccessible(phone);
      await phone.getByLabel('Mã phiếu').fill('AAAA-BBBB-CCCC-DDDD');
      await phone.getByRole('button', { name: 'Mở phiếu bầu' }).click();
      await phone.locator('#f-code-error').getByText('Mã phiếu không đúng hoặc đã được thay bằng mã mới').waitFor();

      const [first, second, ...rest] = flagCodes;
      await phone.goto('/ballot');
      await phone.getByLabel('Mã phiếu').fill(first.toLowerCase());
      await phone.getByRole('button', { name: 'Mở phiếu bầu' }).click();
      await phone.getByText('Chọn tối đa 2 đơn vị.').waitFor();
      await screenshot(phone, 'ballot-phone');
      await expectAccessible(phone);
      const firstUnit = ((await phone.locator('.ballot-unit strong').textContent()) ?? '').replace('Phiếu của ', '').trim();
      for (const label of [...FLAG_BALLOTS[firstUnit], 'LHH Phú Thọ'].filter((v, i, all) => all.indexOf(v) === i).slice(0, 3)) {
        await phone.getByLabel(label, { exact: true }).check();
      }
      await phone.getByRole('button', { name: 'Xem lại phiếu' }).click();
      await phone.locator('#f-choices-error').getByText('Mỗi phiếu chọn tối đa 2 ứng viên').waitFor();
      await phone.getByLabel('LHH Phú Thọ', { exact: true }).uncheck();
      for (const label of FLAG_BALLOTS[firstUnit]) await phone.getByLabel(label, { exact: true }).check();
      await phone.getByRole('button', { name: 'Xem lại phiếu' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Xác nhận phiếu bầu' }).waitFor();
      await screenshot(phone, 'ballot-confirm-phone');
      await phone.getByRole('button', { name: 'Gửi phiếu' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Phiếu đã được ghi nhận' }).waitFor();
      await phone.getByRole('heading', { level: 2, name: 'Mã biên nhận phiếu' }).waitFor();
      phoneReceipt = ((await phone.locator('#receipt-value').textContent()) ?? '').trim();
      expect(phoneReceipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      await phone.getByText('Mã không cho biết bạn đã chọn gì').waitFor();
      await phone.getByRole('button', { name: 'Sao chép mã' }).waitFor();
      await screenshot(phone, 'ballot-done-phone');
      await expectAccessible(phone);
      // Before the count, the receipt is in the box, waiting.
      await phone.getByRole('link', { name: 'Trang kiểm tra mã biên nhận' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Kiểm tra phiếu trong hòm phiếu' }).waitFor();
      await phone.getByLabel('Mã biên nhận phiếu').fill(phoneReceipt.toLowerCase());
      await phone.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await phone.getByText('đang ở trong hòm phiếu của vòng 1, chờ kiểm phiếu').waitFor();

      await phone.goto(`/ballot?code=${first}`);
      await phone.getByRole('button', { name: 'Mở phiếu bầu' }).click();
      await phone.getByText(`${firstUnit} đã bỏ phiếu ở vòng này`).waitFor();

      await voteWithCode(phone, second, 'qr', (unit) => FLAG_BALLOTS[unit]);
      await secretariat.goto(votes.flag);
      await secretariat.getByText('2/8 đơn vị đã bỏ phiếu').waitFor();
      await screenshot(secretariat, 'vote-turnout');
      await expectAccessible(secretariat);
      for (const code of rest) await voteWithCode(desk, code, 'typed', (unit) => FLAG_BALLOTS[unit]);
      await secretariat.getByText('8/8 đơn vị đã bỏ phiếu').waitFor();

      // The vice-chair election: codes for six unions; Lào Cai and Hòa Bình vote signed in.
      await secretariat.goto(votes.viceChair);
      const viceCodes = (await printSlips(secretariat)).codes;
      const officers = await (await newContext(browser, server.baseUrl)).newPage();
      for (const [username, unit] of [
        ['laocai.canbo', 'LHH Lào Cai'],
        ['hoabinh.canbo', 'LHH Hòa Bình'],
      ]) {
        await signIn(officers, username);
        await officers.goto(votes.viceChair);
        await officers.getByRole('button', { name: 'Bỏ phiếu cho đơn vị tôi' }).click();
        await officers.getByText(`Phiếu của ${unit}`).waitFor();
        for (const label of VICE_CHAIR_BALLOTS[unit]) await officers.getByLabel(label, { exact: true }).check();
        await officers.getByRole('button', { name: 'Xem lại phiếu' }).click();
        await officers.getByRole('button', { name: 'Gửi phiếu' }).click();
        await officers.getByRole('heading', { level: 1, name: 'Phiếu đã được ghi nhận' }).waitFor();
        await officers.locator('#receipt-value').waitFor();
        await officers.getByRole('button', { name: 'Đăng xuất' }).click();
      }
      const voted = new Set(['LHH Lào Cai', 'LHH Hòa Bình']);
      for (const code of viceCodes) {
        await desk.goto(`/ballot?code=${code}`);
        await desk.getByRole('button', { name: 'Mở phiếu bầu' }).click();
        const unit = ((await desk.locator('.ballot-unit strong, .ballot-message').first().textContent()) ?? '').trim();
        if ([...voted].some((name) => unit.includes(name))) continue;
        await voteWithCode(desk, code, 'qr', (name) => VICE_CHAIR_BALLOTS[name]);
      }
      await secretariat.goto(votes.viceChair);
      await secretariat.getByText('8/8 đơn vị đã bỏ phiếu').waitFor();

      // The chair handover: every union says yes, with its code.
      await secretariat.goto(votes.chair);
      for (const code of (await printSlips(secretariat)).codes) await voteWithCode(desk, code, 'typed', () => 'Tán thành');
      await secretariat.goto(votes.chair);
      await secretariat.getByText('8/8 đơn vị đã bỏ phiếu').waitFor();
    },
    SCENARIO_MS,
  );

  it(
    'the secretariat closes the votes: Sơn La and Hòa Bình proposed, Yên Bái vice-chair, Lào Cai chair in 2024',
    async () => {
      const context = await newContext(browser, server.baseUrl);
      const page = await context.newPage();
      await signIn(page, 'sonla.canbo');

      await closeRound(page, votes.flag);
      await page.locator('#result .outcome').getByText('LHH Sơn La, LHH Hòa Bình').waitFor();
      await page.locator('#result tr.passed').first().waitFor();
      expect(await page.locator('#result tr.passed th').allTextContents()).toEqual(['LHH Sơn La', 'LHH Hòa Bình']);
      await page.locator('#result figure.vote-chart svg').first().waitFor();
      await screenshot(page, 'vote-result-flag');
      await expectAccessible(page);
      // The receipts of the counted round, to publish and print: eight, the phone's among them.
      await page.getByRole('heading', { level: 3, name: 'Vòng 1 — đã kiểm phiếu' }).waitFor();
      await page.locator('#receipts').getByText('8 phiếu trong hòm; 8 đơn vị đã bỏ phiếu.').waitFor();
      expect(await page.locator('#receipts .receipt-list li').count()).toBe(8);
      await page.locator('#receipts .receipt-list').getByText(phoneReceipt, { exact: true }).waitFor();
      await page.getByRole('link', { name: 'Trang in danh sách mã biên nhận' }).click();
      await page.getByRole('heading', { level: 2, name: 'Vòng 1 — đã kiểm phiếu' }).waitFor();
      expect(await page.locator('.receipt-list li').count()).toBe(8);
      await page.getByRole('button', { name: 'In danh sách' }).waitFor();
      await page.getByRole('link', { name: /\/ballot\/receipts\// }).waitFor();
      await screenshot(page, 'vote-receipts');
      await expectAccessible(page);

      // The delegate, on the phone and without an account, finds the receipt counted; a wrong one is not found.
      const phone = await (await newContext(browser, server.baseUrl, { viewport: PHONE })).newPage();
      await phone.goto(votes.flag.replace('/votes/', '/ballot/receipts/'));
      await phone.getByLabel('Mã biên nhận phiếu').fill(` ${phoneReceipt.replace('-', ' ')} `);
      await phone.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await phone.locator('.receipt-counted').getByText('Phiếu có mã biên nhận này đã được kiểm ở vòng 1.').waitFor();
      await screenshot(phone, 'receipt-check-counted-phone');
      await expectAccessible(phone);
      const wrong = phoneReceipt.startsWith('0') ? `1${phoneReceipt.slice(1)}` : `0${phoneReceipt.slice(1)}`;
      await phone.getByLabel('Mã biên nhận phiếu').fill(wrong);
      await phone.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await phone.locator('.receipt-missing').getByText('không có trong danh sách đã công bố').waitFor();
      await screenshot(phone, 'receipt-check-missing-phone');
      await expectAccessible(phone);
      await phone.getByLabel('Mã biên nhận phiếu').fill('abc');
      await phone.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await phone.locator('#f-receipt-error').waitFor();
      await screenshot(phone, 'receipt-check-invalid-phone');
      await expectAccessible(phone);
      await phone.context().close();

      await page.goto(`${votes.flag}/projector`);
      await page.locator('.projector-chosen').getByText('LHH Sơn La, LHH Hòa Bình').waitFor();
      expect(await page.locator('nav').count()).toBe(0);
      await screenshot(page, 'vote-result-projector');
      await expectAccessible(page);

      await closeRound(page, votes.viceChair);
      await page.locator('#result .outcome').getByText('LHH Yên Bái').waitFor();
      await screenshot(page, 'vote-result-vice-chair');

      await closeRound(page, votes.chair);
      await page.locator('#result .outcome').getByText('LHH Lào Cai').waitFor();
      await screenshot(page, 'vote-result-chair');

      await page.goto(clusterYear);
      const nextYear = page.locator('section[aria-labelledby="term-heading"]');
      await nextYear.getByText('Cụm trưởng: LHH Lào Cai; Cụm phó: LHH Yên Bái').waitFor();
      await screenshot(page, 'cluster-year-2023-after');
      await expectAccessible(page);
      await context.close();
    },
    SCENARIO_MS,
  );

  it(
    'the counting committee enters paper totals: figures that do not add up are refused next to their fields',
    async () => {
      const context = await newContext(browser, server.baseUrl);
      const page = await context.newPage();
      await signIn(page, 'sonla.canbo');
      await page.goto(meetingUrl);
      await page.getByRole('button', { name: 'Tạo cuộc biểu quyết' }).click();
      await page.getByRole('button', { name: 'Biểu quyết tán thành / không tán thành' }).click();
      await page.getByLabel('Tiêu đề cuộc biểu quyết').fill('Thông qua biên bản hội nghị');
      await page.getByLabel('Phiếu giấy', { exact: false }).check();
      await page.getByLabel('Nội dung xin biểu quyết').fill('Tán thành thông qua biên bản Hội nghị tổng kết năm 2023.');
      await page.getByRole('textbox', { name: /Ban kiểm phiếu/ }).fill('Nguyễn Văn A\nTrần Thị B');
      await page.getByRole('button', { name: 'Tạo cuộc biểu quyết' }).click();
      await page.getByRole('button', { name: 'Mở bỏ phiếu vòng 1' }).click();

      await page.goto(meetingUrl);
      await page.getByRole('button', { name: 'Hoàn tất biên bản' }).click();
      await page.locator('#finalize-refused').waitFor();
      await screenshot(page, 'meeting-finalize-refused');

      await page.getByRole('link', { name: 'Thông qua biên bản hội nghị' }).click();
      await page.getByRole('button', { name: 'Nhập kết quả kiểm phiếu giấy' }).click();
      const figures: [string, string][] = [
        ['Số phiếu phát ra', '8'],
        ['Số phiếu thu vào', '9'],
        ['Số phiếu hợp lệ', '8'],
        ['Số phiếu không hợp lệ', '0'],
        ['Tán thành', '8'],
        ['Không tán thành', '0'],
        ['Không biểu quyết', '0'],
      ];
      for (const [label, value] of figures) await page.getByLabel(label, { exact: false }).first().fill(value);
      await page.getByRole('button', { name: 'Lưu kết quả kiểm phiếu' }).click();
      await page.locator('#f-ballotsCollected-error').getByText('không được lớn hơn số phiếu phát ra').waitFor();
      expect(await page.getByLabel('Số phiếu thu vào', { exact: false }).inputValue()).toBe('9');
      await screenshot(page, 'paper-totals-errors');
      await expectAccessible(page);
      await page.getByLabel('Số phiếu thu vào', { exact: false }).fill('8');
      await page.getByRole('button', { name: 'Lưu kết quả kiểm phiếu' }).click();
      await page.getByText('Đã lưu kết quả kiểm phiếu.').waitFor();
      await page.getByRole('button', { name: 'Kết thúc vòng bỏ phiếu và kiểm phiếu' }).click();
      await page
        .locator('#result')
        .getByRole('row', { name: /Tán thành 8/ })
        .waitFor();
      await context.close();
    },
    SCENARIO_MS,
  );

  it(
    'finalizes the minutes, which locks them, and records an amendment with who, why and what',
    async () => {
      const context = await newContext(browser, server.baseUrl);
      const page = await context.newPage();
      await signIn(page, 'sonla.canbo');
      await page.goto(meetingUrl);
      await page.getByRole('button', { name: 'Hoàn tất biên bản' }).click();
      await page.getByText('Đã hoàn tất biên bản; biên bản nay bị khoá.').waitFor();
      expect(await page.getByRole('button', { name: 'Sửa dự thảo' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Đính chính biên bản đã hoàn tất' }).click();
      await page.getByLabel('Địa điểm').fill('Hội trường Tỉnh ủy Sơn La');
      await page.getByLabel('Lý do đính chính').fill('Ghi địa điểm cụ thể theo giấy mời.');
      await screenshot(page, 'meeting-amend');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Ghi bản sửa đổi' }).click();
      const amendments = page.locator('section[aria-labelledby="amendments-heading"]');
      await amendments
        .getByRole('row', { name: /sonla\.canbo Địa điểm Thành phố Sơn La, tỉnh Sơn La Hội trường Tỉnh ủy Sơn La Ghi địa điểm cụ thể/ })
        .waitFor();
      await screenshot(page, 'meeting-finalized-amended');
      await context.close();
    },
    SCENARIO_MS,
  );

  it(
    "refuses the meeting's management pages to an officer of another cluster who types their address",
    async () => {
      const [canTho]: { id: string }[] = await server.dataSource.query(`SELECT id FROM organizations WHERE code = 'LHH-CAN-THO'`);
      await server.app.get(UsersService).create({
        username: 'cantho.canbo',
        displayName: 'Cán bộ LHH Cần Thơ',
        organizationId: canTho.id,
        roles: ['unit_officer'],
        password: 'Cantho-thu-2023',
      });
      const context = await newContext(browser, server.baseUrl);
      const page = await context.newPage();
      await signIn(page, 'cantho.canbo', 'Cantho-thu-2023');
      const [{ id: clusterId }]: { id: string }[] = await server.dataSource.query(`SELECT id FROM clusters WHERE code = 'VUSTA-CUM-3'`);
      for (const address of [
        `${meetingUrl}/edit`,
        `${meetingUrl}/amend`,
        `${meetingUrl}/votes/new`,
        `/meetings/new?clusterId=${clusterId}&year=2023`,
        `${votes.flag}/paper-totals`,
      ]) {
        const response = await page.goto(address);
        expect([403, 404]).toContain(response?.status());
        await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
      }
      await page.goto(meetingUrl);
      expect(await page.getByRole('button', { name: 'Sửa dự thảo' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Hoàn tất biên bản' }).count()).toBe(0);
      await screenshot(page, 'meeting-other-cluster');
      await context.close();
    },
    SCENARIO_MS,
  );
});
