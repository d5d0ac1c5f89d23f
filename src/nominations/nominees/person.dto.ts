import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsText } from '../award-types/award-type.dto.js';

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/** One spelling per name: NFC, single spaces, so that the same person is found again. */
const NormalizedName = () => Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ') : value));

/** A person is known within their unit by full name and year of birth. */
export class PersonBody {
  @ApiProperty({ example: 'Nguyễn Thị Hoa', maxLength: 200 })
  @NormalizedName()
  @IsText(200)
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

export interface PersonView {
  id: string;
  fullName: string;
  gender: Gender | null;
  birthYear: number;
}
