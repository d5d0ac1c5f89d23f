import type { Client } from 'pg';

/** How large a national data set the benchmark builds. */
export interface DatasetSize {
  clusters: number;
  /** Member units per cluster; units = clusters × unitsPerCluster. */
  unitsPerCluster: number;
  /** Years of memberships, terms, meetings and nominations, ending with the current year. */
  years: number;
  /** Collective award types each unit is nominated for every year (at most 3). */
  awardsPerUnitYear: number;
  /** Meetings per cluster and year (at most 4: launch, mid-year, year-end, extraordinary). */
  meetingsPerClusterYear: number;
  closedVotes: number;
  /** Units of the block whose conference votes electronically with printed codes (the ballot scenarios). */
  votingBlockUnits: number;
}

/** The size of issue 16: 1,000 clusters, 10,000 units, 10 years, 300,000 nominations, 40,000 meetings. */
export const FULL_SIZE: DatasetSize = {
  clusters: 1000,
  unitsPerCluster: 10,
  years: 10,
  awardsPerUnitYear: 3,
  meetingsPerClusterYear: 4,
  closedVotes: 2000,
  votingBlockUnits: 250,
};
/** For CI: the same shape, small enough to build in seconds. */
export const QUICK_SIZE: DatasetSize = {
  clusters: 40,
  unitsPerCluster: 10,
  years: 10,
  awardsPerUnitYear: 3,
  meetingsPerClusterYear: 4,
  closedVotes: 200,
  votingBlockUnits: 250,
};

export interface DatasetCounts {
  clusters: number;
  units: number;
  memberships: number;
  terms: number;
  nominations: number;
  nominationHistory: number;
  meetings: number;
  meetingDelegates: number;
  closedVotes: number;
}

/**
 * Builds the national data set by set-based INSERT … SELECT over generate_series, straight into the app's
 * tables with every constraint, foreign key, exclusion constraint and index in force: what the database
 * refuses from the app it refuses here too. Units, clusters and awards are numbered in temporary tables
 * so each statement can join them. Unit n is in cluster n mod C for the first half of the years and in
 * cluster (n + 1) mod C afterwards (one membership row each), so members-by-year has history to skip.
 */
/** Code of the block of `votingBlockUnits` units whose conference the ballot scenarios vote in. */
export const VOTING_BLOCK = 'BENCH-KHOI-BIEU-QUYET';

/** A block of many units (members since the first year, chaired by its first unit) for a conference-sized vote. */
async function addVotingBlock(db: Client, units: number, firstYear: number, currentYear: number, owner: string): Promise<void> {
  await db.query(`CREATE TEMP TABLE bench_voters ON COMMIT DROP AS SELECT n, gen_random_uuid() AS id FROM generate_series(0, $1 - 1) n`, [
    units,
  ]);
  await db.query(
    `INSERT INTO organizations (id, code, kind, province, active_from)
     SELECT id, 'BENCH-V' || lpad(n::text, 4, '0'), 'association', 'Hà Nội', make_date($1, 1, 1) FROM bench_voters`,
    [firstYear],
  );
  await db.query(
    `INSERT INTO organization_names (organization_id, full_name, short_name, valid_from)
     SELECT id, 'Hội Khoa học biểu quyết số ' || n, 'Hội BQ ' || n, make_date($1, 1, 1) FROM bench_voters`,
    [firstYear],
  );
  const [{ id: block }] = (
    await db.query<{ id: string }>(
      `INSERT INTO clusters (code, number, name, kind, owner_id, rotation_rule) VALUES ($1, 9999, 'Khối thi đua biểu quyết', 'block', $2, 'elected') RETURNING id`,
      [VOTING_BLOCK, owner],
    )
  ).rows;
  await db.query(
    `INSERT INTO cluster_memberships (cluster_id, owner_id, organization_id, from_year) SELECT $1, $2, id, $3 FROM bench_voters`,
    [block, owner, firstYear],
  );
  await db.query(
    `INSERT INTO cluster_terms (cluster_id, year, chair_id, decided_by)
     SELECT $1, y, (SELECT id FROM bench_voters WHERE n = 0), 'appointment' FROM generate_series($2::int, $3::int) y`,
    [block, firstYear, currentYear],
  );
}

