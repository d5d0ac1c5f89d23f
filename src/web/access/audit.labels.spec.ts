import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOTE_ACTIONS } from '../../meetings/votes/vote.state.js';
import { NOMINATION_ACTIONS } from '../../nominations/nominations/nomination.state.js';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from './audit.labels.js';

const SRC = join(process.cwd(), 'src');

/** Every non-test TypeScript file of src, outside the web pages (which record nothing). */
function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(SRC, 'web') ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The files that record audit events (directly, or through a helper that passes the action on). */
const auditing = sources()
  .map((path) => ({ path, code: readFileSync(path, 'utf8') }))
  .filter(({ code }) => /audit\.record\(|\.record\(tx,|AuditRecord|takeSeatsIn|endSeatsIn/.test(code));

/** Dotted literals in those files that are field paths or other strings, not action codes. */
const NOT_ACTIONS = new Set(['successor.code']);

function literalActions(): string[] {
  const found = auditing.flatMap(({ code }) => [...code.matchAll(/['`]([a-z_]+(?:\.[a-z_]+)+)['`]/g)].map((m) => m[1]));
  return [...new Set(found)].filter((code) => !NOT_ACTIONS.has(code));
}

/** Codes built from a workflow's actions (`nomination.${action}`, `vote.${taken}`). */
const templated = [...NOMINATION_ACTIONS.map((a) => `nomination.${a}`), ...VOTE_ACTIONS.map((a) => `vote.${a}`)];

describe('audit labels', () => {
  it('finds the audit calls it checks', () => {
    expect(auditing.length).toBeGreaterThan(20);
    expect(literalActions()).toEqual(expect.arrayContaining(['auth.login', 'meeting.create', 'membership.add']));
  });

  it('labels every action code recorded in src', () => {
    const missing = [...literalActions(), ...templated].filter((code) => !(code in AUDIT_ACTION_LABELS));
    expect(missing).toEqual([]);
  });

  it('labels every entity type recorded in src', () => {
    const found = auditing.flatMap(({ code }) => [...code.matchAll(/(?:entityType:\s*|ENTITY_TYPE\s*=\s*)'([a-z_]+)'/g)].map((m) => m[1]));
    expect(found.length).toBeGreaterThan(20);
    expect([...new Set(found)].filter((code) => !(code in AUDIT_ENTITY_LABELS))).toEqual([]);
  });

  it('labels no code twice in Vietnamese', () => {
    const names = Object.values(AUDIT_ACTION_LABELS).map((label) => label.vi);
    expect(names.length).toBe(new Set(names).size);
  });
});
