import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsRegistryYear, MAX_YEAR, MIN_YEAR } from '../../registry/clusters/cluster.dto.js';
import type { ReportFormat } from '../delivery/delivery.rules.js';

export const OVERVIEW_FORMATS = ['json', 'html', 'xlsx'] as const satisfies readonly ReportFormat[];
export type OverviewFormat = (typeof OVERVIEW_FORMATS)[number];

export class YearParams {
  @ApiProperty({ minimum: MIN_YEAR, maximum: MAX_YEAR, example: 2023 })
  @IsRegistryYear()
  year: number;
}

export class OverviewFormatQuery {
  @ApiPropertyOptional({ enum: OVERVIEW_FORMATS, description: 'Định dạng; nếu bỏ trống thì theo tiêu đề Accept (mặc định JSON).' })
  @IsOptional()
  @IsIn(OVERVIEW_FORMATS)
  format?: OverviewFormat;
}
