import type BetterSqlite3 from 'better-sqlite3'
import { sql } from 'kysely'
import type { z } from 'zod'
import type { AuditChange, AuditListResult, AuditRow, AuditVerification, auditList } from '../../../shared/api/calls/audit'
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, AUDIT_FIELD_LABELS } from '../../../shared/domain/audit'
import { formatInteger } from '../../../shared/text/numbers'
import type { CoreContext } from '../context'
import type { AuditLogTable } from '../db/schema'
import type { Selectable } from 'kysely'
import { nextTurn } from '../jobs/long-job'
import { GENESIS_HASH, auditRowHash } from './audit-log'

type Filter = z.output<typeof auditList>

function parseJson(text: string | null): Record<string, unknown> {
  if (!text) return {}
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

function toAuditRow(row: Selectable<AuditLogTable>): AuditRow {
  const before = parseJson(row.old_value)
  const after = parseJson(row.new_value)
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const changes: AuditChange[] = fields.map((field) => ({
    field,
    label: AUDIT_FIELD_LABELS[field] ?? field,
    old: before[field] ?? null,
    new: after[field] ?? null
  }))
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    machine: row.machine,
    action: row.action,
    actionLabel: AUDIT_ACTION_LABELS[row.action] ?? row.action,
    entity: row.entity,
    entityLabel: AUDIT_ENTITY_LABELS[row.entity] ?? row.entity,
    entityId: row.entity_id,
    subject: row.entity_label,
    changes,
    reason: row.reason
  }
}

export async function listAudit(ctx: CoreContext, filter: Filter): Promise<AuditListResult> {
  let query = ctx.db.selectFrom('audit_log')
  if (filter.entity) query = query.where('entity', '=', filter.entity)
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId)
  if (filter.unitId !== undefined) {
    const unitId = filter.unitId
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('entity', '=', 'unit'), eb('entity_id', '=', unitId)]),
        eb.and([eb('entity', '=', 'unit_year'), eb('entity_id', 'in', eb.selectFrom('unit_year').select('id').where('unit_id', '=', unitId))])
      ])
    )
  }
  if (filter.actor) query = query.where('actor', '=', filter.actor)
  // `at` is a UTC timestamp; the day boundaries are Vietnam's (UTC+7).
  if (filter.from) query = query.where('at', '>=', new Date(`${filter.from}T00:00:00+07:00`).toISOString())
  if (filter.to) query = query.where('at', '<', new Date(new Date(`${filter.to}T00:00:00+07:00`).getTime() + 86_400_000).toISOString())
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`
    query = query.where(sql<boolean>`(entity_label LIKE ${pattern} ESCAPE '\\' OR old_value LIKE ${pattern} ESCAPE '\\' OR new_value LIKE ${pattern} ESCAPE '\\')`)
  }
  const rows = await query.selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute()
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const actors = await ctx.db.selectFrom('audit_log').select('actor').distinct().orderBy('actor').execute()
  return { rows: rows.map(toAuditRow), total: Number(total.n), actors: actors.map((row) => row.actor) }
}

/**
 * Recomputes every row's hash and the chain: an edit made outside the app (or a deleted row) shows here, unless the
 * editor recomputed the hashes after it too; audit-anchor.ts catches that against the backups' heads.
 */
/** The hash a stored row must carry after `prev` (the chain's one reading of a row, for verify and its tests). */
export function storedRowHash(prev: string, row: Selectable<AuditLogTable>): string {
  return auditRowHash(prev, row.at, row.actor, row.machine, {
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    entityLabel: row.entity_label,
    field: row.field,
    oldValue: row.old_value,
    newValue: row.new_value,
    reason: row.reason
  })
}

/** Rows read at a time, and how long the check may keep the thread before it lets waiting calls in. */
const BATCH_ROWS = 500
const SLICE_MS = 10

/**
 * The chain through `reader` (a connection of the check's own, inside one read transaction), in slices of about
 * 10 ms with a turn of the event loop between them: the log grows with the years, and calls must not wait for it.
 * Stops (throws) when `signal` is aborted: the core is closing.
 */
export async function verifyAuditChain(reader: BetterSqlite3.Database, signal?: AbortSignal): Promise<AuditVerification> {
  const batch = reader.prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?')
  let prev = GENESIS_HASH
  let checked = 0
  let lastId = 0
  let sliceStart = performance.now()
  for (;;) {
    const rows = batch.all(lastId, BATCH_ROWS) as Array<Selectable<AuditLogTable>>
    for (const row of rows) {
      const expected = storedRowHash(prev, row)
      if (row.prev_hash !== prev || row.row_hash !== expected) {
        return {
          ok: false,
          checked,
          brokenAtId: row.id,
          message: `Nhật ký bị thay đổi ngoài ứng dụng tại dòng số ${formatInteger(row.id)}: nội dung không khớp với chuỗi mã kiểm tra.`
        }
      }
      prev = row.row_hash
      checked++
    }
    if (rows.length < BATCH_ROWS) break
    lastId = rows[rows.length - 1]!.id
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn()
      signal?.throwIfAborted()
      sliceStart = performance.now()
    }
  }
  return { ok: true, checked, brokenAtId: null, message: `Nhật ký toàn vẹn: đã kiểm tra ${formatInteger(checked)} dòng.` }
}
