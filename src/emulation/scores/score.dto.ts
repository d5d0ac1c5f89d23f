import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { IsOptionalText, IsText } from '../../platform/validation/validators.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { IsVersion, type ImportReport } from '../emulation.dto.js';
import type { CriterionLevel, CriterionNature } from '../criteria/criteria.rules.js';
import { MAX_CRITERIA, MAX_POINTS } from '../criteria/criteria.rules.js';
import type { Band } from '../ranking/ranking.rules.js';
import type { ScoreTableAction, ScoreTableState } from './score.state.js';

export const SCORE_COLUMNS = ['self', 'cross', 'agreed'] as const;
/** self: tự chấm; cross: chấm chéo / thẩm định (adjusted); agreed: điểm thống nhất (fixed at the summary meeting). */
export type ScoreColumn = (typeof SCORE_COLUMNS)[number];

class PointsField {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  criterionId: string;

  @ApiProperty({ minimum: 0, maximum: MAX_POINTS, example: 8.5, nullable: true, description: 'null xoá điểm của cột này.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_POINTS)
  points: number | null;
}

export class SelfScoreItem extends PointsField {
  @ApiPropertyOptional({ maxLength: 2000, nullable: true, description: 'Giải trình, minh chứng kèm theo.' })
  @IsOptionalText(2000)
  note?: string | null;
}

export class ReasonedScoreItem extends PointsField {
  @ApiProperty({ maxLength: 2000, description: 'Lý do (bắt buộc).' })
  @IsText(2000)
  reason: string;
}

export class AgreedScoreItem extends PointsField {
  @ApiPropertyOptional({ maxLength: 2000, nullable: true })
  @IsOptionalText(2000)
  reason?: string | null;
}

export class SelfScoreBody {
  @ApiProperty({ type: [SelfScoreItem] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => SelfScoreItem)
  scores: SelfScoreItem[];
}

/** Chấm chéo / thẩm định: every adjusted score says why. */
export class CrossScoreBody {
  @ApiProperty({ type: [ReasonedScoreItem] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => ReasonedScoreItem)
  scores: ReasonedScoreItem[];
}

export class AgreedScoreBody {
  @ApiProperty({ type: [AgreedScoreItem] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => AgreedScoreItem)
  scores: AgreedScoreItem[];
}

export class BandThresholdsBody {
  @ApiProperty({ minimum: 0, maximum: 100, example: 90 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  excellent: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 80 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  good: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 65 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  fair: number;
}

/** The settings of the year's score table: the bands' thresholds and how many leading units the ranking names. */
export class ConfigureScoreTableBody {
  @ApiProperty({ minimum: 1 })
  @IsVersion()
  version: number;

  @ApiPropertyOptional({ type: BandThresholdsBody, description: 'Ngưỡng xếp loại (% điểm tối đa).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BandThresholdsBody)
  bands?: BandThresholdsBody;

  @ApiPropertyOptional({ minimum: 1, nullable: true, description: 'Số đơn vị dẫn đầu; null: mặc định.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  leaderCount?: number | null;
}

export class PublishScoreTableBody {
  @ApiProperty({ minimum: 1 })
  @IsVersion()
  version: number;
}

export class FixScoreTableBody {
  @ApiProperty({ minimum: 1 })
  @IsVersion()
  version: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Hội nghị tổng kết thống nhất bảng điểm.' })
  @IsOptional()
  @IsUUID()
  meetingId?: string;
}

export class CrossPair {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị chấm chéo.' })
  @IsUUID()
  scorerId: string;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị được chấm.' })
  @IsUUID()
  scoredId: string;
}

/** Chấm chéo: the whole list of pairs (which unit checks which), replaced at once. */
export class CrossPairsBody {
  @ApiProperty({ type: [CrossPair] })
  @IsArray()
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => CrossPair)
  pairs: CrossPair[];
}

export class EvidenceBody {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  criterionId: string;
}

export interface ScoreTableView {
  clusterId: string;
  year: number;
  state: ScoreTableState;
  stateLabel: LocalizedText;
  /** What the caller may do now (for buttons). */
  actions: ScoreTableAction[];
  bands: { excellent: number; good: number; fair: number };
  /** Whether the bands are still the UNVERIFIED defaults. */
  defaultBands: boolean;
  bandsNote: LocalizedText | null;
  leaderCount: number;
  publishedAt: Date | null;
  fixedAt: Date | null;
  fixedAtMeeting: { id: string; title: string } | null;
  /** Chấm chéo pairs: each scorer proposes adjusted scores for the unit it checks. */
  crossPairs: { scorer: UnitView; scored: UnitView }[];
  version: number;
}

export interface ScoreCell {
  points: number | null;
  /** The note of a self-score, the reason of an adjusted or agreed one. */
  comment: string | null;
}

export interface EvidenceView {
  id: string;
  criterionId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
}

export interface ScoreSheetRow {
  criterion: {
    id: string;
    parentId: string | null;
    code: string;
    level: CriterionLevel;
    nature: CriterionNature;
    title: string;
    maxPoints: number;
    evidenceRequired: boolean;
    scorable: boolean;
  };
  self: ScoreCell;
  cross: ScoreCell;
  agreed: ScoreCell;
  /** The score that counts: agreed, else adjusted, else self. */
  final: number | null;
  evidence: EvidenceView[];
}

export interface ColumnTotals {
  standard: number;
  bonus: number;
  penalty: number;
  total: number;
}

/** Bảng chấm điểm of one unit: the three columns side by side, with the totals of each. */
export interface ScoreSheetView {
  table: ScoreTableView;
  unit: UnitView;
  rows: ScoreSheetRow[];
  totals: Record<ScoreColumn | 'final', ColumnTotals>;
  maxPoints: number;
  band: Band;
  bandLabel: LocalizedText;
}

export interface ScoreChangeView {
  criterionId: string;
  criterionCode: string;
  column: ScoreColumn;
  columnLabel: LocalizedText;
  oldPoints: number | null;
  newPoints: number | null;
  reason: string | null;
  changedBy: string | null;
  changedAt: Date;
}

export interface SelfScoreImportView extends ImportReport {
  sheet: ScoreSheetView;
}
