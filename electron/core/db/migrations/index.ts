import type { Migration } from './types'
import { foundation } from './001_foundation'
import { cycle } from './002_cycle'
import { documents } from './003_documents'
import { safety } from './004_safety'
import { models } from './005_models'
import { unitSearch } from './009_unit_search'

/** Every migration in order, imported statically so the bundle carries them (no fs reads at run time). */
export const MIGRATIONS: readonly Migration[] = [foundation, cycle, documents, safety, models, unitSearch]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
