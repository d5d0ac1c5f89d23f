import { randomInt } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { MAX_CANDIDATES } from '../votes/vote.dto.js';
import {
  BALLOT_PLAINTEXT_BYTES,
  boxProblem,
  countBallots,
  decodeBallot,
  encodeBallot,
  MAX_BALLOT_OPTIONS,
  shuffle,
} from './ballot-box.rules.js';
import { KEY_BYTES, keyEncryptionKey, newRoundKey, receiptOf, seal, sealedLength, unseal } from './ballot-seal.js';

const candidates = Array.from({ length: 20 }, (_, i) => `c${i}`);

describe('a ballot written before it is sealed', () => {
  it('has the same length whatever it chooses, and reads back as chosen', () => {
    for (const chosen of [[], ['c0'], ['c3', 'c19'], candidates]) {
      const plaintext = encodeBallot(candidates, chosen);
      expect(plaintext).toHaveLength(BALLOT_PLAINTEXT_BYTES);
      expect(decodeBallot(candidates, plaintext)).toEqual(chosen);
    }
  });

  it('holds every candidate a ballot may list', () => {
    expect(MAX_CANDIDATES).toBeLessThanOrEqual(MAX_BALLOT_OPTIONS);
    const many = Array.from({ length: MAX_BALLOT_OPTIONS }, (_, i) => `u${i}`);
    expect(decodeBallot(many, encodeBallot(many, [many[0], many[MAX_BALLOT_OPTIONS - 1]]))).toEqual([
      many[0],
      many[MAX_BALLOT_OPTIONS - 1],
    ]);
  });

  it('is not read as a ballot of a round with other options', () => {
    expect(decodeBallot(candidates.slice(1), encodeBallot(candidates, ['c1']))).toBeNull();
  });
});

describe('sealing', () => {
  it('gives every sealed ballot one length, opens only with its key and its round, and fails on any changed byte', () => {
    const key = newRoundKey();
    const lengths = new Set([[], ['c0'], candidates].map((chosen) => seal(key, encodeBallot(candidates, chosen), 'v/1').length));
    expect([...lengths]).toEqual([sealedLength(BALLOT_PLAINTEXT_BYTES)]);
    const sealed = seal(key, encodeBallot(candidates, ['c2']), 'v/1');
    expect(decodeBallot(candidates, unseal(key, sealed, 'v/1') as Buffer)).toEqual(['c2']);
    expect(unseal(key, sealed, 'v/2')).toBeNull();
    expect(unseal(newRoundKey(), sealed, 'v/1')).toBeNull();
    const altered = Buffer.from(sealed);
    altered[100] ^= 1;
    expect(unseal(key, altered, 'v/1')).toBeNull();
  });

  it('seals the same choice differently each time (a fresh nonce), so equal ballots do not look equal', () => {
    const key = newRoundKey();
    const plaintext = encodeBallot(candidates, ['c1']);
    expect(seal(key, plaintext, 'v/1').equals(seal(key, plaintext, 'v/1'))).toBe(false);
  });

  it('answers a 10-character receipt in Crockford base 32, and derives one key-encryption key per secret', () => {
    expect(receiptOf(Buffer.from('ballot'))).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(keyEncryptionKey('a'.repeat(32))).toHaveLength(KEY_BYTES);
    expect(keyEncryptionKey('a'.repeat(32)).equals(keyEncryptionKey('b'.repeat(32)))).toBe(false);
  });
});

describe('the box at close', () => {
  it('is counted only when it holds one ballot per unit marked, none twice', () => {
    expect(boxProblem({ ballots: 3, voters: 3, receipts: ['A', 'B', 'C'] })).toBeNull();
    expect(boxProblem({ ballots: 2, voters: 3, receipts: ['A', 'B'] })?.vi).toBe(
      'hòm có 2 phiếu nhưng 3 đơn vị đã được ghi là đã bỏ phiếu',
    );
    expect(boxProblem({ ballots: 3, voters: 3, receipts: ['A', 'A', 'C'] })?.en).toBe('1 ballots in the box are copies of another');
  });

  it('counts opened ballots, every one valid', () => {
    expect(countBallots('flag_proposal', ['a', 'b'], [['a'], ['a', 'b'], []])).toEqual({
      ballotsValid: 3,
      ballotsInvalid: 0,
      votes: [
        { candidateId: 'a', votes: 2 },
        { candidateId: 'b', votes: 1 },
      ],
    });
    expect(countBallots('question', [], [['yes'], ['no'], ['yes']])).toEqual({
      ballotsValid: 3,
      ballotsInvalid: 0,
      answers: { yes: 2, no: 1, abstain: 0 },
    });
  });

  it('shuffles with every order possible and nothing lost', () => {
    const items = [1, 2, 3];
    const orders = new Set(Array.from({ length: 300 }, () => shuffle(items, randomInt).join('')));
    expect(orders.size).toBe(6);
    expect(shuffle(items, randomInt).sort()).toEqual(items);
  });
});
