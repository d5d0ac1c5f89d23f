import type { BodyBlock } from '../../documents/document.model.js';
import type { ClusterYearReport } from '../cluster-year.model.js';
import { ORDER_COLUMN } from './wording.js';

const points = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/**
 * Kết quả chấm điểm, xếp hạng and kết quả theo tiêu chí of the summary report (issue 17), from the year's published
 * score table; nothing while it is not published.
 */
export function emulationRankingBlocks(report: ClusterYearReport): BodyBlock[] {
  const { emulation, year } = report;
  if (!emulation) return [];
  const agreed = emulation.fixed ? 'đã được hội nghị tổng kết thống nhất' : 'đã công bố, chưa chốt';
  return [
    { kind: 'paragraph', text: `Kết quả chấm điểm thi đua năm ${year} (thang điểm ${points(emulation.maxPoints)} điểm, ${agreed}):` },
    {
      kind: 'table',
      columns: [
        { header: 'Xếp hạng', width: 2, align: 'center' },
        { header: 'Đơn vị', width: 6 },
        ...emulation.groups.map((group) => ({ header: `Nhóm ${group.code}`, width: 2, align: 'right' as const })),
        { header: 'Tổng điểm', width: 2, align: 'right' },
        { header: 'Xếp loại', width: 3 },
      ],
      rows: emulation.ranking.map((row) => [
        row.tied ? `${row.rank} (đồng hạng)` : row.rank,
        row.unit.fullName,
        ...row.groups.map(points),
        points(row.total),
        row.bandName,
      ]),
    },
    { kind: 'paragraph', text: 'Kết quả theo tiêu chí:' },
    {
      kind: 'table',
      columns: [
        ORDER_COLUMN,
        { header: 'Tiêu chí', width: 7 },
        { header: 'Điểm tối đa', width: 2, align: 'right' },
        { header: 'Bình quân', width: 2, align: 'right' },
        { header: 'Cao nhất', width: 3 },
      ],
      rows: emulation.byCriterion.map((criterion) => [
        criterion.code,
        criterion.title,
        points(criterion.maxPoints),
        points(criterion.average),
        criterion.bestUnits.length > 0 ? `${points(criterion.best)} (${criterion.bestUnits.join(', ')})` : '',
      ]),
    },
  ];
}
