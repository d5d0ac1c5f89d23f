import type { LocalizedText } from '../../platform/i18n/locale.js';

/** One row of the file and what became of it; `row` is its number in the spreadsheet (the header is row 1). */
export interface ImportRowOutcome {
  row: number;
  accepted: boolean;
  /** The register entry written for an accepted row. */
  entryId: string | null;
  /** Why a row was refused (answered in the caller's language). */
  reasons: LocalizedText[];
}

/** Báo cáo nhập sổ khen thưởng: the good rows were recorded, the bad ones refused with their reasons. */
export interface ImportReport {
  importId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  rowsRead: number;
  accepted: number;
  refused: number;
  rows: ImportRowOutcome[];
}
