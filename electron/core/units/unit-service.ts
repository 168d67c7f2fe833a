import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { ApiError, notFound } from '../../../shared/api/errors'
import type { UnitInput, UnitListResult, UnitRow, UnitSaveResult, unitList } from '../../../shared/api/calls/units'
import { tt124Scope } from '../../../shared/domain/scope'
import { duplicateKeyOfFold, fold } from '../../../shared/text/fold'
import { registryWindow } from './unit-matches'
import { vietnameseSortKey } from '../../../shared/text/sort-key'
import { isoNow, toBit, withTransaction, type CoreContext } from '../context'
import type { Database } from '../db/schema'
import { countYearRecords } from './year-records'
import { syncUnitYears } from '../cycle/registry-sync'
import { JOIN_REASONS, joinOpenYears, rescopeUnit } from '../cycle/late-units'
import { modelsBlockMessage, modelsPointingAt } from '../models/model-service'
import { toUnitRow } from './unit-rows'
import { checkUnit, needsConfirmation } from './unit-validation'
import { appendAuditBatch, changeEntry, recordChange, type AuditEntry } from '../audit/audit-log'

type ListFilter = z.output<typeof unitList>
type Executor = Kysely<Database>

/** One window of the registry: ids from the indexes, then those rows with their commune's name, in window order. */
export async function listUnits(ctx: CoreContext, filter: ListFilter): Promise<UnitListResult> {
  const { ids, total, countsByType } = await registryWindow(ctx, filter)
  const rows = ids.length
    ? await ctx.db
        .selectFrom('unit as u')
        .leftJoin('admin_area as a', 'a.id', 'u.area_id')
        .selectAll('u')
        .select('a.name as area_name')
        .where('u.id', 'in', ids)
        .execute()
    : []
  const byId = new Map(rows.map((row) => [row.id, row]))
  const yearRecords = await countYearRecords(ctx.db, ids)
  return {
    rows: ids.map((id) => toUnitRow({ ...byId.get(id)!, year_records: yearRecords.get(id) ?? 0 })),
    total,
    countsByType
  }
}

