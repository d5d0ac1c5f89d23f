import type { EntityManager } from 'typeorm';
import { type SqlRow, unitColumns, unitFrom, unitJoin } from '../../registry/organizations/organization.repository.js';
import { coversYear } from '../../registry/memberships/membership.repository.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import { CLUSTER_COLUMNS, clusterFrom } from '../cluster-year/cluster-year.queries.js';
import type { NationalFacts } from './national-overview.facts.js';

/** Every cluster with its term and counts of the year: five grouped queries, whatever the number of clusters. */
export async function loadNationalFacts(manager: EntityManager, year: number, sinceYear: number): Promise<NationalFacts> {
  const clusters: SqlRow[] = await manager.query(
    `SELECT ${CLUSTER_COLUMNS}, ${unitColumns('chair')}, ${unitColumns('vice')},
       (SELECT count(*)::int FROM cluster_memberships m WHERE m.cluster_id = c.id AND ${coversYear('m', '$1::int')}) AS member_count
     FROM clusters c
     ${unitJoin('owner', 'c.owner_id', '$2')}
     LEFT JOIN cluster_terms t ON t.cluster_id = c.id AND t.year = $1
     ${unitJoin('chair', 't.chair_id', '$2')}
     ${unitJoin('vice', 't.vice_chair_id', '$2')}
     ORDER BY owner_name.full_name COLLATE vietnamese, c.kind, c.number, c.code`,
    [year, lastDayOf(year)],
  );
  const meetings: { clusterId: string; held: number; yearEnd: number }[] = await manager.query(
    `SELECT cluster_id AS "clusterId", count(*)::int AS held, (count(*) FILTER (WHERE kind = 'year_end_summary'))::int AS "yearEnd"
     FROM meetings WHERE year = $1 GROUP BY cluster_id`,
    [year],
  );
  const flags: NationalFacts['flags'] = await manager.query(
    `SELECT p.cluster_id AS "clusterId", p.year, count(*)::int AS proposed, count(ar.id)::int AS awarded
     FROM flag_proposals p
     LEFT JOIN award_types at ON at.code = p.award_type_code
     LEFT JOIN award_register ar ON ar.award_type_id = at.id AND ar.year = p.year
       AND ar.recipient_organization_id = p.organization_id AND ar.recipient_person_id IS NULL
     WHERE p.year BETWEEN $1 AND $2 GROUP BY p.cluster_id, p.year`,
    [sinceYear, year],
  );
  // Counted from `nominations_year_idx` alone, then named; the award types (a dozen) are put in Vietnamese order
  // once, not the thousands of counted rows.
  const nominations: NationalFacts['nominations'] = await manager.query(
    `SELECT n.cluster_id AS "clusterId", at.code AS "awardTypeCode", at.name AS "awardName", n.state, n.count
     FROM (SELECT cluster_id, award_type_id, state, count(*)::int AS count FROM nominations WHERE year = $1
           GROUP BY cluster_id, award_type_id, state) n
     JOIN (SELECT id, code, name, row_number() OVER (ORDER BY name COLLATE vietnamese, code) AS position FROM award_types) at
       ON at.id = n.award_type_id
     ORDER BY at.position`,
    [year],
  );
  const awards: NationalFacts['awards'] = await manager.query(
    `SELECT m.cluster_id AS "clusterId", ar.year, count(*)::int AS count
     FROM award_register ar
     JOIN cluster_memberships m ON m.organization_id = ar.recipient_organization_id AND ${coversYear('m', 'ar.year')}
     WHERE ar.year BETWEEN $1 AND $2
     GROUP BY m.cluster_id, ar.year`,
    [sinceYear, year],
  );
  const meetingsOf = new Map(meetings.map((row) => [row.clusterId, row]));
  const flagsOf = new Map(flags.filter((row) => row.year === year).map((row) => [row.clusterId, row]));
  return {
    year,
    sinceYear,
    clusters: clusters.map((row) => {
      const id = row.id as string;
      return {
        cluster: clusterFrom(row),
        memberCount: row.member_count as number,
        chair: unitFrom(row, 'chair'),
        viceChair: unitFrom(row, 'vice'),
        meetingsHeld: meetingsOf.get(id)?.held ?? 0,
        yearEndConferences: meetingsOf.get(id)?.yearEnd ?? 0,
        flagsProposed: flagsOf.get(id)?.proposed ?? 0,
        flagsAwarded: flagsOf.get(id)?.awarded ?? 0,
      };
    }),
    nominations,
    flags,
    awards,
  };
}
