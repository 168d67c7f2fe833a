import { createHash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
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

interface AuditStatements {
  lastHash: BetterSqlite3.Statement
  insert: BetterSqlite3.Statement
}

/** Prepared once per connection: a bulk write (an import of 10,000 rows) appends one row per change. */
const statements = new WeakMap<BetterSqlite3.Database, AuditStatements>()

function auditStatements(sqlite: BetterSqlite3.Database): AuditStatements {
  let prepared = statements.get(sqlite)
  if (!prepared) {
    prepared = {
      lastHash: sqlite.prepare('SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck(),
      insert: sqlite.prepare(
        `INSERT INTO audit_log (at, actor, machine, action, entity, entity_id, entity_label, field, old_value, new_value, reason, prev_hash, row_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
    }
    statements.set(sqlite, prepared)
  }
  return prepared
}

/**
 * Appends one row to the audit log inside the caller's transaction. It uses the raw connection: every write of ours
 * runs in withTransaction, which holds the one connection, so this statement is part of that same transaction.
 */
export function appendAudit(tctx: CoreContext, entry: AuditEntry): void {
  const { lastHash, insert } = auditStatements(tctx.sqlite)
  const prevHash = (lastHash.get() as string | undefined) ?? GENESIS_HASH
  const at = isoNow(tctx)
  const { actor, machine } = currentActor()
  insert.run(at, actor, machine, entry.action, entry.entity, entry.entityId, entry.entityLabel, entry.field, entry.oldValue, entry.newValue, entry.reason, prevHash, auditRowHash(prevHash, at, actor, machine, entry))
}

/** The row as stored, for the before/after of a change. */
export async function snapshot(db: Kysely<Database>, table: keyof Database, id: number): Promise<Row | null> {
  const result = await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE id = ${id}`.execute(db)
  return result.rows[0] ?? null
}

function pick(row: Row, keys: string[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, row[key] ?? null])))
}

/**
 * The entry for the change of one row, from the row before (null: created) and after (null: deleted), keeping only
 * the columns that changed; null when nothing a person reads changed. `action` names a business step (REGISTER…)
 * in place of the plain UPDATE; `ignore` drops further bookkeeping columns of that table.
 */
export function changeEntry(
  entity: string,
  id: number | null,
  label: string | null,
  before: Row | null,
  after: Row | null,
  options: { action?: string; reason?: string | null; ignore?: ReadonlySet<string> } = {}
): AuditEntry | null {
  if (!before && !after) return null
  const keep = (key: string) => !DERIVED_COLUMNS.has(key) && !options.ignore?.has(key)
  let action: string
  let keys: string[]
  if (!before) {
    action = 'CREATE'
    keys = Object.keys(after as Row).filter(keep)
  } else if (!after) {
    action = 'DELETE'
    keys = Object.keys(before).filter(keep)
  } else {
    action = 'UPDATE'
    keys = Object.keys(after).filter((key) => keep(key) && !Object.is(before[key] ?? null, after[key] ?? null))
    if (keys.length === 0) return null
  }
  return {
    action: options.action ?? action,
    entity,
    entityId: id,
    entityLabel: label,
    field: action === 'UPDATE' ? keys.join(', ') : null,
    oldValue: before ? pick(before, keys) : null,
    newValue: after ? pick(after, keys) : null,
    reason: options.reason ?? null
  }
}

/**
 * Appends many entries in order, reading the chain's last hash once: a bulk action on 5,000 unit-years writes its
 * 5,000 rows through the one prepared statement, inside the caller's transaction.
 */
export function appendAuditBatch(tctx: CoreContext, entries: readonly AuditEntry[]): void {
  if (entries.length === 0) return
  const { lastHash, insert } = auditStatements(tctx.sqlite)
  let prevHash = (lastHash.get() as string | undefined) ?? GENESIS_HASH
  const at = isoNow(tctx)
  const { actor, machine } = currentActor()
  for (const entry of entries) {
    const rowHash = auditRowHash(prevHash, at, actor, machine, entry)
    insert.run(at, actor, machine, entry.action, entry.entity, entry.entityId, entry.entityLabel, entry.field, entry.oldValue, entry.newValue, entry.reason, prevHash, rowHash)
    prevHash = rowHash
  }
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
  const label = String((after ?? before)?.name ?? (after ?? before)?.office_name ?? '') || null
  const entry = changeEntry(table, id, label, before, after, { reason })
  if (entry) appendAudit(tctx, entry)
}

/** An event that is not one row (loading the sample, a restore, an import): what happened and its figures. */
export async function recordEvent(tctx: CoreContext, action: string, details: Record<string, unknown>, reason: string | null = null): Promise<void> {
  appendAudit(tctx, {
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

