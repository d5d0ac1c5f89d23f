import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { IsOptionalText, IsText } from '../../platform/validation/validators.js';
import { IsRegistryYear } from '../../registry/clusters/cluster.dto.js';
import type { ImportReport } from '../emulation.dto.js';
import {
  CRITERION_LEVELS,
  CRITERION_NATURES,
  type CriterionLevel,
  type CriterionNature,
  MAX_CRITERIA,
  MAX_POINTS,
} from './criteria.rules.js';

export class OwnerTemplateParams {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị chủ quản (Liên hiệp Hội Việt Nam).' })
  @IsUUID()
  ownerId: string;

  @ApiProperty({ example: 2023 })
  @IsRegistryYear()
  year: number;
}

export class CriterionItem {
  @ApiProperty({ maxLength: 20, example: '1.2', description: 'Mã: 1 (nhóm), 1.2 (tiêu chí), 1.2.a (tiêu chí thành phần).' })
  @IsText(20)
  code: string;

  @ApiPropertyOptional({ maxLength: 20, nullable: true, description: 'Mã của mục cha; mặc định suy ra từ mã (1.2 → 1).' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  parentCode?: string | null;

  @ApiPropertyOptional({ enum: CRITERION_LEVELS, description: 'Mặc định suy ra từ mã: 1 nhóm, 1.2 tiêu chí, 1.2.a tiêu chí thành phần.' })
  @IsOptional()
  @IsIn(CRITERION_LEVELS)
  level?: CriterionLevel;

  @ApiPropertyOptional({
    enum: CRITERION_NATURES,
    default: 'standard',
    description: 'standard: chấm điểm; bonus: điểm thưởng; penalty: điểm trừ.',
  })
  @IsOptional()
  @IsIn(CRITERION_NATURES)
  nature: CriterionNature = 'standard';

  @ApiProperty({ maxLength: 500 })
  @IsText(500)
  title: string;

  @ApiProperty({ minimum: 0, maximum: MAX_POINTS, example: 10 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  maxPoints: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  evidenceRequired: boolean = false;

  @ApiPropertyOptional({ maxLength: 500, nullable: true, description: 'Minh chứng yêu cầu.' })
  @IsOptionalText(500)
  evidenceNote?: string | null;
}

/** The whole tree, parents before their children. */
export class PutCriteriaBody {
  @ApiProperty({ type: [CriterionItem] })
  @IsArray()
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => CriterionItem)
  items: CriterionItem[];
}

export interface CriterionView {
  id: string;
  code: string;
  level: CriterionLevel;
  levelLabel: LocalizedText;
  nature: CriterionNature;
  natureLabel: LocalizedText;
  title: string;
  maxPoints: number;
  evidenceRequired: boolean;
  evidenceNote: string | null;
  /** Scored directly (no sub-criteria). */
  scorable: boolean;
  children: CriterionView[];
}

export interface CriteriaTreeView {
  ownerId: string;
  /** Null for the owner's template. */
  clusterId: string | null;
  year: number;
  /** Locked once scoring has started. */
  locked: boolean;
  maxPoints: number;
  maxBonus: number;
  maxPenalty: number;
  groups: CriterionView[];
}

export interface CriteriaImportView extends ImportReport {
  tree: CriteriaTreeView;
}
