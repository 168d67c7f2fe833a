import { sql, type Kysely } from 'kysely'
import type { z } from 'zod'
import type { ModelRow, modelInput, modelList, modelSetYear } from '../../../shared/api/calls/models'
import { ApiError, notFound, validationError } from '../../../shared/api/errors'
import { COMMUNE_KINDS } from '../../../shared/domain/areas'
import { MESSAGES } from '../../../shared/domain/cycle/messages'
import { isFinal, type UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import type { ModelKind } from '../../../shared/domain/models'
import type { UnitType } from '../../../shared/domain/units'
import { fold } from '../../../shared/text/fold'
import { recordChange, snapshot } from '../audit/audit-log'
import { isoNow, toBit, withTransaction, type CoreContext } from '../context'
import type { Database } from '../db/schema'
import { modelCountsFor } from './model-facts'

type Executor = Kysely<Database>
type ModelInput = z.output<typeof modelInput>

interface ModelQueryRow {
  id: number
  name: string
  kind: ModelKind
  host_unit_id: number | null
  host_unit_name: string | null
  host_unit_type: UnitType | null
  host_area_id: number | null
  area_id: number | null
  area_name: string | null
  established_on: string | null
  ended_on: string | null
  note: string | null
  is_sample: number
  year: number | null
  members: number | null
  effective: number | null
  year_note: string | null
}

/** Every model with its host unit, its commune and (when asked) its row of one year. */
async function queryModels(db: Executor, year: number | null, where: ReturnType<typeof sql> = sql`1`): Promise<ModelQueryRow[]> {
  const result = await sql<ModelQueryRow>`SELECT m.id, m.name, m.kind, m.host_unit_id, u.name AS host_unit_name, u.type AS host_unit_type,
      u.area_id AS host_area_id, coalesce(m.area_id, u.area_id) AS area_id, a.name AS area_name, m.established_on, m.ended_on, m.note,
      m.is_sample, my.year, my.members, my.effective, my.note AS year_note
    FROM movement_model m
    LEFT JOIN unit u ON u.id = m.host_unit_id
    LEFT JOIN admin_area a ON a.id = coalesce(m.area_id, u.area_id)
    LEFT JOIN model_year my ON my.model_id = m.id AND my.year = ${year}
    WHERE ${where}
    ORDER BY coalesce(a.sort_order, 999999), a.sort_key`.execute(db)
  // Within a commune, Vietnamese order of names (SQLite has no Vietnamese collation; §9). The sort is stable.
  const areaRank = new Map<number | null, number>()
  for (const row of result.rows) if (!areaRank.has(row.area_id)) areaRank.set(row.area_id, areaRank.size)
  return result.rows.sort((x, y) => areaRank.get(x.area_id)! - areaRank.get(y.area_id)! || COLLATOR.compare(x.name, y.name))
}

const COLLATOR = new Intl.Collator('vi', { numeric: true })

function toModelRow(row: ModelQueryRow): ModelRow {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    hostUnitId: row.host_unit_id,
    hostUnitName: row.host_unit_name,
    hostUnitType: row.host_unit_type,
    areaId: row.area_id,
    areaName: row.area_name,
    establishedOn: row.established_on,
    endedOn: row.ended_on,
    note: row.note,
    isSample: row.is_sample === 1,
    inYear: row.year === null ? null : { year: row.year, members: row.members, effective: row.effective === 1, note: row.year_note }
  }
}

/** A model exists in year Y when it was established by the end of Y and not ended before Y began. */
function activeInYear(row: { established_on: string | null; ended_on: string | null }, year: number): boolean {
  return (!row.established_on || row.established_on <= `${year}-12-31`) && (!row.ended_on || row.ended_on >= `${year}-01-01`)
}

export async function getModel(db: Executor, id: number, year: number | null = null): Promise<ModelRow> {
  const [row] = await queryModels(db, year, sql`m.id = ${id}`)
  if (!row) throw notFound('Không tìm thấy mô hình.')
  return toModelRow(row)
}

