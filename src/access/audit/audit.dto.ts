import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';

/** A filter left blank (the audit page's form sends `from=`, `action=`) filters nothing. */
const BlankAsMissing = () => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'cluster_term' })
  @BlankAsMissing()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ example: 'term.replace' })
  @BlankAsMissing()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  action?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @ApiPropertyOptional({ example: '2023-11-01', description: 'Từ ngày (YYYY-MM-DD)' })
  @BlankAsMissing()
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2023-11-30', description: 'Đến hết ngày (YYYY-MM-DD)' })
  @BlankAsMissing()
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
