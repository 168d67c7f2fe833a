import { sql, type RawBuilder } from 'kysely'
import { likePattern, searchWords } from '../../../shared/text/fold'
import type { CoreContext } from '../context'
import { keptByVersion } from '../db/kept-by-version'
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
 * The same search over keys held in memory: the positions of the keys that hold every typed word, each after the one
 * before, which is what the LIKE above answers (its % may match nothing).
 */
export function matchingPositions(keys: readonly string[], search: string): number[] {
  const words = searchWords(search)
  const positions: number[] = []
  keys: for (let position = 0; position < keys.length; position++) {
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

interface SearchKeys {
  ids: number[]
  keys: string[]
}

const keptKeys = keptByVersion<SearchKeys>(1)

/**
 * The units a search finds, as a flag per unit id, for the pages: every unit's search key is read once (≈ 20 ms at
 * 53,000 units) and kept until the data changes, and each search scans them (≈ 1.5 ms, however common its words).
 * SQLite's trigram index took 3 ms for "dong hai" alone before reading any row, and 24 ms with the rows (issue 12).
 */
export async function matchingUnits(ctx: CoreContext, search: string): Promise<Uint8Array> {
  const { ids, keys } = await keptKeys(ctx, 'units', async () => {
    const rows = valueRows<[number, string]>(ctx.sqlite, ctx.db.selectFrom('unit').select(['id', 'search_fold']))
    return { ids: rows.map((row) => row[0]), keys: rows.map((row) => row[1]) }
  })
  const found = new Uint8Array(ids.reduce((most, id) => Math.max(most, id), 0) + 1)
  for (const position of matchingPositions(keys, search)) found[ids[position]!] = 1
  return found
}
