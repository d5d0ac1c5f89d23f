import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsBodyYear } from '../../registry/clusters/cluster.dto.js';
import { IsCalendarDay, IsOptionalText, IsText } from '../award-types/award-type.dto.js';
import type { IsoDate } from '../award-types/rule-set.js';
import { PersonRefBody, type PersonView } from '../nominees/person.dto.js';

/** One award received, as the register (sổ khen thưởng) records it, e.g. from a decision before thidua. */
export class CreateRegisterEntryBody {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  awardTypeId: string;

  @ApiProperty({ example: 2023, description: 'Năm được khen thưởng (năm thi đua).' })
  @IsBodyYear()
  year: number;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị được khen thưởng, hoặc đơn vị công tác của cá nhân.' })
  @IsUUID()
  organizationId: string;

  @ApiPropertyOptional({ type: PersonRefBody, description: 'Có khi người được khen thưởng là một cá nhân.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonRefBody)
  person?: PersonRefBody | null;

  @ApiProperty({ example: '123/QĐ-LHHVN', description: 'Số, ký hiệu quyết định khen thưởng.' })
  @IsText(100)
  decisionReference: string;

  @ApiPropertyOptional({ example: '2024-01-15' })
  @IsOptional()
  @IsCalendarDay()
  decisionDate?: string | null;

  @ApiPropertyOptional({ example: '2024-015', description: 'Số sổ vàng.' })
  @IsOptionalText(50)
  registerNumber?: string | null;
}

export interface RegisterEntryView {
  id: string;
  awardTypeId: string;
  year: number;
  organizationId: string;
  person: PersonView | null;
  decisionReference: string;
  decisionDate: IsoDate | null;
  registerNumber: string | null;
}
