import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';

export async function runSeeds(_app: INestApplicationContext, options: { demo: boolean }, logger: Logger): Promise<void> {
  logger.info(options, 'Seeds applied');
}
