import type { Response } from 'express';
import { contentDisposition } from '../../nominations/dossiers/dossier.rules.js';

/** A stored file as the services hand it over for download. */
export interface DownloadableFile {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  content: Buffer;
}

/**
 * A stored file in the browser: PDF and images shown in place, other documents downloaded. Its own policy: the
 * browser's PDF viewer is a plugin, which the pages' policy (object-src 'none') would block.
 */
export function sendStoredFile(response: Response, file: DownloadableFile): void {
  const inline = file.contentType === 'application/pdf' || file.contentType.startsWith('image/');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Length', String(file.sizeBytes));
  response.setHeader('Content-Disposition', contentDisposition(file.fileName, inline ? 'inline' : 'attachment'));
  response.setHeader('Content-Security-Policy', "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; img-src 'self'");
  response.setHeader('Cache-Control', 'private, no-store');
  response.end(file.content);
}
