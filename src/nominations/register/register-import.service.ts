import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { errorForConstraint } from '../../platform/errors/constraint-errors.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import type { NomineeKind } from '../award-types/catalogue.js';
import { FileMissingError } from '../dossiers/dossier.errors.js';
import type { UploadedDossierFile } from '../dossiers/dossier.dto.js';
import { FileTypeDetector } from '../dossiers/file-type.detector.js';
import { Sha256Hasher } from '../dossiers/sha256.hasher.js';
import { parseCsv } from '../exports/csv.js';
import { AwardTypeRepository } from '../award-types/award-type.repository.js';
import { NOMINATIONS_MESSAGES } from '../nominations.messages.js';
import { PeopleService } from '../nominees/people.service.js';
import type { ImportReport, ImportRowOutcome } from './register-import.dto.js';
import { entryKey, type ImportRow, isBlankRow, mapColumns, parseImportRow } from './register-import.rules.js';
import { recordRegisterEntry } from './register.audit.js';
import { ImportFileRefusedError } from './register.errors.js';
import { RegisterRepository } from './register.repository.js';
import { SpreadsheetReader } from './spreadsheet.reader.js';

/** More rows than the register of past years of all VUSTA's units is expected to hold in one file. */
const MAX_IMPORT_ROWS = 5000;

interface AwardTypeRef {
  id: string;
  code: string;
  nomineeKinds: NomineeKind[];
}

/**
 * Nhập sổ khen thưởng of past years from CSV (UTF-8) or XLSX, so that history before thidua counts for the
 * eligibility rules. Good rows are recorded and bad rows refused, each with its row number and reasons; a
 * refused row leaves nothing behind (each row is written under its own savepoint).
 */