export async function listModels(db: Executor, filter: z.output<typeof modelList>): Promise<ModelRow[]> {
  if (filter.unitYearId !== undefined) {
    const owner = await db.selectFrom('unit_year').select(['id', 'unit_id', 'unit_type', 'area_id', 'year']).where('id', '=', filter.unitYearId).executeTakeFirst()
    if (!owner) throw notFound('Không tìm thấy hồ sơ năm.')
    const rows = await queryModels(db, owner.year)
    return rows
      .filter((row) => activeInYear(row, owner.year) && modelCountsFor(owner, { host_unit_id: row.host_unit_id, area_id: row.host_unit_id === null ? row.area_id : null, host_type: row.host_unit_type, host_area_id: row.host_area_id }))
      .map(toModelRow)
  }
  const rows = await queryModels(db, filter.year ?? null, filter.areaId !== undefined ? sql`coalesce(m.area_id, u.area_id) = ${filter.areaId}` : sql`1`)
  return rows.filter((row) => filter.year === undefined || activeInYear(row, filter.year)).map(toModelRow)
}

async function checkModel(trx: Executor, input: ModelInput): Promise<void> {
  if ((input.hostUnitId === null) === (input.areaId === null)) {
    const message = 'Vui lòng chọn đơn vị chủ trì hoặc xã, phường của mô hình (chỉ chọn một).'
    throw validationError(message, { hostUnitId: message })
  }
  if (input.hostUnitId !== null) {
    const unit = await trx.selectFrom('unit').select('id').where('id', '=', input.hostUnitId).executeTakeFirst()
    if (!unit) throw validationError('Không tìm thấy đơn vị chủ trì.', { hostUnitId: 'Không tìm thấy đơn vị chủ trì.' })
  }
  if (input.areaId !== null) {
    const area = await trx.selectFrom('admin_area').select('kind').where('id', '=', input.areaId).executeTakeFirst()
    if (!area || !COMMUNE_KINDS.includes(area.kind)) throw validationError('Vui lòng chọn một xã, phường, thị trấn.', { areaId: 'Vui lòng chọn một xã, phường, thị trấn.' })
  }
  if (input.establishedOn && input.endedOn && input.endedOn < input.establishedOn) {
    const message = MESSAGES.V10('Ngày kết thúc', input.endedOn, 'Ngày thành lập', input.establishedOn)
    throw validationError(message, { endedOn: message })
  }
}

function modelColumns(input: ModelInput) {
  return {
    name: input.name,
    name_fold: fold(input.name),
    host_unit_id: input.hostUnitId,
    area_id: input.areaId,
    kind: input.kind,
    established_on: input.establishedOn,
    ended_on: input.endedOn,
    note: input.note
  }
}

export async function createModel(ctx: CoreContext, input: ModelInput, isSample = false): Promise<ModelRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    await checkModel(trx, input)
    const now = isoNow(ctx)
    const row = await trx
      .insertInto('movement_model')
      .values({ ...modelColumns(input), is_sample: toBit(isSample), created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordChange(tctx, 'movement_model', row.id, null, null, row)
    return getModel(trx, row.id)
  })
}

export async function updateModel(ctx: CoreContext, id: number, input: ModelInput): Promise<ModelRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    const before = await snapshot(trx, 'movement_model', id)
    if (!before) throw notFound('Không tìm thấy mô hình.')
    await checkModel(trx, input)
    await trx.updateTable('movement_model').set({ ...modelColumns(input), updated_at: isoNow(ctx) }).where('id', '=', id).execute()
    await recordChange(tctx, 'movement_model', id, before)
    return getModel(trx, id)
  })
}

/** The yearly rows a model already counted in and that are closed or decided: these must not move. */
async function frozenYearsOf(trx: Executor, modelId: number, years: number[]): Promise<string[]> {
  if (years.length === 0) return []
  const [model] = await queryModels(trx, null, sql`m.id = ${modelId}`)
  if (!model) return []
  const out: string[] = []
  for (const year of years) {
    const yearRow = await trx.selectFrom('eval_year').select('status').where('year', '=', year).executeTakeFirst()
    if (!yearRow) continue
    if (yearRow.status === 'CLOSED') {
      out.push(MESSAGES.YEAR_CLOSED(year))
      continue
    }
    const owners = await trx
      .selectFrom('unit_year as uy')
      .innerJoin('unit as u', 'u.id', 'uy.unit_id')
      .select(['uy.id', 'uy.unit_id', 'uy.unit_type', 'uy.area_id', 'uy.year', 'uy.status', 'u.name'])
      .where('uy.year', '=', year)
      .where((eb) => eb.or([eb('uy.unit_id', '=', model.host_unit_id ?? -1), eb.and([eb('uy.unit_type', '=', 'XA'), eb('uy.area_id', '=', model.area_id ?? -1)])]))
      .execute()
    for (const owner of owners) {
      const counts = modelCountsFor(owner, { host_unit_id: model.host_unit_id, area_id: model.host_unit_id === null ? model.area_id : null, host_type: model.host_unit_type, host_area_id: model.host_area_id })
      if (counts && isFinal(owner.status as UnitYearStatus)) {
        out.push(`Hồ sơ năm ${year} của ${owner.name} đã có kết quả cuối cùng; không thay đổi được mô hình của năm này. Mọi thay đổi phải thực hiện bằng chức năng “Điều chỉnh” và ghi rõ lý do.`)
      }
    }
  }
  return out
}