export async function getUnit(db: Executor, id: number): Promise<UnitRow> {
  const row = await db
    .selectFrom('unit as u')
    .leftJoin('admin_area as a', 'a.id', 'u.area_id')
    .selectAll('u')
    .select('a.name as area_name')
    .where('u.id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('Không tìm thấy đơn vị.')
  const yearRecords = await countYearRecords(db, [id])
  return toUnitRow({ ...row, year_records: yearRecords.get(id) ?? 0 })
}

function unitColumns(values: UnitInput) {
  // The name is folded once: its duplicate key, and its search key when it is the only searched text, derive from it.
  const nameFold = fold(values.name)
  const searched = [values.address, values.headName, values.phone].filter(Boolean)
  return {
    type: values.type,
    name: values.name,
    name_fold: nameFold,
    dup_key: duplicateKeyOfFold(nameFold),
    sort_key: vietnameseSortKey(values.name),
    search_fold: searched.length === 0 ? nameFold : fold([values.name, ...searched].join(' ')),
    area_id: values.areaId,
    kdc_subtype: values.type === 'KDC' ? values.kdcSubtype : null,
    managing_level: values.managingLevel,
    managing_area_id: values.managingLevel === 'XA' ? values.areaId : null,
    address: values.address,
    head_name: values.headName,
    head_title: values.headTitle,
    phone: values.phone,
    email: values.email,
    households_total: values.householdsTotal,
    staff_total: values.staffTotal,
    is_armed_forces: toBit(values.isArmedForces),
    enterprise_size: values.enterpriseSize,
    education_levels: JSON.stringify([...new Set(values.educationLevels)]),
    exclusion_code: tt124Scope(values).exclusion?.code ?? null,
    active_from: values.activeFrom,
    note: values.note
  }
}

export async function createUnit(ctx: CoreContext, values: UnitInput, confirmed: boolean, isSample = false): Promise<UnitSaveResult> {
  return withTransaction(ctx, async (trx, tctx) => {
    const warnings = await checkUnit(trx, values, null)
    if (warnings.length > 0 && !confirmed) throw needsConfirmation(warnings)
    const id = await insertUnit(tctx, values, isSample)
    return { unit: await getUnit(trx, id), warnings }
  })
}

/** Writes a unit that has passed checkUnit (the Excel import checks the whole file first, in the same transaction). */
export async function insertUnit(tctx: CoreContext, values: UnitInput, isSample = false): Promise<number> {
  const now = isoNow(tctx)
  const row = await tctx.db
    .insertInto('unit')
    .values(newUnitRow(values, now, isSample))
    .returningAll()
    .executeTakeFirstOrThrow()
  await recordChange(tctx, 'unit', row.id, null, null, row)
  // The sample brings its own years; a real unit created while a year is open joins it.
  if (!isSample) await joinOpenYears(tctx, row.id, JOIN_REASONS.CREATED)
  return row.id
}

/** The columns of a new unit row, as insertUnit writes them (the import's batch writes the same). */
function newUnitRow(values: UnitInput, now: string, isSample: boolean) {
  return { ...unitColumns(values), active: 1 as const, inactive_from: null, inactive_reason: null, successor_unit_id: null, is_sample: toBit(isSample), created_at: now, updated_at: now }
}

/**
 * Writes many checked units at once (the Excel import), in the caller's transaction: the same rows and audit entries
 * as insertUnit one by one, through one prepared statement and one audit batch. While a year is open each new unit
 * joins it as well, so then they go one by one through insertUnit.
 */
export async function insertUnits(tctx: CoreContext, list: readonly UnitInput[]): Promise<number[]> {
  if (list.length === 0) return []
  const openYear = await tctx.db.selectFrom('eval_year').select('year').where('status', '=', 'OPEN').executeTakeFirst()
  if (openYear) {
    const ids: number[] = []
    for (const values of list) ids.push(await insertUnit(tctx, values))
    return ids
  }
  const now = isoNow(tctx)
  const rows = list.map((values) => newUnitRow(values, now, false))
  // One prepared INSERT … RETURNING * for the whole batch (an import's thousands of rows).
  const columns = Object.keys(rows[0]!)
  const statement = tctx.sqlite.prepare(`INSERT INTO unit (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')}) RETURNING *`)
  const entries: AuditEntry[] = []
  const ids = rows.map((row) => {
    const written = statement.get(row) as Record<string, unknown> & { id: number }
    const entry = changeEntry('unit', written.id, String(written.name ?? '') || null, null, written)
    if (entry) entries.push(entry)
    return written.id
  })
  appendAuditBatch(tctx, entries)
  return ids
}

async function requireUnit(trx: Executor, id: number) {
  const current = await trx.selectFrom('unit').selectAll().where('id', '=', id).executeTakeFirst()
  if (!current) throw notFound('Không tìm thấy đơn vị.')
  return current
}

export async function updateUnit(ctx: CoreContext, id: number, values: UnitInput, confirmed: boolean): Promise<UnitSaveResult> {
  return withTransaction(ctx, async (trx, tctx) => {
    const current = await requireUnit(trx, id)
    if (current.type === 'XA') {
      // The commune unit follows its area: only its descriptive fields are edited here.
      if (values.type !== 'XA' || values.areaId !== current.area_id || values.name !== current.name) {
        throw new ApiError({
          code: 'VALIDATION',
          message: 'Tên và địa bàn của đơn vị cấp xã được sửa ở mục Khu vực; ở đây chỉ sửa thông tin liên hệ và ghi chú.',
          fields: { name: 'Sửa tên xã, phường ở mục Khu vực.' }
        })
      }
    } else if (values.type !== current.type) {
      const records = await countYearRecords(trx, [id])
      if ((records.get(id) ?? 0) > 0) {
        throw new ApiError({
          code: 'VALIDATION',
          message: 'Không thể đổi loại đơn vị đã có hồ sơ năm đánh giá.',
          fields: { type: 'Không thể đổi loại đơn vị đã có hồ sơ năm đánh giá.' }
        })
      }
    }
    const warnings = current.type === 'XA' ? [] : await checkUnit(trx, values, id)
    if (warnings.length > 0 && !confirmed) throw needsConfirmation(warnings)
    await trx.updateTable('unit').set({ ...unitColumns(values), updated_at: isoNow(ctx) }).where('id', '=', id).execute()
    await recordChange(tctx, 'unit', id, current)
    await syncUnitYears(trx, id)
    await rescopeUnit(tctx, id)
    await joinOpenYears(tctx, id, JOIN_REASONS.CREATED)
    return { unit: await getUnit(trx, id), warnings }
  })
}

export async function deactivateUnit(ctx: CoreContext, id: number, inactiveFrom: string, reason: string | null): Promise<UnitRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    const current = await requireUnit(trx, id)
    if (current.active === 0) throw new ApiError({ code: 'CONFLICT', message: `Đơn vị “${current.name}” đã ngừng hoạt động.` })
    if (current.active_from && inactiveFrom < current.active_from) {
      throw new ApiError({
        code: 'VALIDATION',
        message: 'Ngày ngừng hoạt động không được trước ngày bắt đầu hoạt động.',
        fields: { inactiveFrom: 'Ngày ngừng hoạt động không được trước ngày bắt đầu hoạt động.' }
      })
    }
    await trx
      .updateTable('unit')
      .set({ active: 0, inactive_from: inactiveFrom, inactive_reason: reason, updated_at: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    await recordChange(tctx, 'unit', id, current, reason)
    return getUnit(trx, id)
  })
}

