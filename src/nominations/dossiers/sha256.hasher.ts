import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** The fingerprint kept with every dossier file, so that a copy can be proved identical years later. */
@Injectable()
export class Sha256Hasher {
  /** Lower-case hexadecimal, as `sha256sum` prints it. */
  digest(content: Buffer): string {
    return createHash('sha256').update(content).digest('hex');
  }
}
