import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { castBallots, type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ROLE = `thidua_app_${randomBytes(4).toString('hex')}`;
const PASSWORD = 'mat-khau-ung-dung';

async function asAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Issue 13, least privilege: the schema is migrated by its owner; the app connects as a role that is no superuser and
 * owns nothing, granted only what the README's deployment section grants, and holds a whole secret vote.
 */
describe('the app connected as a database role without superuser rights', () => {
  let t: TestApp;
  let conference: Conference;
  let appClient: pg.Client;

  beforeAll(async () => {
    t = await startTestApp({
      connectAs: (url) =>
        asAdmin(url, async (admin) => {
          await admin.query(
            `CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`,
          );
          await admin.query(`GRANT USAGE ON SCHEMA public TO ${ROLE}`);
          await admin.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${ROLE}`);
          await admin.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${ROLE}`);
          await admin.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
          const app = new URL(url);
          app.username = ROLE;
          app.password = PASSWORD;
          return app.toString();
        }),
    });
    appClient = new pg.Client({ connectionString: (t.dataSource.options as { url: string }).url });
    await appClient.connect();
    conference = await givenCluster3Conference(t);
  });
  afterAll(async () => {
    await appClient.end();
    await t.close();
    await asAdmin(process.env.THIDUA_TEST_ADMIN_URL as string, (admin) => admin.query(`DROP ROLE IF EXISTS ${ROLE}`));
  });

  it('is connected as that role, which can neither change the schema nor read the WAL', async () => {
    const [{ user, superuser }] = await t.dataSource.query(
      `SELECT current_user AS user, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    );
    expect({ user, superuser }).toEqual({ user: ROLE, superuser: false });
    await expect(appClient.query(`CREATE TABLE stolen (choice text)`)).rejects.toThrow(/permission denied/);
    await expect(appClient.query(`ALTER TABLE ballot_box ADD COLUMN voter uuid`)).rejects.toThrow(/must be owner/);
    await expect(appClient.query(`CREATE EXTENSION pg_walinspect`)).rejects.toThrow(/permission denied|must be/);
  });

  it('holds a secret electronic vote from opening to the count', async () => {
    const voteId = await givenOpenVote(conference, {
      subject: 'question',
      title: 'Thông qua chương trình công tác năm 2024',
      method: 'electronic',
    });
    await castBallots(conference, voteId, [
      ['sonLa', { answer: 'yes' }],
      ['hoaBinh', { answer: 'yes' }],
      ['phuTho', { answer: 'no' }],
      ['dienBien', { answer: 'yes' }],
      ['yenBai', { answer: 'abstain' }],
      ['laiChau', { answer: 'yes' }],
      ['vinhPhuc', { answer: 'yes' }],
      ['laoCai', { answer: 'yes' }],
    ]);
    await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
    const result = await conference.secretariat.get(`/api/v1/votes/${voteId}/result`).expect(200);
    expect(result.body.rounds[0]).toMatchObject({
      ballotsValid: 8,
      answers: { yes: { votes: 6 }, no: { votes: 1 }, abstain: { votes: 1 } },
    });
  });
});
