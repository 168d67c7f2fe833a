import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** The unit-year fields that decide which models count for it. */
export interface ModelOwner {
  id: number
  unit_id: number
  unit_type: string
  area_id: number | null
  year: number
}

interface EffectiveModelRow {
  year: number
  host_unit_id: number | null
  area_id: number | null
  host_type: string | null
  host_area_id: number | null
}

/**
 * Whether a model counts toward a unit-year (domain.md §3.3): a unit's own models; for a commune (XA) the models of
 * its area — those registered to the area, hosted by the commune unit itself or by one of its khu dân cư.
 */
export function modelCountsFor(owner: ModelOwner, model: Omit<EffectiveModelRow, 'year'>): boolean {
  if (model.host_unit_id === owner.unit_id) return true
  if (owner.unit_type !== 'XA' || owner.area_id === null) return false
  return model.area_id === owner.area_id || (model.host_type === 'KDC' && model.host_area_id === owner.area_id)
}

/** Effective models (model_year.effective = 1) per unit-year id, read with one query per batch. */
export async function effectiveModelCounts(db: Kysely<Database>, owners: readonly ModelOwner[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>()
  if (owners.length === 0) return counts
  const years = [...new Set(owners.map((o) => o.year))]
  const rows = await sql<EffectiveModelRow>`SELECT my.year, m.host_unit_id, m.area_id, u.type AS host_type, u.area_id AS host_area_id
    FROM model_year my JOIN movement_model m ON m.id = my.model_id LEFT JOIN unit u ON u.id = m.host_unit_id
    WHERE my.effective = 1 AND my.year IN (SELECT value FROM json_each(${JSON.stringify(years)}))`.execute(db)
  const byYear = new Map<number, EffectiveModelRow[]>()
  for (const row of rows.rows) byYear.set(row.year, [...(byYear.get(row.year) ?? []), row])
  for (const owner of owners) {
    const models = byYear.get(owner.year) ?? []
    counts.set(owner.id, models.filter((model) => modelCountsFor(owner, model)).length)
  }
  return counts
}
