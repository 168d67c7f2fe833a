import type BetterSqlite3 from 'better-sqlite3'
import type { CoreContext } from '../context'

interface VersionStatements {
  changes: BetterSqlite3.Statement
  dataVersion: BetterSqlite3.Statement
}

/** Prepared once per connection: every kept value asks for the version, several times a call. */
const statements = new WeakMap<BetterSqlite3.Database, VersionStatements>()

/**
 * A token that changes whenever the data may have: this connection's change count plus SQLite's data_version
 * (changes by any other connection). Null inside a transaction: a rollback undoes changes without lowering the count,
 * so nothing read there may be kept under it.
 */
export function dataVersion(ctx: CoreContext): string | null {
  if (ctx.sqlite.inTransaction) return null
  let prepared = statements.get(ctx.sqlite)
  if (!prepared) {
    prepared = { changes: ctx.sqlite.prepare('SELECT total_changes()').pluck(), dataVersion: ctx.sqlite.prepare('PRAGMA data_version').pluck() }
    statements.set(ctx.sqlite, prepared)
  }
  return `${prepared.changes.get() as number}:${prepared.dataVersion.get() as number}`
}
