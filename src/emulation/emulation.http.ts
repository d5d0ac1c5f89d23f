import { applyDecorators, StreamableFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { DossierUploadInterceptor } from '../nominations/dossiers/dossier-upload.interceptor.js';
import { attachmentDisposition } from '../nominations/dossiers/dossier.rules.js';
import type { StoredFileContent } from './emulation.dto.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A stored file with its type and its Vietnamese name (RFC 5987 `filename*`). */
export function download(file: Pick<StoredFileContent, 'fileName' | 'contentType' | 'content'>): StreamableFile {
  return new StreamableFile(file.content, {
    type: file.contentType,
    length: file.content.length,
    disposition: attachmentDisposition(file.fileName),
  });
}

/** One file in the multipart field `file` (at most DOSSIER_MAX_BYTES), with the other form fields given. */
export const FileUpload = (fields: Record<string, object> = {}, required: string[] = []) =>
  applyDecorators(
    UseInterceptors(DossierUploadInterceptor),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: { type: 'object', required: ['file', ...required], properties: { file: { type: 'string', format: 'binary' }, ...fields } },
    }),
  );
