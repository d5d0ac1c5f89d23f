import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import { keyEncryptionKey, newRoundKey, seal, unseal } from './ballot-seal.js';

/**
 * The keys of the open electronic rounds. Each is held in this process's memory for the round's life; the database
 * gets it only wrapped under the key-encryption key derived from BALLOT_KEY_SECRET, which the database never sees, so
 * that a restart can recover it. Closing or cancelling the round forgets both.
 */
@Injectable()
export class BallotKeys {
  private readonly kek: Buffer;
  private readonly held = new Map<string, Buffer>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.kek = keyEncryptionKey(config.ballots.keySecret);
  }

  /** A new key for the round, held in memory; returns it wrapped, for the database. */
  create(voteId: string, round: number): Buffer {
    const key = newRoundKey();
    this.held.set(slot(voteId, round), key);
    return seal(this.kek, key, wrapContext(voteId, round));
  }

  /** The round's key: from memory, else unwrapped from its stored copy (after a restart); null if neither works. */
  async recover(voteId: string, round: number, storedCopy: () => Promise<Buffer | null>): Promise<Buffer | null> {
    const inMemory = this.held.get(slot(voteId, round));
    if (inMemory) return inMemory;
    const wrapped = await storedCopy();
    const key = wrapped && unseal(this.kek, wrapped, wrapContext(voteId, round));
    if (!key) return null;
    this.held.set(slot(voteId, round), key);
    return key;
  }

  /** Forgets every key of the vote held in memory, overwriting it; the caller deletes the wrapped copies. */
  forget(voteId: string): void {
    for (const [name, key] of this.held) {
      if (!name.startsWith(`${voteId}/`)) continue;
      key.fill(0);
      this.held.delete(name);
    }
  }
}

function slot(voteId: string, round: number): string {
  return `${voteId}/${round}`;
}

/** A wrapped key opens only for its own vote and round. */
function wrapContext(voteId: string, round: number): string {
  return `thidua ballot key ${voteId}/${round}`;
}
