import { QueryFailedError } from 'typeorm';
import { DemoPasswordsInProductionError } from '../access/users/user.errors.js';
import { BackupError } from '../platform/backup/logical-backup.js';
import { ConfigError } from '../platform/config/app.config.js';
import { EmbeddedPostgresStartError } from '../platform/database/embedded-postgres.js';
import { DataFolderInUseError } from '../platform/database/stale-postmaster.js';
import { errorForConstraint } from '../platform/errors/constraint-errors.js';
import { DomainError } from '../platform/errors/domain-error.js';

const NO_CAUSE =
  'Không rõ nguyên nhân: một thư viện báo lỗi mà không kèm thông tin; xem nhật ký (LOG_LEVEL=debug) để biết thêm.\n' +
  'No cause was given: a library failed without saying why; see the log (LOG_LEVEL=debug) for more.';

/** Names an operator typed, by the field names of the domain errors (e.g. `password` → `ADMIN_PASSWORD`). */
export type InputNames = Record<string, string>;

function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof QueryFailedError) return errorForConstraint((error.driverError as { constraint?: string }).constraint);
  return undefined;
}

/**
 * What an operator reads when start-up or a command stops: a broken rule in Vietnamese, naming
 * what they typed; a stack trace only for the unexpected.
 */
export function describeFailure(error: unknown, inputs: InputNames = {}): string {
  const domain = asDomainError(error);
  if (domain) {
    return [domain.text.vi, ...domain.fieldErrors.map((f) => `  - ${inputs[f.field] ?? f.field}: ${f.message.vi}`)].join('\n');
  }
  if (error instanceof ConfigError || error instanceof DemoPasswordsInProductionError) return error.message;
  if (error instanceof EmbeddedPostgresStartError || error instanceof DataFolderInUseError || error instanceof BackupError)
    return error.message;
  if (error instanceof Error) return error.stack ?? error.message;
  // Some libraries reject with nothing: say so rather than print "undefined".
  return error === undefined || error === null || error === '' ? NO_CAUSE : String(error);
}

/**
 * What `npm start` tells a person in a terminal: a few Vietnamese lines while it starts, then the
 * address to open and the demo sign-in. Silent when output is not a terminal (logs are JSON there).
 */
export class StartupProgress {
  constructor(
    readonly enabled: boolean,
    private readonly out: { write(text: string): unknown } = process.stdout,
  ) {}

  step(line: string): void {
    if (this.enabled) this.out.write(`• ${line}\n`);
  }

  ready(url: string, demoSignIn: { username: string; password: string } | null): void {
    if (!this.enabled) return;
    this.out.write(`\n✔ thidua đã sẵn sàng. Mở trình duyệt tại: ${url}\n`);
    if (demoSignIn) this.out.write(`  Đăng nhập thử: ${demoSignIn.username} / ${demoSignIn.password} (tài khoản demo; xem README)\n`);
    this.out.write('  Dừng: Ctrl+C\n\n');
  }
}
