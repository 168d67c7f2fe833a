import type { Migration } from './types'
import { foundation } from './001_foundation'
import { cycle } from './002_cycle'

/** Every migration in order, imported statically so the bundle carries them (no fs reads at run time). */
export const MIGRATIONS: readonly Migration[] = [foundation, cycle]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
