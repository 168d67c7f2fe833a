import { sql, type RawBuilder } from 'kysely'
import { fold, likePattern } from '../../../shared/text/fold'

/** The trigram index needs three characters to find anything; shorter words are checked by the LIKE alone. */
const TRIGRAM = 3

/** The typed words the index can look up, as FTS5 strings (quoted, so no word is read as query syntax). */
export function trigramQuery(search: string): string | null {
  const words = fold(search).split(' ').filter((word) => [...word].length >= TRIGRAM)
  return words.length === 0 ? null : words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' ')
}

/** True when the typed text filters anything (spaces and punctuation alone do not). */
export function isSearching(search: string | undefined): search is string {
  return search !== undefined && likePattern(search) !== '%'
}

/**
 * The folded search of domain.md §9 (every typed word, in the order typed) on the unit whose id is `unitId`.
 * The LIKE on the stored key is the meaning; the FTS5 index only narrows the rows it is checked on, so the answer is
 * the same with or without it: words of one or two characters ("p 1") leave the LIKE to read every unit.
 */
export function unitSearchCondition(unitId: RawBuilder<unknown>, searchFold: RawBuilder<unknown>, search: string | undefined): RawBuilder<boolean> | null {
  if (!isSearching(search)) return null
  const like = sql<boolean>`${searchFold} LIKE ${likePattern(search)} ESCAPE '\\'`
  const match = trigramQuery(search)
  if (match === null) return like
  return sql<boolean>`(${unitId} IN (SELECT rowid FROM unit_search WHERE unit_search MATCH ${match}) AND ${like})`
}
