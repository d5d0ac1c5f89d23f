import type { BodyBlock } from '../../documents/document.model.js';
import type { ClusterYearReport, EmulationReport } from '../cluster-year.model.js';
import { ORDER_COLUMN } from './wording.js';

const points = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** Points deducted read "−2" (a true minus sign), never "0". */
const signedPoints = (value: number) => (value < 0 ? `−${points(-value)}` : points(value));

/*
 * The scored groups are summed in one column (the results by criterion follow), the bonus and penalty groups in theirs:
 * seven or more group columns do not fit a portrait page at the document's type size.
 */
const NATURES = [
  { nature: 'standard', header: 'Điểm tiêu chí' },
  { nature: 'bonus', header: 'Điểm thưởng' },
  { nature: 'penalty', header: 'Điểm trừ' },
] as const;

function sumOf(emulation: EmulationReport, points: readonly number[], nature: EmulationReport['groups'][number]['nature']): number {
  return emulation.groups.reduce((sum, group, i) => (group.nature === nature ? sum + (points[i] ?? 0) : sum), 0);
}

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
        { header: 'Đơn vị', width: 5 },
        ...NATURES.map(({ header }) => ({ header, width: 3, align: 'right' as const })),
        { header: 'Tổng điểm', width: 2, align: 'right' },
        { header: 'Xếp loại', width: 3 },
      ],
      rows: emulation.ranking.map((row) => [
        row.tied ? `${row.rank} (đồng hạng)` : row.rank,
        row.unit.shortName,
        ...NATURES.map(({ nature }) => signedPoints(sumOf(emulation, row.groups, nature))),
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
