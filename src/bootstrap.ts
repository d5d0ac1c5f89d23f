import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { AppModule, type ResolvedConfig } from './app.module.js';
import { ProblemDetailsFilter } from './platform/errors/problem-details.filter.js';
import { SESSION_COOKIE_SCHEME } from './platform/openapi/openapi.decorators.js';
import { LocalizeInterceptor } from './platform/i18n/localize.interceptor.js';
import { createHttpLogger, NestPinoLogger } from './platform/logging/logger.js';
import { requestContext } from './platform/request-context/request-context.js';
import { createValidationPipe } from './platform/validation/validation.pipe.js';

export const API_PREFIX = 'api/v1';

/** Builds the HTTP application exactly as production runs it; the e2e tests call this too. */
export async function createApp(config: ResolvedConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new NestPinoLogger(logger),
    bodyParser: true,
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.use(createHttpLogger(logger));
  app.use(requestContext.middleware);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new LocalizeInterceptor());
  app.disable('x-powered-by');
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('thidua API')
      .setDescription('Thi đua, khen thưởng — Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('thidua_session', undefined, SESSION_COOKIE_SCHEME)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
