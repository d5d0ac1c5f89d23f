import type { EntityManager } from 'typeorm';
import type { StoredFileContent } from '../emulation.dto.js';
import type { AcceptedFile } from '../../nominations/dossiers/dossier-file.checker.js';
import type { Centipoints } from '../criteria/criteria.rules.js';
import type { BandThresholds } from '../ranking/ranking.rules.js';
import type { EvidenceView, ScoreColumn } from './score.dto.js';
import type { ScoreColumns } from './score.rules.js';
import type { ScoreTableState } from './score.state.js';

export interface ScoreTableRecord {
  clusterId: string;
  year: number;
  state: ScoreTableState;
  bands: BandThresholds | null;
  leaderCount: number | null;
  publishedAt: Date | null;
  fixedAt: Date | null;
  fixedAtMeeting: { id: string; title: string } | null;
  version: number;
}

export interface ScoreRecord extends ScoreColumns {
  criterionId: string;
  organizationId: string;
  selfNote: string | null;
  crossReason: string | null;
  agreedReason: string | null;
}

/** One column's new value for a criterion, with its note or reason. */
export interface ColumnWrite {
  criterionId: string;
  points: Centipoints | null;
  comment: string | null;
}

export interface ScoreChange {
  criterionId: string;
  organizationId: string;
  column: ScoreColumn;
  oldPoints: Centipoints | null;
  newPoints: Centipoints | null;
  reason: string | null;
}

export interface ScoreChangeRecord extends ScoreChange {
  criterionCode: string;
  changedBy: string | null;
  changedAt: Date;
}

const COMMENT_COLUMN: Readonly<Record<ScoreColumn, string>> = { self: 'self_note', cross: 'cross_reason', agreed: 'agreed_reason' };

