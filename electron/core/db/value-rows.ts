import type BetterSqlite3 from 'better-sqlite3'
import type { Compilable } from 'kysely'

/**
 * A query's rows as arrays of their values, in the order selected: for lists of tens of thousands of rows kept in
 * memory, where an object per row would cost a third of the read.
 */
export function valueRows<Row extends unknown[]>(sqlite: BetterSqlite3.Database, query: Compilable): Row[] {
  const { sql, parameters } = query.compile()
  return sqlite.prepare(sql).raw().all(...parameters) as Row[]
}
