import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { CLUSTER_KINDS, type ClusterKind, ROTATION_RULES, type RotationRule } from './cluster.rules.js';
import type { TermView } from '../terms/term.repository.js';
import type { UnitView } from '../organizations/organization.dto.js';

export const MIN_YEAR = 1945;
export const MAX_YEAR = 2200;
const MAX_ROTATION_UNITS = 100;

/** A calendar year of the registry in a JSON body, where it must already be a number. */
export const IsBodyYear = () => applyDecorators(IsInt(), Min(MIN_YEAR), Max(MAX_YEAR));

/** Optional but never null: these fields have no "empty" value, so null cannot mean "erase". */
export const IsOmittable = () => ValidateIf((_object, value) => value !== undefined);

/** The same year from a path or a query string, which arrive as text. */
export const IsRegistryYear = () =>
  applyDecorators(
    Type(() => Number),
    IsBodyYear(),
  );

export class ClusterParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class ClusterYearParams extends ClusterParams {
  @ApiProperty({ minimum: MIN_YEAR, maximum: MAX_YEAR, example: 2023 })
  @IsRegistryYear()
  year: number;
}

export class YearQuery {
  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR, description: 'Mặc định: năm hiện tại.' })
  @IsOptional()
  @IsRegistryYear()
  year?: number;
}

class RotationOrderField {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Thứ tự các đơn vị nhận cụm trưởng luân phiên.' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_ROTATION_UNITS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  rotationOrder?: string[];
}

export class CreateClusterBody extends RotationOrderField {
  @ApiProperty({ example: 'VUSTA-C3', description: 'Mã ổn định: chữ, số, dấu chấm, gạch ngang, gạch dưới.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @Matches(/^[A-Za-z0-9._-]+$/)
  code: string;

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  @Max(9999)
  number: number;

  @ApiProperty({ example: 'Cụm thi đua số 3' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: CLUSTER_KINDS })
  @IsIn(CLUSTER_KINDS)
  kind: ClusterKind;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị tổ chức thi đua (ví dụ VUSTA).' })
  @IsUUID()
  ownerId: string;

  @ApiProperty({ enum: ROTATION_RULES })
  @IsIn(ROTATION_RULES)
  rotationRule: RotationRule;
}

export class UpdateClusterBody extends RotationOrderField {
  @ApiPropertyOptional({ enum: ROTATION_RULES })
  @IsOmittable()
  @IsIn(ROTATION_RULES)
  rotationRule?: RotationRule;

  @ApiPropertyOptional({ example: 'Cụm thi đua số 3' })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiProperty({ description: 'Phiên bản đã đọc; nếu đã cũ thì không có gì được lưu.' })
  @IsInt()
  @Min(1)
  version: number;
}

const CLUSTER_SORTS = ['number', 'name', 'code'] as const;

export class ListClustersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Tìm theo tên hoặc mã, không phân biệt dấu.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: CLUSTER_KINDS })
  @IsOptional()
  @IsIn(CLUSTER_KINDS)
  kind?: ClusterKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Chỉ các cụm mà đơn vị này là thành viên trong năm `year`.' })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR, description: 'Năm xét thành viên và tên gọi; mặc định năm hiện tại.' })
  @IsOptional()
  @IsRegistryYear()
  year?: number;

  @ApiPropertyOptional({ enum: CLUSTER_SORTS, default: 'number' })
  @IsOptional()
  @IsIn(CLUSTER_SORTS)
  sort: (typeof CLUSTER_SORTS)[number] = 'number';
}

export class PutSupervisorBody {
  @ApiProperty({ example: 'Nguyễn Quốc Bảo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Ủy viên Đoàn Chủ tịch Hội đồng Trung ương LHHVN' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  position?: string | null;
}

export class SupervisorsQuery extends PageQuery {}

export interface SupervisorView {
  year: number;
  fullName: string;
  position: string | null;
}

export interface ClusterSummary {
  id: string;
  code: string;
  number: number;
  name: string;
  kind: ClusterKind;
  owner: UnitView;
  rotationRule: RotationRule;
  version: number;
  /** The year the names and the member count are given for. */
  year: number;
  memberCount: number;
}

export interface ClusterDetail extends ClusterSummary {
  rotationOrder: string[];
  /** Phụ trách cụm in `year`. */
  supervisor: SupervisorView | null;
  term: TermView | null;
}
