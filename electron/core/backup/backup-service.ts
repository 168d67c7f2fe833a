import fs from 'node:fs'
import path from 'node:path'
import type { BackupInfo, BackupKind, BackupPreview, DatabaseHealth, RestoreResult } from '../../../shared/api/calls/backup'
import { ApiError } from '../../../shared/api/errors'
import { isoNow, type CoreContext } from '../context'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { checkAuditIntegrity } from '../audit/audit-anchor'
import { backupsDirOf, listBackupFolder, removeBackup } from './backup-files'
import { backupsToKeep } from './retention'
import { MACHINE_TABLES, replaceDataFrom } from './restore'
import { databaseBytes, freeBytes, inspectDatabaseFile, writeVerifiedBackup, type WrittenBackup } from './snapshot'
import type { CopyProgress } from './snapshot-copy'
import { writesFree } from '../jobs/write-queue'

const DAY_MS = 86_400_000
/** Safety copies taken before a restore: enough to undo the last few. */
const KEEP_BEFORE_RESTORE = 5

function lastAuditId(ctx: CoreContext): number {
  return Number(ctx.sqlite.prepare('SELECT COALESCE(MAX(id), 0) FROM audit_log').pluck().get())
}

function lastBackupRow(ctx: CoreContext) {
  return ctx.sqlite.prepare("SELECT * FROM backup_log WHERE kind <> 'BEFORE_RESTORE' ORDER BY id DESC LIMIT 1").get() as
    | { at: string; file: string; kind: string; last_audit_id: number }
    | undefined
}

/** Changes not yet in any backup: the audit log has moved since the last one. */
export function hasPendingChanges(ctx: CoreContext): boolean {
  return lastAuditId(ctx) > (lastBackupRow(ctx)?.last_audit_id ?? 0)
}

function toInfo(file: string, manifest: WrittenBackup['manifest']): BackupInfo {
  return {
    file,
    name: path.basename(file),
    at: manifest.at,
    kind: manifest.kind,
    sizeBytes: manifest.sizeBytes,
    integrity: manifest.integrity,
    counts: manifest.counts
  }
}

function applyRetention(ctx: CoreContext): void {
  const all = listBackupFolder(backupsDirOf(ctx.dataFile))
  const rotating = all.filter((backup) => backup.kind === 'AUTO' || backup.kind === 'MANUAL').map((backup) => ({ ...backup, at: new Date(backup.at) }))
  const keep = backupsToKeep(rotating)
  for (const backup of rotating) if (!keep.has(backup)) removeBackup(backup.file)
  const safety = all.filter((backup) => backup.kind === 'BEFORE_RESTORE')
  for (const backup of safety.slice(KEEP_BEFORE_RESTORE)) removeBackup(backup.file)
}

/**
 * The last integrity verdict on the data, and when: the start-up check passed (else the core would not be open), and
 * each backup checks its copy of the live data with integrity_check. The Sao lưu page reads it instead of running
 * integrity_check over the whole file (seconds at province scale) each time it opens (issue 12).
 */
const lastIntegrity = new WeakMap<CoreContext, { result: string; at: string }>()

function integrityOf(ctx: CoreContext): { result: string; at: string } {
  const known = lastIntegrity.get(ctx) ?? { result: 'ok', at: isoNow(ctx) }
  lastIntegrity.set(ctx, known)
  return known
}

/** One backup at a time per open database (the schedule's, the user's, a restore's safety copy): each waits its turn. */
const backupQueues = new WeakMap<CoreContext, Promise<unknown>>()

function inTurn<T>(ctx: CoreContext, work: () => Promise<T>): Promise<T> {
  const turn = (backupQueues.get(ctx) ?? Promise.resolve()).then(work, work)
  backupQueues.set(ctx, turn.catch(() => undefined))
  return turn
}

/**
 * Makes one verified backup and records it; `folder` defaults to the backups folder beside the data file. The audit
 * log is checked first; only a whole one gives the copy's manifest its head, so a rewritten log never becomes an anchor.
 * The copy and its check run beside the calls; only the checks of the log and the record take the connection.
 */
