import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { ListClustersQuery } from '../../src/registry/clusters/cluster.dto.js';
import { ClustersService } from '../../src/registry/clusters/clusters.service.js';
import { ListAwardTypesQuery } from '../../src/nominations/award-types/award-type.dto.js';
import { AwardTypesService } from '../../src/nominations/award-types/award-types.service.js';
import { DossiersService } from '../../src/nominations/dossiers/dossiers.service.js';
import { NominationsService } from '../../src/nominations/nominations/nominations.service.js';
import type { Actor } from '../../src/platform/request-context/request-context.js';
import { Clock } from '../../src/platform/time/clock.js';
import { validateAs } from '../../src/web/http/forms.js';
import { pdfFile } from '../helpers/dossier-files.js';
import { type BrowserApp, startBrowserApp } from './support/browser-app.js';
import { expectAccessible, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';

const SETUP_MS = 300_000;

describe("a unit officer cannot reach another unit's nomination", () => {
  let server: BrowserApp;
  let browser: Browser;
  let page: Page;
  let nominationId: string;
  let fileId: string;

  /** The demo account of a unit, as the services know it. */
  async function actorOf(username: string): Promise<Actor> {
    const [user]: { id: string; organizationId: string }[] = await server.dataSource.query(
      `SELECT id, organization_id AS "organizationId" FROM users WHERE username = $1`,
      [username],
    );
    return {
      userId: user.id,
      username,
      organizationId: user.organizationId,
      roles: ['unit_officer'],
    };
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
    page = await (await newContext(browser, server.baseUrl)).newPage();
    await signIn(page, 'dienbien.canbo');
    // After signing in: the browser keeps the session cookie by its own clock, the app judges the nomination by this one.
    jest.spyOn(server.app.get(Clock), 'now').mockImplementation(() => new Date('2025-03-10T09:00:00+07:00'));
    const hoaBinh = await actorOf('hoabinh.canbo');
    const orgId = hoaBinh.organizationId as string;
    const [cluster] = (
      await server.app.get(ClustersService).list(
        await validateAs(ListClustersQuery, {
          memberId: orgId,
          year: '2024',
        }),
      )
    ).items;
    const awards = await server.app.get(AwardTypesService).list(await validateAs(ListAwardTypesQuery, { q: 'Bằng khen của Liên hiệp' }));
    const nomination = await server.app.get(NominationsService).create(hoaBinh, {
      awardTypeId: awards.items[0].id,
      year: 2024,
      nominee: { organizationId: orgId, person: null },
      proposingOrganizationId: orgId,
      clusterId: cluster.id,
      achievementsSummary: 'Hồ sơ riêng của LHH Hòa Bình.',
    });
    nominationId = nomination.id;
    const file = await server.app.get(DossiersService).upload(
      hoaBinh,
      nominationId,
      { kind: 'to_trinh' },
      {
        originalname: 'Tờ trình.pdf',
        size: pdfFile().length,
        buffer: pdfFile(),
      },
    );
    fileId = file.id;
  }, SETUP_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('does not list it', async () => {
    await page.goto('/nominations');
    await page.getByText('Đơn vị chưa lập hồ sơ đề nghị khen thưởng nào.').waitFor();
    expect(await page.locator(`a[href*="${nominationId}"]`).count()).toBe(0);
    await page.goto(`/nominations?q=${encodeURIComponent('Hòa Bình')}`);
    expect(await page.locator(`a[href*="${nominationId}"]`).count()).toBe(0);
  });

  it.each([
    ['its page', () => `/nominations/${nominationId}`],
    ['its edit form', () => `/nominations/${nominationId}/edit`],
    ['its dossier file', () => `/nominations/files/${fileId}`],
    ['its file through the API', () => `/api/v1/attachments/${fileId}/content`],
  ])('answers "not found" for %s, typed in the address bar', async (_what, address) => {
    const response = await page.goto(address());
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain('Hồ sơ riêng của LHH Hòa Bình.');
  });

  it('shows the same "not found" page as for an address that does not exist', async () => {
    await page.goto(`/nominations/${nominationId}`);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    await screenshot(page, 'nomination-not-found');
    await expectAccessible(page);
  });

  it('refuses a form posted to it as if it did not exist', async () => {
    await page.goto('/nominations');
    const token = await page.locator('input[name="_csrf"]').first().inputValue();
    const response = await page.request.post(`/nominations/${nominationId}/transitions`, { form: { _csrf: token, action: 'withdraw' } });
    expect(response.status()).toBe(404);
    const [state]: { state: string }[] = await server.dataSource.query('SELECT state FROM nominations WHERE id = $1', [nominationId]);
    expect(state.state).toBe('draft');
  });

  it('keeps the review queue from unit officers', async () => {
    const response = await page.goto('/reviews');
    expect(response?.status()).toBe(403);
  });
});
