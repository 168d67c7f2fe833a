import type BetterSqlite3 from 'better-sqlite3'
import type { CoreContext } from '../context'

/** A statement prepared once per connection: every kept value asks for its version, several times a call. */
function preparedOnce(sql: string) {
  const statements = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>()
  return (sqlite: BetterSqlite3.Database) => {
    let statement = statements.get(sqlite)
    if (!statement) statements.set(sqlite, (statement = sqlite.prepare(sql).pluck()))
    return statement.get() as number
  }
}

const totalChanges = preparedOnce('SELECT total_changes()')
const sqliteDataVersion = preparedOnce('PRAGMA data_version')
const registryRevision = preparedOnce('SELECT changes FROM registry_revision')

/**
 * A token that changes whenever the data may have: this connection's change count plus SQLite's data_version
 * (changes by any other connection). Null inside a transaction: a rollback undoes changes without lowering the count,
 * so nothing read there may be kept under it.
 */
export function dataVersion(ctx: CoreContext): string | null {
  if (ctx.sqlite.inTransaction) return null
  return `${totalChanges(ctx.sqlite)}:${sqliteDataVersion(ctx.sqlite)}`
}

/**
 * A `keptByVersion` version for what is computed from the units and communes alone: the count of their changes,
 * which the triggers of migration search_by_scan keep on every connection, so the year's other writes leave it kept.
 */
export function registryVersion(ctx: CoreContext): string {
  return `registry ${registryRevision(ctx.sqlite)}`
}
