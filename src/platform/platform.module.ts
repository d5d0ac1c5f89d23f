import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from './config/app.config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { HealthController } from './health/health.controller.js';
import { ContentTypeInterceptor } from './http/content-type.interceptor.js';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { IdempotencyService } from './idempotency/idempotency.service.js';
import { IdempotencySubscriber } from './idempotency/idempotency.subscriber.js';
import { rateLimitOptions } from './rate-limits/rate-limits.js';
import { ThrottlerModule } from './rate-limits/throttler-package.js';
import { Clock } from './time/clock.js';

/** Config, database and health: what every context needs and none owns. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig & { database: { url: string } }): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.database.url, config.database.poolSize, config.database),
          autoLoadEntities: true,
          migrationsRun: false,
          subscribers: [IdempotencySubscriber],
        }),
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => rateLimitOptions(config, dataSource),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        Clock,
        IdempotencyService,
        { provide: APP_INTERCEPTOR, useClass: ContentTypeInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [APP_CONFIG, Clock, IdempotencyService],
    };
  }
}
