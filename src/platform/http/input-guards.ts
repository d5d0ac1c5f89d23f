import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/app.config.js';
import { RequestValidationError } from '../errors/platform.errors.js';
import { assertJsonShape, unacceptableFields } from './hostile-input.js';

/** The JSON body parser's options: the size cap and the shape check on the raw bytes, before parsing. */
export const jsonBodyOptions = {
  limit: '1mb',
  verify: (_request: unknown, _response: unknown, body: Buffer) => assertJsonShape(body),
};

/**
 * Right after body parsing, before guards, pipes and class-transformer: fields that are not plain
 * data or hold text PostgreSQL cannot store are refused with their paths, so no write goes through
 * without them and no NUL reaches the database.
 */
export function refuseUnacceptableInput(request: Request, _response: Response, next: NextFunction): void {
  const errors = [...unacceptableFields(request.body), ...unacceptableFields(request.query)];
  next(errors.length > 0 ? new RequestValidationError(errors) : undefined);
}

/** A client that sends its headers or body too slowly is cut off instead of holding a socket. */
export function applyHttpTimeouts(server: Server, timeouts: AppConfig['http']): void {
  server.headersTimeout = timeouts.headersTimeoutMs;
  server.requestTimeout = timeouts.requestTimeoutMs;
}
