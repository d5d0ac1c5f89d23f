import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { IsOptionalText } from '../../platform/validation/validators.js';
import { IsCalendarDay } from '../../platform/validation/validators.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { PROCEEDING_KINDS, type ProceedingKind } from './proceeding.rules.js';
import { type PersonView, UnitOrPersonBody } from './person.dto.js';

export class CreateProceedingBody extends UnitOrPersonBody {
  @ApiProperty({ enum: PROCEEDING_KINDS, description: 'Kỷ luật, điều tra, thanh tra/kiểm tra, xác minh đơn thư khiếu nại, tố cáo.' })
  @IsIn(PROCEEDING_KINDS)
  kind: ProceedingKind;

  @ApiProperty({ example: '2025-03-01' })
  @IsDefined()
  @IsCalendarDay()
  startedOn: string;

  @ApiPropertyOptional({ type: String, example: null, nullable: true, description: 'Ngày có kết luận; null khi chưa kết thúc.' })
  @IsOptional()
  @IsCalendarDay()
  endedOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Quyết định thanh tra số 12/QĐ-TTr', maxLength: 300 })
  @IsOptionalText(300)
  reference?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptionalText(5000)
  note?: string | null;
}

/** Usually to record the conclusion (endedOn). */
export class UpdateProceedingBody {
  @ApiPropertyOptional({ type: String, example: '2025-09-30', nullable: true })
  @IsOptional()
  @IsCalendarDay()
  endedOn?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true })
  @IsOptionalText(300)
  reference?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptionalText(5000)
  note?: string | null;

  @ApiProperty({ description: 'Phiên bản đã đọc; nếu đã cũ thì không có gì được lưu.' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ListProceedingsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ enum: PROCEEDING_KINDS })
  @IsOptional()
  @IsIn(PROCEEDING_KINDS)
  kind?: ProceedingKind;

  @ApiPropertyOptional({ example: '2025-08-01', description: 'Chỉ những việc đang diễn ra vào ngày này.' })
  @IsOptional()
  @IsCalendarDay()
  pendingOn?: string;

  @ApiPropertyOptional({ enum: ['-startedOn', 'startedOn'], default: '-startedOn' })
  @IsOptional()
  @IsIn(['-startedOn', 'startedOn'])
  sort: '-startedOn' | 'startedOn' = '-startedOn';
}

export interface ProceedingView {
  id: string;
  kind: ProceedingKind;
  organizationId: string;
  person: PersonView | null;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
  reference: string | null;
  note: string | null;
  version: number;
}
