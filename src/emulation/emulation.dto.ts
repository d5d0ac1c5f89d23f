import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import type { LocalizedText } from '../platform/i18n/locale.js';
import { ClusterYearParams } from '../registry/clusters/cluster.dto.js';

export { ClusterYearParams };

/** One member unit of a cluster-year in a path: `/emulation/clusters/{id}/years/{year}/…/{organizationId}`. */
export class ClusterUnitParams extends ClusterYearParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;
}

export class FileParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

/** A list of short texts, each trimmed and saying something. */
export const IsTextList = (maxItems: number, maxLength: number) =>
  applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value)),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(maxLength, { each: true }),
  );

export const IsVersion = () => applyDecorators(IsInt(), Min(1));

export class VersionBody {
  @ApiProperty({ minimum: 1 })
  @IsVersion()
  version: number;
}

/** The file as multer hands it over, held in memory. */
export interface UploadedEmulationFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/** A stored file with its content, for download. */
export interface StoredFileContent {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}

/** What an XLSX import did, row by row (row numbers as Excel shows them). */
export interface ImportReport {
  accepted: number;
  refused: number;
  rows: ImportRowReport[];
}

export interface ImportRowReport {
  row: number;
  status: 'accepted' | 'refused';
  /** The criterion code the row is about, when it has one. */
  code: string | null;
  reasons: LocalizedText[];
}
