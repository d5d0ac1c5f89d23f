import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';

const run = promisify(execFile);
const root = process.cwd();

/** PATH without any node_modules/.bin: the shell of a machine whose own Node.js may be older. */
function systemPath(): string {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.includes(join('node_modules', '.bin')))
    .join(delimiter);
}

/**
 * Node.js 24 everywhere (issue 14): `npm start` and CI run `npm run check:node`, which prints the
 * version npm scripts run and fails below 24; on Linux npm scripts take `node` from the
 * `node-linux-*` package in node_modules/.bin, whatever Node.js the machine has.
 */
describe('Node.js 24 for npm start, CI and the Docker image', () => {
  it('prints v24 from npm run check:node, even from a shell whose PATH has no node_modules/.bin', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'check:node'], { cwd: root, env: { ...process.env, PATH: systemPath() } });
    expect(stdout.trim()).toMatch(/^v24\.\d+\.\d+$/);
  }, 60_000);

  it('checks the version before npm start and in CI, and asks for Node.js 24 in engines and the Docker image', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.prestart).toMatch(/^npm run check:node && /);
    expect(pkg.engines.node).toBe('>=24');
    expect(Object.values(pkg.optionalDependencies)).toEqual(expect.arrayContaining([expect.stringMatching(/^24\./)]));
    expect(await readFile(join(root, '.ci', 'run'), 'utf8')).toMatch(/^npm run check:node$/m);
    expect(await readFile(join(root, 'Dockerfile'), 'utf8')).toMatch(/^FROM node:24-/m);
  });
});
