import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { CROCKFORD_BASE32 } from './ballot-codes.js';
import { BALLOT_PLAINTEXT_BYTES } from './ballot-box.rules.js';

/*
 * The only cryptography of the ballot box, all from node:crypto (OpenSSL): AES-256-GCM with a random 96-bit nonce per
 * message, HKDF-SHA-256 to derive the key-encryption key, SHA-256 for receipts. Nothing here is home-made.
 */

const ALGORITHM = 'aes-256-gcm';
export const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Every sealed ballot has this length (the ballot_box check holds it): nonce, padded plaintext, tag. */
export const SEALED_BALLOT_BYTES = NONCE_BYTES + BALLOT_PLAINTEXT_BYTES + TAG_BYTES;
const RECEIPT_LENGTH = 10;

/** A fresh random 256-bit key: one per round. */
export function newRoundKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** nonce ‖ ciphertext ‖ tag, the ciphertext as long as the plaintext; `context` is authenticated, not stored. */
export function seal(key: Buffer, plaintext: Uint8Array, context: string): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]);
}

/** The plaintext of a sealed message, or null when it fails authentication (altered, another key or context). */
export function unseal(key: Buffer, sealed: Buffer, context: string): Buffer | null {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) return null;
  const decipher = createDecipheriv(ALGORITHM, key, sealed.subarray(0, NONCE_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/** The length of a sealed message of `plaintextBytes`. */
export function sealedLength(plaintextBytes: number): number {
  return NONCE_BYTES + plaintextBytes + TAG_BYTES;
}

/**
 * Mã biên nhận: the first 10 Crockford base-32 characters (50 bits) of SHA-256 of the sealed ballot as stored (nonce,
 * ciphertext and tag). It names one stored ballot and says nothing of its content.
 */
export function receiptOf(sealed: Buffer): string {
  const digest = createHash('sha256').update(sealed).digest();
  let bits = 0;
  let value = 0;
  let receipt = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && receipt.length < RECEIPT_LENGTH) {
      receipt += CROCKFORD_BASE32[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
    if (receipt.length === RECEIPT_LENGTH) break;
    value &= (1 << bits) - 1;
  }
  return receipt;
}

/** The key-encryption key derived from BALLOT_KEY_SECRET: it wraps round keys and is never stored. */
export function keyEncryptionKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), 'thidua ballot key wrapping v1', KEY_BYTES));
}
