import path from 'node:path'
import type { ApiHandlers } from '../../shared/api/contract'
import { createHandlers } from './api'
import { startAuditCheck } from './audit/audit-anchor'
import { backupsDirOf, removePartialBackups } from './backup/backup-files'
import type { CoreContext } from './context'
import { openDatabase, type OpenedDatabase } from './db/open-database'
import { acquireDataLock, type DataLock } from './db/data-lock'

export const DATA_FILE_NAME = 'antt-desk.sqlite'

export interface Core {
  ctx: CoreContext
  handlers: ApiHandlers
  database: OpenedDatabase
  /** Settles when the audit check started at open has finished (in the background: the first page never waits). */
  auditChecked: Promise<void>
  close(): Promise<void>
}

export interface CoreOptions {
  dataDir: string
  appVersion?: string
  now?: () => Date
  /** A lock the caller already holds (the host holds it through recovery); the core then owns it and releases it. */
  lock?: DataLock
}

/** Opens (creating or migrating) the data file in `dataDir` and wires the services to it. */
export function createCore(options: CoreOptions): Core {
  const file = path.join(options.dataDir, DATA_FILE_NAME)
  const lock = options.lock ?? acquireDataLock(options.dataDir)
  let database: OpenedDatabase
  try {
    database = openDatabase(file)
  } catch (error) {
    // A lock handed in stays with the caller (recovery mode keeps holding it); one taken here is given back.
    if (!options.lock) lock.release()
    throw error
  }
  const ctx: CoreContext = {
    db: database.db,
    sqlite: database.sqlite,
    dataFile: file,
    appVersion: options.appVersion ?? '0.0.0',
    now: options.now ?? (() => new Date())
  }
  removePartialBackups(backupsDirOf(file))
  const stopping = new AbortController()
  const auditChecked = startAuditCheck(ctx, stopping.signal)
  return {
    ctx,
    handlers: createHandlers(ctx),
    database,
    auditChecked,
    close: async () => {
      stopping.abort()
      await auditChecked
      await database.close()
      lock.release()
    }
  }
}
