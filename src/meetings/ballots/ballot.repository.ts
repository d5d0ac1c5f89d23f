import type { EntityManager } from 'typeorm';

/**
 * Ballots: who voted in a round (ballot_voters), the round's counters (ballot_counts) and the printed codes that stand
 * for a unit's account (ballot_codes, hashes only). Nothing written here ties a voter to a choice.
 */
export class BallotRepository {
  constructor(private readonly db: EntityManager) {}

  /** The vote a printed code belongs to, read again under the vote's lock (`voteId`) since codes may be reissued. */
  async codeHolder(hash: Buffer, voteId?: string): Promise<{ voteId: string; organizationId: string } | null> {
    const [row] = await this.db.query<{ voteId: string; organizationId: string }[]>(
      `SELECT vote_id AS "voteId", organization_id AS "organizationId" FROM ballot_codes
       WHERE code_hash = $1 AND ($2::uuid IS NULL OR vote_id = $2)`,
      [hash, voteId ?? null],
    );
    return row ?? null;
  }

  /** The vote's codes from now on: one per unit; earlier codes stop working. */
  async replaceCodes(voteId: string, codes: readonly { organizationId: string; hash: Buffer }[]): Promise<void> {
    await this.db.query(`DELETE FROM ballot_codes WHERE vote_id = $1`, [voteId]);
    await this.db.query(
      `INSERT INTO ballot_codes (vote_id, organization_id, code_hash) SELECT $1, unnest($2::uuid[]), unnest($3::bytea[])`,
      [voteId, codes.map((c) => c.organizationId), codes.map((c) => c.hash)],
    );
  }

  /** One counter per option of an electronic round, all at 0, so that a ballot only ever adds to counters that exist. */
  async openCounters(voteId: string, round: number, options: readonly string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO ballot_counts (vote_id, round, option_key) SELECT $1, $2, option FROM unnest($3::text[]) AS option`,
      [voteId, round, options],
    );
  }

  /**
   * Counts one ballot: the unit is written as having voted (the unique key refuses a second ballot) and every counter
   * of the round is updated (+1 or +0), so all of them get the same new row version whatever the choice.
   */
  async count(voteId: string, round: number, organizationId: string, options: readonly string[]): Promise<void> {
    await this.db.query(`INSERT INTO ballot_voters (vote_id, round, organization_id) VALUES ($1, $2, $3)`, [voteId, round, organizationId]);
    await this.db.query(
      `UPDATE ballot_counts SET count = count + CASE WHEN option_key = ANY($3::text[]) THEN 1 ELSE 0 END
       WHERE vote_id = $1 AND round = $2`,
      [voteId, round, options],
    );
  }

  /** Discards every ballot of the vote (a cancelled vote): its counters, who voted, and its codes. Returns the ballots cast. */
  async discard(voteId: string): Promise<number> {
    await this.db.query(`DELETE FROM ballot_counts WHERE vote_id = $1`, [voteId]);
    await this.db.query(`DELETE FROM ballot_codes WHERE vote_id = $1`, [voteId]);
    // TypeORM answers a DELETE with its rows and their count.
    const [, discarded] = await this.db.query<[unknown[], number]>(`DELETE FROM ballot_voters WHERE vote_id = $1`, [voteId]);
    return discarded;
  }

  async counters(voteId: string, round: number): Promise<Map<string, number>> {
    const rows = await this.db.query<{ option_key: string; count: number }[]>(
      `SELECT option_key, count FROM ballot_counts WHERE vote_id = $1 AND round = $2`,
      [voteId, round],
    );
    return new Map(rows.map((row) => [row.option_key, row.count]));
  }

  async ballotsCast(voteId: string, round: number): Promise<number> {
    const [{ cast }] = await this.db.query<{ cast: number }[]>(
      `SELECT count(*)::int AS cast FROM ballot_voters WHERE vote_id = $1 AND round = $2`,
      [voteId, round],
    );
    return cast;
  }
}
