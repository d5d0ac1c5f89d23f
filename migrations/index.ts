import type { MixedList } from 'typeorm';

/** Every migration, in order. Listed explicitly so that the app, the CLI and jest load the same set. */
export const migrations: MixedList<Function> = [];
