import type { EntityManager } from 'typeorm';

/**
 * Ballots: who voted in a round (ballot_voters), the round's sealed ballots (ballot_box) and its wrapped key
 * (ballot_keys), and the printed codes that stand for a unit's account (ballot_codes, hashes only). Nothing written
 * here can be read as a choice without the round's key, which the database never holds in the clear.
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

  /** Marks the unit as having voted in the round: the primary key refuses a second ballot. */
  async markVoted(voteId: string, round: number, organizationId: string): Promise<void> {
    await this.db.query(`INSERT INTO ballot_voters (vote_id, round, organization_id) VALUES ($1, $2, $3)`, [voteId, round, organizationId]);
  }

  /** Drops one sealed ballot into the round's box: nothing but the ciphertext, with no voter, time or sequence. */
  async drop(voteId: string, round: number, sealed: Buffer): Promise<void> {
    await this.db.query(`INSERT INTO ballot_box (vote_id, round, sealed) VALUES ($1, $2, $3)`, [voteId, round, sealed]);
  }

  /** The sealed ballots of the round, in no meaningful order. */
  async box(voteId: string, round: number): Promise<Buffer[]> {
    const rows = await this.db.query<{ sealed: Buffer }[]>(`SELECT sealed FROM ballot_box WHERE vote_id = $1 AND round = $2`, [
      voteId,
      round,
    ]);
    return rows.map((row) => row.sealed);
  }

  /** The round's key wrapped under the key-encryption key (never the key itself). */
  async saveWrappedKey(voteId: string, round: number, wrapped: Buffer): Promise<void> {
    await this.db.query(`INSERT INTO ballot_keys (vote_id, round, wrapped) VALUES ($1, $2, $3)`, [voteId, round, wrapped]);
  }

  async wrappedKey(voteId: string, round: number): Promise<Buffer | null> {
    const [row] = await this.db.query<{ wrapped: Buffer }[]>(`SELECT wrapped FROM ballot_keys WHERE vote_id = $1 AND round = $2`, [
      voteId,
      round,
    ]);
    return row?.wrapped ?? null;
  }

  /** Once counted, the round's sealed ballots and its wrapped key are deleted. */
  async emptyBox(voteId: string, round: number): Promise<void> {
    await this.db.query(`DELETE FROM ballot_box WHERE vote_id = $1 AND round = $2`, [voteId, round]);
    await this.db.query(`DELETE FROM ballot_keys WHERE vote_id = $1 AND round = $2`, [voteId, round]);
  }

  /** Discards every ballot of the vote (a cancelled vote): its box, keys, who voted, and its codes. Returns the ballots cast. */
  async discard(voteId: string): Promise<number> {
    await this.db.query(`DELETE FROM ballot_box WHERE vote_id = $1`, [voteId]);
    await this.db.query(`DELETE FROM ballot_keys WHERE vote_id = $1`, [voteId]);
    await this.db.query(`DELETE FROM ballot_codes WHERE vote_id = $1`, [voteId]);
    // TypeORM answers a DELETE with its rows and their count.
    const [, discarded] = await this.db.query<[unknown[], number]>(`DELETE FROM ballot_voters WHERE vote_id = $1`, [voteId]);
    return discarded;
  }

  async ballotsCast(voteId: string, round: number): Promise<number> {
    const [{ cast }] = await this.db.query<{ cast: number }[]>(
      `SELECT count(*)::int AS cast FROM ballot_voters WHERE vote_id = $1 AND round = $2`,
      [voteId, round],
    );
    return cast;
  }

  /** Whether the unit has cast its ballot in the round (who voted is not secret; what they chose is). */
  async hasVoted(voteId: string, round: number, organizationId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM ballot_voters WHERE vote_id = $1 AND round = $2 AND organization_id = $3`, [
      voteId,
      round,
      organizationId,
    ]);
    return rows.length > 0;
  }
}
