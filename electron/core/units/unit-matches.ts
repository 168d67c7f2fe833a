import type { z } from 'zod'
import type { unitList } from '../../../shared/api/calls/units'
import type { UnitType } from '../../../shared/domain/units'
import type { CoreContext } from '../context'
import { keptByVersion } from '../db/kept-by-version'
import { valueRows } from '../db/value-rows'
import { isSearching, matchingUnits } from './unit-search'
import { communeOrder, filteredUnits, unitCounts, unitWindowIds, type RegistryFilter } from './unit-window'

type ListFilter = z.output<typeof unitList>

export interface RegistryWindow {
  ids: number[]
  total: number
  countsByType: Partial<Record<UnitType, number>>
}

/** The units of the other filters (every type) in name order, with what a search counts and orders them by. */
interface Listed {
  ids: number[]
  types: UnitType[]
  /** Each unit's commune's place in `communeOrder`, for “Xếp theo xã, phường”. */
  communePlaces: number[]
}

/** Kept per combination of the other filters: the page's own one and the few the user switches between. */
const keptLists = keptByVersion<Listed>(4)

/** One window of the registry with its total and counts: the unsearched list from the indexes alone, a search by a scan. */
export async function registryWindow(ctx: CoreContext, filter: ListFilter): Promise<RegistryWindow> {
  if (isSearching(filter.search)) return searchedWindow(ctx, { ...filter, search: filter.search })
  return { ids: await unitWindowIds(ctx.db, filter), ...(await unitCounts(ctx.db, filter)) }
}

/**
 * A searched registry: the other filters' units are read once in name order and kept until the data changes, and
 * each search keeps those it finds (`matchingUnits`), so a new word typed costs no read. The window, the total and
 * the counts per type are cut from that one pass.
 */
async function searchedWindow(ctx: CoreContext, filter: ListFilter & { search: string }): Promise<RegistryWindow> {
  const { offset, limit, search, type, sort, ...others } = filter
  const list = await keptLists(ctx, JSON.stringify(others), () => readListed(ctx, others))
  const found = await matchingUnits(ctx, search)
  // The counts show every type of the other filters; the list is of the chosen type.
  const countsByType: Partial<Record<UnitType, number>> = {}
  const listed: number[] = []
  list.ids.forEach((id, position) => {
    if (found[id] !== 1) return
    const unitType = list.types[position]!
    countsByType[unitType] = (countsByType[unitType] ?? 0) + 1
    if (type === undefined || unitType === type) listed.push(position)
  })
  // Array sort is stable, so each group keeps the name order of the list.
  if (sort === 'type') listed.sort((a, b) => (list.types[a]! < list.types[b]! ? -1 : list.types[a]! > list.types[b]! ? 1 : 0))
  if (sort === 'area') listed.sort((a, b) => list.communePlaces[a]! - list.communePlaces[b]!)
  return { ids: listed.slice(offset, offset + limit).map((position) => list.ids[position]!), total: listed.length, countsByType }
}

async function readListed(ctx: CoreContext, filter: Omit<RegistryFilter, 'search' | 'type' | 'sort'>): Promise<Listed> {
  const query = filteredUnits(ctx.db, { ...filter, sort: 'name' }, false).select(['u.id', 'u.type', 'u.area_id']).orderBy('u.sort_key').orderBy('u.id')
  const rows = valueRows<[number, UnitType, number | null]>(ctx.sqlite, query)
  const places = new Map((await communeOrder(ctx.db)).map((areaId, place) => [areaId, place]))
  return { ids: rows.map((row) => row[0]), types: rows.map((row) => row[1]), communePlaces: rows.map((row) => places.get(row[2])!) }
}
