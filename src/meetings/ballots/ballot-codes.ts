import { createHash, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** Crockford's base 32 without I, L, O, U: nothing to misread on a printed slip. */
export const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * Mã phiếu: one-time codes printed for delegates without an account. 16 characters of 5 bits (80 bits) cannot be
 * guessed, so a plain SHA-256 is enough to keep only a hash; the code itself is shown once, when it is issued.
 */
@Injectable()
export class BallotCodes {
  generate(): string {
    const groups = Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => CROCKFORD_BASE32[randomInt(CROCKFORD_BASE32.length)]).join(''),
    );
    return groups.join('-');
  }

  /** The same hash for the code however it is typed: case, spaces and dashes do not matter. */
  hash(code: string): Buffer {
    return createHash('sha256').update(code.toUpperCase().replace(/[\s-]/g, '')).digest();
  }
}
