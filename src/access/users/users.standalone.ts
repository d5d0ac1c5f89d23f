import type { DataSource } from 'typeorm';
import { Clock } from '../../platform/time/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { loadConfig } from '../../platform/config/app.config.js';
import { LoginThrottleService } from '../auth/login-throttle.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import { PasswordHasher } from './password-hasher.js';
import { UsersService } from './users.service.js';

/**
 * UsersService for work that runs without the Nest app (seeds, command-line tools): the same
 * password policy, hasher and audit trail as the API. Kept beside the service so that a new
 * collaborator is added here too.
 */
export function standaloneUsersService(dataSource: DataSource): UsersService {
  return new UsersService(
    dataSource,
    new PasswordHasher(),
    new AuditService(dataSource),
    new Clock(),
    new SessionsService(),
    new LoginThrottleService(loadConfig()),
  );
}
