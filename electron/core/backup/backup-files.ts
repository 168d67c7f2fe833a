import fs from 'node:fs'
import path from 'node:path'
import type { AuditHead } from '../audit/audit-anchor'
import { BACKUP_KINDS, type BackupCounts, type BackupInfo, type BackupKind } from '../../../shared/api/calls/backup'

/** Backups live as plain SQLite files, each with a small JSON note beside it (so the list needs no database). */
export const BACKUP_EXTENSION = '.sqlite'
const MANIFEST_EXTENSION = '.json'
/** A copy being written gets this suffix until it is verified and renamed (snapshot.ts). */
export const PARTIAL_SUFFIX = '.partial'

const KIND_SLUGS: Record<BackupKind, string> = {
  AUTO: 'tu-dong',
  MANUAL: 'thu-cong',
  BEFORE_RESTORE: 'truoc-khoi-phuc',
  BEFORE_MIGRATION: 'truoc-nang-cap',
  HANDOVER: 'ban-giao'
}

export interface BackupManifest {
  app: 'antt-desk'
  at: string
  kind: BackupKind
  sizeBytes: number
  sha256: string
  integrity: string
  schemaVersion: number
  counts: BackupCounts
  /** The audit chain's head in this copy: the anchor a later rewrite of the log cannot reach (absent: older copies). */
  auditHead?: AuditHead
}

export function backupsDirOf(dataFile: string): string {
  return path.join(path.dirname(dataFile), 'backups')
}

export function backupFileName(kind: BackupKind, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 23)
  return `antt-desk_${stamp}_${KIND_SLUGS[kind]}${BACKUP_EXTENSION}`
}

function kindFromName(name: string): BackupKind {
  for (const kind of BACKUP_KINDS) if (name.includes(KIND_SLUGS[kind])) return kind
  return 'MANUAL'
}

export function manifestPath(file: string): string {
  return file + MANIFEST_EXTENSION
}

export function writeManifest(file: string, manifest: BackupManifest): void {
  fs.writeFileSync(manifestPath(file), JSON.stringify(manifest, null, 2))
}

export function readManifest(file: string): BackupManifest | null {
  try {
    const value = JSON.parse(fs.readFileSync(manifestPath(file), 'utf8')) as BackupManifest
    return value.app === 'antt-desk' ? value : null
  } catch {
    return null
  }
}

interface FoundBackup {
  file: string
  name: string
  stat: fs.Stats
  manifest: BackupManifest | null
}

function backupFilesIn(folder: string): FoundBackup[] {
  if (!fs.existsSync(folder)) return []
  const found: FoundBackup[] = []
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith(BACKUP_EXTENSION)) continue
    const file = path.join(folder, name)
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    if (stat?.isFile()) found.push({ file, name, stat, manifest: readManifest(file) })
  }
  return found
}

/** The notes of the backups in a folder that have one. */
export function listBackupManifests(folder: string): BackupManifest[] {
  return backupFilesIn(folder).flatMap(({ manifest }) => (manifest ? [manifest] : []))
}

/** The unfinished copy and the files SQLite keeps beside it (its journal; -wal and -shm while its facts are read). */
export const PARTIAL_LEFTOVERS = ['', '-journal', '-wal', '-shm']

/**
 * A backup killed midway leaves its unfinished copy (and the copy's journal) behind; at start, with the data-folder
 * lock held, no other backup can be in progress, so they are removed.
 */
export function removePartialBackups(folder: string): void {
  if (!fs.existsSync(folder)) return
  for (const name of fs.readdirSync(folder)) {
    if (PARTIAL_LEFTOVERS.some((suffix) => name.endsWith(BACKUP_EXTENSION + PARTIAL_SUFFIX + suffix))) {
      fs.rmSync(path.join(folder, name), { force: true })
    }
  }
}

/**
 * After the audit log is legitimately replaced (a hand-over received, a damaged file recovered from a backup), the
 * heads the earlier copies recorded belong to another history; they are dropped, and the next backup anchors anew.
 */
export function dropAuditHeads(folder: string): void {
  for (const { file, manifest } of backupFilesIn(folder)) {
    if (manifest?.auditHead) writeManifest(file, { ...manifest, auditHead: undefined })
  }
}

/** Every backup in a folder, newest first; files without a note (copies taken before a migration) are listed too. */
export function listBackupFolder(folder: string): BackupInfo[] {
  const result: BackupInfo[] = []
  for (const { file, name, stat, manifest } of backupFilesIn(folder)) {
    result.push({
      file,
      name,
      at: manifest?.at ?? stat.mtime.toISOString(),
      kind: manifest?.kind ?? kindFromName(name),
      sizeBytes: stat.size,
      integrity: manifest?.integrity ?? 'chưa kiểm tra',
      counts: manifest?.counts ?? null
    })
  }
  return result.sort((a, b) => b.at.localeCompare(a.at))
}

export function removeBackup(file: string): void {
  fs.rmSync(file, { force: true })
  fs.rmSync(manifestPath(file), { force: true })
}
