import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { unitList } from '../../../shared/api/calls/units'
import type { UnitType } from '../../../shared/domain/units'
import type { CoreContext } from '../context'
import type { Database } from '../db/schema'
import { keptByVersion } from '../db/kept-by-version'
import { isSearching } from './unit-search'
import { communeOrder, filteredUnits, unitCounts, unitWindowIds, type RegistryFilter } from './unit-window'

type ListFilter = z.output<typeof unitList>

export interface RegistryWindow {
  ids: number[]
  total: number
  countsByType: Partial<Record<UnitType, number>>
}

/** Searches kept: the words typed one after another and the ones gone back to, not a whole day's history. */
const keptSearches = keptByVersion<RegistryWindow>(20)

/** One window of the registry with its total and counts: the unsearched list from the indexes alone, a search from its kept matches. */
export async function registryWindow(ctx: CoreContext, filter: ListFilter): Promise<RegistryWindow> {
  if (isSearching(filter.search)) return searchedWindow(ctx, filter)
  return { ids: await unitWindowIds(ctx.db, filter), ...(await unitCounts(ctx.db, filter)) }
}

/**
 * A searched registry: the units matching the typed words are read once, in name order with their type and commune,
 * and the window, the total and the counts per type are all cut from that list, which is kept until the data changes.
 * The trigram index and the LIKE then run once per search, not once for the counts and again for every window.
 */
async function searchedWindow(ctx: CoreContext, filter: ListFilter): Promise<RegistryWindow> {
  const { offset, limit, ...search } = filter
  const all = await keptSearches(ctx, JSON.stringify(search), () => everyMatch(ctx.db, search))
  return { ...all, ids: all.ids.slice(offset, offset + limit) }
}

async function everyMatch(db: Kysely<Database>, filter: RegistryFilter): Promise<RegistryWindow> {
  // The counts show every type of the other filters; the list is of the chosen type.
  const matches = await filteredUnits(db, filter, false)
    .select(['u.id', 'u.type', 'u.area_id'])
    .orderBy('u.sort_key')
    .orderBy('u.id')
    .execute()
  const countsByType: Partial<Record<UnitType, number>> = {}
  for (const match of matches) countsByType[match.type] = (countsByType[match.type] ?? 0) + 1
  const listed = filter.type === undefined ? matches : matches.filter((match) => match.type === filter.type)
  // Array sort is stable, so each group keeps the name order read above.
  if (filter.sort === 'type') listed.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
  if (filter.sort === 'area') {
    const place = new Map((await communeOrder(db)).map((areaId, index) => [areaId, index]))
    listed.sort((a, b) => place.get(a.area_id)! - place.get(b.area_id)!)
  }
  return { ids: listed.map((match) => match.id), total: listed.length, countsByType }
}
