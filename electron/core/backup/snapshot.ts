import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { BackupCounts, BackupKind } from '../../../shared/api/calls/backup'
import { ApiError } from '../../../shared/api/errors'
import { formatInteger } from '../../../shared/text/numbers'
import type { CoreContext } from '../context'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { readAuditHead, type AuditHead } from '../audit/audit-anchor'
import { PARTIAL_LEFTOVERS, PARTIAL_SUFFIX, backupFileName, writeManifest, type BackupManifest } from './backup-files'
import { integrityCheckOffThread } from './integrity-check'
import { copyDatabaseStepwise, type CopyProgress } from './snapshot-copy'

const SQLITE_MAGIC = 'SQLite format 3\u0000'

export function backupFailed(message: string): ApiError {
  return new ApiError({ code: 'BACKUP_FAILED', message })
}

function megabytes(bytes: number): string {
  return `${formatInteger(Math.ceil(bytes / 1_048_576))} MB`
}

/** Free bytes on the disk holding `folder`, or null when the system does not say. */
export function freeBytes(folder: string): number | null {
  try {
    const stats = fs.statfsSync(folder)
    return Number(stats.bavail) * Number(stats.bsize)
  } catch {
    return null
  }
}

/** The size of the live database (main file plus its write-ahead log). */
export function databaseBytes(dataFile: string): number {
  const size = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0
  return size(dataFile) + size(dataFile + '-wal')
}

/** Refuses a folder that is missing, not a folder, not writable or without room, before anything is written. */
export function checkBackupFolder(folder: string, neededBytes: number, free: (folder: string) => number | null = freeBytes): void {
  const stat = fs.statSync(folder, { throwIfNoEntry: false })
  if (!stat) throw backupFailed(`Thư mục “${folder}” không tồn tại. Hãy kiểm tra ổ USB hoặc chọn thư mục khác. Dữ liệu không bị thay đổi.`)
  if (!stat.isDirectory()) throw backupFailed(`“${folder}” không phải là thư mục. Dữ liệu không bị thay đổi.`)
  try {
    fs.accessSync(folder, fs.constants.W_OK)
  } catch {
    throw backupFailed(`Không có quyền ghi vào thư mục “${folder}” (chỉ đọc). Hãy chọn thư mục khác. Dữ liệu không bị thay đổi.`)
  }
  const available = free(folder)
  if (available !== null && available < neededBytes) {
    throw backupFailed(
      `Ổ đĩa chứa “${folder}” không đủ chỗ trống: cần khoảng ${megabytes(neededBytes)}, còn ${megabytes(available)}. Dữ liệu không bị thay đổi.`
    )
  }
}

/** The folder check for a copy of the live data: its size and a margin. */
export function checkRoomForBackup(ctx: CoreContext, folder: string, free?: (folder: string) => number | null): void {
  checkBackupFolder(folder, Math.ceil(databaseBytes(ctx.dataFile) * 1.1) + 1_048_576, free)
}

function explainWriteError(error: unknown, folder: string): ApiError {
  if (error instanceof ApiError) return error
  const code = (error as { code?: string }).code ?? ''
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return backupFailed(`Ổ đĩa chứa “${folder}” đã đầy; bản sao lưu không được tạo. Dữ liệu không bị thay đổi.`)
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_CANTOPEN')) {
    return backupFailed(`Không ghi được vào thư mục “${folder}” (chỉ đọc hoặc không có quyền). Dữ liệu không bị thay đổi.`)
  }
  return backupFailed(`Không tạo được bản sao lưu trong “${folder}”: ${(error as Error).message}. Dữ liệu không bị thay đổi.`)
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The same hash read chunk by chunk with the event loop free between chunks (a backup is tens of MB). */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function hasTable(db: BetterSqlite3.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
}

/** The yearly tables belong to another part of the app; a shape this code does not know counts as no years. */
function countYears(count: (query: string) => number): number {
  try {
    return count('SELECT COUNT(DISTINCT year) FROM unit_year')
  } catch {
    return 0
  }
}

export function countRegistry(db: BetterSqlite3.Database): BackupCounts {
  const count = (query: string) => Number((db.prepare(query).pluck().get() as number | bigint | undefined) ?? 0)
  return {
    areas: hasTable(db, 'admin_area') ? count('SELECT COUNT(*) FROM admin_area') : 0,
    units: hasTable(db, 'unit') ? count("SELECT COUNT(*) FROM unit WHERE type <> 'XA'") : 0,
    years: hasTable(db, 'unit_year') ? countYears(count) : 0
  }
}

export interface InspectedFile {
  schemaVersion: number
  integrity: string
  counts: BackupCounts
}

/**
 * Opens a database file that is not ours yet (a backup, a hand-over) and says what it holds. It is read from a
 * private copy, so nothing is ever written beside the user's file (a USB stick may be read-only).
 */
