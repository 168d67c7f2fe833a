import type { Migration } from './types'
import { foundation } from './001_foundation'
import { cycle } from './002_cycle'
import { documents } from './003_documents'
import { safety } from './004_safety'
import { models } from './005_models'
import { law2026 } from './006_law_2026'
import { unitSearch } from './009_unit_search'
import { certificates } from './010_certificates'
import { officeDocuments } from './012_office_documents'
import { lineage } from './007_lineage'
import { lawDeadlines } from './013_law_deadlines'
import { sampleMarks } from './014_sample_marks'
import { searchByScan } from './015_search_by_scan'

/** Every migration in order, imported statically so the bundle carries them (no fs reads at run time). */
export const MIGRATIONS: readonly Migration[] = [foundation, cycle, documents, safety, models, law2026, certificates, officeDocuments, lineage, unitSearch, lawDeadlines, sampleMarks, searchByScan]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
