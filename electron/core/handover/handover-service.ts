import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { HandoverInfo } from '../../../shared/api/calls/handover'
import { ApiError } from '../../../shared/api/errors'
import type { CoreContext } from '../context'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { backupsDirOf, dropAuditHeads } from '../backup/backup-files'
import { createBackup } from '../backup/backup-service'
import { replaceDataFrom } from '../backup/restore'
import { checkBackupFolder, databaseBytes, inspectDatabaseFile, writeVerifiedBackup } from '../backup/snapshot'
import { currentActor } from '../audit/actor'
import { HANDOVER_EXTENSION, HANDOVER_FORMAT_VERSION, readPackage, writePackage, type HandoverManifest } from './package-format'
import { fileStamp, freePath } from '../kept-names'

/** The generated documents live beside the data file; the hand-over carries them with the database. */
export const DOCUMENTS_DIR_NAME = 'documents'
const DATABASE_ENTRY = 'antt-desk.sqlite'

function documentsDir(ctx: CoreContext): string {
  return path.join(path.dirname(ctx.dataFile), DOCUMENTS_DIR_NAME)
}

function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return []
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

function toInfo(file: string, manifest: HandoverManifest): HandoverInfo {
  return {
    file,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    machine: manifest.machine,
    counts: manifest.counts,
    documents: manifest.entries.filter((entry) => entry.name !== DATABASE_ENTRY).length,
    sizeBytes: fs.statSync(file).size
  }
}

/** Everything in one file: a consistent snapshot of the database (checked) and every generated document. */
export async function exportHandover(ctx: CoreContext, folder: string): Promise<HandoverInfo> {
  const documents = listFiles(documentsDir(ctx))
  const documentBytes = documents.reduce((sum, file) => sum + fs.statSync(file).size, 0)
  checkBackupFolder(folder, Math.ceil(databaseBytes(ctx.dataFile) * 1.1) + documentBytes + 1_048_576)
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-handover-'))
  try {
    const snapshot = await writeVerifiedBackup(ctx, temp, 'HANDOVER')
    const target = freePath(path.resolve(folder), `antt-desk_ban-giao_${fileStamp(ctx.now())}`, HANDOVER_EXTENSION)
    const manifest = {
      app: 'antt-desk' as const,
      formatVersion: HANDOVER_FORMAT_VERSION,
      appVersion: ctx.appVersion,
      schemaVersion: snapshot.manifest.schemaVersion,
      createdAt: ctx.now().toISOString(),
      machine: currentActor().machine,
      counts: snapshot.manifest.counts
    }
    writePackage(target, manifest, [
      { name: DATABASE_ENTRY, path: snapshot.file },
      ...documents.map((file) => ({
        name: [DOCUMENTS_DIR_NAME, ...path.relative(documentsDir(ctx), file).split(path.sep)].join('/'),
        path: file
      }))
    ])
    return toInfo(target, { ...manifest, entries: readPackage(target).manifest.entries })
  } finally {
    fs.rmSync(temp, { recursive: true, force: true })
  }
}

function checkedPackage(file: string) {
  const pkg = readPackage(file)
  if (pkg.manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new ApiError({
      code: 'VALIDATION',
      message: `Gói bàn giao được tạo bởi phiên bản ANTT Desk mới hơn (lược đồ ${pkg.manifest.schemaVersion}, phiên bản này hỗ trợ đến ${LATEST_SCHEMA_VERSION}). Vui lòng cập nhật ứng dụng trước khi nhận.`
    })
  }
  if (!pkg.manifest.entries.some((entry) => entry.name === DATABASE_ENTRY)) {
    throw new ApiError({ code: 'VALIDATION', message: 'Gói bàn giao không chứa cơ sở dữ liệu; không nhận.' })
  }
  return pkg
}

export function previewHandover(file: string): HandoverInfo {
  return toInfo(file, checkedPackage(file).manifest)
}

/**
 * Receives a hand-over: the whole package is checked first; the current data is saved as a safety copy; then the
 * database content (with its audit log) replaces this machine's in one transaction, and the documents folder is
 * swapped, the old one kept aside.
 */
export async function importHandover(ctx: CoreContext, file: string): Promise<HandoverInfo & { undoFile: string }> {
  const pkg = checkedPackage(file)
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-receive-'))
  try {
    pkg.extract(temp)
    const inspected = inspectDatabaseFile(path.join(temp, DATABASE_ENTRY), 'Cơ sở dữ liệu trong gói bàn giao')
    const safety = await createBackup(ctx, 'BEFORE_RESTORE')
    await replaceDataFrom(ctx, inspected.copy, inspected, ['backup_log'], {
      action: 'HANDOVER_IMPORT',
      entity: 'app',
      entityId: null,
      entityLabel: path.basename(file),
      field: null,
      oldValue: JSON.stringify({ safetyCopy: safety.file }),
      newValue: JSON.stringify({ file, machine: pkg.manifest.machine, ...pkg.manifest.counts }),
      reason: null
    })
    dropAuditHeads(backupsDirOf(ctx.dataFile))
    const received = path.join(temp, DOCUMENTS_DIR_NAME)
    const current = documentsDir(ctx)
    if (fs.existsSync(current) && listFiles(current).length > 0) {
      fs.renameSync(current, freePath(path.dirname(current), `${DOCUMENTS_DIR_NAME}_truoc-ban-giao_${fileStamp(ctx.now())}`))
    }
    if (fs.existsSync(received)) {
      fs.rmSync(current, { recursive: true, force: true })
      fs.cpSync(received, current, { recursive: true })
    }
    return { ...toInfo(file, pkg.manifest), undoFile: safety.file }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true })
  }
}
