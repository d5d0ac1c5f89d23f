import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDay } from '../../platform/validation/validators.js';
import { Transform } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { IsOmittable, IsRegistryYear, MAX_YEAR, MIN_YEAR } from '../clusters/cluster.dto.js';
import type { LineageEvent } from './merger.rules.js';
import { ORGANIZATION_KINDS, type OrganizationKind } from './organization.rules.js';

/** A calendar day `YYYY-MM-DD`, nothing more (no time, no zone). */
export const IsRequiredDay = () => applyDecorators(IsDefined(), IsCalendarDay());

/** Text that must say something: surrounding spaces are dropped before it is checked. */
export const IsName = (maxLength: number) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsDefined(),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );

export const IsOrganizationCode = () => applyDecorators(IsDefined(), IsString(), IsNotEmpty(), MaxLength(40), Matches(/^[A-Za-z0-9._-]+$/));

class OrganizationNameFields {
  @ApiProperty({ example: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình', maxLength: 300 })
  @IsName(300)
  fullName: string;

  @ApiProperty({ example: 'LHH Hòa Bình', maxLength: 120 })
  @IsName(120)
  shortName: string;
}

export class CreateOrganizationBody extends OrganizationNameFields {
  @ApiProperty({ example: 'LHH-HOA-BINH', description: 'Mã ổn định, duy nhất: chữ, số, dấu chấm, gạch ngang, gạch dưới.' })
  @IsOrganizationCode()
  code: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Hòa Bình', maxLength: 100 })
  @IsOptional()
  @IsName(100)
  province?: string | null;

  @ApiProperty({ example: '2000-01-01', description: 'Ngày bắt đầu hoạt động; tên đầu tiên có hiệu lực từ ngày này.' })
  @IsRequiredDay()
  activeFrom: string;
}

export class UpdateOrganizationBody {
  @ApiPropertyOptional({ type: String, example: 'Hòa Bình', nullable: true, description: 'null để xóa.' })
  @IsOptional()
  @IsName(100)
  province?: string | null;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOmittable()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiProperty({ description: 'Phiên bản đã đọc; nếu đã cũ thì không có gì được lưu.' })
  @IsInt()
  @Min(1)
  version: number;
}

export class RenameOrganizationBody extends OrganizationNameFields {
  @ApiProperty({ example: '2026-01-01', description: 'Tên mới dùng từ ngày này; tên cũ kết thúc vào ngày hôm trước.' })
  @IsRequiredDay()
  validFrom: string;
}

export const ORGANIZATION_SORTS = ['name', '-name', 'code', '-code', 'province'] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];

export class OrganizationYearQuery {
  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR, description: 'Hiện tên gọi như trong năm này; mặc định tên hiện tại.' })
  @IsOptional()
  @IsRegistryYear()
  year?: number;
}

export class ListOrganizationsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Tìm theo tên đầy đủ, tên ngắn hoặc mã; không phân biệt dấu và cách bỏ dấu (Hoà/Hòa).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ description: 'Tỉnh, thành phố (không phân biệt dấu).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string;

  @ApiPropertyOptional({
    minimum: MIN_YEAR,
    maximum: MAX_YEAR,
    description: 'Chỉ các đơn vị có hoạt động vào một lúc nào đó trong năm này.',
  })
  @IsOptional()
  @IsRegistryYear()
  activeIn?: number;

  @ApiPropertyOptional({
    minimum: MIN_YEAR,
    maximum: MAX_YEAR,
    description: 'Hiện (và tìm theo) tên gọi như trong năm này; mặc định tên hiện tại.',
  })
  @IsOptional()
  @IsRegistryYear()
  year?: number;

  @ApiPropertyOptional({ enum: ORGANIZATION_SORTS, default: 'name', description: 'name: tên ngắn theo thứ tự chữ cái tiếng Việt, rồi mã.' })
  @IsOptional()
  @IsIn(ORGANIZATION_SORTS)
  sort: OrganizationSort = 'name';
}

/** A unit with the name it bears on the day asked for (today unless a year is given). */
export interface OrganizationView extends UnitView {
  kind: OrganizationKind;
  province: string | null;
  activeFrom: string;
  activeTo: string | null;
  version: number;
}

export interface NameView {
  fullName: string;
  shortName: string;
  validFrom: string;
  validTo: string | null;
}

/** A unit across one lineage link, with the name it bore at the link: its last for a predecessor, its first for a successor. */
export interface LinkedUnitView extends UnitView {
  event: LineageEvent;
  effectiveDate: string;
  legalBasis: string | null;
}

export interface OrganizationDetail extends OrganizationView {
  names: NameView[];
  predecessors: LinkedUnitView[];
  successors: LinkedUnitView[];
}

/** A unit reached by following lineage `depth` links from the one asked about. */
export interface LineageStepView extends LinkedUnitView {
  depth: number;
  /** The unit of the link one step nearer to the one asked about. */
  viaId: string;
}

export interface LineageView {
  organization: OrganizationView;
  ancestors: LineageStepView[];
  descendants: LineageStepView[];
}

/** The unit (this one at depth 0, a predecessor at depth ≥ 1) named as it was that year, in a cluster. */
export interface HistoryEntry {
  unit: UnitView & { depth: number };
  cluster: { id: string; code: string; name: string; ownerId: string };
}

export interface HistoryYear {
  year: number;
  memberships: HistoryEntry[];
  terms: (HistoryEntry & { role: 'chair' | 'vice_chair' })[];
}

export interface HistoryView {
  organization: OrganizationView;
  years: HistoryYear[];
}

/** A unit as the registry shows it in a year: its stable id and code, and the names it bore then. */
export interface UnitView {
  id: string;
  code: string;
  fullName: string;
  shortName: string;
}
