import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ClusterYearParams } from '../../registry/clusters/cluster.dto.js';
import type { ReportFormat } from '../delivery/delivery.rules.js';

export const CLUSTER_DOCUMENTS = ['summary-report', 'minutes', 'flag-proposal', 'news'] as const;
/** summary-report: báo cáo tổng kết; minutes: biên bản hội nghị tổng kết; flag-proposal: tờ trình đề nghị tặng Cờ thi đua; news: tin bài. */
export type ClusterDocument = (typeof CLUSTER_DOCUMENTS)[number];

export const DOCUMENT_FORMATS = ['json', 'html', 'docx', 'pdf'] as const satisfies readonly ReportFormat[];
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export class ClusterDocumentParams extends ClusterYearParams {
  @ApiProperty({
    enum: CLUSTER_DOCUMENTS,
    description:
      'summary-report: báo cáo tổng kết; minutes: biên bản hội nghị tổng kết; flag-proposal: tờ trình đề nghị tặng Cờ thi đua; news: tin bài về hội nghị.',
  })
  @IsIn(CLUSTER_DOCUMENTS)
  document: ClusterDocument;
}

export class DocumentFormatQuery {
  @ApiPropertyOptional({
    enum: DOCUMENT_FORMATS,
    description: 'Định dạng; nếu bỏ trống thì theo tiêu đề Accept (mặc định JSON: nội dung văn bản dạng dữ liệu).',
  })
  @IsOptional()
  @IsIn(DOCUMENT_FORMATS)
  format?: DocumentFormat;
}
