import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RoundCount } from '../votes/vote-rounds.rules.js';
import type { VoteSubject } from '../votes/vote-rule-set.js';
import { MEETINGS_MESSAGES } from '../meetings.messages.js';
import { ballotOptionsOf, boxProblem, countBallots, decodeBallot, encodeBallot, shuffle } from './ballot-box.rules.js';
import { BallotBoxMismatchError, BallotKeyUnavailableError } from './ballot.errors.js';
import { BallotKeys } from './ballot-keys.js';
import { BallotRepository } from './ballot.repository.js';
import { receiptOf, seal, unseal } from './ballot-seal.js';

/** The round a ballot belongs to: its vote, number and ballot. */
export interface BoxRound {
  readonly voteId: string;
  readonly subject: VoteSubject;
  readonly round: number;
  readonly candidateIds: readonly string[];
}

/** What closing found in the box, kept with the round's result. */
export interface BoxRecord {
  readonly ballotsInBox: number;
  readonly votersMarked: number;
  /** The receipts of the counted ballots, sorted: no order of casting survives. */
  readonly receipts: string[];
}

/**
 * Hòm phiếu điện tử: the encrypted ballot box of an electronic round. A ballot is sealed (AES-256-GCM, fixed size)
 * under the round's key and stored beside the mark that its unit has voted, in the caller's transaction; closing the
 * round checks the box against the marks, opens it in a random order, counts, and deletes the ballots and the key.
 */
@Injectable()
export class BallotBox {
  constructor(private readonly keys: BallotKeys) {}

  /** A new round's key: held in memory, stored only wrapped. */
  async open(tx: EntityManager, voteId: string, round: number): Promise<void> {
    await new BallotRepository(tx).saveWrappedKey(voteId, round, this.keys.create(voteId, round));
  }

  /** Marks the unit as having voted and drops its sealed ballot in the box; answers the ballot's receipt. */
  async cast(tx: EntityManager, round: BoxRound, organizationId: string, chosen: readonly string[]): Promise<string> {
    const ballots = new BallotRepository(tx);
    const key = await this.key(ballots, round);
    const sealed = seal(key, encodeBallot(ballotOptionsOf(round.subject, round.candidateIds), chosen), boxContext(round));
    await ballots.markVoted(round.voteId, round.round, organizationId);
    await ballots.drop(round.voteId, round.round, sealed);
    return receiptOf(sealed);
  }

  /**
   * Counts the round: refuses a box that does not match its voters (a ballot removed or copied) or holds a ballot that
   * fails authentication; otherwise opens every ballot in a random order, counts, then deletes the box and the key.
   */
  async count(tx: EntityManager, round: BoxRound): Promise<{ count: RoundCount; box: BoxRecord }> {
    const ballots = new BallotRepository(tx);
    const sealed = await ballots.box(round.voteId, round.round);
    const receipts = sealed.map(receiptOf);
    const votersMarked = await ballots.ballotsCast(round.voteId, round.round);
    const problem = boxProblem({ ballots: sealed.length, voters: votersMarked, receipts });
    if (problem) throw new BallotBoxMismatchError(problem);
    const key = await this.key(ballots, round);
    const options = ballotOptionsOf(round.subject, round.candidateIds);
    const opened = shuffle(sealed, randomInt).map((ballot) => {
      const plaintext = unseal(key, ballot, boxContext(round));
      return plaintext && decodeBallot(options, plaintext);
    });
    const forged = opened.filter((chosen) => chosen === null).length;
    if (forged > 0) throw new BallotBoxMismatchError(MEETINGS_MESSAGES.boxForged(forged));
    const count = countBallots(round.subject, round.candidateIds, opened as string[][]);
    await ballots.emptyBox(round.voteId, round.round);
    this.keys.forget(round.voteId);
    return { count, box: { ballotsInBox: sealed.length, votersMarked, receipts: [...receipts].sort() } };
  }

  /** The receipts of the ballots in the round's box now, sorted. */
  async receipts(db: EntityManager, voteId: string, round: number): Promise<string[]> {
    return (await new BallotRepository(db).box(voteId, round)).map(receiptOf).sort();
  }

  /** A cancelled vote: its ballots, marks, codes and keys are discarded. Returns the ballots cast. */
  async discard(tx: EntityManager, voteId: string): Promise<number> {
    const discarded = await new BallotRepository(tx).discard(voteId);
    this.keys.forget(voteId);
    return discarded;
  }

  private async key(ballots: BallotRepository, round: BoxRound): Promise<Buffer> {
    const key = await this.keys.recover(round.voteId, round.round, () => ballots.wrappedKey(round.voteId, round.round));
    if (!key) throw new BallotKeyUnavailableError();
    return key;
  }
}

/** A sealed ballot opens only in its own vote and round: one copied from another round fails authentication. */
function boxContext(round: BoxRound): string {
  return `thidua ballot ${round.voteId}/${round.round}`;
}
