import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { ColumnTotals, ScoreTableView } from '../scores/score.dto.js';
import type { Band } from './ranking.rules.js';

export interface RankingGroupResult {
  groupId: string;
  code: string;
  title: string;
  points: number;
  maxPoints: number;
}

export interface RankingRow {
  rank: number;
  /** Shares its rank with another unit. */
  tied: boolean;
  unit: UnitView;
  totals: ColumnTotals;
  /** Percent of the scored maximum, two decimals. */
  percent: number;
  band: Band;
  bandLabel: LocalizedText;
  /** Among the leading units (the flag vote's default candidates once the table is fixed). */
  leader: boolean;
  /** What each group gave ("results by criterion"). */
  groups: RankingGroupResult[];
}

/** Bảng tổng hợp kết quả chấm điểm, xếp hạng: from the scores that count (agreed, else adjusted, else self). */
export interface RankingView {
  table: ScoreTableView;
  clusterId: string;
  year: number;
  maxPoints: number;
  maxBonus: number;
  bands: { band: Band; label: LocalizedText; minPercent: number }[];
  rows: RankingRow[];
  leaders: UnitView[];
}
