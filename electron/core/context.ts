import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database } from './db/schema'

/** What every core service works with. Built once per opened database. */
export interface CoreContext {
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
  dataFile: string
  appVersion: string
  /** The clock, injectable so tests can pin "today". */
  now: () => Date
}

export function isoNow(ctx: CoreContext): string {
  return ctx.now().toISOString()
}

export const toBit = (value: boolean): 0 | 1 => (value ? 1 : 0)

/**
 * Runs `work` in one transaction. Called inside another transaction it joins it, so a service can be used alone
 * (one user action = one transaction) or as part of a larger one (loading the sample, an import).
 * Inside, only the given executor may be used: Kysely holds the single SQLite connection for the transaction.
 */
export async function withTransaction<T>(
  ctx: CoreContext,
  work: (trx: Kysely<Database>, tctx: CoreContext) => Promise<T>
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx.db, ctx)
  return ctx.db.transaction().execute((trx) => work(trx, { ...ctx, db: trx }))
}
