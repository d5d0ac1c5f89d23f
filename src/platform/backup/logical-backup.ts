import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';

/**
 * A logical backup of thidua's database written in Node over the pg driver: the embedded PostgreSQL
 * package ships no pg_dump, Debian's pg_dump 15 cannot dump a PostgreSQL 18 server, and no npm
 * package carries a pg_dump 18 (see docs/operations.md). The schema is not dumped: it is what the
 * migrations make, so a backup records their names and a restore runs them; the data is every row of
 * every table (dossier files included: they are bytea columns) in each column's text form, the form
 * COPY uses, which every PostgreSQL type reads back exactly, plus every sequence's position. All is
 * read in one REPEATABLE READ snapshot, so the backup is consistent while the app keeps running.
 *
 * The file is gzipped JSON lines: a header, then per table a `{table, columns}` line and its rows as
 * arrays of text or null, then `{sequences}`.
 */
export const BACKUP_FORMAT = 'thidua-backup';
const BACKUP_VERSION = 1;
const MIGRATIONS_TABLE = 'schema_migrations';
const FETCH_ROWS = 200;
const INSERT_BATCH_BYTES = 8 * 1024 * 1024;

/** Text forms that do not depend on the session: same on the dumping and the restoring side. */
const STABLE_TEXT = [
  `SET DateStyle = 'ISO, YMD'`,
  `SET IntervalStyle = 'postgres'`,
  `SET extra_float_digits = 3`,
  `SET bytea_output = 'hex'`,
  `SET TimeZone = 'UTC'`,
];

interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  serverVersion: string;
}

interface TableColumns {
  table: string;
  columns: { name: string; type: string }[];
}

export interface BackupSummary {
  tables: number;
  rows: number;
  migrations: string[];
}

