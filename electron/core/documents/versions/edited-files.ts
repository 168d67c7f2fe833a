import fs from 'node:fs'
import path from 'node:path'
import type { DocumentVersionView } from '../../../../shared/api/calls/document-office'
import { formatScreenDate, todayInVietnam } from '../../../../shared/text/dates'
import { isoNow, type CoreContext } from '../../context'
import { recordEvent } from '../../audit/audit-log'
import { freeName, sha256 } from '../document-files'

/** The register's file as found on disk, when it no longer matches the SHA-256 the register holds (edited in Word). */
export function editedFile(absolutePath: string | null, registeredSha: string | null): { path: string; sha: string } | null {
  if (!absolutePath || !registeredSha || !fs.existsSync(absolutePath)) return null
  const sha = sha256(fs.readFileSync(absolutePath))
  return sha === registeredSha ? null : { path: absolutePath, sha }
}

export interface KeptVersion {
  /** Where the edited file now is (absolute). */
  file: string
  warning: string
}

/**
 * Keeps a file edited in Word before the app writes a new one: `copy` puts a copy beside it ("… - bản sửa trong Word
 * 02-12-2026.docx") because the new file will take its place; `inPlace` leaves it where it is because the new file
 * gets another name. Either way the register lists it as a version of the document.
 */
export async function keepEditedVersion(
  ctx: CoreContext,
  documentId: number,
  edited: { path: string; sha: string },
  mode: 'copy' | 'inPlace',
  toStored: (absolute: string) => string
): Promise<KeptVersion> {
  const day = formatScreenDate(todayInVietnam(ctx.now())).replace(/\//gu, '-')
  let file = edited.path
  if (mode === 'copy') {
    file = freeName(path.dirname(edited.path), `${path.basename(edited.path, '.docx')} - bản sửa trong Word ${day}`)
    fs.copyFileSync(edited.path, file)
  }
  const reason = 'Tệp đã được sửa ngoài ứng dụng trước khi tạo lại'
  await ctx.db.insertInto('document_version').values({ document_id: documentId, file_path: toStored(file), file_sha256: edited.sha, reason, kept_at: isoNow(ctx) }).execute()
  await recordEvent(ctx, 'document.version_kept', { documentId, file: toStored(file) })
  return {
    file,
    warning: `Tệp “${path.basename(edited.path)}” đã được sửa ngoài ứng dụng (khác với bản trong Sổ văn bản). Bản đã sửa được giữ lại: “${path.basename(file)}”; tệp mới được tạo từ dữ liệu của ứng dụng.`
  }
}

/** The kept versions of the given documents, newest first. */
export async function versionsOf(ctx: CoreContext, ids: number[], toAbsolute: (stored: string) => string): Promise<Map<number, DocumentVersionView[]>> {
  const out = new Map<number, DocumentVersionView[]>()
  if (ids.length === 0) return out
  const rows = await ctx.db.selectFrom('document_version').selectAll().where('document_id', 'in', ids).orderBy('id', 'desc').execute()
  for (const r of rows) {
    const list = out.get(r.document_id) ?? []
    list.push({ filePath: r.file_path, absolutePath: toAbsolute(r.file_path), sha256: r.file_sha256, reason: r.reason, keptAt: r.kept_at })
    out.set(r.document_id, list)
  }
  return out
}
