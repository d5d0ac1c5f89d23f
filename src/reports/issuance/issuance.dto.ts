import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';
import { IsCalendarDay, IsOptionalText } from '../../platform/validation/validators.js';
import { ClusterYearParams } from '../../registry/clusters/cluster.dto.js';
import {
  ISSUANCE_SCOPES,
  type IssuanceFields,
  type IssuanceRecord,
  type IssuanceScope,
  ISSUER_SYMBOL,
  SIGNING_CAPACITIES,
  type SigningCapacity,
} from './issuance.rules.js';

/** Null (or blank) erases a field; a field left out stays as it is. */
const Nullable = () => ValidateIf((_object, value) => value !== undefined && value !== null);

export class IssuanceParams extends ClusterYearParams {
  @ApiProperty({ enum: ISSUANCE_SCOPES, description: 'year: cho mọi văn bản của năm; hoặc riêng một văn bản.' })
  @IsIn(ISSUANCE_SCOPES)
  scope: IssuanceScope;
}

/**
 * Who issues and signs the year's documents (or one of them): only the fields sent change; one sent as null or blank
 * is erased. Number and date belong to one document, not to the year.
 */
export class PutIssuanceBody implements Partial<IssuanceFields> {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, example: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La' })
  @IsOptionalText(300)
  issuingBody?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, description: 'Cơ quan chủ quản, nếu có.' })
  @IsOptionalText(300)
  superiorBody?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Sơn La' })
  @IsOptionalText(100)
  place?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 30,
    example: 'LHH',
    description: 'Ký hiệu cơ quan ban hành trong số văn bản.',
  })
  @IsOptionalText(30)
  @Nullable()
  @Matches(ISSUER_SYMBOL)
  symbol?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, example: 45 })
  @Nullable()
  @IsInt()
  @Min(1)
  @Max(99999)
  number?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2023-11-27' })
  @Nullable()
  @IsCalendarDay()
  issuedOn?: string | null;

  @ApiPropertyOptional({ enum: SIGNING_CAPACITIES, nullable: true, description: 'TM. / KT. / Q. / TL. / TUQ.' })
  @Nullable()
  @IsIn(SIGNING_CAPACITIES)
  capacity?: SigningCapacity | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Ban Thường vụ' })
  @IsOptionalText(200)
  signingFor?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Phó Chủ tịch' })
  @IsOptionalText(200)
  signerTitle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @IsOptionalText(120)
  signerName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 600, description: 'Quy chế thi đua, khen thưởng mà tờ trình căn cứ.' })
  @IsOptionalText(600)
  regulation?: string | null;

  @ApiPropertyOptional({ description: 'Bắt buộc khi sửa thông tin đã có: phiên bản đã đọc (409 nếu đã cũ).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export type IssuanceView = IssuanceRecord & { clusterId: string; year: number };
