import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import type { DossierDocumentKind } from '../award-types/catalogue.js';
import { ATTACHMENT_KINDS, type AttachmentKind } from './dossier.rules.js';

/** The form fields sent with the file (multipart/form-data, the file in the field `file`). */
export class UploadAttachmentBody {
  @ApiProperty({
    enum: ATTACHMENT_KINDS,
    description:
      'to_trinh: tờ trình; bao_cao_thanh_tich: báo cáo thành tích; bien_ban_binh_xet: biên bản bình xét kèm kết quả bỏ phiếu; chung_nhan_sang_kien: chứng nhận sáng kiến, đề tài; other: tài liệu khác.',
  })
  @IsIn(ATTACHMENT_KINDS)
  kind: AttachmentKind;
}

const ATTACHMENT_SORTS = ['uploadedAt', '-uploadedAt', 'kind'] as const;

export class ListAttachmentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ATTACHMENT_KINDS })
  @IsOptional()
  @IsIn(ATTACHMENT_KINDS)
  kind?: AttachmentKind;

  @ApiPropertyOptional({ enum: ATTACHMENT_SORTS, default: 'uploadedAt' })
  @IsOptional()
  @IsIn(ATTACHMENT_SORTS)
  sort: (typeof ATTACHMENT_SORTS)[number] = 'uploadedAt';
}

/** The file as multer hands it over, held in memory. */
export interface UploadedDossierFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export interface AttachmentView {
  id: string;
  nominationId: string;
  kind: AttachmentKind;
  /** The dossier part the file provides, if any. */
  document: DossierDocumentKind | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: Date;
}

export interface AttachmentContent {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}