export function createBackup(
  ctx: CoreContext,
  kind: BackupKind,
  folder?: string,
  free?: (folder: string) => number | null,
  onProgress?: (progress: CopyProgress) => void
): Promise<BackupInfo> {
  const internal = backupsDirOf(ctx.dataFile)
  const target = folder ?? internal
  if (target === internal) fs.mkdirSync(internal, { recursive: true })
  return inTurn(ctx, async () => {
    const anchorAudit = (await checkAuditIntegrity(ctx)).ok
    const { file, manifest, lastAuditId: copiedAuditId } = await writeVerifiedBackup(ctx, path.resolve(target), kind, { anchorAudit, free, onProgress })
    // An import holding the writes keeps SQLite's write lock for its whole file: the copy (a read) went on beside
    // it, its record waits for it rather than block the thread on the lock.
    await writesFree(ctx)
    return ctx.db.connection().execute(async () => {
      ctx.sqlite
        .prepare('INSERT INTO backup_log (at, kind, file, size_bytes, sha256, integrity, last_audit_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(manifest.at, kind === 'BEFORE_MIGRATION' ? 'AUTO' : kind, file, manifest.sizeBytes, manifest.sha256, manifest.integrity, copiedAuditId)
      if (target === internal && kind !== 'BEFORE_RESTORE') applyRetention(ctx)
      lastIntegrity.set(ctx, { result: manifest.integrity, at: manifest.at })
      return toInfo(file, manifest)
    })
  })
}

export type AutoBackupMoment = 'start' | 'interval' | 'quit'

/**
 * The automatic policy: at start when the last backup is more than a day old (and there is data), at quit and on the
 * interval when there are changes not yet backed up. Returns the backup made, or null when none was needed.
 */
export async function autoBackup(ctx: CoreContext, moment: AutoBackupMoment): Promise<BackupInfo | null> {
  const last = lastBackupRow(ctx)
  const pending = hasPendingChanges(ctx)
  if (moment === 'start') {
    const hasData = ctx.sqlite.prepare('SELECT 1 FROM admin_area LIMIT 1').get() !== undefined
    const stale = !last || ctx.now().getTime() - new Date(last.at).getTime() > DAY_MS
    if (!hasData || !(stale || pending)) return null
  } else if (!pending) {
    return null
  }
  return createBackup(ctx, 'AUTO')
}

export function listBackups(ctx: CoreContext): BackupInfo[] {
  return listBackupFolder(backupsDirOf(ctx.dataFile))
}

export function databaseHealth(ctx: CoreContext): DatabaseHealth {
  const last = lastBackupRow(ctx)
  const integrity = integrityOf(ctx)
  return {
    dataFile: ctx.dataFile,
    sizeBytes: databaseBytes(ctx.dataFile),
    integrity: integrity.result,
    integrityCheckedAt: integrity.at,
    journalMode: String(ctx.sqlite.pragma('journal_mode', { simple: true })),
    schemaVersion: LATEST_SCHEMA_VERSION,
    freeBytes: freeBytes(path.dirname(ctx.dataFile)),
    backupsDir: backupsDirOf(ctx.dataFile),
    lastBackup: last ? { at: last.at, file: last.file, kind: last.kind } : null,
    pendingChanges: hasPendingChanges(ctx),
    undoAvailable: lastSafetyCopy(ctx) !== null
  }
}

export function previewBackup(file: string): BackupPreview {
  const inspected = inspectDatabaseFile(file)
  fs.rmSync(path.dirname(inspected.copy), { recursive: true, force: true })
  const stat = fs.statSync(file)
  const listed = listBackupFolder(path.dirname(file)).find((backup) => backup.file === path.resolve(file))
  return {
    file,
    name: path.basename(file),
    at: listed?.at ?? stat.mtime.toISOString(),
    kind: listed?.kind ?? 'MANUAL',
    sizeBytes: stat.size,
    integrity: inspected.integrity,
    counts: inspected.counts,
    schemaVersion: inspected.schemaVersion
  }
}

function lastSafetyCopy(ctx: CoreContext): string | null {
  const row = ctx.sqlite.prepare("SELECT file FROM backup_log WHERE kind = 'BEFORE_RESTORE' ORDER BY id DESC LIMIT 1").pluck().get() as string | undefined
  return row && fs.existsSync(row) ? row : null
}

/**
 * Restore: check the file, save the current data as a safety copy (so the restore can be undone), then replace the
 * data in one transaction. The audit log and the backup record stay (they are this machine's history).
 */
async function restoreFrom(ctx: CoreContext, file: string, action: 'RESTORE' | 'RESTORE_UNDO'): Promise<RestoreResult> {
  const inspected = inspectDatabaseFile(file)
  try {
    const safety = await createBackup(ctx, 'BEFORE_RESTORE')
    await replaceDataFrom(ctx, inspected.copy, inspected, MACHINE_TABLES, {
      action,
      entity: 'app',
      entityId: null,
      entityLabel: path.basename(file),
      field: null,
      oldValue: JSON.stringify({ safetyCopy: safety.file }),
      newValue: JSON.stringify({ file, ...inspected.counts }),
      reason: null
    })
    return { restoredFrom: file, undoFile: safety.file, counts: inspected.counts }
  } finally {
    fs.rmSync(path.dirname(inspected.copy), { recursive: true, force: true })
  }
}

export function restoreBackup(ctx: CoreContext, file: string): Promise<RestoreResult> {
  return restoreFrom(ctx, file, 'RESTORE')
}

/** Puts back the data as it was just before the last restore (itself undoable the same way). */
export function undoRestore(ctx: CoreContext): Promise<RestoreResult> {
  const safety = lastSafetyCopy(ctx)
  if (!safety) throw new ApiError({ code: 'NOT_FOUND', message: 'Không có lần khôi phục nào để hoàn tác.' })
  return restoreFrom(ctx, safety, 'RESTORE_UNDO')
}
