import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { DATA_FILE_NAME } from '../../electron/core'
import type { Selectable } from 'kysely'
import { GENESIS_HASH } from '../../electron/core/audit/audit-log'
import { storedRowHash } from '../../electron/core/audit/audit-service'
import type { AuditLogTable } from '../../electron/core/db/schema'
import { openTestCore, type TestCore } from './temp-core'

/** How a forger with a database tool rewrites the audit log, for the tests of its anchor. */
type Row = Selectable<AuditLogTable>

/** A data folder with a few changes and a verified backup taken after them, then more changes; the core is closed. */
export async function folderWithBackup(): Promise<string> {
  const tc = openTestCore()
  for (const name of ['Phường 1', 'Phường 2', 'Phường 3']) await tc.call('areas.create', { name, kind: 'PHUONG' })
  await tc.call('backup.create', {})
  await tc.call('areas.create', { name: 'Phường 4', kind: 'PHUONG' })
  await tc.close()
  return tc.dataDir
}

/** Someone with a database tool, on the closed data file. */
export function tamper(dataDir: string, work: (db: BetterSqlite3.Database) => void): void {
  const db = new BetterSqlite3(path.join(dataDir, DATA_FILE_NAME))
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete')
  work(db)
  db.close()
}

/** Rewrites every hash from the first row on, as a careful forger would: the chain then checks by itself. */
export function recomputeChain(db: BetterSqlite3.Database): void {
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, row_hash = ? WHERE id = ?')
  let prev = GENESIS_HASH
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Row[]) {
    const hash = storedRowHash(prev, row)
    update.run(prev, hash, row.id)
    prev = hash
  }
}

/** app.status once the check started at open has finished, asked again as the banner does while it is pending. */
export async function statusAfterStartCheck(tc: TestCore) {
  for (;;) {
    const status = await tc.call('app.status', {})
    if (!status.auditCheckPending) return status
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