export async function buildDataset(db: Client, size: DatasetSize, currentYear: number, owner: string): Promise<DatasetCounts> {
  const firstYear = currentYear - size.years + 1;
  const switchYear = firstYear + Math.floor(size.years / 2);
  const units = size.clusters * size.unitsPerCluster;
  const C = size.clusters;
  await db.query('BEGIN');
  await db.query(`CREATE TEMP TABLE bench_units ON COMMIT DROP AS SELECT n, gen_random_uuid() AS id FROM generate_series(0, $1 - 1) n`, [
    units,
  ]);
  await db.query(`CREATE TEMP TABLE bench_clusters ON COMMIT DROP AS SELECT n, gen_random_uuid() AS id FROM generate_series(0, $1 - 1) n`, [
    C,
  ]);
  await db.query(
    `CREATE TEMP TABLE bench_awards ON COMMIT DROP AS
     SELECT (row_number() OVER (ORDER BY t.code) - 1)::int AS k, t.id,
            (SELECT r.id FROM award_rule_sets r WHERE r.award_type_id = t.id ORDER BY r.effective_from LIMIT 1) AS rule_set_id
     FROM award_types t WHERE 'collective' = ANY (t.nominee_kinds)
     ORDER BY t.code LIMIT $1`,
    [size.awardsPerUnitYear],
  );
  await db.query(
    `INSERT INTO organizations (id, code, kind, province, active_from)
     SELECT id, 'BENCH-U' || lpad(n::text, 5, '0'), 'association', 'Tỉnh ' || (n % 63), make_date($1, 1, 1) FROM bench_units`,
    [firstYear],
  );
  await db.query(
    `INSERT INTO organization_names (organization_id, full_name, short_name, valid_from)
     SELECT id, 'Hội Khoa học Kỹ thuật ' || (ARRAY['Nông nghiệp','Thủy lợi','Y dược','Môi trường','Tin học','Cơ khí','Xây dựng','Lâm nghiệp'])[n % 8 + 1]
              || ' số ' || n, 'Hội KHKT ' || n, make_date($1, 1, 1)
     FROM bench_units`,
    [firstYear],
  );
  await db.query(
    `INSERT INTO clusters (id, code, number, name, kind, owner_id)
     SELECT c.id, 'BENCH-CUM-' || c.n, 1000 + c.n, 'Cụm thi đua số ' || (1000 + c.n), 'cluster', $1 FROM bench_clusters c`,
    [owner],
  );
  await db.query(
    `INSERT INTO cluster_memberships (cluster_id, owner_id, organization_id, from_year, to_year)
     SELECT c.id, $1::uuid, u.id, $2::int, $3::int - 1 FROM bench_units u JOIN bench_clusters c ON c.n = u.n % $4::int
     UNION ALL
     SELECT c.id, $1::uuid, u.id, $3::int, NULL FROM bench_units u JOIN bench_clusters c ON c.n = (u.n + 1) % $4`,
    [owner, firstYear, switchYear, C],
  );
  // Chair and vice-chair rotate through the members of the year.
  await db.query(
    `INSERT INTO cluster_terms (cluster_id, year, chair_id, vice_chair_id, decided_by)
     SELECT cluster_id, year, members[1 + (year % cardinality(members))], members[1 + ((year + 1) % cardinality(members))], 'rotation'
     FROM (SELECT cm.cluster_id, y AS year, array_agg(cm.organization_id ORDER BY cm.organization_id) AS members
           FROM cluster_memberships cm JOIN bench_clusters c ON c.id = cm.cluster_id
           CROSS JOIN generate_series($1::int, $2::int) y
           WHERE y BETWEEN cm.from_year AND coalesce(cm.to_year, 9999)
           GROUP BY cm.cluster_id, y) t`,
    [firstYear, currentYear],
  );
  await db.query(
    `INSERT INTO meetings (cluster_id, year, kind, title, starts_at, place, state, finalized_at)
     SELECT c.id, y, k.kind, k.title || ' năm ' || y || ' — Cụm ' || (1000 + c.n),
            make_timestamptz(y, k.month, 10, 8, 0, 0, 'Asia/Ho_Chi_Minh'), 'Hội trường ' || c.n,
            CASE WHEN y < $2 THEN 'finalized' ELSE 'draft' END::meeting_state,
            CASE WHEN y < $2 THEN make_timestamptz(y, k.month, 10, 17, 0, 0, 'Asia/Ho_Chi_Minh') END
     FROM bench_clusters c CROSS JOIN generate_series($1::int, $2::int) y
     CROSS JOIN (VALUES (0, 'launch_and_pact'::meeting_kind, 'Hội nghị ký giao ước thi đua', 2),
                        (1, 'mid_year_review', 'Hội nghị sơ kết', 7),
                        (2, 'year_end_summary', 'Hội nghị tổng kết', 11),
                        (3, 'extraordinary', 'Họp bất thường', 9)) AS k(i, kind, title, month)
     WHERE k.i < $3`,
    [firstYear, currentYear, size.meetingsPerClusterYear],
  );
  await db.query(
    `INSERT INTO meeting_delegates (meeting_id, organization_id, full_name, position, votes_for_unit, sort_order)
     SELECT m.id, cm.organization_id, 'Đại biểu ' || left(cm.organization_id::text, 8), 'Chủ tịch Hội', true,
            row_number() OVER (PARTITION BY m.id ORDER BY cm.organization_id)
     FROM meetings m JOIN bench_clusters c ON c.id = m.cluster_id
     JOIN cluster_memberships cm ON cm.cluster_id = m.cluster_id AND m.year BETWEEN cm.from_year AND coalesce(cm.to_year, 9999)`,
  );
  await db.query(
    `INSERT INTO votes (meeting_id, cluster_id, year, subject, title, question, method, rules, rules_basis, state)
     SELECT m.id, m.cluster_id, m.year, 'question', 'Biểu quyết thông qua chương trình', 'Thông qua chương trình hội nghị?', 'electronic',
            coalesce((SELECT rules FROM votes LIMIT 1), '{}'), coalesce((SELECT rules_basis FROM votes LIMIT 1), '{}'), 'closed'
     FROM meetings m JOIN bench_clusters c ON c.id = m.cluster_id
     WHERE m.kind = 'year_end_summary' AND m.state = 'finalized'
     ORDER BY m.year DESC, c.n LIMIT $1`,
    [size.closedVotes],
  );
  await db.query(
    `INSERT INTO vote_rounds (vote_id, round, candidate_ids, places, electors, member_count, closed_at)
     SELECT v.id, 1, '{}', 1, '{}', $1, m.starts_at + interval '2 hours'
     FROM votes v JOIN meetings m ON m.id = v.meeting_id JOIN bench_clusters c ON c.id = v.cluster_id`,
    [size.unitsPerCluster],
  );
  // Nominations: past years end awarded (7 in 10) or rejected; the current year waits for review
  // (submitted, or returned then resubmitted) or sits in the council.
  await db.query(
    `INSERT INTO nominations (award_type_id, year, nominee_kind, nominee_organization_id, proposing_organization_id, cluster_id,
                              achievements_summary, state, submitted_on, rule_set_id, legal_basis_code, legal_basis_citation,
                              legal_basis_citation_en, created_at, updated_at)
     SELECT a.id, y, 'collective', u.id, u.id, cm.cluster_id, 'Thành tích xuất sắc năm ' || y || ' của Hội KHKT ' || u.n,
            CASE WHEN y < $2 THEN (CASE WHEN (u.n + a.k) % 10 < 7 THEN 'awarded' ELSE 'rejected' END)
                 ELSE (CASE (u.n + a.k) % 10 WHEN 0 THEN 'resubmitted' WHEN 1 THEN 'resubmitted' WHEN 2 THEN 'in_council' WHEN 3 THEN 'in_council'
                       WHEN 4 THEN 'in_council' ELSE 'submitted' END) END::nomination_state,
            make_date(y, 3, 1) + (u.n % 200), a.rule_set_id, r.legal_basis_code, r.legal_basis_citation, r.legal_basis_citation_en,
            make_timestamptz(y, 2, 1, 8, 0, 0, 'Asia/Ho_Chi_Minh') + (u.n % 200) * interval '1 day' + a.k * interval '1 hour',
            make_timestamptz(y, 2, 1, 8, 0, 0, 'Asia/Ho_Chi_Minh') + (u.n % 200) * interval '1 day' + a.k * interval '1 hour'
     FROM bench_units u CROSS JOIN generate_series($1::int, $2::int) y CROSS JOIN bench_awards a
     JOIN award_rule_sets r ON r.id = a.rule_set_id
     JOIN cluster_memberships cm ON cm.organization_id = u.id AND cm.owner_id = $3 AND y BETWEEN cm.from_year AND coalesce(cm.to_year, 9999)`,
    [firstYear, currentYear, owner],
  );
  await db.query(
    `INSERT INTO nomination_history (nomination_id, action, from_state, to_state, actor_username, occurred_at)
     SELECT n.id, s.action::nomination_action, s.from_state::nomination_state, s.to_state::nomination_state, 'vusta.canbo',
            n.submitted_on + make_interval(days => s.i * 7)
     FROM nominations n JOIN bench_clusters c ON c.id = n.cluster_id
     CROSS JOIN LATERAL (VALUES
       (0, 'submit', 'draft', 'submitted', true),
       (1, 'return', 'submitted', 'returned', n.state = 'resubmitted'),
       (2, 'resubmit', 'returned', 'resubmitted', n.state = 'resubmitted'),
       (1, 'forward_to_council', 'submitted', 'in_council', n.state IN ('in_council', 'awarded', 'rejected')),
       (2, 'approve', 'in_council', 'approved', n.state = 'awarded'),
       (2, 'reject', 'in_council', 'rejected', n.state = 'rejected'),
       (3, 'award', 'approved', 'awarded', n.state = 'awarded')) AS s(i, action, from_state, to_state, applies)
     WHERE s.applies`,
  );
  // The review queue's stored order, as the nominations repository keeps it with each submit and resubmit.
  await db.query(
    `UPDATE nominations n SET waiting_since = h.last_submitted
     FROM (SELECT nomination_id, max(occurred_at) AS last_submitted FROM nomination_history
           WHERE action IN ('submit', 'resubmit') GROUP BY nomination_id) h
     WHERE h.nomination_id = n.id AND n.waiting_since IS NULL`,
  );
  await addVotingBlock(db, size.votingBlockUnits, firstYear, currentYear, owner);
  await db.query('COMMIT');
  // As autovacuum would soon after such a load: statistics, and the visibility map that index-only counts read.
  await db.query('VACUUM ANALYZE');
  const [counts] = (
    await db.query<Record<keyof DatasetCounts, string>>(
      `SELECT (SELECT count(*) FROM clusters) AS clusters, (SELECT count(*) FROM organizations) AS units,
              (SELECT count(*) FROM cluster_memberships) AS memberships, (SELECT count(*) FROM cluster_terms) AS terms,
              (SELECT count(*) FROM nominations) AS nominations, (SELECT count(*) FROM nomination_history) AS "nominationHistory",
              (SELECT count(*) FROM meetings) AS meetings, (SELECT count(*) FROM meeting_delegates) AS "meetingDelegates",
              (SELECT count(*) FROM votes WHERE state = 'closed') AS "closedVotes"`,
    )
  ).rows;
  return Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, Number(value)])) as unknown as DatasetCounts;
}
