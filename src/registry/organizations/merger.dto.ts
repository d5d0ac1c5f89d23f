import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../clusters/cluster.dto.js';
import type { LineageEvent } from './merger.rules.js';
import { IsName, IsOrganizationCode, IsRequiredDay, type OrganizationView } from './organization.dto.js';
import { ORGANIZATION_KINDS, type OrganizationKind } from './organization.rules.js';

const MAX_MERGER_SOURCES = 20;

/** Either `{id}` of an existing unit, or the code, names and kind of a new one. */
export class MergerSuccessorBody {
  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn vị kế thừa đã có.' })
  @ValidateIf((successor: MergerSuccessorBody) => successor.code === undefined)
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({ example: 'LHH-LAO-CAI-2025', description: 'Mã của đơn vị mới (bắt buộc khi không gửi id).' })
  @ValidateIf((successor: MergerSuccessorBody) => successor.id === undefined)
  @IsOrganizationCode()
  code?: string;

  @ApiPropertyOptional({ example: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai' })
  @ValidateIf((successor: MergerSuccessorBody) => successor.id === undefined)
  @IsName(300)
  fullName?: string;

  @ApiPropertyOptional({ example: 'LHH Lào Cai' })
  @ValidateIf((successor: MergerSuccessorBody) => successor.id === undefined)
  @IsName(120)
  shortName?: string;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @ValidateIf((successor: MergerSuccessorBody) => successor.id === undefined)
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Lào Cai' })
  @IsOptional()
  @IsName(100)
  province?: string | null;
}

export class MergerBody {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Các đơn vị bị sáp nhập (khác nhau).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MERGER_SOURCES)
  @IsUUID(undefined, { each: true })
  sourceIds: string[];

  @ApiProperty({ type: MergerSuccessorBody })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MergerSuccessorBody)
  successor: MergerSuccessorBody;

  @ApiProperty({ example: '2025-07-01', description: 'Ngày đơn vị kế thừa bắt đầu; các đơn vị bị sáp nhập kết thúc ngày hôm trước.' })
  @IsRequiredDay()
  effectiveDate: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Nghị quyết 202/2025/QH15', maxLength: 300 })
  @IsOptional()
  @IsName(300)
  legalBasis?: string | null;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Khi các đơn vị bị sáp nhập thuộc các cụm khác nhau của cùng một đơn vị tổ chức: cụm cho đơn vị kế thừa.',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_MERGER_SOURCES)
  @IsUUID(undefined, { each: true })
  successorClusterIds?: string[];
}

export interface LineageLinkView {
  predecessorId: string;
  successorId: string;
  event: LineageEvent;
  effectiveDate: string;
  legalBasis: string | null;
}

export interface MergerResult {
  successor: OrganizationView;
  sources: OrganizationView[];
  lineage: LineageLinkView[];
}
