import type { Migration } from './types'

/**
 * Issue 8 (law-2026.md §1.4, §1.6): TT 124 Điều 9.1 gives khu dân cư their own decision deadline (before 15/11, the
 * other types before 20/11), so the year keeps an appraisal and a decision date for khu dân cư beside the others'
 * (existing years keep the dates they had); and a unit whose recognition the upper UBND delegated one level down
 * (Điều 10.5) records the area of the UBND it was delegated to, so the commune rule counts it (Điều 5.4).
 * No foreign key on delegated_area_id: SQLite cannot drop a column a foreign key names; core checks the area.
 */
export const lawDeadlines: Migration = {
  version: 11,
  name: 'law_deadlines',
  sql: `
ALTER TABLE eval_year ADD COLUMN appraisal_due_kdc TEXT NOT NULL DEFAULT '';
ALTER TABLE eval_year ADD COLUMN decision_due_kdc TEXT NOT NULL DEFAULT '';
UPDATE eval_year SET appraisal_due_kdc = appraisal_due, decision_due_kdc = decision_due;
ALTER TABLE unit ADD COLUMN delegated_area_id INTEGER;
`
}
