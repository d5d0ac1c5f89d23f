import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { IsRegistryYear, MAX_YEAR, MIN_YEAR } from '../../registry/clusters/cluster.dto.js';
import { IsOptionalText, IsRequiredText } from '../../platform/validation/validators.js';
import { IsCalendarDay } from '../../platform/validation/validators.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { RegisterEntryView } from '../register/register.dto.js';

/** More recipients than a yearly VUSTA decision is expected to name. */
const MAX_RECIPIENTS = 500;

/** Quyết định khen thưởng, issued as it is recorded: its nominations are awarded and entered in the register. */
export class CreateAwardDecisionBody {
  @ApiProperty({ example: '123/QĐ-LHHVN', description: 'Số, ký hiệu quyết định; duy nhất theo cơ quan ban hành và năm.' })
  @IsRequiredText(100)
  number: string;

  @ApiProperty({ example: '2024-03-15', description: 'Ngày ký; mức lương cơ sở ngày này tính tiền thưởng.' })
  @IsDefined()
  @IsCalendarDay()
  decidedOn: string;

  @ApiProperty({ example: 'Phan Xuân Dũng', maxLength: 200 })
  @IsRequiredText(200)
  signerName: string;

  @ApiProperty({ example: 'Chủ tịch', maxLength: 300 })
  @IsRequiredText(300)
  signerPosition: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'Trích yếu; mặc định "Về việc tặng …".' })
  @IsOptionalText(2000)
  summary?: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Các đề nghị đã được Hội đồng chấp thuận mà quyết định khen thưởng.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECIPIENTS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  nominationIds: string[];
}

const DECISION_SORTS = ['-decidedOn', 'decidedOn', 'number'] as const;
export type DecisionSort = (typeof DECISION_SORTS)[number];

export class ListAwardDecisionsQuery extends PageQuery {
  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR, description: 'Năm ký quyết định.' })
  @IsOptional()
  @IsRegistryYear()
  year?: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'LHHVN', description: 'Cơ quan ban hành (phần sau "QĐ-" của ký hiệu).' })
  @IsOptionalText(50)
  issuer?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Quyết định có khen thưởng đơn vị này hoặc cá nhân của đơn vị này.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: DECISION_SORTS, default: '-decidedOn', description: 'number: theo cơ quan ban hành, năm và số.' })
  @IsOptional()
  @IsIn(DECISION_SORTS)
  sort: DecisionSort = '-decidedOn';
}

export class DecisionParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export interface AwardDecisionSummaryView {
  id: string;
  /** "123/QĐ-LHHVN" */
  reference: string;
  number: number;
  symbol: string;
  issuer: string;
  year: number;
  decidedOn: IsoDate;
  signer: { name: string; position: string };
  summary: string;
  recipientCount: number;
  totalCashVnd: number;
  createdAt: Date;
}

export interface AwardDecisionView extends AwardDecisionSummaryView {
  /** The register entries the decision wrote: số sổ vàng and cash per recipient. */
  recipients: RegisterEntryView[];
}
