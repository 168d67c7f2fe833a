import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { isoNow, type CoreContext } from '../context'
import type { Database } from '../db/schema'
import { currentActor } from './actor'

export const GENESIS_HASH = '0'.repeat(64)

type Row = Record<string, unknown>

/** Columns that are derived from others (search keys) or bookkeeping: a change to them alone is not news. */
const DERIVED_COLUMNS = new Set(['id', 'name_fold', 'dup_key', 'sort_key', 'search_fold', 'created_at', 'updated_at'])

export interface AuditEntry {
  action: string
  entity: string
  entityId: number | null
  entityLabel: string | null
  field: string | null
  oldValue: string | null
  newValue: string | null
  reason: string | null
}

/** What the hash covers: every column a person reads, in a fixed order, chained to the previous row. */
export function auditRowHash(prevHash: string, at: string, actor: string, machine: string, entry: AuditEntry): string {
  const payload = JSON.stringify([
    at,
    actor,
    machine,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.entityLabel,
    entry.field,
    entry.oldValue,
    entry.newValue,
    entry.reason
  ])
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex')
}

/**
 * The last hash per transaction, so a bulk write (an import of 10,000 rows) does not read it back for every row.
 * Keyed by the transaction's executor: it disappears with the transaction, committed or rolled back.
 */
const lastHashInTransaction = new WeakMap<object, string>()

/** Appends one row to the audit log, inside the caller's transaction (tctx.db is the transaction). */
export async function appendAudit(tctx: CoreContext, entry: AuditEntry): Promise<void> {
  const db = tctx.db
  const cached = db.isTransaction ? lastHashInTransaction.get(db) : undefined
  const prevHash =
    cached ?? (await db.selectFrom('audit_log').select('row_hash').orderBy('id', 'desc').limit(1).executeTakeFirst())?.row_hash ?? GENESIS_HASH
  const at = isoNow(tctx)
  const { actor, machine } = currentActor()
  const rowHash = auditRowHash(prevHash, at, actor, machine, entry)
  await db
    .insertInto('audit_log')
    .values({
      at,
      actor,
      machine,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      entity_label: entry.entityLabel,
      field: entry.field,
      old_value: entry.oldValue,
      new_value: entry.newValue,
      reason: entry.reason,
      prev_hash: prevHash,
      row_hash: rowHash
    })
    .execute()
  if (db.isTransaction) lastHashInTransaction.set(db, rowHash)
}

/** The row as stored, for the before/after of a change. */
export async function snapshot(db: Kysely<Database>, table: keyof Database, id: number): Promise<Row | null> {
  const result = await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE id = ${id}`.execute(db)
  return result.rows[0] ?? null
}

function pick(row: Row, keys: string[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, row[key] ?? null])))
}

function meaningfulKeys(row: Row): string[] {
  return Object.keys(row).filter((key) => !DERIVED_COLUMNS.has(key))
}

/**
 * Records the change of one row: call it after the write with the row as it was before (null for a creation).
 * It reads the row as it is now (gone for a deletion) and stores only the columns that changed.
 */
export async function recordChange(
  tctx: CoreContext,
  table: keyof Database,
  id: number,
  before: Row | null,
  reason: string | null = null,
  /** The row as written, when the caller already has it (an INSERT … RETURNING *): saves reading it back. */
  written?: Row
): Promise<void> {
  const after = written ?? (await snapshot(tctx.db, table, id))
  if (!before && !after) return
  const label = String((after ?? before)?.name ?? (after ?? before)?.office_name ?? '') || null
  let action: string
  let keys: string[]
  if (!before) {
    action = 'CREATE'
    keys = meaningfulKeys(after as Row)
  } else if (!after) {
    action = 'DELETE'
    keys = meaningfulKeys(before)
  } else {
    action = 'UPDATE'
    keys = meaningfulKeys(after).filter((key) => !Object.is(before[key] ?? null, after[key] ?? null))
    if (keys.length === 0) return
  }
  await appendAudit(tctx, {
    action,
    entity: table,
    entityId: id,
    entityLabel: label,
    field: action === 'UPDATE' ? keys.join(', ') : null,
    oldValue: before ? pick(before, keys) : null,
    newValue: after ? pick(after, keys) : null,
    reason
  })
}

/** An event that is not one row (loading the sample, a restore, an import): what happened and its figures. */
export async function recordEvent(tctx: CoreContext, action: string, details: Record<string, unknown>, reason: string | null = null): Promise<void> {
  await appendAudit(tctx, {
    action,
    entity: 'app',
    entityId: null,
    entityLabel: null,
    field: null,
    oldValue: null,
    newValue: JSON.stringify(details),
    reason
  })
}

/** The same append, for code that already holds the raw connection inside its own transaction (restore). */
export function appendAuditSync(tctx: CoreContext, entry: AuditEntry): void {
  const last = tctx.sqlite.prepare('SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined
  const prevHash = last ?? GENESIS_HASH
  const at = isoNow(tctx)
  const { actor, machine } = currentActor()
  tctx.sqlite
    .prepare(
      `INSERT INTO audit_log (at, actor, machine, action, entity, entity_id, entity_label, field, old_value, new_value, reason, prev_hash, row_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(at, actor, machine, entry.action, entry.entity, entry.entityId, entry.entityLabel, entry.field, entry.oldValue, entry.newValue, entry.reason, prevHash, auditRowHash(prevHash, at, actor, machine, entry))
}
