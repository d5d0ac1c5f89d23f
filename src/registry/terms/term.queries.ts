import type { EntityManager } from 'typeorm';
import { TermRepository, type TermView } from './term.repository.js';

export type { TermView } from './term.repository.js';

/**
 * Read inside the caller's transaction by the meetings (votes, resolutions); kept here for them until
 * they ask `TermsService.findIn`. The queries themselves are the terms repository's.
 */
export function findTerm(manager: EntityManager, clusterId: string, year: number): Promise<TermView | null> {
  return new TermRepository(manager).view(clusterId, year);
}
