import { sql, type RawBuilder } from 'kysely'
import { likePattern, searchWords } from '../../../shared/text/fold'
import type { CoreContext } from '../context'
import { keptByVersion } from '../db/kept-by-version'
import { registryVersion } from '../db/data-version'
import { valueRows } from '../db/value-rows'

/** True when the typed text filters anything (spaces alone do not). */
export function isSearching(search: string | undefined): search is string {
  return search !== undefined && searchWords(search).length > 0
}

/** The folded search of domain.md §9 in SQL, for what reads a whole list at once (the exports). */
export function unitSearchCondition(searchFold: RawBuilder<unknown>, search: string | undefined): RawBuilder<boolean> | null {
  if (!isSearching(search)) return null
  return sql<boolean>`${searchFold} LIKE ${likePattern(search)} ESCAPE '\\'`
}

/**
 * The same search over keys held in memory: the positions (among `among`, or all) of the keys that hold every word,
 * each after the one before, which is what the LIKE above answers (its % may match nothing).
 */
function matchingPositions(keys: readonly string[], words: readonly string[], among?: readonly number[]): number[] {
  const positions: number[] = []
  const count = among ? among.length : keys.length
  keys: for (let index = 0; index < count; index++) {
    const position = among ? among[index]! : index
    const key = keys[position]!
    let from = 0
    for (const word of words) {
      const at = key.indexOf(word, from)
      if (at < 0) continue keys
      from = at + word.length
    }
    positions.push(position)
  }
  return positions
}

/** True when every key the words `typedOn` find is found by `before` too: the same words, the last typed on, maybe more after. */
function narrows(typedOn: readonly string[], before: readonly string[]): boolean {
  if (before.length === 0 || typedOn.length < before.length) return false
  const last = before.length - 1
  return before.every((word, index) => (index < last ? typedOn[index] === word : typedOn[index]!.startsWith(word)))
}

interface SearchKeys {
  ids: number[]
  keys: string[]
  /** The last searches with what they found: a search typed on from one of them only checks its finds. */
  recent: Array<{ words: string[]; positions: number[] }>
}

const keptKeys = keptByVersion<SearchKeys>(1, registryVersion)
const RECENT_SEARCHES = 8

/**
 * The ids of the units a search finds, for the pages: every unit's search key is read once (≈ 20 ms at 53,000 units)
 * and kept until a unit changes, and a search scans them (≈ 1.5 ms, however common its words), or only what the
 * search it was typed on from found. SQLite's trigram index took 3 ms for "dong hai" alone before reading any row,
 * and 24 ms with the rows (issue 12).
 */
export async function matchingUnits(ctx: CoreContext, search: string): Promise<number[]> {
  const kept = await keptKeys(ctx, 'units', async () => {
    const rows = valueRows<[number, string]>(ctx.sqlite, ctx.db.selectFrom('unit').select(['id', 'search_fold']))
    return { ids: rows.map((row) => row[0]), keys: rows.map((row) => row[1]), recent: [] }
  })
  const words = searchWords(search)
  const from = kept.recent.filter((earlier) => narrows(words, earlier.words)).sort((a, b) => a.positions.length - b.positions.length)[0]
  const positions = matchingPositions(kept.keys, words, from?.positions)
  kept.recent = [{ words, positions }, ...kept.recent.slice(0, RECENT_SEARCHES - 1)]
  return positions.map((position) => kept.ids[position]!)
}

/**
 * A page's list in its order, to cut a search from: each row's id, its group (a unit's type, a unit-year's status)
 * and each unit's place in it.
 */
export interface PlacedList<Group extends string> {
  ids: number[]
  groups: Group[]
  /** placeOf[unit id] = its position in the list + 1; 0 when the unit is not in the list. */
  placeOf: Int32Array
}

/** The list of rows `ids` in order, one row a unit (`unitIds`, in the same order), with each row's group. */
export function placedList<Group extends string>(ids: number[], unitIds: readonly number[], groups: Group[]): PlacedList<Group> {
  const placeOf = new Int32Array(unitIds.reduce((most, id) => Math.max(most, id), 0) + 1)
  unitIds.forEach((id, position) => (placeOf[id] = position + 1))
  return { ids, groups, placeOf }
}

/**
 * What a search shows of a page's list: the rows whose unit was `found`, in the list's order, of the chosen group
 * (every group when none) — the window [offset, offset + limit) and their total — and the count of every group
 * (the badges show every group of the other filters).
 */
export function cutFound<Group extends string>(list: PlacedList<Group>, found: readonly number[], chosen: Group | undefined, offset: number, limit: number) {
  const places: number[] = []
  for (const id of found) {
    const place = id < list.placeOf.length ? list.placeOf[id]! : 0
    if (place > 0) places.push(place - 1)
  }
  const counts: Partial<Record<Group, number>> = {}
  const listed: number[] = []
  for (const position of Int32Array.from(places).sort()) {
    const group = list.groups[position]!
    counts[group] = (counts[group] ?? 0) + 1
    if (chosen === undefined || group === chosen) listed.push(list.ids[position]!)
  }
  return { ids: listed.slice(offset, offset + limit), total: listed.length, counts }
}
