import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { IsRequiredText } from '../../platform/validation/validators.js';

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/** One spelling per name: NFC, single spaces, so that the same person is found again. */
const NormalizedName = () => Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ') : value));

/** A person is known within their unit by full name and year of birth. */
export class PersonBody {
  @ApiProperty({ example: 'Nguyễn Thị Hoa', maxLength: 200 })
  @NormalizedName()
  @IsRequiredText(200)
  fullName: string;

  @ApiProperty({ example: 1978 })
  @IsInt()
  @Min(1900)
  @Max(2200)
  birthYear: number;
}

/** A person named in a record (register entry, proceeding); the gender is filled in when known. */
export class PersonRefBody extends PersonBody {
  @ApiPropertyOptional({ enum: GENDERS })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender;
}

/**
 * Whom a record (register entry, proceeding) is about: a unit, or a person of that unit. Its subclasses
 * describe the two fields in their own words.
 */
export class UnitOrPersonBody {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị, hoặc đơn vị công tác của cá nhân.' })
  @IsUUID()
  organizationId: string;

  @ApiPropertyOptional({ type: PersonRefBody, description: 'Có khi hồ sơ nói về một cá nhân.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonRefBody)
  person?: PersonRefBody | null;
}

export interface PersonView {
  id: string;
  fullName: string;
  gender: Gender | null;
  birthYear: number;
}
