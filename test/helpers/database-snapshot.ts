import pg from 'pg';

export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** Every table's row count and checksum, and every sequence's position: equal snapshots, equal data. */
export async function databaseSnapshot(query: Query): Promise<Record<string, string>> {
  const tables = await query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY tablename`,
  );
  const snapshot: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await query(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM "${name}" t`,
    );
    snapshot[String(name)] = String(row.digest);
  }
  for (const { name } of await query(`SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public'`)) {
    const [row] = await query(`SELECT last_value || ':' || is_called AS position FROM "${name}"`);
    snapshot[`sequence ${name}`] = String(row.position);
  }
  return snapshot;
}

/** The same, over a connection of its own to the database at `url`. */
export async function snapshotOfDatabase(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await databaseSnapshot(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}
