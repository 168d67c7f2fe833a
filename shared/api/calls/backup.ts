import { z } from 'zod'
import { emptyInput, userPath } from '../fields'
import { call } from '../call'
import { jobIdInput, type JobStatus } from './jobs'

export const BACKUP_KINDS = ['AUTO', 'MANUAL', 'BEFORE_RESTORE', 'BEFORE_MIGRATION', 'HANDOVER'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  AUTO: 'Tự động',
  MANUAL: 'Thủ công',
  BEFORE_RESTORE: 'Trước khi khôi phục',
  BEFORE_MIGRATION: 'Trước khi nâng cấp',
  HANDOVER: 'Gói bàn giao'
}

export interface BackupCounts {
  areas: number
  units: number
  years: number
}

export interface BackupInfo {
  file: string
  name: string
  at: string
  kind: BackupKind
  sizeBytes: number
  integrity: string
  counts: BackupCounts | null
}

export interface BackupPreview extends BackupInfo {
  schemaVersion: number
  counts: BackupCounts
}

export interface DatabaseHealth {
  dataFile: string
  sizeBytes: number
  integrity: string
  /** When `integrity` was found: at start-up or by the last backup's check of its copy. */
  integrityCheckedAt: string
  journalMode: string
  schemaVersion: number
  freeBytes: number | null
  backupsDir: string
  lastBackup: { at: string; file: string; kind: string } | null
  pendingChanges: boolean
  /** A safety copy taken by the last restore, so it can be undone. */
  undoAvailable: boolean
}

export interface RestoreResult {
  restoredFrom: string
  undoFile: string
  counts: BackupCounts
}

export const backupCreate = z.object({ folder: userPath('Thư mục sao lưu').optional() }).strict()
export const backupFile = z.object({ file: userPath('Tệp sao lưu') }).strict()
export const backupRestore = z
  .object({
    file: userPath('Tệp sao lưu'),
    confirmed: z.literal(true, { error: 'Vui lòng xác nhận trước khi khôi phục.' })
  })
  .strict()
export const backupUndo = z.object({ confirmed: z.literal(true, { error: 'Vui lòng xác nhận trước khi hoàn tác.' }) }).strict()

export const backupCalls = {
  'backup.health': call<DatabaseHealth>({ reads: true })(emptyInput),
  'backup.list': call<BackupInfo[]>({ reads: true })(emptyInput),
  'backup.create': call<BackupInfo>()(backupCreate),
  /** The same backup as a job the page polls (backup.status) with its count; the rest of the app keeps answering. */
  'backup.start': call<JobStatus>()(backupCreate),
  'backup.status': call<JobStatus>({ reads: true })(jobIdInput),
  'backup.preview': call<BackupPreview>({ reads: true })(backupFile),
  'backup.restore': call<RestoreResult>()(backupRestore),
  'backup.undoRestore': call<RestoreResult>()(backupUndo)
}
