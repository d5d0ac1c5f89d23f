import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from './platform/config/app.config.js';
import { AccessModule } from './access/access.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { NominationsModule } from './nominations/nominations.module.js';
import { PlatformModule } from './platform/platform.module.js';
import { RegistryModule } from './registry/registry.module.js';
import { ReportsModule } from './reports/reports.module.js';

export type ResolvedConfig = AppConfig & { database: { url: string } };

@Module({})
export class AppModule {
  static forRoot(config: ResolvedConfig): DynamicModule {
    return { module: AppModule, imports: [PlatformModule.forRoot(config), AccessModule, RegistryModule, MeetingsModule, NominationsModule, ReportsModule] };
  }
}
