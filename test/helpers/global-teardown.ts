export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as Record<string, unknown>).__THIDUA_PG__ as { stop(): Promise<void> } | undefined;
  // Called once per project that uses the server: only the first call stops it.
  delete (globalThis as Record<string, unknown>).__THIDUA_PG__;
  await server?.stop();
}
