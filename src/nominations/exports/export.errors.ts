import { DomainError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

/** One file holds at most this many nominations; narrow the filters for more. */
export const MAX_EXPORT_ROWS = 10_000;

export class ExportTooLargeError extends DomainError {
  constructor(total: number) {
    super(
      'EXPORT.TOO_LARGE',
      'unprocessable',
      text(
        `Có ${total} đề nghị khớp điều kiện lọc; mỗi tệp xuất tối đa ${MAX_EXPORT_ROWS} dòng. Hãy lọc hẹp hơn (theo năm, cụm, loại khen thưởng).`,
        `${total} nominations match; an export holds at most ${MAX_EXPORT_ROWS} rows. Narrow the filters (year, cluster, award type).`,
      ),
    );
  }
}
