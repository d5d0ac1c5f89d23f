import { ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListNominationsQuery } from '../nominations/nomination.dto.js';
import { EXPORT_FORMATS, type ExportFormat } from './table-export.js';

export class ExportQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx', description: 'xlsx: bảng tính Excel; csv: UTF-8 có BOM.' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat = 'xlsx';
}

/** The filters of the nominations list, without paging: the file holds every nomination that matches. */
export class NominationExportQuery extends IntersectionType(OmitType(ListNominationsQuery, ['page', 'pageSize'] as const), ExportQuery) {}