export async function reactivateUnit(ctx: CoreContext, id: number): Promise<UnitRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    const current = await requireUnit(trx, id)
    if (current.active === 1) throw new ApiError({ code: 'CONFLICT', message: `Đơn vị “${current.name}” đang hoạt động.` })
    const clash = await trx
      .selectFrom('unit')
      .select('name')
      .where('type', '=', current.type)
      .where('dup_key', '=', current.dup_key)
      .where((eb) => (current.area_id === null ? eb('area_id', 'is', null) : eb('area_id', '=', current.area_id)))
      .where('active', '=', 1)
      .where('id', '<>', id)
      .executeTakeFirst()
    if (clash) {
      throw new ApiError({ code: 'CONFLICT', message: `Không thể hoạt động lại: đã có đơn vị đang hoạt động trùng tên “${clash.name}” tại cùng địa bàn.` })
    }
    await trx
      .updateTable('unit')
      .set({ active: 1, inactive_from: null, inactive_reason: null, updated_at: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    await recordChange(tctx, 'unit', id, current)
    await joinOpenYears(tctx, id, JOIN_REASONS.REACTIVATED)
    return getUnit(trx, id)
  })
}

export async function deleteUnit(ctx: CoreContext, id: number): Promise<{ deleted: true }> {
  await withTransaction(ctx, async (trx, tctx) => {
    const current = await requireUnit(trx, id)
    if (current.type === 'XA') {
      throw new ApiError({ code: 'CONFLICT', message: 'Đơn vị cấp xã được xóa cùng với khu vực xã, phường ở mục Khu vực.' })
    }
    const records = (await countYearRecords(trx, [id])).get(id) ?? 0
    if (records > 0) {
      throw new ApiError({
        code: 'CONFLICT',
        message: `Không thể xóa “${current.name}” vì đơn vị đã có ${records} hồ sơ năm đánh giá. Hãy chuyển đơn vị sang “Ngừng hoạt động”.`
      })
    }
    const models = await modelsPointingAt(trx, { unitId: id })
    if (models.length > 0) throw new ApiError({ code: 'CONFLICT', message: modelsBlockMessage(current.name, models) })
    await trx.deleteFrom('unit').where('id', '=', id).execute()
    await recordChange(tctx, 'unit', id, current)
  })
  return { deleted: true }
}
