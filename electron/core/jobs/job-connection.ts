import BetterSqlite3 from 'better-sqlite3'
import type { CoreContext } from '../context'
import { applyPragmas, kyselyOver } from '../db/open-database'

/**
 * A second connection to the same file, for a job's one long transaction: the app's own connection stays free to
 * answer reads meanwhile (WAL lets readers run beside the one writer). The context given to the work is the app's
 * with this connection in place of its own; it is closed once the work ends.
 */
export async function withJobConnection<T>(ctx: CoreContext, work: (jctx: CoreContext) => Promise<T>): Promise<T> {
  const sqlite = new BetterSqlite3(ctx.dataFile, { fileMustExist: true })
  const db = kyselyOver(sqlite)
  try {
    applyPragmas(sqlite)
    return await work({ ...ctx, db, sqlite })
  } finally {
    await db.destroy()
  }
}
