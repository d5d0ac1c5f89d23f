import type { SpreadsheetReader } from '../nominations/register/spreadsheet.reader.js';
import type { UploadedEmulationFile } from './emulation.dto.js';
import { SpreadsheetUnreadableError } from './emulation.errors.js';

/** The first sheet of an uploaded workbook as rows of text, or the refusal of a file that is not one. */
export async function readSpreadsheet(reader: SpreadsheetReader, file: UploadedEmulationFile | undefined): Promise<string[][]> {
  if (!file) throw new SpreadsheetUnreadableError();
  try {
    return await reader.rows(file.buffer);
  } catch {
    throw new SpreadsheetUnreadableError();
  }
}
