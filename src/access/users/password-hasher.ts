import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id behind one small class, so the rest of the code speaks of passwords, not of a library. */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password).catch(() => false);
  }
}
