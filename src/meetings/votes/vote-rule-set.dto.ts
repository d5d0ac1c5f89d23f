import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import {
  COMPARISONS,
  type Comparison,
  NO_CHOICE_FALLBACKS,
  type NoChoiceFallback,
  THRESHOLD_BASES,
  type ThresholdBase,
} from './vote-rule-set.js';
import { IsCalendarDay, IsText } from '../../platform/validation/validators.js';

/** A calendar day 'YYYY-MM-DD' (rules are dated by day, as in Vietnam). */

/** Whole numbers only: checkVoteRuleSet says what is out of range, field by field. */
class ProportionBody {
  @ApiProperty({ example: 2 })
  @IsInt()
  numerator: number;

  @ApiProperty({ example: 3 })
  @IsInt()
  denominator: number;

  @ApiProperty({ enum: COMPARISONS, description: 'more_than: trên; at_least: ít nhất.' })
  @IsIn(COMPARISONS)
  comparison: Comparison;
}

class ThresholdBody extends ProportionBody {
  @ApiProperty({ enum: THRESHOLD_BASES, description: 'Cơ sở tính: tổng số đơn vị thành viên, số có mặt, hoặc số phiếu hợp lệ.' })
  @IsIn(THRESHOLD_BASES)
  base: ThresholdBase;
}

const IsPart = (type: () => new () => object) => applyDecorators(IsDefined(), IsObject(), ValidateNested(), Type(type));

export class CreateVoteRuleSetBody {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị tổ chức thi đua của các cụm (ví dụ Liên hiệp Hội Việt Nam).' })
  @IsUUID()
  ownerId: string;

  @ApiProperty({ example: '2024-01-01' })
  @IsCalendarDay()
  effectiveFrom: string;

  @ApiPropertyOptional({ example: '2025-06-30', nullable: true, description: 'Bỏ trống: áp dụng đến khi có bộ quy tắc sau.' })
  @IsOptional()
  @IsCalendarDay()
  effectiveTo?: string | null;

  @ApiProperty({ type: ProportionBody, description: 'Số đơn vị thành viên có mặt tối thiểu.' })
  @IsPart(() => ProportionBody)
  quorum: ProportionBody;

  @ApiProperty({ type: ThresholdBody, description: 'Ngưỡng thông qua.' })
  @IsPart(() => ThresholdBody)
  threshold: ThresholdBody;

  @ApiProperty({ example: 2, description: 'Số vòng bỏ phiếu tối đa.' })
  @IsInt()
  maxRounds: number;

  @ApiProperty({ enum: NO_CHOICE_FALLBACKS, description: 'Khi không chọn được sau vòng cuối.' })
  @IsIn(NO_CHOICE_FALLBACKS)
  fallback: NoChoiceFallback;

  @ApiPropertyOptional({ example: 'Quyết định số …/QĐ-LHHVN', maxLength: 300 })
  @IsOptional()
  @IsText(300)
  legalBasis?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsText(2000)
  note?: string;
}

export class VoteRuleSetsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ example: '2023-11-27', description: 'Chỉ bộ quy tắc áp dụng vào ngày này.' })
  @IsOptional()
  @IsCalendarDay()
  on?: string;
}
