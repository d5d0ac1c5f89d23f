import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { backupDatabase, BackupError, restoreDatabase } from '../../src/platform/backup/logical-backup.js';
import { snapshotOfDatabase } from '../helpers/database-snapshot.js';
import { pdfFile } from '../helpers/dossier-files.js';
import { givenAwardCatalog, officerOf, onDay, ownProposal, upload } from '../helpers/nomination-factories.js';
import { givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { createTestDatabase } from '../helpers/test-database.js';

async function run(url: string, sql: string, parameters: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows;
  } finally {
    await client.end();
  }
}

describe('npm run db:backup, then db:restore into an empty database, brings back the same data', () => {
  let t: TestApp;
  let sourceUrl: string;
  let folder: string;
  let file: string;
  const attachment = pdfFile('Báo cáo thành tích năm 2025 của LHH Sơn La');
  const targets: { drop: () => Promise<void> }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    sourceUrl = (t.dataSource.options as { url: string }).url;
    folder = await mkdtemp(join(tmpdir(), 'thidua-backup-'));
    file = join(folder, 'thidua.jsonl.gz');
    const c3 = await givenCluster3In2023(t.dataSource);
    const awards = await givenAwardCatalog(t);
    const sonLa = await officerOf(t, c3, 'sonLa');
    onDay(t, '2025-08-05');
    const nomination = await sonLa
      .post('/api/v1/nominations')
      .send(ownProposal(c3, 'sonLa', awards.LHHVN_BANG_KHEN))
      .expect(201);
    await upload(sonLa, nomination.body.id, 'bao_cao_thanh_tich', attachment, 'Báo cáo thành tích.pdf').expect(201);
  });
  afterAll(async () => {
    await t.close();
    for (const target of targets) await target.drop();
    await rm(folder, { recursive: true, force: true });
  });

  async function emptyTarget() {
    const target = await createTestDatabase();
    targets.push(target);
    return target;
  }

  it('restores every table, every sequence and the dossier file bytes', async () => {
    const summary = await backupDatabase(sourceUrl, file);
    expect(summary.rows).toBeGreaterThan(20);
    const target = await emptyTarget();
    await restoreDatabase(target.url, file, { replace: false });

    const source = await snapshotOfDatabase(sourceUrl);
    expect(Object.keys(source).length).toBeGreaterThan(30);
    expect(await snapshotOfDatabase(target.url)).toEqual(source);
    const [stored] = await run(target.url, `SELECT content FROM nomination_attachments`);
    expect(Buffer.compare(stored.content as Buffer, attachment)).toBe(0);
  });

  it('refuses to restore over data unless told to replace it, and then replaces it all', async () => {
    const target = await emptyTarget();
    await run(target.url, `INSERT INTO organizations (code, kind, active_from) VALUES ('LHH-KHAC', 'provincial_union', '2001-01-01')`);
    const refused = await restoreDatabase(target.url, file, { replace: false }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BackupError);
    expect((refused as Error).message).toContain('đã có dữ liệu');
    await restoreDatabase(target.url, file, { replace: true });
    expect(await snapshotOfDatabase(target.url)).toEqual(await snapshotOfDatabase(sourceUrl));
  });

  it('refuses a backup taken at another schema version, changing nothing', async () => {
    const target = await emptyTarget();
    const [last] = await run(target.url, `SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1`);
    await run(target.url, `DELETE FROM schema_migrations WHERE name = $1`, [last.name]);
    const before = await snapshotOfDatabase(target.url);
    const refused = await restoreDatabase(target.url, file, { replace: true }).catch((error: unknown) => error);
    expect((refused as Error).message).toContain('phiên bản lược đồ khác');
    expect(await snapshotOfDatabase(target.url)).toEqual(before);
  });

  it('fails, without hanging, on a missing file', async () => {
    const target = await emptyTarget();
    const failure = await restoreDatabase(target.url, join(folder, 'khong-co.jsonl.gz'), { replace: false }).catch(
      (error: unknown) => error,
    );
    expect((failure as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});
