import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { CONTENT_TYPES, contentDisposition, type FileNames, type ReportFormat } from './delivery.rules.js';

/** A rendered document or workbook, with the names it is downloaded under. */
export class ReportFile {
  constructor(
    readonly format: Exclude<ReportFormat, 'json'>,
    readonly body: Buffer,
    readonly names: FileNames,
  ) {}

  /** HTML is shown in the browser (and saved under its name); files are downloaded. */
  get disposition(): 'inline' | 'attachment' {
    return this.format === 'html' ? 'inline' : 'attachment';
  }
}

/**
 * A report shown in the browser is a page of its own with its stylesheet inline: it may use that and nothing else
 * (no script, no request), whatever the site's policy for its other pages.
 */
const HTML_REPORT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Sends a `ReportFile` a service returns with its type and names; anything else goes out as JSON. Every answer of
 * a report route depends on the Accept header, which caches must know.
 */
@Injectable()
export class ReportFileInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    response.setHeader('Vary', 'Accept');
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof ReportFile)) return value;
        if (value.format === 'html') response.setHeader('Content-Security-Policy', HTML_REPORT_POLICY);
        return new StreamableFile(value.body, {
          type: value.format === 'html' ? `${CONTENT_TYPES.html}; charset=utf-8` : CONTENT_TYPES[value.format],
          disposition: contentDisposition(value.disposition, value.names),
          length: value.body.length,
        });
      }),
    );
  }
}
