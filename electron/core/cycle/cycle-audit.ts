import { sql, type Kysely } from 'kysely'
import { UNIT_TYPE_LABELS, type UnitType } from '../../../shared/domain/units'
import { appendAuditBatch, changeEntry, snapshot, type AuditEntry } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { Database } from '../db/schema'
import { idList } from './unit-year-facts'

type Row = Record<string, unknown>

/** Columns of a unit-year that follow from others (sort key, snapshots taken at the decision): not news on their own. */
const UNIT_YEAR_IGNORED: ReadonlySet<string> = new Set(['board_sort', 'status_since', 'name_snapshot', 'commune_snapshot'])

/** How a unit-year is named in the log: the unit and the year, so the entry reads alone. */
export function unitYearLabel(unitName: string, year: number): string {
  return `${unitName} — năm ${year}`
}

export function yearLabel(year: number): string {
  return `Năm đánh giá ${year}`
}

/** The unit-years as stored, every column, for the before of a change (one statement for any number of ids). */
export async function unitYearRowsBefore(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, Row>> {
  const result = await sql<Row & { id: number }>`SELECT * FROM unit_year WHERE id IN ${idList(ids)}`.execute(db)
  return new Map(result.rows.map((row) => [row.id, row]))
}

export function unitYearEntry(
  id: number,
  label: string,
  before: Row | null,
  after: Row | null,
  options: { action?: string; reason?: string | null } = {}
): AuditEntry | null {
  return changeEntry('unit_year', id, label, before, after, { ...options, ignore: UNIT_YEAR_IGNORED })
}

/** Appends the entries that are not null, in one batch. */
export function recordEntries(tctx: CoreContext, entries: ReadonlyArray<AuditEntry | null>): void {
  appendAuditBatch(
    tctx,
    entries.filter((entry): entry is AuditEntry => entry !== null)
  )
}

/** Criteria marks or dossier receipts as one pseudo-column of the unit-year: only the codes that changed. */
export function changedCodes<T>(before: ReadonlyMap<string, T> | undefined, after: ReadonlyMap<string, T>, empty: T): { old: Record<string, T>; new: Record<string, T> } | null {
  const oldValues: Record<string, T> = {}
  const newValues: Record<string, T> = {}
  for (const [code, value] of after) {
    const previous = before?.get(code) ?? empty
    if (previous !== value) {
      oldValues[code] = previous
      newValues[code] = value
    }
  }
  return Object.keys(newValues).length > 0 ? { old: oldValues, new: newValues } : null
}

/** A criterion as named in the log: its number, short title and unit type. */
export function criterionLabel(row: { number: unknown; short_title: unknown; unit_type: unknown }): string {
  return `Tiêu chí ${String(row.number)} — ${String(row.short_title)} (${UNIT_TYPE_LABELS[row.unit_type as UnitType] ?? String(row.unit_type)})`
}

/** Records a criterion edit or addition (a copy of the set, when a closed year used it, shows as the new row). */
export async function recordCriterionChange(tctx: CoreContext, db: Kysely<Database>, id: number, before: Row | null): Promise<void> {
  const after = await snapshot(db, 'criterion', id)
  if (!after) return
  const copied = before !== null && before.id !== id
  recordEntries(tctx, [
    changeEntry('criterion', id, criterionLabel(after as { number: unknown; short_title: unknown; unit_type: unknown }), before, after, {
      reason: copied ? 'Bộ tiêu chí đã dùng cho năm đã chốt: sửa trên bản sao, các năm đang mở chuyển sang bản sao.' : null
    })
  ])
}
