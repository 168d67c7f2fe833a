import type { Migration } from './types'

/**
 * Issue 12: whether sample data is loaded is asked by app.status on every page; without an index the question read
 * every area and unit (≈ 10 ms at 50,000 units). Partial indexes hold only the sample rows, so the answer reads none
 * when there is no sample. The queries spell `is_sample = 1` literally: SQLite uses a partial index only for a term it
 * can match to the index's own WHERE.
 */
export const sampleMarks: Migration = {
  version: 12,
  name: 'sample_marks',
  sql: `
CREATE INDEX admin_area_sample ON admin_area(id) WHERE is_sample = 1;
CREATE INDEX unit_sample ON unit(id) WHERE is_sample = 1;
`
}