export class BackupError extends Error {
  constructor(vi: string, en: string) {
    super(`${vi}\n${en}`);
    this.name = 'BackupError';
  }
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Ordinary tables of the public schema, with the columns a restore writes (generated ones are computed again). */
async function tablesOf(client: pg.ClientBase): Promise<TableColumns[]> {
  const { rows } = await client.query<{ table: string; name: string; type: string }>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $1
      ORDER BY c.relname, a.attnum`,
    [MIGRATIONS_TABLE],
  );
  const tables = new Map<string, TableColumns>();
  for (const row of rows) {
    const table = tables.get(row.table) ?? { table: row.table, columns: [] };
    table.columns.push({ name: row.name, type: row.type });
    tables.set(row.table, table);
  }
  return [...tables.values()];
}

async function sequencesOf(client: pg.ClientBase): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  const sequences = [];
  for (const { name } of rows) {
    const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${ident(name)}`,
    );
    sequences.push({ name, lastValue: state[0].last_value, isCalled: state[0].is_called });
  }
  return sequences;
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`);
  return rows.map((row) => row.name);
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'thidua-backup' });
  await client.connect();
  try {
    for (const statement of STABLE_TEXT) await client.query(statement);
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Writes a backup of the database at `url` to `file`. */
export async function backupDatabase(url: string, file: string): Promise<BackupSummary> {
  return withClient(url, async (client) => {
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
    const line = async (value: unknown) => {
      if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
    };
    let rows = 0;
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const migrations = await appliedMigrations(client);
      const { rows: version } = await client.query<{ server_version: string }>('SHOW server_version');
      const header: Header = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        migrations,
        serverVersion: version[0].server_version,
      };
      await line(header);
      const tables = await tablesOf(client);
      for (const table of tables) {
        await line(table);
        const values = table.columns.map((c) => `${ident(c.name)}::text`).join(', ');
        await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT ARRAY[${values}] AS r FROM ${ident(table.table)}`);
        for (;;) {
          const batch = await client.query<{ r: (string | null)[] }>(`FETCH ${FETCH_ROWS} FROM dump`);
          for (const row of batch.rows) await line(row.r);
          rows += batch.rows.length;
          if (batch.rows.length < FETCH_ROWS) break;
        }
        await client.query('CLOSE dump');
      }
      await line({ sequences: await sequencesOf(client) });
      await client.query('COMMIT');
      gzip.end();
      await written;
      return { tables: tables.length, rows, migrations };
    } catch (error) {
      gzip.destroy();
      await written.catch(() => undefined);
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Loads a backup into the database at `url`, whose schema the same migrations have made. Existing
 * rows are refused unless `replace` is set; then they are removed first, in the same transaction,
 * so a failed restore leaves the database as it was. Foreign keys and triggers are not applied
 * while loading (session_replication_role = replica: the rows were consistent when dumped), which
 * needs a superuser or, from PostgreSQL 15, that setting granted.
 */
export async function restoreDatabase(url: string, file: string, options: { replace: boolean }): Promise<BackupSummary> {
  return withClient(url, async (client) => {
    const applied = await appliedMigrations(client);
    const tables = new Map((await tablesOf(client)).map((t) => [t.table, t]));
    const lines = linesOf(file);
    let header: Header | undefined;
    let current: TableColumns | undefined;
    let batch: string[] = [];
    let batchBytes = 0;
    let rows = 0;
    let tableCount = 0;
    const flush = async () => {
      if (!current || batch.length === 0) return;
      const columns = current.columns.map((c) => ident(c.name)).join(', ');
      const values = current.columns.map((c, i) => `(x->>${i})::${c.type}`).join(', ');
      await client.query(
        `INSERT INTO ${ident(current.table)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${values} FROM json_array_elements($1::json) AS x`,
        [`[${batch.join(',')}]`],
      );
      rows += batch.length;
      batch = [];
      batchBytes = 0;
    };
    await client.query('BEGIN');
    try {
      await client.query('SET LOCAL session_replication_role = replica');
      for await (const text of lines) {
        if (!header) {
          header = JSON.parse(text) as Header;
          if (header.format !== BACKUP_FORMAT)
            throw new BackupError(`${file} không phải là bản sao lưu thidua.`, `${file} is not a thidua backup.`);
          assertSameSchema(header.migrations, applied);
          await clearTables(client, [...tables.keys()], options.replace);
          continue;
        }
        if (text.startsWith('[')) {
          batch.push(text);
          batchBytes += text.length;
          if (batchBytes > INSERT_BATCH_BYTES) await flush();
          continue;
        }
        await flush();
        const entry = JSON.parse(text) as TableColumns | { sequences: { name: string; lastValue: string; isCalled: boolean }[] };
        if ('sequences' in entry) {
          for (const s of entry.sequences)
            await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [ident(s.name), s.lastValue, s.isCalled]);
          continue;
        }
        current = tables.get(entry.table);
        if (!current || current.columns.map((c) => c.name).join() !== entry.columns.map((c) => c.name).join()) {
          throw new BackupError(
            `Bảng ${entry.table} của bản sao lưu không khớp với cơ sở dữ liệu.`,
            `Table ${entry.table} of the backup does not match the database.`,
          );
        }
        tableCount++;
      }
      await flush();
      await client.query('COMMIT');
      return { tables: tableCount, rows, migrations: header?.migrations ?? [] };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/** The lines of a gzipped file, read as the loop consumes them; a missing or damaged file fails the loop. */
async function* linesOf(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const text = createGunzip();
  source.on('error', (error) => text.destroy(error));
  source.pipe(text).setEncoding('utf8');
  let rest = '';
  for await (const chunk of text as AsyncIterable<string>) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  if (rest) yield rest;
}

function assertSameSchema(backup: string[], database: string[]): void {
  if (backup.join() === database.join()) return;
  throw new BackupError(
    `Bản sao lưu được tạo ở phiên bản lược đồ khác (${backup.at(-1) ?? 'không có'}; cơ sở dữ liệu: ${database.at(-1) ?? 'không có'}). ` +
      'Hãy khôi phục bằng phiên bản thidua đã tạo bản sao lưu, rồi nâng cấp.',
    `The backup was taken at another schema version (${backup.at(-1) ?? 'none'}; database: ${database.at(-1) ?? 'none'}). ` +
      'Restore it with the thidua version that made it, then upgrade.',
  );
}

async function clearTables(client: pg.ClientBase, tables: string[], replace: boolean): Promise<void> {
  if (!replace) {
    for (const table of tables) {
      const { rowCount } = await client.query(`SELECT 1 FROM ${ident(table)} LIMIT 1`);
      if (rowCount) {
        throw new BackupError(
          `Cơ sở dữ liệu đích đã có dữ liệu (bảng ${table}); thêm --replace để thay toàn bộ bằng bản sao lưu.`,
          `The target database already holds data (table ${table}); add --replace to replace all of it with the backup.`,
        );
      }
    }
  }
  if (tables.length > 0) await client.query(`TRUNCATE ${tables.map(ident).join(', ')}`);
}