@Injectable()
export class RegisterImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly detector: FileTypeDetector,
    private readonly hasher: Sha256Hasher,
    private readonly reader: SpreadsheetReader,
    private readonly people: PeopleService,
  ) {}

  async import(actor: Actor, file: UploadedDossierFile | undefined): Promise<ImportReport> {
    if (!file) throw new FileMissingError();
    const format: ImportReport['format'] = this.detector.detect(file.buffer) === 'xlsx' ? 'xlsx' : 'csv';
    const table = await this.read(format, file.buffer);
    const mapping = mapColumns(table[0] ?? []);
    if ('problems' in mapping) throw new ImportFileRefusedError(mapping.problems);
    const rows = table.slice(1).flatMap((cells, index) => (isBlankRow(cells) ? [] : [{ number: index + 2, cells }]));
    if (rows.length === 0) throw new ImportFileRefusedError([NOMINATIONS_MESSAGES.importEmpty]);
    if (rows.length > MAX_IMPORT_ROWS)
      throw new ImportFileRefusedError([NOMINATIONS_MESSAGES.importTooManyRows(rows.length, MAX_IMPORT_ROWS)]);
    const report = await this.dataSource.transaction(async (tx) => {
      const register = new RegisterRepository(tx);
      const importId = await register.startImport({
        fileName: file.originalname,
        format,
        sha256: this.hasher.digest(file.buffer),
        rowsRead: rows.length,
        importedBy: actor.userId,
      });
      const awardTypes = await new AwardTypeRepository(tx).refsByCode();
      const units = await register.unitIdsByCode();
      const firstRowOf = new Map<string, number>();
      const outcomes: ImportRowOutcome[] = [];
      for (const { number, cells } of rows) {
        const parsed = parseImportRow(cells, mapping.columns);
        const reasons = 'reasons' in parsed ? parsed.reasons : this.resolve(parsed.row, awardTypes, units, firstRowOf, number);
        if (reasons.length > 0 || !('row' in parsed)) {
          outcomes.push({ row: number, accepted: false, entryId: null, reasons });
          continue;
        }
        outcomes.push(await this.record(tx, importId, number, parsed.row, awardTypes, units));
      }
      const accepted = outcomes.filter((o) => o.accepted).length;
      await register.finishImport(importId, { accepted, refused: outcomes.length - accepted, report: outcomes });
      const summary = {
        importId,
        fileName: file.originalname,
        format,
        rowsRead: rows.length,
        accepted,
        refused: outcomes.length - accepted,
      };
      await this.audit.record(tx, {
        action: 'award_register.import',
        entityType: 'award_register_import',
        entityId: importId,
        after: summary,
      });
      return { ...summary, rows: outcomes };
    });
    return report;
  }

  private async read(format: ImportReport['format'], content: Buffer): Promise<string[][]> {
    if (format === 'xlsx') {
      try {
        return await this.reader.rows(content);
      } catch {
        throw new ImportFileRefusedError([NOMINATIONS_MESSAGES.importXlsxUnreadable]);
      }
    }
    try {
      return parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(content));
    } catch {
      throw new ImportFileRefusedError([NOMINATIONS_MESSAGES.importNotXlsxOrCsv]);
    }
  }

  /** Reasons a well-formed row still cannot be recorded: unknown codes, the wrong kind of recipient, a repeat of an earlier row. */
  private resolve(
    row: ImportRow,
    awardTypes: Map<string, AwardTypeRef>,
    units: Map<string, string>,
    firstRowOf: Map<string, number>,
    number: number,
  ): LocalizedText[] {
    const reasons: LocalizedText[] = [];
    const award = awardTypes.get(row.awardTypeCode);
    if (!award) reasons.push(NOMINATIONS_MESSAGES.importAwardTypeUnknown(row.awardTypeCode));
    if (!units.has(row.organizationCode)) reasons.push(NOMINATIONS_MESSAGES.importUnitUnknown(row.organizationCode));
    const kind: NomineeKind = row.person ? 'individual' : 'collective';
    if (award && !award.nomineeKinds.includes(kind)) {
      reasons.push(
        kind === 'collective'
          ? NOMINATIONS_MESSAGES.importAwardForIndividuals(award.code)
          : NOMINATIONS_MESSAGES.importAwardForCollectives(award.code),
      );
    }
    const earlier = firstRowOf.get(entryKey(row));
    if (earlier !== undefined) reasons.push(NOMINATIONS_MESSAGES.importRowRepeats(earlier));
    else firstRowOf.set(entryKey(row), number);
    return reasons;
  }

  /** One row under its own savepoint: a rule the database holds (already in the register, number taken) refuses the row alone. */
  private async record(
    tx: EntityManager,
    importId: string,
    number: number,
    row: ImportRow,
    awardTypes: Map<string, AwardTypeRef>,
    units: Map<string, string>,
  ): Promise<ImportRowOutcome> {
    const organizationId = units.get(row.organizationCode) as string;
    const register = new RegisterRepository(tx);
    return register.underSavepoint<ImportRowOutcome, ImportRowOutcome>(
      async () => {
        const personId = row.person ? await this.people.idOf(tx, organizationId, row.person) : null;
        if (row.registerNumber !== null) await register.reserveRegisterNumber(row.registerNumber);
        const entryId = await register.insert({
          awardTypeId: (awardTypes.get(row.awardTypeCode) as AwardTypeRef).id,
          year: row.year,
          organizationId,
          personId,
          decisionReference: row.decisionReference,
          decisionDate: row.decisionDate,
          registerNumber: row.registerNumber,
          importId,
          importRow: number,
        });
        await recordRegisterEntry(this.audit, tx, { id: entryId, organizationId }, { ...row, importId, importRow: number });
        return { row: number, accepted: true, entryId, reasons: [] };
      },
      (error) => {
        const refusal =
          error instanceof QueryFailedError ? errorForConstraint((error.driverError as { constraint?: string }).constraint) : undefined;
        return refusal && { row: number, accepted: false, entryId: null, reasons: [refusal.text] };
      },
    );
  }
}
