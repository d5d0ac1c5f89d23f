import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './config/app.config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { HealthController } from './health/health.controller.js';
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
          ...dataSourceOptions(config.database.url, config.database.poolSize),
          autoLoadEntities: true,
          migrationsRun: false,
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }, Clock],
      exports: [APP_CONFIG, Clock],
    };
  }
}
