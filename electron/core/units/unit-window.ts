import { sql, type Kysely } from 'kysely'
import type { z } from 'zod'
import type { unitList } from '../../../shared/api/calls/units'
import type { UnitType } from '../../../shared/domain/units'
import type { Database } from '../db/schema'
import { unitSearchCondition } from './unit-search'

type ListFilter = z.output<typeof unitList>
/** What the rows must be, without the window. */
export type RegistryFilter = Omit<ListFilter, 'offset' | 'limit'>
type Executor = Kysely<Database>

/**
 * The registry's filter on the unit table alone (no join), shared by the window, the total and the counts so they
 * always agree. `withType` is false for the per-type counts (the badges show every type of the other filters).
 */
export function filteredUnits(db: Executor, filter: RegistryFilter, withType = true) {
  let query = db.selectFrom('unit as u')
  if (filter.active !== 'all') query = query.where('u.active', '=', filter.active === 'active' ? 1 : 0)
  if (filter.areaId !== undefined) query = query.where('u.area_id', '=', filter.areaId)
  if (withType && filter.type !== undefined) query = query.where('u.type', '=', filter.type)
  if (filter.outOfScopeOnly) query = query.where('u.exclusion_code', 'is not', null)
  const search = unitSearchCondition(sql.ref('u.search_fold'), filter.search)
  if (search) query = query.where(search)
  return query
}

/** Counts per type over the filter (without its type), from the covering indexes. */
export async function unitCounts(db: Executor, filter: RegistryFilter): Promise<{ total: number; countsByType: Partial<Record<UnitType, number>> }> {
  const counts = await filteredUnits(db, filter, false)
    .select(['u.type', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('u.type')
    .execute()
  const countsByType: Partial<Record<UnitType, number>> = {}
  for (const row of counts) countsByType[row.type] = Number(row.n)
  const total = filter.type !== undefined ? (countsByType[filter.type] ?? 0) : counts.reduce((sum, row) => sum + Number(row.n), 0)
  return { total, countsByType }
}

/**
 * The ids of rows [offset, offset + limit) in the chosen order, reading only index entries: the row data of the
 * window is fetched afterwards by id, so row 20,000 costs about what row 0 does (issue 12).
 */
export async function unitWindowIds(db: Executor, filter: ListFilter): Promise<number[]> {
  if (filter.sort === 'area') return areaOrderedWindow(db, filter)
  let query = filteredUnits(db, filter).select('u.id')
  query = filter.sort === 'type' ? query.orderBy('u.type').orderBy('u.sort_key').orderBy('u.id') : query.orderBy('u.sort_key').orderBy('u.id')
  const rows = await query.limit(filter.limit).offset(filter.offset).execute()
  return rows.map((row) => row.id)
}

/**
 * The communes in the registry's “Xếp theo xã, phường” order: by their official number (sort_order), then name;
 * the units without a commune (null) after the numbered ones, the communes without a number last.
 */
export async function communeOrder(db: Executor): Promise<Array<number | null>> {
  const areas = await db
    .selectFrom('admin_area')
    .select(['id', 'sort_order'])
    .orderBy(sql`sort_order IS NULL`)
    .orderBy('sort_order')
    .orderBy('sort_key')
    .orderBy('id')
    .execute()
  const numbered = areas.filter((area) => area.sort_order !== null).map((area) => area.id as number | null)
  const unnumbered = areas.filter((area) => area.sort_order === null).map((area) => area.id as number | null)
  return [...numbered, null, ...unnumbered]
}

/**
 * “Xếp theo xã, phường”: the communes in `communeOrder`, the units of each by name. The window is found from the
 * count of each commune, then read in one statement from the few communes it spans.
 */
async function areaOrderedWindow(db: Executor, filter: ListFilter): Promise<number[]> {
  const perArea = await filteredUnits(db, filter)
    .select(['u.area_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('u.area_id')
    .execute()
  const counts = new Map(perArea.map((row) => [row.area_id, Number(row.n)]))
  const buckets = await communeOrder(db)

  // The communes the window spans, in order, and where it starts in the first of them.
  const spanned: Array<number | null> = []
  let skip = filter.offset
  let seen = 0
  for (const areaId of buckets) {
    const count = counts.get(areaId) ?? 0
    if (count === 0) continue
    if (spanned.length === 0 && skip >= count) {
      skip -= count
      continue
    }
    spanned.push(areaId)
    seen += count - (spanned.length === 1 ? skip : 0)
    if (seen >= filter.limit) break
  }
  if (spanned.length === 0) return []

  // One statement over those communes (the search index is read once), ranked by their place in the list.
  const numberedSpan = spanned.filter((id): id is number => id !== null)
  const rank = sql`CASE ${sql.join(
    spanned.map((id, index) => (id === null ? sql`WHEN u.area_id IS NULL THEN ${index}` : sql`WHEN u.area_id = ${id} THEN ${index}`)),
    sql` `
  )} END`
  const rows = await filteredUnits(db, { ...filter, areaId: undefined })
    .where((eb) => {
      const inSpan = numberedSpan.length > 0 ? [eb('u.area_id', 'in', numberedSpan)] : []
      return eb.or(spanned.includes(null) ? [...inSpan, eb('u.area_id', 'is', null)] : inSpan)
    })
    .select('u.id')
    .orderBy(rank)
    .orderBy('u.sort_key')
    .orderBy('u.id')
    .limit(filter.limit)
    .offset(skip)
    .execute()
  return rows.map((row) => row.id)
}
