import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot, signIn } from './support/browser.js';
import { recordDemoCluster3Conference } from './support/cluster3-conference.js';
import { browserStory } from './support/story.js';

/** Letters only Vietnamese writes (with their tone marks); data such as unit names may hold them, the chrome may not. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** The text of the header and footer that the app writes: without the signed-in user's name and unit, and the "Tiếng Việt" link. */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [...document.querySelectorAll('.skip-link, header.site-header, footer.site-footer')].map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('.who, [lang="vi"]').forEach((own) => own.remove());
      return copy.textContent ?? '';
    });
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

/**
 * An English-speaking user reads the app in English: the home page, a registry page, a meeting page and a
 * nomination page have English headings and labels, and the header, navigation and footer hold no Vietnamese-only
 * text; what stays Vietnamese is the data (unit and meeting names). No page breaks the content security policy.
 */
describe('the app in English', () => {
  const story = browserStory();

  it('shows the home, a cluster, a meeting and a nomination in English', async () => {
    const conference = await recordDemoCluster3Conference(story.server);
    const [nomination]: { id: string }[] = await story.server.dataSource.query(
      `SELECT n.id FROM nominations n JOIN organizations o ON o.id = n.nominee_organization_id WHERE n.cluster_id = $1 ORDER BY o.code LIMIT 1`,
      [conference.c3.cluster],
    );
    const page = await story.newPage();
    const refusedByPolicy: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refusedByPolicy.push(message.text());
    });
    await signIn(page, 'sonla.canbo');
    await page.getByRole('link', { name: 'English' }).click();

    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const link of ['My work', 'Units', 'Clusters', 'Nominations']) await nav.getByRole('link', { name: link }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await chromeText(page)).not.toMatch(VIETNAMESE);

    await page.goto(`/clusters/${conference.c3.cluster}?year=2023`);
    await page.getByRole('heading', { level: 2, name: 'Members in 2023' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Chairs and vice-chairs over the years' }).waitFor();
    await page.locator('figure.timeline svg').waitFor();
    expect(await chromeText(page)).not.toMatch(VIETNAMESE);
    await screenshot(page, 'english-cluster');
    await expectAccessible(page);

    await page.goto(`/meetings/${conference.meetingId}`);
    await page.getByRole('heading', { level: 2, name: 'Attendance of the member units' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Votes' }).waitFor();
    await page.getByRole('columnheader', { name: 'Delegate' }).waitFor();
    expect(await chromeText(page)).not.toMatch(VIETNAMESE);
    await screenshot(page, 'english-meeting');

    await page.goto(`/nominations/${nomination.id}`);
    await page.getByRole('heading', { level: 2, name: 'Dossier files' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Eligibility checks' }).waitFor();
    await page.getByRole('button', { name: 'Upload a file' }).waitFor();
    const checks = page.locator('#eligibility .checks');
    await checks.getByText('This award type requires no earlier titles.').waitFor();
    await checks.getByText('The dossier is missing: Achievement report.').waitFor();
    expect(await chromeText(page)).not.toMatch(VIETNAMESE);
    await screenshot(page, 'english-nomination');
    await expectAccessible(page);

    expect(refusedByPolicy).toEqual([]);
  });
});
