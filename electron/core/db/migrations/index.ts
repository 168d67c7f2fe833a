import type { Migration } from './types'
import { foundation } from './001_foundation'
import { documents } from './003_documents'

/** Every migration in order, imported statically so the bundle carries them (no fs reads at run time). */
export const MIGRATIONS: readonly Migration[] = [foundation, documents]

// The last version, not the count: the documents branch carries version 3 before the cycle's 2 is merged.
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
