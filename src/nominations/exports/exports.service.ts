import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../platform/request-context/request-context.js';
import type { TableCell, TableColumn } from '../../reports/documents/document.model.js';
import { formatDate } from '../../platform/time/calendar.js';
import { asciiKey, type ExportFile, type ExportFormat, TableExporter } from './table-export.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { NominationRepository } from '../nominations/nomination.repository.js';
import { STATE_NAMES } from '../nominations/nomination.state.js';
import type { NominationExportQuery } from './export.dto.js';
import { ExportTooLargeError, MAX_EXPORT_ROWS } from './export.errors.js';

const KIND_NAMES = { collective: 'Tập thể', individual: 'Cá nhân' } as const;

const NOMINATION_COLUMNS: TableColumn[] = [
  { header: 'STT', width: 1, align: 'center' },
  { header: 'Năm thi đua', width: 1.2, align: 'center' },
  { header: 'Loại khen thưởng', width: 4 },
  { header: 'Đối tượng được đề nghị', width: 4 },
  { header: 'Tập thể/Cá nhân', width: 1.5 },
  { header: 'Năm sinh', width: 1.2, align: 'center' },
  { header: 'Chức vụ', width: 2.5 },
  { header: 'Đơn vị', width: 4 },
  { header: 'Đơn vị trình', width: 3 },
  { header: 'Cụm thi đua', width: 2 },
  { header: 'Trạng thái', width: 2.5 },
  { header: 'Ngày nộp', width: 1.5, align: 'center' },
  { header: 'Căn cứ pháp lý', width: 2.5 },
  { header: 'Căn cứ suy tôn', width: 4 },
];

const DECISION_COLUMNS: TableColumn[] = [
  { header: 'STT', width: 1, align: 'center' },
  { header: 'Số sổ vàng', width: 1.5, align: 'center' },
  { header: 'Hình thức khen thưởng', width: 4 },
  { header: 'Năm thi đua', width: 1.2, align: 'center' },
  { header: 'Đối tượng được khen thưởng', width: 4 },
  { header: 'Tập thể/Cá nhân', width: 1.5 },
  { header: 'Năm sinh', width: 1.2, align: 'center' },
  { header: 'Đơn vị', width: 4 },
  { header: 'Số tiền thưởng (đồng)', width: 2, align: 'right' },
  { header: 'Cách tính tiền thưởng', width: 4 },
];

/** Nominations and decisions as spreadsheets with Vietnamese headers, for the people who still keep them in Excel. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly decisions: DecisionsService,
    private readonly exporter: TableExporter,
  ) {}

  /** Every nomination the caller may see that matches the list's filters, as `de-nghi-khen-thuong-2023.xlsx`. */
  async nominations(actor: Actor, query: NominationExportQuery): Promise<ExportFile> {
    const { format, ...filters } = query;
    const { items, total } = await new NominationRepository(this.dataSource.manager).list(actor, {
      ...filters,
      page: 1,
      pageSize: MAX_EXPORT_ROWS,
    });
    if (total > MAX_EXPORT_ROWS) throw new ExportTooLargeError(total);
    const rows: TableCell[][] = items.map((n, index) => [
      index + 1,
      n.year,
      n.awardType.name.vi,
      n.nominee.person?.fullName ?? n.nominee.organization.fullName,
      KIND_NAMES[n.nominee.kind],
      n.nominee.person?.birthYear ?? null,
      n.nominee.person?.position ?? null,
      n.nominee.organization.fullName,
      n.proposingOrganization.fullName,
      n.cluster.name,
      STATE_NAMES[n.state].vi,
      n.submittedOn && formatDate(n.submittedOn, 'vi'),
      n.legalBasis?.citation.vi ?? null,
      n.basis?.vote.reference ?? null,
    ]);
    const title = `Danh sách đề nghị khen thưởng${query.year ? ` năm ${query.year}` : ''}`;
    const name = `de-nghi-khen-thuong${query.year ? `-${query.year}` : ''}`;
    return this.exporter.export(format, name, { name: 'Đề nghị khen thưởng', title, columns: NOMINATION_COLUMNS, rows });
  }

  /** The recipients of a decision with their register numbers and cash, as `quyet-dinh-123-qd-lhhvn.xlsx`. */
  async decision(id: string, format: ExportFormat): Promise<ExportFile> {
    const decision = await this.decisions.get(id);
    const rows: TableCell[][] = decision.recipients.map((r, index) => [
      index + 1,
      r.registerNumber,
      r.awardType.name.vi,
      r.year,
      r.recipient.person?.fullName ?? r.recipient.organization.fullName,
      KIND_NAMES[r.recipient.kind],
      r.recipient.person?.birthYear ?? null,
      r.recipient.organization.fullName,
      r.cash?.amountVnd ?? null,
      r.cash?.explanation?.vi ?? null,
    ]);
    const title = `Danh sách khen thưởng kèm theo Quyết định số ${decision.reference} ngày ${formatDate(decision.decidedOn, 'vi')}`;
    return this.exporter.export(format, `quyet-dinh-${asciiKey(decision.reference)}`, {
      name: 'Quyết định khen thưởng',
      title,
      columns: DECISION_COLUMNS,
      rows,
    });
  }
}