export function inspectDatabaseFile(file: string, label = 'Tệp sao lưu'): InspectedFile & { copy: string } {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat?.isFile()) throw backupFailed(`${label} “${file}” không tồn tại.`)
  const fd = fs.openSync(file, 'r')
  const header = Buffer.alloc(16)
  const read = fs.readSync(fd, header, 0, 16, 0)
  fs.closeSync(fd)
  if (read < 16 || header.toString('latin1') !== SQLITE_MAGIC) {
    throw backupFailed(`${label} “${path.basename(file)}” không phải là dữ liệu của ANTT Desk.`)
  }
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'antt-inspect-')), 'copy.sqlite')
  fs.copyFileSync(file, copy)
  let db: BetterSqlite3.Database | null = null
  try {
    db = new BetterSqlite3(copy, { fileMustExist: true })
    const integrity = String(db.pragma('integrity_check', { simple: true }))
    if (integrity !== 'ok') throw new Error(integrity)
    const schemaVersion = Number(db.pragma('user_version', { simple: true }))
    if (!hasTable(db, 'unit') || schemaVersion < 1) throw backupFailed(`${label} “${path.basename(file)}” không phải là dữ liệu của ANTT Desk.`)
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw backupFailed(
        `${label} “${path.basename(file)}” được tạo bởi phiên bản ANTT Desk mới hơn (lược đồ ${schemaVersion}, phiên bản này hỗ trợ đến ${LATEST_SCHEMA_VERSION}). Vui lòng cập nhật ứng dụng.`
      )
    }
    const counts = countRegistry(db)
    db.close()
    db = null
    return { schemaVersion, integrity, counts, copy }
  } catch (error) {
    db?.close()
    fs.rmSync(path.dirname(copy), { recursive: true, force: true })
    if (error instanceof ApiError) throw error
    throw backupFailed(`${label} “${path.basename(file)}” bị hỏng hoặc không đọc được (${(error as Error).message}).`)
  }
}

export interface WrittenBackup {
  file: string
  manifest: BackupManifest
  /** The last audit row in the copy: changes after it are not in this backup. */
  lastAuditId: number
}

/** What a fresh copy holds, read on the core's thread (a few counts), with the copy made single-file first. */
function describeCopy(file: string, anchorAudit: boolean): { counts: BackupCounts; schemaVersion: number; lastAuditId: number; auditHead?: AuditHead } {
  const copy = new BetterSqlite3(file, { fileMustExist: true })
  try {
    copy.pragma('journal_mode = DELETE')
    return {
      counts: countRegistry(copy),
      schemaVersion: Number(copy.pragma('user_version', { simple: true })),
      lastAuditId: hasTable(copy, 'audit_log') ? Number(copy.prepare('SELECT COALESCE(MAX(id), 0) FROM audit_log').pluck().get()) : 0,
      ...(anchorAudit ? { auditHead: readAuditHead(copy) } : {})
    }
  } finally {
    copy.close()
  }
}

export interface BackupOptions {
  free?: (folder: string) => number | null
  /** Record the audit chain's head in the manifest (only when the log was found whole). */
  anchorAudit?: boolean
  onProgress?: (progress: CopyProgress) => void
}

/**
 * A consistent copy of the live database (the online backup inside one read transaction: a write in progress is
 * either all in or all out), made single-file, flushed to disk, checked with integrity_check, and only then given its
 * final name. Nothing here holds the core's connection or its thread for long: the copy goes a step at a time and the
 * check runs on a worker thread, so calls are answered while a backup runs (issue 12).
 */
export async function writeVerifiedBackup(ctx: CoreContext, folder: string, kind: BackupKind, options: BackupOptions = {}): Promise<WrittenBackup> {
  checkRoomForBackup(ctx, folder, options.free)
  const at = ctx.now()
  const file = path.join(folder, backupFileName(kind, at))
  const partial = file + PARTIAL_SUFFIX
  try {
    fs.rmSync(partial, { force: true })
    await copyDatabaseStepwise(ctx.dataFile, partial, options.onProgress)
    const { auditHead, lastAuditId, ...facts } = describeCopy(partial, options.anchorAudit ?? false)
    const integrity = await integrityCheckOffThread(partial)
    if (integrity !== 'ok') throw backupFailed(`Bản sao lưu vừa tạo không vượt qua kiểm tra toàn vẹn (${integrity}); bản này bị bỏ. Dữ liệu không bị thay đổi.`)
    await fsyncFile(partial)
    const manifest: BackupManifest = {
      app: 'antt-desk',
      at: at.toISOString(),
      kind,
      sizeBytes: fs.statSync(partial).size,
      sha256: await sha256File(partial),
      integrity,
      schemaVersion: facts.schemaVersion,
      counts: facts.counts,
      ...(auditHead ? { auditHead } : {})
    }
    fs.renameSync(partial, file)
    writeManifest(file, manifest)
    return { file, manifest, lastAuditId }
  } catch (error) {
    for (const suffix of PARTIAL_LEFTOVERS) fs.rmSync(partial + suffix, { force: true })
    throw explainWriteError(error, folder)
  }
}
