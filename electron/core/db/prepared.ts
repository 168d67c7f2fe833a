import type BetterSqlite3 from 'better-sqlite3'

/**
 * A statement prepared once per connection, for queries repeated per row of a bulk write (an import of 10,000
 * units): Kysely builds, freezes and compiles each query anew, which costs more than SQLite's own work. It runs on
 * the caller's connection, so inside its transaction.
 */
const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>()

export function prepared(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let bySql = statements.get(sqlite)
  if (!bySql) statements.set(sqlite, (bySql = new Map()))
  let statement = bySql.get(sql)
  if (!statement) bySql.set(sql, (statement = sqlite.prepare(sql)))
  return statement
}
