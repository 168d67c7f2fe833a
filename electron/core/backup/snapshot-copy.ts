import BetterSqlite3 from 'better-sqlite3'

/** Pages copied per step (4 KB pages: about 1 MB, a few milliseconds), so a call waits at most one step. */
const PAGES_PER_STEP = 256

/** How far a copy has come, in the database's pages. */
export interface CopyProgress {
  copied: number
  total: number
}

/**
 * Copies the live data file to `target` with SQLite's online backup, a step at a time, the event loop free between
 * steps. The copy is read through its own connection inside one read transaction: in WAL mode the app's writes go on
 * meanwhile, and the copy is the data as committed when the copy began (a write in progress is all out).
 */
export async function copyDatabaseStepwise(dataFile: string, target: string, onProgress?: (progress: CopyProgress) => void): Promise<void> {
  const reader = new BetterSqlite3(dataFile, { readonly: true, fileMustExist: true })
  try {
    reader.exec('BEGIN')
    // The read transaction starts at the first read: this is the moment the copy shows.
    reader.prepare('SELECT COUNT(*) FROM sqlite_master').pluck().get()
    const done = await reader.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.({ copied: totalPages - remainingPages, total: totalPages })
        return PAGES_PER_STEP
      }
    })
    onProgress?.({ copied: done.totalPages, total: done.totalPages })
    reader.exec('COMMIT')
  } finally {
    reader.close()
  }
}
