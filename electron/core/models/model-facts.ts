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
  // Counted through maps (a province-size batch is 50,000 unit-years against thousands of models): the three ways a
  // model counts in modelCountsFor are disjoint, so their counts add up.
  const key = (year: number, id: number | null) => `${year}:${id}`
  const byHost = new Map<string, number>()
  const byArea = new Map<string, number>()
  const byKdcArea = new Map<string, number>()
  const bump = (map: Map<string, number>, k: string) => map.set(k, (map.get(k) ?? 0) + 1)
  for (const row of rows.rows) {
    if (row.host_unit_id !== null) bump(byHost, key(row.year, row.host_unit_id))
    if (row.host_unit_id === null && row.area_id !== null) bump(byArea, key(row.year, row.area_id))
    if (row.host_type === 'KDC' && row.host_area_id !== null) bump(byKdcArea, key(row.year, row.host_area_id))
  }
  for (const owner of owners) {
    let count = byHost.get(key(owner.year, owner.unit_id)) ?? 0
    if (owner.unit_type === 'XA' && owner.area_id !== null) {
      count += (byArea.get(key(owner.year, owner.area_id)) ?? 0) + (byKdcArea.get(key(owner.year, owner.area_id)) ?? 0)
    }
    counts.set(owner.id, count)
  }
  return counts
}
