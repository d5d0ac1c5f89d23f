import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chấm chéo by pairs (issue 17): the secretariat may name, for the year's score table, which member unit checks which
 * other's self-scores; a scorer proposes adjusted scores (with reasons) for the units it is paired with, as the
 * secretariat does. One row per scorer and scored unit; a unit never checks itself.
 */
export class EmulationCrossPairs1795902510000 implements MigrationInterface {
  name = 'EmulationCrossPairs1795902510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE emulation_cross_pairs (
        cluster_id uuid NOT NULL,
        year integer NOT NULL,
        scorer_id uuid NOT NULL REFERENCES organizations (id),
        scored_id uuid NOT NULL REFERENCES organizations (id),
        CONSTRAINT emulation_cross_pairs_pkey PRIMARY KEY (cluster_id, year, scored_id, scorer_id),
        CONSTRAINT emulation_cross_pairs_table_fk FOREIGN KEY (cluster_id, year) REFERENCES emulation_score_tables (cluster_id, year),
        CONSTRAINT emulation_cross_pairs_not_self_check CHECK (scorer_id <> scored_id)
      )`);
    await q.query(`CREATE INDEX emulation_cross_pairs_scorer_idx ON emulation_cross_pairs (cluster_id, year, scorer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE emulation_cross_pairs`);
  }
}
