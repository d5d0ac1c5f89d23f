import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../../../src/bootstrap.js';
import { loadConfig } from '../../../src/platform/config/app.config.js';

/**
 * The HTTP app alone in a process of its own, on the database of `DATABASE_URL` (already migrated),
 * for the fault tests that kill it: prints `listening <port>` once it answers.
 */
const config = loadConfig(process.env);
if (!config.database.url) throw new Error('DATABASE_URL is required');
const app = await createApp({ ...config, database: { ...config.database, url: config.database.url } }, pino({ level: config.logLevel }));
await app.listen(0, '127.0.0.1');
process.stdout.write(`listening ${(app.getHttpServer().address() as AddressInfo).port}\n`);
