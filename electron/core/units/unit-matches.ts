import type { z } from 'zod'
import type { unitList } from '../../../shared/api/calls/units'
import type { UnitType } from '../../../shared/domain/units'
import type { CoreContext } from '../context'
import { keptByVersion } from '../db/kept-by-version'
import { registryVersion } from '../db/data-version'
import { valueRows } from '../db/value-rows'
import { cutFound, isSearching, matchingUnits, placedList, type PlacedList } from './unit-search'
import { communeOrder, filteredUnits, unitCounts, unitWindowIds, type RegistryFilter } from './unit-window'

type ListFilter = z.output<typeof unitList>

export interface RegistryWindow {
  ids: number[]
  total: number
  countsByType: Partial<Record<UnitType, number>>
}

/**
 * The units of the other filters (every type) in the chosen order, grouped by type; kept per combination of the
 * other filters and order: the page's own one and the few the user switches between.
 */
const keptLists = keptByVersion<PlacedList<UnitType>>(6, registryVersion)

/** One window of the registry with its total and counts: the unsearched list from the indexes alone, a search by a scan. */
export async function registryWindow(ctx: CoreContext, filter: ListFilter): Promise<RegistryWindow> {
  if (isSearching(filter.search)) return searchedWindow(ctx, { ...filter, search: filter.search })
  return { ids: await unitWindowIds(ctx.db, filter), ...(await unitCounts(ctx.db, filter)) }
}

/**
 * A searched registry: the other filters' units are read once in the chosen order and kept until a unit or a commune
 * changes, and each search keeps those it finds (`matchingUnits`), so a new word typed costs no read. The window, the
 * total and the counts per type are cut from that one pass.
 */
async function searchedWindow(ctx: CoreContext, filter: ListFilter & { search: string }): Promise<RegistryWindow> {
  const { offset, limit, search, type, ...others } = filter
  const list = await keptLists(ctx, JSON.stringify(others), () => readListed(ctx, others))
  // The counts show every type of the other filters; the list is of the chosen type.
  const { counts, ...window } = cutFound(list, await matchingUnits(ctx, search), type, offset, limit)
  return { ...window, countsByType: counts }
}

/** The list in name order, then (stably, so each group keeps it) by type or by commune as `unitWindowIds` orders it. */
async function readListed(ctx: CoreContext, filter: Omit<RegistryFilter, 'search' | 'type'>): Promise<PlacedList<UnitType>> {
  const query = filteredUnits(ctx.db, filter, false).select(['u.id', 'u.type', 'u.area_id']).orderBy('u.sort_key').orderBy('u.id')
  const rows = valueRows<[number, UnitType, number | null]>(ctx.sqlite, query)
  if (filter.sort === 'type') rows.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  if (filter.sort === 'area') {
    const places = new Map((await communeOrder(ctx.db)).map((areaId, place) => [areaId, place]))
    rows.sort((a, b) => places.get(a[2])! - places.get(b[2])!)
  }
  const ids = rows.map((row) => row[0])
  return placedList(ids, ids, rows.map((row) => row[1]))
}
