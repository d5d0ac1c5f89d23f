import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import { FileTooLargeError } from './dossier.errors.js';

const SingleFile = FileInterceptor('file');

/**
 * Receives one dossier file into memory (multer), at most DOSSIER_MAX_BYTES: a larger one is cut off
 * as it arrives and answered with the dossier's own message, so nothing of it is kept anywhere.
 * File names are read as UTF-8, which browsers send, so Vietnamese names survive.
 */
@Injectable()
export class DossierUploadInterceptor implements NestInterceptor {
  private readonly upload: NestInterceptor;
  private readonly maxBytes: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxBytes = config.dossier.maxBytes;
    this.upload = new SingleFile({ limits: { fileSize: this.maxBytes, files: 1, fields: 5 }, defParamCharset: 'utf8' });
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.upload.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw new FileTooLargeError(this.maxBytes);
      throw error;
    }
  }
}
