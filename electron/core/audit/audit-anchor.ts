import BetterSqlite3 from 'better-sqlite3'
import type { AuditVerification } from '../../../shared/api/calls/audit'
import { formatScreenDate, todayInVietnam } from '../../../shared/text/dates'
import { formatInteger } from '../../../shared/text/numbers'
import type { CoreContext } from '../context'
import { backupsDirOf, listBackupManifests, type BackupManifest } from '../backup/backup-files'
import { nextTurn } from '../jobs/long-job'
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

/** Compares the chain with the heads recorded in the backups beside the data file; the first mismatch wins. */
function checkAnchors(reader: BetterSqlite3.Database, manifests: BackupManifest[]): string | null {
  const count = Number(reader.prepare('SELECT COUNT(*) FROM audit_log').pluck().get())
  const hashAt = reader.prepare('SELECT row_hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?').pluck()
  for (const { at, auditHead: head } of manifests) {
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
const lastVerdicts = new WeakMap<BetterSqlite3.Database, { verdict: AuditVerification; check: number }>()
/** Databases whose start-up check has not finished yet. */
const startChecks = new WeakSet<BetterSqlite3.Database>()
let lastCheck = 0

/**
 * The whole check: every row's hash and link, then the heads the backups recorded. Remembered for app.status (a
 * later check's verdict is never overwritten by an earlier one finishing late). It reads through its own connection
 * in one read transaction, so a call's transaction in progress is never seen, and it gives the thread up every
 * ~10 ms. The manifests are listed before that snapshot begins: each head they hold is then in the snapshot.
 */
export async function checkAuditIntegrity(ctx: CoreContext, signal?: AbortSignal): Promise<AuditVerification> {
  const check = ++lastCheck
  const manifests = listBackupManifests(backupsDirOf(ctx.dataFile))
  const reader = new BetterSqlite3(ctx.dataFile, { readonly: true, fileMustExist: true })
  try {
    reader.exec('BEGIN')
    const chain = await verifyAuditChain(reader, signal)
    const anchorBreak = chain.ok ? checkAnchors(reader, manifests) : null
    const verdict: AuditVerification = anchorBreak ? { ok: false, checked: chain.checked, brokenAtId: null, message: anchorBreak } : chain
    if ((lastVerdicts.get(ctx.sqlite)?.check ?? 0) < check) lastVerdicts.set(ctx.sqlite, { verdict, check })
    return verdict
  } finally {
    reader.close()
  }
}

/**
 * The check at every start, not only when someone presses the button (a rewritten log shows on Tổng quan and Nhật
 * ký), run after the core opens so the first page does not wait for it (issue 12). Never throws.
 */
export function startAuditCheck(ctx: CoreContext, signal: AbortSignal): Promise<void> {
  startChecks.add(ctx.sqlite)
  return nextTurn()
    .then(() => checkAuditIntegrity(ctx, signal))
    .then(
      () => undefined,
      (error: unknown) => {
        if (!signal.aborted) console.error('[antt-desk] audit check at start failed:', (error as Error).message)
      }
    )
    .finally(() => startChecks.delete(ctx.sqlite))
}

/** True while the start-up check runs: the banner keeps asking until it has a verdict. */
export function auditCheckPending(ctx: CoreContext): boolean {
  return startChecks.has(ctx.sqlite)
}

/** The break found by the last check (at start, at a backup or on request), or null while the log is whole. */
export function auditBreak(ctx: CoreContext): string | null {
  const verdict = lastVerdicts.get(ctx.sqlite)?.verdict
  return verdict && !verdict.ok ? verdict.message : null
}
