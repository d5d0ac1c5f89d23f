import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { IsRegistryYear, MAX_YEAR, MIN_YEAR } from '../clusters/cluster.dto.js';
import type { RotationRule } from '../clusters/cluster.rules.js';
import type { UnitView } from '../organizations/organization.dto.js';
import { TERM_DECISIONS, type TermDecision } from './term.rules.js';
import type { TermView } from './term.repository.js';

const ORDERS = ['desc', 'asc'] as const;

export class TermsQuery extends PageQuery {
  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR })
  @IsOptional()
  @IsRegistryYear()
  fromYear?: number;

  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR })
  @IsOptional()
  @IsRegistryYear()
  toYear?: number;

  @ApiPropertyOptional({ enum: ORDERS, default: 'desc', description: 'Thứ tự theo năm.' })
  @IsOptional()
  @IsIn(ORDERS)
  order: (typeof ORDERS)[number] = 'desc';
}

export class PutTermBody {
  @ApiProperty({ format: 'uuid', description: 'Cụm trưởng: phải là thành viên của cụm năm đó.' })
  @IsUUID()
  chairId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Cụm phó: thành viên khác cụm trưởng.' })
  @IsOptional()
  @IsUUID()
  viceChairId?: string | null;

  @ApiProperty({ enum: TERM_DECISIONS })
  @IsIn(TERM_DECISIONS)
  decidedBy: TermDecision;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Bầu tại hội nghị tổng kết năm 2023.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiPropertyOptional({ description: 'Bắt buộc khi thay thế nhiệm kỳ đã có: phiên bản đã đọc.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export interface ProposalView {
  clusterId: string;
  year: number;
  rule: RotationRule;
  /** The term of `year − 1` the proposal starts from. */
  previousTerm: TermView | null;
  chair: UnitView | null;
  viceChair: UnitView | null;
  eligible: { unit: UnitView; lastChairedYear: number | null }[];
  reasons: string[];
}
