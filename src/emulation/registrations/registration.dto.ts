import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { IsCalendarDay, IsOptionalText, IsText } from '../../platform/validation/validators.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { IsTextList, IsVersion } from '../emulation.dto.js';
import type { RegistrationStatus } from './registration.rules.js';

export const MAX_TARGETS = 50;
export const MAX_TITLES = 10;

export class SetDeadlineBody {
  @ApiProperty({ example: '2023-03-31', description: 'Hạn đăng ký thi đua của các đơn vị thành viên.' })
  @IsCalendarDay()
  deadline: IsoDate;
}

export class RegistrationTarget {
  @ApiProperty({ maxLength: 300, example: 'Tư vấn, phản biện và giám định xã hội' })
  @IsText(300)
  contentArea: string;

  @ApiProperty({ maxLength: 2000, example: 'Tổ chức ít nhất 3 hoạt động tư vấn, phản biện' })
  @IsText(2000)
  target: string;
}

export class SubmitRegistrationBody {
  @ApiPropertyOptional({ minimum: 1, description: 'Phiên bản đang sửa; bỏ trống khi đăng ký lần đầu.' })
  @IsOptional()
  @IsVersion()
  version?: number;

  @ApiProperty({ type: [RegistrationTarget], description: 'Chỉ tiêu theo từng nội dung thi đua.' })
  @IsArray()
  @ArrayMaxSize(MAX_TARGETS)
  @ValidateNested({ each: true })
  @Type(() => RegistrationTarget)
  targets: RegistrationTarget[];

  @ApiProperty({ type: [String], example: ['Cờ thi đua của Liên hiệp Hội Việt Nam'], description: 'Danh hiệu đăng ký phấn đấu.' })
  @IsTextList(MAX_TITLES, 300)
  titles: string[];

  @ApiPropertyOptional({ maxLength: 5000, nullable: true })
  @IsOptionalText(5000)
  note?: string | null;
}

export interface RegistrationView {
  id: string;
  clusterId: string;
  year: number;
  unit: UnitView;
  targets: { contentArea: string; target: string }[];
  titles: string[];
  note: string | null;
  submittedAt: Date;
  /** The day (Vietnam time) it was first sent. */
  submittedOn: IsoDate;
  late: boolean;
  version: number;
}

export interface RegistrationBoardRow {
  unit: UnitView;
  status: RegistrationStatus;
  statusLabel: LocalizedText;
  registration: RegistrationView | null;
}

/** Every member's registration for the year with its status against the chair's deadline. */
export interface RegistrationBoardView {
  clusterId: string;
  year: number;
  deadline: IsoDate | null;
  today: IsoDate;
  members: RegistrationBoardRow[];
  counts: Record<RegistrationStatus, number>;
}
