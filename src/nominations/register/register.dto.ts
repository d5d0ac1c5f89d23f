import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { PageQuery } from '../../platform/pagination/page.js';
import { IsBodyYear, MAX_YEAR } from '../../registry/clusters/cluster.dto.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { IsOptionalText, IsRequiredText } from '../../platform/validation/validators.js';
import { IsCalendarDay } from '../../platform/validation/validators.js';
import { NOMINEE_KINDS, type NomineeKind } from '../award-types/catalogue.js';
import { type IsoDate } from '../../platform/time/calendar.js';
import { ListNominationsQuery } from '../nominations/nomination.dto.js';
import { type PersonView, UnitOrPersonBody } from '../nominees/person.dto.js';

/** One award received, as the register (sổ khen thưởng) records it, e.g. from a decision before thidua. */
export class CreateRegisterEntryBody extends UnitOrPersonBody {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  awardTypeId: string;

  @ApiProperty({ example: 2023, description: 'Năm được khen thưởng (năm thi đua).' })
  @IsBodyYear()
  year: number;

  @ApiProperty({ example: '123/QĐ-LHHVN', description: 'Số, ký hiệu quyết định khen thưởng.' })
  @IsRequiredText(100)
  decisionReference: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2024-01-15' })
  @IsOptional()
  @IsCalendarDay()
  decisionDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2024-015', description: 'Số sổ vàng.' })
  @IsOptionalText(50)
  registerNumber?: string | null;
}

const REGISTER_SORTS = ['-year', 'year', 'recipient', 'registerNumber'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

/** The nominations list's filters by year and award type, read as the year and award of the register entry. */
class RegisterFilters extends IntersectionType(PageQuery, PickType(ListNominationsQuery, ['year', 'awardTypeId'] as const)) {
  @ApiPropertyOptional({ enum: NOMINEE_KINDS, description: 'collective: tập thể; individual: cá nhân.' })
  @IsOptional()
  @IsIn(NOMINEE_KINDS)
  recipientKind?: NomineeKind;

  @ApiPropertyOptional({ enum: REGISTER_SORTS, default: '-year', description: 'recipient: tên theo thứ tự chữ cái tiếng Việt.' })
  @IsOptional()
  @IsIn(REGISTER_SORTS)
  sort: RegisterSort = '-year';
}

/** Sổ khen thưởng searched by person, unit, award, year or decision. */
export class ListRegisterQuery extends RegisterFilters {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Họ tên người được khen thưởng, không phân biệt dấu.' })
  @IsOptionalText(200)
  personName?: string | null;

  @ApiPropertyOptional({ minimum: 1900, maximum: MAX_YEAR })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(MAX_YEAR)
  birthYear?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn vị được khen thưởng, hoặc đơn vị công tác của cá nhân.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  decisionId?: string;
}

export class OrganizationAwardsQuery extends RegisterFilters {
  @ApiPropertyOptional({
    default: true,
    description: 'Gồm cả khen thưởng của các đơn vị tiền thân (đã hợp nhất, sáp nhập vào đơn vị này).',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includePredecessors: boolean = true;
}

export class OrganizationParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

/** Where an entry came from: an award decision made in thidua, an import of past years, or typed in by staff. */
export type RegisterSource = 'decision' | 'import' | 'manual';

export interface RegisterEntryView {
  id: string;
  awardType: { id: string; code: string; name: LocalizedText };
  year: number;
  /** The unit as named that year (a predecessor in a merged unit's roll-up), and the person for an individual. */
  recipient: { kind: NomineeKind; organization: UnitView; person: PersonView | null };
  decision: { id: string | null; reference: string; date: IsoDate | null };
  /** Số sổ vàng. */
  registerNumber: string | null;
  cash: { amountVnd: number; explanation: LocalizedText | null } | null;
  nominationId: string | null;
  source: RegisterSource;
}
