import type BetterSqlite3 from 'better-sqlite3'
import type { AuditVerification } from '../../../shared/api/calls/audit'
import { formatScreenDate, todayInVietnam } from '../../../shared/text/dates'
import { formatInteger } from '../../../shared/text/numbers'
import type { CoreContext } from '../context'
import { backupsDirOf, listBackupManifests } from '../backup/backup-files'
import { GENESIS_HASH } from './audit-log'
import { verifyAuditChain } from './audit-service'

/**
 * The chain's head as a backup saw it. Someone who edits a row and recomputes every hash after it, or cuts the tail,
 * leaves a chain that checks by itself; it no longer reaches the head a backup's manifest (a file outside the
 * database) recorded.
 */
export interface AuditHead {
  count: number
  hash: string
}

export function readAuditHead(sqlite: BetterSqlite3.Database): AuditHead {
  const count = Number(sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get())
  const hash = (sqlite.prepare('SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? GENESIS_HASH
  return { count, hash }
}

function backupDay(at: string): string {
  return formatScreenDate(todayInVietnam(new Date(at)))
}

/** Compares the chain with every head recorded in the backups beside the data file; the first mismatch wins. */
function checkAnchors(ctx: CoreContext): string | null {
  const count = Number(ctx.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get())
  const hashAt = ctx.sqlite.prepare('SELECT row_hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?').pluck()
  for (const { at, auditHead: head } of listBackupManifests(backupsDirOf(ctx.dataFile))) {
    if (!head || head.count === 0) continue
    if (count < head.count) {
      return `Nhật ký thay đổi bị cắt ngoài ứng dụng: bản sao lưu ngày ${backupDay(at)} ghi ${formatInteger(head.count)} dòng, nay chỉ còn ${formatInteger(count)} dòng.`
    }
    if (hashAt.get(head.count - 1) !== head.hash) {
      return `Nhật ký thay đổi bị sửa ngoài ứng dụng: ${formatInteger(head.count)} dòng đầu không còn khớp với bản sao lưu ngày ${backupDay(at)}.`
    }
  }
  return null
}

/** The last verdict per open database, read by app.status so Tổng quan and Nhật ký show a break without a click. */
const lastVerdicts = new WeakMap<BetterSqlite3.Database, AuditVerification>()

/** The whole check: every row's hash and link, then the heads the backups recorded. Remembered for app.status. */
export function checkAuditIntegrity(ctx: CoreContext): AuditVerification {
  const chain = verifyAuditChain(ctx)
  const anchorBreak = chain.ok ? checkAnchors(ctx) : null
  const verdict: AuditVerification = anchorBreak ? { ok: false, checked: chain.checked, brokenAtId: null, message: anchorBreak } : chain
  lastVerdicts.set(ctx.sqlite, verdict)
  return verdict
}

/** The break found by the last check (at start, at a backup or on request), or null while the log is whole. */
export function auditBreak(ctx: CoreContext): string | null {
  const verdict = lastVerdicts.get(ctx.sqlite)
  return verdict && !verdict.ok ? verdict.message : null
}
