import type BetterSqlite3 from 'better-sqlite3'

/**
 * INSERT … RETURNING * as a statement prepared once per connection, table and column set. For the inserts an import
 * repeats 10,000 times in one transaction: Kysely builds, freezes and compiles each query anew, which costs more than
 * SQLite's own work. Runs on the caller's connection, so inside its transaction.
 */
const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>()

export function insertReturning<Row>(sqlite: BetterSqlite3.Database, table: string, values: Record<string, unknown>): Row {
  // Kysely leaves undefined values out of an insert; so does this.
  const row = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined))
  const columns = Object.keys(row)
  const key = `${table}(${columns.join(',')})`
  let byKey = statements.get(sqlite)
  if (!byKey) statements.set(sqlite, (byKey = new Map()))
  let statement = byKey.get(key)
  if (!statement) {
    const names = columns.map((column) => `"${column}"`).join(', ')
    statement = sqlite.prepare(`INSERT INTO "${table}" (${names}) VALUES (${columns.map((column) => `@${column}`).join(', ')}) RETURNING *`)
    byKey.set(key, statement)
  }
  return statement.get(row) as Row
}
