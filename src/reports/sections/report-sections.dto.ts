import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import type { SectionTexts } from '../cluster-year/cluster-year.facts.js';

/** About ten pages of text: more than a section of a summary report needs. */
const MAX_SECTION_LENGTH = 20_000;

function SectionText(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_SECTION_LENGTH, description }),
    IsOptional(),
    IsString(),
    MaxLength(MAX_SECTION_LENGTH),
  );
}

/**
 * The sections to save: only those sent change; one sent as null or blank is erased, one left out stays as it
 * is. One paragraph a line; lines starting with "-" are printed as a list.
 */
export class PutSectionsBody {
  @SectionText('I. Đặc điểm tình hình: thuận lợi, khó khăn.')
  situation?: string | null;

  @SectionText('II. Kết quả thực hiện: hoạt động và kết quả nổi bật trong năm.')
  achievements?: string | null;

  @SectionText('III. Đánh giá chung: ưu điểm; hạn chế, nguyên nhân; bài học kinh nghiệm.')
  assessment?: string | null;

  @SectionText('IV. Phương hướng, nhiệm vụ năm sau.')
  direction?: string | null;

  @SectionText('V. Đề xuất, kiến nghị (ngoài các đề nghị khen thưởng đã ghi nhận).')
  recommendations?: string | null;

  @ApiPropertyOptional({ description: 'Bắt buộc khi sửa nội dung đã có: phiên bản đã đọc (409 nếu đã cũ).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export interface SectionsView extends SectionTexts {
  clusterId: string;
  year: number;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}
