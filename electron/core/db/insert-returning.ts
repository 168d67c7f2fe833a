import type BetterSqlite3 from 'better-sqlite3'
import { prepared } from './prepared'

/** INSERT … RETURNING * through a statement prepared once per table and column set (see prepared). */
export function insertReturning<Row>(sqlite: BetterSqlite3.Database, table: string, values: Record<string, unknown>): Row {
  // Kysely leaves undefined values out of an insert; so does this.
  const row = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined))
  const columns = Object.keys(row)
  const names = columns.map((column) => `"${column}"`).join(', ')
  return prepared(sqlite, `INSERT INTO "${table}" (${names}) VALUES (${columns.map((column) => `@${column}`).join(', ')}) RETURNING *`).get(row) as Row
}
