import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { publishedErrorCodes } from '../../src/platform/i18n/messages.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('the error codes a client can branch on are published', () => {
  let t: TestApp;
  let codes: string[];

  beforeAll(async () => {
    t = await startTestApp();
    codes = publishedErrorCodes().map((entry) => entry.code);
  });

  afterAll(() => t.close());

  it('declares the codes of every context', () => {
    for (const prefix of ['REGISTRY.', 'AUTH.', 'MEETING.', 'VOTE.', 'BALLOT.', 'NOMINATION.', 'DOSSIER.']) {
      expect(codes.some((code) => code.startsWith(prefix))).toBe(true);
    }
  });

  it('lists every code in the OpenAPI document', async () => {
    const { body } = await t.http.get('/api/docs-json').expect(200);
    const description = (body as { info: { description: string } }).info.description;
    expect(codes.filter((code) => !description.includes(`\`${code}\``))).toEqual([]);
  });

  it('lists every code in the README, once, under a heading that counts them', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(codes.filter((code) => !readme.includes(`\`${code}\``))).toEqual([]);
    const table = /<summary>The (\d+) codes of the contexts<\/summary>([\s\S]*?)<\/details>/.exec(readme);
    const rows = (table?.[2] ?? '').split('\n').filter((line) => line.startsWith('| `'));
    expect(new Set(rows.map((row) => row.split('`')[1])).size).toBe(rows.length);
    expect(Number(table?.[1])).toBe(rows.length);
  });
});
