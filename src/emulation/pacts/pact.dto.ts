import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { IsCalendarDay, IsText } from '../../platform/validation/validators.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { IsVersion } from '../emulation.dto.js';
import type { SignatureStatus } from './pact.rules.js';

/** Creates the pact of a cluster-year, or changes it (then with the version read). */
export class PutPactBody {
  @ApiPropertyOptional({ minimum: 1, description: 'Phiên bản đang sửa; bỏ trống khi lập mới.' })
  @IsOptional()
  @IsVersion()
  version?: number;

  @ApiProperty({ maxLength: 300, example: 'Giao ước thi đua năm 2023 của Cụm thi đua số 3' })
  @IsText(300)
  title: string;

  @ApiProperty({ maxLength: 20000, description: 'Nội dung giao ước (các nội dung, chỉ tiêu thi đua).' })
  @IsText(20000)
  content: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Cuộc họp ký kết giao ước (nếu có).' })
  @IsOptional()
  @IsUUID()
  signingMeetingId?: string | null;

  @ApiPropertyOptional({ example: '2023-03-21', nullable: true, description: 'Ngày ký kết.' })
  @IsOptional()
  @IsCalendarDay()
  signedOn?: IsoDate | null;
}

/** One member's signature: recorded by the secretariat, or by the member's own officer. */
export class SignPactBody {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ maxLength: 200, example: 'Nguyễn Văn A' })
  @IsText(200)
  signatoryName: string;

  @ApiProperty({ maxLength: 300, example: 'Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La' })
  @IsText(300)
  signatoryTitle: string;

  @ApiProperty({ example: '2023-03-21' })
  @IsCalendarDay()
  signedOn: IsoDate;
}

export interface PactSignatureView {
  signatoryName: string;
  signatoryTitle: string;
  signedOn: IsoDate;
  /** Signed after the pact's signing day: a member that joined later, or signed later. */
  signedLater: boolean;
}

export interface PactMemberView {
  unit: UnitView;
  status: SignatureStatus;
  statusLabel: LocalizedText;
  signature: PactSignatureView | null;
}

export interface PactView {
  id: string;
  clusterId: string;
  year: number;
  title: string;
  content: string;
  signingMeeting: { id: string; title: string; startsAt: Date } | null;
  signedOn: IsoDate | null;
  version: number;
  /** Every member of the cluster that year, signed or not, in the one order of units. */
  members: PactMemberView[];
  signedCount: number;
  memberCount: number;
}
