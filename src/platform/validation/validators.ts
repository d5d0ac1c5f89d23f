import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDefined, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Text that must say something: surrounding spaces are dropped before it is checked. */
export const IsText = (maxLength: number) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );

/** Text a request must carry: a missing field is said to be missing, as well as what else is wrong with it. */
export const IsRequiredText = (maxLength: number) => applyDecorators(IsDefined(), IsText(maxLength));

/** Optional free text; null or an empty string clears it. */
export const IsOptionalText = (maxLength: number) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value)),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );

/** A calendar day `YYYY-MM-DD`, nothing more (no time, no zone). */
export const IsCalendarDay = () => applyDecorators(IsString(), Matches(/^\d{4}-\d{2}-\d{2}$/), IsISO8601({ strict: true }));
