import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { ClusterParams, IsBodyYear, IsRegistryYear, MAX_YEAR, MIN_YEAR } from '../clusters/cluster.dto.js';

const MEMBER_SORTS = ['name', 'code'] as const;

export class MembersQuery extends PageQuery {
  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR, description: 'Năm xét thành viên; mặc định năm hiện tại.' })
  @IsOptional()
  @IsRegistryYear()
  year?: number;

  @ApiPropertyOptional({ description: 'Tìm theo tên (như năm đó) hoặc mã, không phân biệt dấu.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: MEMBER_SORTS, default: 'name', description: 'name: tên ngắn theo thứ tự chữ cái tiếng Việt, rồi mã.' })
  @IsOptional()
  @IsIn(MEMBER_SORTS)
  sort: (typeof MEMBER_SORTS)[number] = 'name';
}

export class AddMemberBody {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ minimum: MIN_YEAR, maximum: MAX_YEAR, example: 2023 })
  @IsBodyYear()
  fromYear: number;

  @ApiPropertyOptional({ type: Number, minimum: MIN_YEAR, maximum: MAX_YEAR, nullable: true, description: 'Bỏ trống: vẫn là thành viên.' })
  @IsOptional()
  @IsBodyYear()
  toYear?: number | null;
}

export class MemberParams extends ClusterParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;
}

export class EndMembershipBody {
  @ApiProperty({ minimum: MIN_YEAR, maximum: MAX_YEAR, example: 2024, description: 'Năm cuối cùng còn là thành viên.' })
  @IsBodyYear()
  lastYear: number;
}

/** A member of a cluster, named as it was in the year asked for. */
export interface MemberView {
  organizationId: string;
  code: string;
  fullName: string;
  shortName: string;
  fromYear: number;
  toYear: number | null;
}