/** Marks a model's status in a year (effective, members); refused for a closed year or a decided unit-year. */
export async function setModelYear(ctx: CoreContext, input: z.output<typeof modelSetYear>, isSample = false): Promise<ModelRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    const model = await trx.selectFrom('movement_model').selectAll().where('id', '=', input.modelId).executeTakeFirst()
    if (!model) throw notFound('Không tìm thấy mô hình.')
    if (!activeInYear(model, input.year)) throw validationError(`Mô hình “${model.name}” không hoạt động trong năm ${input.year} (xem ngày thành lập, ngày kết thúc).`)
    const frozen = await frozenYearsOf(trx, model.id, [input.year])
    if (frozen.length > 0) throw validationError(frozen[0]!)
    const existing = await trx.selectFrom('model_year').selectAll().where('model_id', '=', model.id).where('year', '=', input.year).executeTakeFirst()
    if (existing) {
      await trx.updateTable('model_year').set({ effective: toBit(input.effective), members: input.members, note: input.note }).where('id', '=', existing.id).execute()
      await recordChange(tctx, 'model_year', existing.id, existing)
    } else {
      const row = await trx
        .insertInto('model_year')
        .values({ model_id: model.id, year: input.year, effective: toBit(input.effective), members: input.members, note: input.note, is_sample: toBit(isSample) })
        .returningAll()
        .executeTakeFirstOrThrow()
      await recordChange(tctx, 'model_year', row.id, null, null, row)
    }
    return getModel(trx, model.id, input.year)
  })
}

export async function deleteModel(ctx: CoreContext, id: number): Promise<{ deleted: true }> {
  await withTransaction(ctx, async (trx, tctx) => {
    const before = await snapshot(trx, 'movement_model', id)
    if (!before) throw notFound('Không tìm thấy mô hình.')
    const years = (await trx.selectFrom('model_year').select('year').where('model_id', '=', id).execute()).map((row) => row.year)
    const frozen = await frozenYearsOf(trx, id, years)
    if (frozen.length > 0) {
      throw new ApiError({ code: 'CONFLICT', message: `Không thể xóa mô hình “${String(before.name)}”: mô hình đã được tính trong năm đã chốt hoặc đã có kết quả. Hãy ghi ngày kết thúc thay vì xóa.` })
    }
    for (const row of await trx.selectFrom('model_year').selectAll().where('model_id', '=', id).execute()) {
      await trx.deleteFrom('model_year').where('id', '=', row.id).execute()
      await recordChange(tctx, 'model_year', row.id, row)
    }
    await trx.deleteFrom('movement_model').where('id', '=', id).execute()
    await recordChange(tctx, 'movement_model', id, before)
  })
  return { deleted: true }
}

/** Models that keep a unit or a commune area from being deleted (they point at it). */
export async function modelsPointingAt(trx: Executor, target: { unitId: number } | { areaId: number }): Promise<string[]> {
  let query = trx.selectFrom('movement_model').select('name')
  query = 'unitId' in target ? query.where('host_unit_id', '=', target.unitId) : query.where((eb) => eb.or([eb('area_id', '=', target.areaId), eb('host_unit_id', 'in', eb.selectFrom('unit').select('id').where('type', '=', 'XA').where('area_id', '=', target.areaId))]))
  return (await query.limit(5).execute()).map((row) => row.name)
}

export function modelsBlockMessage(name: string, models: string[]): string {
  return `Không thể xóa “${name}” vì còn mô hình phong trào: ${models.join('; ')}. Hãy xóa hoặc chuyển các mô hình trước.`
}
