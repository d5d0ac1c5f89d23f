import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { IsOptionalText, IsRequiredText } from '../../platform/validation/validators.js';
import { IsCalendarDay } from '../../platform/validation/validators.js';
import type { IsoDate } from '../../platform/time/calendar.js';

/** One seat of the Hội đồng Thi đua – Khen thưởng, from one day to another (inclusive). */
export class CreateCouncilMemberBody {
  @ApiProperty({ example: 'Phan Xuân Dũng', maxLength: 200 })
  @Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ') : value))
  @IsRequiredText(200)
  fullName: string;

  @ApiProperty({ example: 'Chủ tịch Hội đồng', maxLength: 300, description: 'Chức danh trong Hội đồng.' })
  @IsRequiredText(300)
  position: string;

  @ApiProperty({ example: '2024-01-01' })
  @IsDefined()
  @IsCalendarDay()
  memberFrom: string;

  @ApiPropertyOptional({ type: String, example: null, nullable: true, description: 'Ngày cuối còn là thành viên; null khi chưa kết thúc.' })
  @IsOptional()
  @IsCalendarDay()
  memberTo?: string | null;
}

/** Usually to end a membership (memberTo) or correct a position. */
export class UpdateCouncilMemberBody {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsRequiredText(300)
  position?: string;

  @ApiPropertyOptional({ type: String, example: '2025-12-31', nullable: true })
  @IsOptional()
  @IsCalendarDay()
  memberTo?: string | null;

  @ApiProperty({ description: 'Phiên bản đã đọc; nếu đã cũ thì không có gì được lưu.' })
  @IsInt()
  @Min(1)
  version: number;
}

const COUNCIL_MEMBER_SORTS = ['name', 'memberFrom', '-memberFrom'] as const;
export type CouncilMemberSort = (typeof COUNCIL_MEMBER_SORTS)[number];

export class ListCouncilMembersQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2024-02-20', description: 'Chỉ những người là thành viên vào ngày này (thành phần Hội đồng ngày đó).' })
  @IsOptional()
  @IsCalendarDay()
  on?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Tìm theo họ tên, không phân biệt dấu.' })
  @IsOptionalText(200)
  q?: string | null;

  @ApiPropertyOptional({ enum: COUNCIL_MEMBER_SORTS, default: 'name', description: 'name: theo thứ tự chữ cái tiếng Việt.' })
  @IsOptional()
  @IsIn(COUNCIL_MEMBER_SORTS)
  sort: CouncilMemberSort = 'name';
}

export interface CouncilMemberView {
  id: string;
  fullName: string;
  position: string;
  memberFrom: IsoDate;
  memberTo: IsoDate | null;
  version: number;
}
