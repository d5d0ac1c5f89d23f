import type { EntityManager } from 'typeorm';
import type { LegalInstrument } from './legal-instruments.data.js';

/** `legal_instruments`: the dated Laws and decrees, reference data the seed loads. */
export class LegalInstrumentRepository {
  constructor(private readonly db: EntityManager) {}

  /** Inserts the new instruments and updates those whose values changed, matching on `code`; a second run writes nothing. */
  async upsert(instruments: readonly LegalInstrument[]): Promise<void> {
    for (const i of instruments) {
      await this.db.query(
        `INSERT INTO legal_instruments AS l (code, kind, citation, citation_en, effective_from, effective_to, verified, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, citation = EXCLUDED.citation, citation_en = EXCLUDED.citation_en,
           effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to, verified = EXCLUDED.verified, note = EXCLUDED.note
         WHERE (l.kind, l.citation, l.citation_en, l.effective_from, l.effective_to, l.verified, l.note)
           IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.citation, EXCLUDED.citation_en, EXCLUDED.effective_from, EXCLUDED.effective_to,
             EXCLUDED.verified, EXCLUDED.note)`,
        [i.code, i.kind, i.citation.vi, i.citation.en, i.effectiveFrom, i.effectiveTo, i.verified, i.note],
      );
    }
  }
}
