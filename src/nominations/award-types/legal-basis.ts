import type { LocalizedText } from '../../platform/i18n/locale.js';

/** The instrument a rule set applies, cited on every nomination judged by it. */
export interface LegalBasis {
  /** Stable code kept on the nomination, e.g. 'ND-98-2023'. */
  code: string;
  citation: LocalizedText;
}

/** A Law on emulation and commendation, or a decree detailing one. */
export type LegalInstrumentKind = 'law' | 'decree';
