import { createHash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'

/**
 * A hash of every row of every table (ordered by rowid), to prove that something did or did not change. Full-text
 * indexes and their shadow tables are left out: they are derived from the rows of their content table.
 */
export function contentHash(sqlite: BetterSqlite3.Database, exclude: readonly string[] = []): string {
  const hash = createHash('sha256')
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[]
  const derived = (table: string) => indexes.some((index) => table === index || table.startsWith(`${index}_`))
  for (const table of tables) {
    if (exclude.includes(table) || derived(table)) continue
    hash.update(`#${table}\n`)
    for (const row of sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate()) {
      hash.update(JSON.stringify(row))
      hash.update('\n')
    }
  }
  return hash.digest('hex')
}