const POINTS = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE (${column} * 100)::int END`;

const SCORE_COLUMNS = `criterion_id AS "criterionId", organization_id AS "organizationId",
  ${POINTS('self_points')} AS self, self_note AS "selfNote", ${POINTS('cross_points')} AS cross, cross_reason AS "crossReason",
  ${POINTS('agreed_points')} AS agreed, agreed_reason AS "agreedReason"`;

const EVIDENCE_COLUMNS = `e.id, e.criterion_id AS "criterionId", e.file_name AS "fileName", e.content_type AS "contentType",
  e.size_bytes AS "sizeBytes", e.sha256, e.uploaded_at AS "uploadedAt"`;

/**
 * `emulation_score_tables`, `emulation_cross_pairs`, `emulation_scores`, `emulation_score_history` and
 * `emulation_score_evidence`: the year's score table and its chấm chéo pairs, the three columns per unit and
 * criterion, every change of a column, and the self-score evidence.
 */
export class ScoreRepository {
  constructor(private readonly db: EntityManager) {}

  async table(clusterId: string, year: number, lock = false): Promise<ScoreTableRecord | null> {
    const [row] = await this.db.query<
      (Omit<ScoreTableRecord, 'fixedAtMeeting'> & { meetingId: string | null; meetingTitle: string | null })[]
    >(
      `SELECT t.cluster_id AS "clusterId", t.year, t.state, t.bands, t.leader_count AS "leaderCount", t.published_at AS "publishedAt",
         t.fixed_at AS "fixedAt", t.fixed_at_meeting_id AS "meetingId", m.title AS "meetingTitle", t.version
       FROM emulation_score_tables t LEFT JOIN meetings m ON m.id = t.fixed_at_meeting_id
       WHERE t.cluster_id = $1 AND t.year = $2 ${lock ? 'FOR UPDATE OF t' : ''}`,
      [clusterId, year],
    );
    if (!row) return null;
    const { meetingId, meetingTitle, ...table } = row;
    return { ...table, fixedAtMeeting: meetingId ? { id: meetingId, title: meetingTitle ?? '' } : null };
  }

  /** The year's table, created open on first use (the first score, or its settings). */
  async ensureTable(clusterId: string, year: number): Promise<void> {
    await this.db.query(
      `INSERT INTO emulation_score_tables (cluster_id, year) VALUES ($1, $2)
       ON CONFLICT ON CONSTRAINT emulation_score_tables_pkey DO NOTHING`,
      [clusterId, year],
    );
  }

  async configure(clusterId: string, year: number, bands: BandThresholds | null, leaderCount: number | null): Promise<void> {
    await this.db.query(
      `UPDATE emulation_score_tables SET bands = $3::jsonb, leader_count = $4, version = version + 1, updated_at = now()
       WHERE cluster_id = $1 AND year = $2`,
      [clusterId, year, bands === null ? null : JSON.stringify(bands), leaderCount],
    );
  }

  async publish(clusterId: string, year: number, state: ScoreTableState, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE emulation_score_tables SET state = $3, published_at = $4, version = version + 1, updated_at = now()
       WHERE cluster_id = $1 AND year = $2`,
      [clusterId, year, state, at],
    );
  }

  async fix(clusterId: string, year: number, state: ScoreTableState, at: Date, meetingId: string | null): Promise<void> {
    await this.db.query(
      `UPDATE emulation_score_tables SET state = $3, fixed_at = $4, fixed_at_meeting_id = $5, version = version + 1, updated_at = now()
       WHERE cluster_id = $1 AND year = $2`,
      [clusterId, year, state, at, meetingId],
    );
  }

  /** Chấm chéo pairs of the year: which unit checks which. */
  async crossPairs(clusterId: string, year: number): Promise<{ scorerId: string; scoredId: string }[]> {
    return this.db.query<{ scorerId: string; scoredId: string }[]>(
      `SELECT scorer_id AS "scorerId", scored_id AS "scoredId" FROM emulation_cross_pairs
       WHERE cluster_id = $1 AND year = $2 ORDER BY scored_id, scorer_id`,
      [clusterId, year],
    );
  }

  async replaceCrossPairs(clusterId: string, year: number, pairs: readonly { scorerId: string; scoredId: string }[]): Promise<void> {
    await this.db.query('DELETE FROM emulation_cross_pairs WHERE cluster_id = $1 AND year = $2', [clusterId, year]);
    await this.db.query(
      `INSERT INTO emulation_cross_pairs (cluster_id, year, scorer_id, scored_id)
       SELECT $1, $2, scorer, scored FROM unnest($3::uuid[], $4::uuid[]) AS pair (scorer, scored)`,
      [clusterId, year, pairs.map((pair) => pair.scorerId), pairs.map((pair) => pair.scoredId)],
    );
  }

  /** The meeting's cluster and year, to check that the table is fixed at one of the cluster's meetings. */
  async meetingOf(meetingId: string): Promise<{ clusterId: string; year: number } | null> {
    const [row] = await this.db.query<{ cluster_id: string; year: number }[]>('SELECT cluster_id, year FROM meetings WHERE id = $1', [
      meetingId,
    ]);
    return row ? { clusterId: row.cluster_id, year: row.year } : null;
  }

  /** Every score of the year, or one unit's. */
  async scores(clusterId: string, year: number, organizationId?: string): Promise<ScoreRecord[]> {
    return this.db.query<ScoreRecord[]>(
      `SELECT ${SCORE_COLUMNS} FROM emulation_scores WHERE cluster_id = $1 AND year = $2 AND ($3::uuid IS NULL OR organization_id = $3)`,
      [clusterId, year, organizationId ?? null],
    );
  }

  /** Writes one column of a unit's scores (locking its rows) and answers with what changed. */
  async writeColumn(
    clusterId: string,
    year: number,
    organizationId: string,
    column: ScoreColumn,
    writes: readonly ColumnWrite[],
  ): Promise<ScoreChange[]> {
    const before = new Map(
      (
        await this.db.query<ScoreRecord[]>(
          `SELECT ${SCORE_COLUMNS} FROM emulation_scores
           WHERE organization_id = $1 AND criterion_id = ANY($2::uuid[]) FOR UPDATE`,
          [organizationId, writes.map((write) => write.criterionId)],
        )
      ).map((row) => [row.criterionId, row]),
    );
    const changes: ScoreChange[] = [];
    for (const write of writes) {
      const old = before.get(write.criterionId);
      const oldPoints = old ? old[column] : null;
      const oldComment = old ? { self: old.selfNote, cross: old.crossReason, agreed: old.agreedReason }[column] : null;
      if (oldPoints === write.points && oldComment === write.comment) continue;
      await this.db.query(
        `INSERT INTO emulation_scores (criterion_id, organization_id, cluster_id, year, ${column}_points, ${COMMENT_COLUMN[column]})
         VALUES ($1, $2, $3, $4, $5::numeric / 100, $6)
         ON CONFLICT ON CONSTRAINT emulation_scores_pkey DO UPDATE
           SET ${column}_points = EXCLUDED.${column}_points, ${COMMENT_COLUMN[column]} = EXCLUDED.${COMMENT_COLUMN[column]}, updated_at = now()`,
        [write.criterionId, organizationId, clusterId, year, write.points, write.comment],
      );
      changes.push({ criterionId: write.criterionId, organizationId, column, oldPoints, newPoints: write.points, reason: write.comment });
    }
    return changes;
  }

  async appendHistory(
    clusterId: string,
    year: number,
    changes: readonly ScoreChange[],
    by: { userId: string | null; username: string | null },
    at: Date,
  ): Promise<void> {
    if (changes.length === 0) return;
    await this.db.query(
      `INSERT INTO emulation_score_history
         (criterion_id, organization_id, cluster_id, year, score_column, old_points, new_points, reason, changed_by, changed_by_username, changed_at)
       SELECT c, o, $1, $2, col::emulation_score_column, old::numeric / 100, new::numeric / 100, r, $3, $4, $5
       FROM unnest($6::uuid[], $7::uuid[], $8::text[], $9::int[], $10::int[], $11::text[]) AS x (c, o, col, old, new, r)`,
      [
        clusterId,
        year,
        by.userId,
        by.username,
        at,
        changes.map((change) => change.criterionId),
        changes.map((change) => change.organizationId),
        changes.map((change) => change.column),
        changes.map((change) => change.oldPoints),
        changes.map((change) => change.newPoints),
        changes.map((change) => change.reason),
      ],
    );
  }

  async history(clusterId: string, year: number, organizationId: string): Promise<ScoreChangeRecord[]> {
    return this.db.query<ScoreChangeRecord[]>(
      `SELECT h.criterion_id AS "criterionId", c.code AS "criterionCode", h.organization_id AS "organizationId",
         h.score_column AS column, ${POINTS('h.old_points')} AS "oldPoints", ${POINTS('h.new_points')} AS "newPoints", h.reason,
         h.changed_by_username AS "changedBy", h.changed_at AS "changedAt"
       FROM emulation_score_history h JOIN emulation_criteria c ON c.id = h.criterion_id
       WHERE h.cluster_id = $1 AND h.year = $2 AND h.organization_id = $3 ORDER BY h.id`,
      [clusterId, year, organizationId],
    );
  }

  async insertEvidence(criterionId: string, organizationId: string, file: AcceptedFile, uploadedBy: string | null): Promise<EvidenceView> {
    const [row] = await this.db.query<EvidenceView[]>(
      `INSERT INTO emulation_score_evidence AS e (criterion_id, organization_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${EVIDENCE_COLUMNS}`,
      [criterionId, organizationId, file.fileName, file.contentType, file.content.length, file.sha256, file.content, uploadedBy],
    );
    return row;
  }

  async evidenceOf(organizationId: string, criterionIds: readonly string[]): Promise<EvidenceView[]> {
    if (criterionIds.length === 0) return [];
    return this.db.query<EvidenceView[]>(
      `SELECT ${EVIDENCE_COLUMNS} FROM emulation_score_evidence e
       WHERE e.organization_id = $1 AND e.criterion_id = ANY($2::uuid[]) ORDER BY e.uploaded_at, e.id`,
      [organizationId, criterionIds],
    );
  }

  async deleteEvidence(id: string): Promise<boolean> {
    const deleted = await this.db.query<{ id: string }[]>('DELETE FROM emulation_score_evidence WHERE id = $1 RETURNING id', [id]);
    return deleted.length > 0;
  }

  /** The file with the cluster-year and unit it belongs to, for the visibility check before a download. */
  async evidenceContent(id: string): Promise<(StoredFileContent & { organizationId: string; clusterId: string; year: number }) | null> {
    const [row] = await this.db.query<(StoredFileContent & { organizationId: string; clusterId: string; year: number })[]>(
      `SELECT e.file_name AS "fileName", e.content_type AS "contentType", e.size_bytes AS "sizeBytes", e.sha256, e.content,
         e.organization_id AS "organizationId", c.cluster_id AS "clusterId", c.year
       FROM emulation_score_evidence e JOIN emulation_criteria c ON c.id = e.criterion_id WHERE e.id = $1`,
      [id],
    );
    return row ?? null;
  }
}
