import type { ComponentChildren } from 'preact';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { usePage } from './page-context.js';

export interface Column<T> {
  label: LocalizedText;
  cell: (row: T) => ComponentChildren;
}

export interface DataTableProps<T> {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** Said instead of an empty table. */
  empty: LocalizedText;
  /** Names the table for screen readers when the heading above does not. */
  caption?: LocalizedText;
}

/** A list as a table: column headers, striped rows, a horizontal scroll on a phone, or the empty state. */
export function DataTable<T>({ rows, columns, rowKey, empty, caption }: DataTableProps<T>) {
  const { t } = usePage();
  if (rows.length === 0) return <p class="empty-state">{t(empty)}</p>;
  return (
    <div class="table-scroll">
      <table class="striped">
        {caption && <caption>{t(caption)}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label.vi} scope="col">
                {t(column.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.label.vi}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
