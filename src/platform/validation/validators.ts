import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** Text that must say something: surrounding spaces are dropped before it is checked. */
export const IsText = (maxLength: number) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );

/** A calendar day `YYYY-MM-DD`, nothing more (no time, no zone). */
export const IsCalendarDay = () => applyDecorators(IsString(), Matches(/^\d{4}-\d{2}-\d{2}$/), IsISO8601({ strict: true }));
