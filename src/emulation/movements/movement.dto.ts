import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { PageQuery } from '../../platform/pagination/page.js';
import { IsOptionalText, IsText } from '../../platform/validation/validators.js';
import { IsBodyYear, IsRegistryYear } from '../../registry/clusters/cluster.dto.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { IsTextList, VersionBody } from '../emulation.dto.js';
import { type LaunchedBy, MOVEMENT_KINDS, type MovementKind } from './movement.rules.js';

export const MAX_CONTENT_AREAS = 30;

export class MovementParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class ListMovementsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Các phong trào của cụm và của đơn vị chủ quản của cụm.' })
  @IsOptional()
  @IsUUID()
  clusterId?: string;

  @ApiPropertyOptional({ description: 'Các phong trào diễn ra trong năm này.' })
  @IsOptional()
  @IsRegistryYear()
  year?: number;
}

export class CreateMovementBody {
  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn vị chủ quản phát động (Liên hiệp Hội Việt Nam) — cho mọi cụm của mình.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Cụm phát động phong trào.' })
  @IsOptional()
  @IsUUID()
  clusterId?: string;

  @ApiProperty({ enum: MOVEMENT_KINDS, description: 'regular: thường xuyên (hằng năm); themed: theo chuyên đề.' })
  @IsIn(MOVEMENT_KINDS)
  kind: MovementKind;

  @ApiProperty({ maxLength: 300, example: 'Phong trào thi đua yêu nước năm 2023' })
  @IsText(300)
  title: string;

  @ApiProperty({ example: 2023 })
  @IsBodyYear()
  startYear: number;

  @ApiPropertyOptional({ example: 2025, description: 'Phong trào theo chuyên đề: năm kết thúc. Mặc định: năm bắt đầu.' })
  @IsOptional()
  @IsBodyYear()
  endYear?: number;

  @ApiProperty({ type: [String], description: 'Các nội dung thi đua (lĩnh vực).' })
  @IsTextList(MAX_CONTENT_AREAS, 300)
  contentAreas: string[];

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptionalText(5000)
  description?: string | null;
}

export class UpdateMovementBody extends VersionBody {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsText(300)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBodyYear()
  endYear?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsTextList(MAX_CONTENT_AREAS, 300)
  contentAreas?: string[];

  @ApiPropertyOptional({ maxLength: 5000, nullable: true })
  @IsOptionalText(5000)
  description?: string | null;
}

/** The form field sent with a document (multipart/form-data, the file in the field `file`). */
export class UploadMovementDocumentBody {
  @ApiProperty({ maxLength: 300, example: 'Kế hoạch phát động phong trào' })
  @IsText(300)
  title: string;
}

export interface MovementDocumentView {
  id: string;
  movementId: string;
  title: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
}

export interface MovementView {
  id: string;
  owner: UnitView;
  cluster: { id: string; code: string; name: string } | null;
  launchedBy: LaunchedBy;
  kind: MovementKind;
  kindLabel: LocalizedText;
  title: string;
  startYear: number;
  endYear: number;
  /** A themed movement of 3 years or more may carry a flag at its review. */
  flagEligible: boolean;
  contentAreas: string[];
  description: string | null;
  documents: MovementDocumentView[];
  version: number;
}
