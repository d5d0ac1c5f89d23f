import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { MeetingRepository } from '../../src/meetings/meetings/meeting.repository.js';
import { ListMeetingsQuery } from '../../src/meetings/meetings/meeting.dto.js';
import { cluster3Delegates, conference2023, givenMeeting } from '../helpers/meeting-factories.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Every index a plan (EXPLAIN FORMAT JSON) reads, at any depth. */
function indexesIn(plan: unknown): string[] {
  if (Array.isArray(plan)) return plan.flatMap(indexesIn);
  if (plan === null || typeof plan !== 'object') return [];
  return Object.entries(plan).flatMap(([key, value]) => (key === 'Index Name' && typeof value === 'string' ? [value] : indexesIn(value)));
}

/**
 * The indexes the repository's queries would read: each query it runs is explained instead, with sequential scans
 * priced out so that the plan shows whether an index can serve the query at all (a test database is too small for
 * the planner to prefer one on its own).
 */
async function indexesRead(t: TestApp, run: (explaining: EntityManager) => Promise<unknown>): Promise<string[]> {
  return t.dataSource.transaction(async (tx) => {
    await tx.query('SET LOCAL enable_seqscan = off');
    const plans: unknown[] = [];
    const explaining = new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'query') return Reflect.get(target, property, receiver);
        return async (sql: string, parameters?: unknown[]) => {
          const [row] = await target.query<{ 'QUERY PLAN': unknown }[]>(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
          plans.push(row['QUERY PLAN']);
          // No rows, and a count of none: what the repository maps afterwards does not matter here.
          return sql.includes('count(*)') ? [{ total: 0 }] : [];
        };
      },
    });
    await run(explaining);
    return plans.flatMap(indexesIn);
  });
}

describe('reads the lists that grow with every conference through their indexes', () => {
  let t: TestApp;
  let c3: Cluster3;
  let meetingId: string;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    meetingId = await givenMeeting(t.staff, conference2023(c3), cluster3Delegates(c3));
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds the meetings of a cluster and year by an index on both (cluster, year or year, cluster)', async () => {
    const query = Object.assign(new ListMeetingsQuery(), { clusterId: c3.cluster, year: 2023 });
    const indexes = await indexesRead(t, (db) => new MeetingRepository(db).list(query));
    // meetings_cluster_year_idx (cluster_id, year) and the national overview's meetings_year_idx (year, cluster_id,
    // kind) both lead with the two filters; the planner may take either, never a scan of every meeting.
    expect(indexes.filter((index) => ['meetings_cluster_year_idx', 'meetings_year_idx'].includes(index))).not.toEqual([]);
    expect(
      indexes.filter((index) => index.startsWith('meetings_') && !['meetings_cluster_year_idx', 'meetings_year_idx'].includes(index)),
    ).toEqual([]);
  });

  it('finds the delegates of a meeting by meeting_delegates_meeting_idx', async () => {
    const indexes = await indexesRead(t, (db) => new MeetingRepository(db).delegatesOf(meetingId));
    expect(indexes).toContain('meeting_delegates_meeting_idx');
  });
});
