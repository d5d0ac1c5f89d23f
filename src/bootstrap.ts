import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { API_PREFIX, AppModule, type ResolvedConfig } from './app.module.js';
import { applyHttpTimeouts, jsonBodyOptions, refuseUnacceptableInput } from './platform/http/input-guards.js';
import { errorCodesTable, SESSION_COOKIE_SCHEME } from './platform/openapi/openapi.decorators.js';
import { LocalizeInterceptor } from './platform/i18n/localize.interceptor.js';
import { createHttpLogger, NestPinoLogger } from './platform/logging/logger.js';
import { requestContext } from './platform/request-context/request-context.js';
import { securityHeaders } from './platform/security/security-headers.js';
import { StrictIdPipe, StrictYearPipe } from './platform/validation/path-params.js';
import { createValidationPipe } from './platform/validation/validation.pipe.js';
import { assetCatalogue } from './web/assets/assets.js';
import { PageErrorFilter } from './web/http/page-error.filter.js';

export { API_PREFIX };

/** Builds the HTTP application exactly as production runs it; the e2e tests call this too. */
export async function createApp(config: ResolvedConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new NestPinoLogger(logger),
    bodyParser: true,
  });
  app.useBodyParser('json', jsonBodyOptions);
  app.use(securityHeaders({ hsts: config.nodeEnv === 'production' }));
  // Pages and assets are compressed; API answers are left as they are (their Vary stays `Accept`).
  const compress = compression();
  app.use((request: Request, response: Response, next: NextFunction) =>
    request.path.startsWith('/api/') ? next() : compress(request, response, next),
  );
  app.use('/assets', assetCatalogue().handler());
  app.use(createHttpLogger(logger));
  app.use(requestContext.middleware);
  app.use(refuseUnacceptableInput);
  applyHttpTimeouts(app.getHttpServer(), config.http);
  app.useGlobalPipes(new StrictYearPipe(), new StrictIdPipe(), createValidationPipe());
  // Problem documents for the API, pages for the web application (one filter decides which).
  app.useGlobalFilters(app.get(PageErrorFilter));
  app.useGlobalInterceptors(new LocalizeInterceptor());
  app.disable('x-powered-by');
  // Behind a load balancer, the client's address (which throttling counts by) is in X-Forwarded-For.
  if (config.http.trustProxyHops > 0) app.set('trust proxy', config.http.trustProxyHops);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('thidua API')
      .setDescription(
        `Thi đua, khen thưởng — Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam\n\n## Mã lỗi / Error codes\n\n${errorCodesTable()}`,
      )
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('thidua_session', undefined, SESSION_COOKIE_SCHEME)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
