import { afterAll, afterEach, beforeAll } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type BrowserApp, startBrowserApp } from './browser-app.js';
import { launchBrowser, newContext } from './browser.js';

/** Starting the app with the demo data and Chromium takes a while on a busy machine; it is not a speed check. */
const SETUP_MS = 300_000;

export interface BrowserStory {
  /** The running app (its `baseUrl`, its `dataSource` for a test that must reach behind the pages). */
  readonly server: BrowserApp;
  /** A fresh browser (its own cookies) with one page; closed after the test. */
  newPage(options?: Parameters<typeof newContext>[2]): Promise<Page>;
}

/**
 * The set-up of a browser spec file: the real app on a fresh database with the demo data, and
 * headless Chromium; each test opens its own pages and they are closed after it.
 */
export function browserStory(): BrowserStory {
  let server: BrowserApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  }, SETUP_MS);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('The app is not started yet: use it inside a test');
      return server;
    },
    async newPage(options) {
      if (!server || !browser) throw new Error('The app is not started yet: use it inside a test');
      const context = await newContext(browser, server.baseUrl, options);
      contexts.push(context);
      return context.newPage();
    },
  };
}
