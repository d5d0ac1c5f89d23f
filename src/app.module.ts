import { type DynamicModule, Module } from '@nestjs/common';
import { RouterModule } from '@nestjs/core';
import type { AppConfig } from './platform/config/app.config.js';
import { AccessModule } from './access/access.module.js';
import { EmulationModule } from './emulation/emulation.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { NominationsModule } from './nominations/nominations.module.js';
import { PlatformModule } from './platform/platform.module.js';
import { RegistryModule } from './registry/registry.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { WebModule } from './web/web.module.js';

export type ResolvedConfig = AppConfig & { database: { url: string } };

/** Every route of the JSON API is under this prefix; the web pages are at the root. */
export const API_PREFIX = 'api/v1';

/**
 * The modules whose controllers make up the JSON API. A new API module goes here too, or its
 * routes land at the root beside the pages (the route-policies and authorization-matrix tests
 * would then fail).
 */
const API_MODULES = [AccessModule, RegistryModule, MeetingsModule, NominationsModule, ReportsModule, EmulationModule];

@Module({})
export class AppModule {
  static forRoot(config: ResolvedConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config),
        ...API_MODULES,
        WebModule,
        RouterModule.register(API_MODULES.map((module) => ({ path: API_PREFIX, module }))),
      ],
    };
  }
}
