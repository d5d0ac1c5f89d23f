import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../access/policies/policy.decorator.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../errors/platform.errors.js';
import { HealthRepository } from './health.repository.js';

type Health = { status: 'ok'; database: 'up' } | { status: 'error'; database: 'down' };

@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly health: HealthRepository;

  constructor(dataSource: DataSource) {
    this.health = new HealthRepository(dataSource.manager);
  }

  /** 503, not 500, when the database does not answer: the server works, what it depends on does not. */
  @Get()
  @Public()
  @ApiOperation({ summary: 'Kiểm tra hoạt động và cơ sở dữ liệu — liveness and database check' })
  @ApiOkResponse({ schema: { example: { status: 'ok', database: 'up' } } })
  @ApiServiceUnavailableResponse({
    description: 'Cơ sở dữ liệu không trả lời.',
    schema: { example: { status: 'error', database: 'down' } },
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<Health> {
    if (await this.health.databaseUp()) return { status: 'ok', database: 'up' };
    response.status(503).setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    return { status: 'error', database: 'down' };
  }
}
