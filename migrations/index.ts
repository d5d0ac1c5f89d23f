import type { MixedList } from 'typeorm';
import { RegistrySchema1795900000000 } from './1795900000000-RegistrySchema.js';
import { AccessAndAudit1795900300000 } from './1795900300000-AccessAndAudit.js';
import { TermClosing1795900400000 } from './1795900400000-TermClosing.js';

/** Every migration, in order. Listed explicitly so that the app, the CLI and jest load the same set. */
export const migrations: MixedList<Function> = [RegistrySchema1795900000000, AccessAndAudit1795900300000, TermClosing1795900400000];
