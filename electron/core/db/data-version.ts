import type { CoreContext } from '../context'

/**
 * A token that changes whenever the data may have: this connection's change count plus SQLite's data_version
 * (changes by any other connection). Null inside a transaction: a rollback undoes changes without lowering the count,
 * so nothing read there may be kept under it.
 */
export function dataVersion(ctx: CoreContext): string | null {
  if (ctx.sqlite.inTransaction) return null
  const changes = ctx.sqlite.prepare('SELECT total_changes()').pluck().get() as number
  const version = ctx.sqlite.pragma('data_version', { simple: true }) as number
  return `${changes}:${version}`
}
