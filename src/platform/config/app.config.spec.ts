import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app.config.js';

describe('loadConfig', () => {
  it('starts with defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.embeddedDataDir).toMatch(/\.data\/postgres$/);
  });

  it('names the variable when a port is not a number', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL/);
  });

  it('refuses an unknown NODE_ENV', () => {
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });

  it('requires a token secret in production, and a long one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_TOKEN_SECRET/);
    expect(() => loadConfig({ AUTH_TOKEN_SECRET: 'short' })).toThrow(/AUTH_TOKEN_SECRET/);
  });

  it('requires a ballot key secret in production, long and not the token secret; random per process otherwise', () => {
    const token = 't'.repeat(40);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: token })).toThrow(/BALLOT_KEY_SECRET/);
    expect(() => loadConfig({ BALLOT_KEY_SECRET: 'short' })).toThrow(/BALLOT_KEY_SECRET/);
    expect(() => loadConfig({ AUTH_TOKEN_SECRET: token, BALLOT_KEY_SECRET: token })).toThrow(/BALLOT_KEY_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: token, BALLOT_KEY_SECRET: 'b'.repeat(40) }).ballots).toEqual({
      keySecret: 'b'.repeat(40),
      keySecretGenerated: false,
    });
    expect(loadConfig({}).ballots.keySecretGenerated).toBe(true);
    expect(loadConfig({}).ballots.keySecret).not.toBe(loadConfig({}).ballots.keySecret);
  });

  it('migrates as DATABASE_MIGRATION_URL when it is set', () => {
    expect(loadConfig({ DATABASE_MIGRATION_URL: 'postgres://owner@db/thidua' }).database.migrationUrl).toBe('postgres://owner@db/thidua');
    expect(() => loadConfig({ DATABASE_MIGRATION_URL: 'owner@db' })).toThrow(/DATABASE_MIGRATION_URL/);
  });

  it('wants the first administrator name and password together', () => {
    expect(() => loadConfig({ ADMIN_USERNAME: 'admin' })).toThrow(/ADMIN_PASSWORD/);
    expect(loadConfig({ ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'x' }).auth.initialAdmin).toEqual({ username: 'admin', password: 'x' });
  });

  it('limits dossier files to 20 MB unless DOSSIER_MAX_BYTES says otherwise, within bounds', () => {
    expect(loadConfig({}).dossier.maxBytes).toBe(20 * 1024 * 1024);
    expect(loadConfig({ DOSSIER_MAX_BYTES: '1048576' }).dossier.maxBytes).toBe(1048576);
    expect(() => loadConfig({ DOSSIER_MAX_BYTES: '20MB' })).toThrow(/DOSSIER_MAX_BYTES/);
    expect(() => loadConfig({ DOSSIER_MAX_BYTES: '0' })).toThrow(/DOSSIER_MAX_BYTES/);
  });

  it('bounds the time a request waits for the database and for its own headers and body', () => {
    const defaults = loadConfig({});
    expect(defaults.database).toMatchObject({ statementTimeoutMs: 15_000, connectTimeoutMs: 15_000 });
    expect(defaults.http).toEqual({ headersTimeoutMs: 20_000, requestTimeoutMs: 120_000, trustProxyHops: 0 });
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '2000' }).database.statementTimeoutMs).toBe(2000);
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '5s' })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '90000', HTTP_REQUEST_TIMEOUT_MS: '60000' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });
});
