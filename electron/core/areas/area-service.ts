import { sql } from 'kysely'
import type { z } from 'zod'
import { ApiError, fieldError, notFound } from '../../../shared/api/errors'
import type { AreaPageRow, AreaRow, areaInput, areaPage } from '../../../shared/api/calls/areas'
import type { PageOf } from '../../../shared/api/fields'
import { AREA_KIND_LABELS, COMMUNE_KINDS, isCommuneKind } from '../../../shared/domain/areas'
import { duplicateKey, fold, likePattern } from '../../../shared/text/fold'
import { vietnameseSortKey } from '../../../shared/text/sort-key'
import { isoNow, withTransaction, type CoreContext } from '../context'
import type { Database } from '../db/schema'
import type { Kysely } from 'kysely'
import { syncCommuneUnit } from './commune-unit'
import { recordChange } from '../audit/audit-log'
import { syncAreaUnitYears } from '../cycle/registry-sync'
import { JOIN_REASONS, joinOpenYears } from '../cycle/late-units'
import { modelsBlockMessage, modelsPointingAt } from '../models/model-service'

type AreaValues = z.output<typeof areaInput>
type Executor = Kysely<Database>

/** The areas with their unit counts, in the official order (then Vietnamese order): one query for the list and its pages. */
function areaRows(db: Executor) {
  return db
    .selectFrom('admin_area as a')
    .select([
      'a.id',
      'a.name',
      'a.kind',
      'a.parent_id',
      'a.official_code',
      'a.sort_order',
      'a.note',
      'a.is_sample',
      (eb) =>
        eb
          .selectFrom('unit as u')
          .whereRef('u.area_id', '=', 'a.id')
          .where('u.type', '<>', 'XA')
          .where('u.active', '=', 1)
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('unit_count')
    ])
    .orderBy(sql`a.sort_order IS NULL`)
    .orderBy('a.sort_order')
    .orderBy('a.sort_key')
}

function toAreaRow(row: Awaited<ReturnType<ReturnType<typeof areaRows>['execute']>>[number]): AreaRow {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    parentId: row.parent_id,
    officialCode: row.official_code,
    sortOrder: row.sort_order,
    note: row.note,
    isSample: row.is_sample === 1,
    unitCount: Number(row.unit_count ?? 0)
  }
}

export async function listAreas(ctx: CoreContext): Promise<AreaRow[]> {
  return (await areaRows(ctx.db).execute()).map(toAreaRow)
}

/** One page of the areas (optionally the communes only, or those whose folded name holds the search), at its offset. */
export async function pageAreas(ctx: CoreContext, filter: z.output<typeof areaPage>): Promise<PageOf<AreaPageRow>> {
  const pattern = filter.search ? likePattern(filter.search) : '%'
  let rows = areaRows(ctx.db).leftJoin('admin_area as p', 'p.id', 'a.parent_id').select('p.name as parent_name')
  let count = ctx.db.selectFrom('admin_area as a').select((e) => e.fn.countAll<number>().as('n'))
  if (filter.communesOnly) {
    rows = rows.where('a.kind', 'in', COMMUNE_KINDS)
    count = count.where('a.kind', 'in', COMMUNE_KINDS)
  }
  if (pattern !== '%') {
    rows = rows.where(sql<boolean>`a.name_fold LIKE ${pattern} ESCAPE '\\'`)
    count = count.where(sql<boolean>`a.name_fold LIKE ${pattern} ESCAPE '\\'`)
  }
  const [page, total] = await Promise.all([rows.limit(filter.limit).offset(filter.offset).execute(), count.executeTakeFirstOrThrow()])
  return { rows: page.map((row) => ({ ...toAreaRow(row), parentName: row.parent_name })), total: Number(total.n) }
}

async function getArea(ctx: CoreContext, id: number): Promise<AreaRow> {
  const row = (await listAreas(ctx)).find((area) => area.id === id)
  if (!row) throw notFound('Không tìm thấy khu vực.')
  return row
}

async function assertValid(trx: Executor, values: AreaValues, selfId: number | null): Promise<void> {
  if (values.parentId !== null) {
    const parent = await trx.selectFrom('admin_area').select(['id', 'kind']).where('id', '=', values.parentId).executeTakeFirst()
    if (!parent) throw fieldError('parentId', 'Khu vực cấp trên không tồn tại.')
    if (selfId !== null && values.parentId === selfId) {
      throw fieldError('parentId', 'Khu vực không thể là cấp trên của chính nó.')
    }
    if (isCommuneKind(parent.kind)) {
      throw fieldError('parentId', 'Khu vực cấp trên phải là tỉnh hoặc huyện, không phải xã, phường.')
    }
  }
  const key = duplicateKey(values.name)
  const clash = await trx
    .selectFrom('admin_area')
    .select(['id', 'name'])
    .where('dup_key', '=', key)
    .where('kind', '=', values.kind)
    .where((eb) => (values.parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', values.parentId)))
    .where('id', '<>', selfId ?? -1)
    .executeTakeFirst()
  if (clash) {
    throw fieldError('name', `Đã có ${AREA_KIND_LABELS[values.kind].toLocaleLowerCase('vi')} trùng tên “${clash.name}”. Vui lòng kiểm tra lại hoặc đặt tên phân biệt.`)
  }
}

function columns(values: AreaValues) {
  return {
    name: values.name,
    name_fold: fold(values.name),
    dup_key: duplicateKey(values.name),
    sort_key: vietnameseSortKey(values.name),
    kind: values.kind,
    parent_id: values.parentId,
    official_code: values.officialCode,
    sort_order: values.sortOrder,
    note: values.note
  }
}

/** `validFrom`: the day a lineage event brings the area into force (its commune unit starts then too). */
export async function createArea(ctx: CoreContext, values: AreaValues, isSample = false, validFrom: string | null = null): Promise<AreaRow> {
  const id = await withTransaction(ctx, async (trx, tctx) => {
    await assertValid(trx, values, null)
    const now = isoNow(ctx)
    const inserted = await trx
      .insertInto('admin_area')
      .values({ ...columns(values), is_sample: isSample ? 1 : 0, valid_from: validFrom, valid_to: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (isCommuneKind(values.kind)) await syncCommuneUnit(trx, inserted.id, values.name, isSample, now)
    if (isCommuneKind(values.kind) && validFrom) await trx.updateTable('unit').set({ active_from: validFrom }).where('area_id', '=', inserted.id).where('type', '=', 'XA').execute()
    await recordChange(tctx, 'admin_area', inserted.id, null)
    if (isCommuneKind(values.kind) && !isSample) {
      // The new commune's own unit joins the open years, like any unit created after a year was opened.
      const communeUnit = await trx.selectFrom('unit').select('id').where('type', '=', 'XA').where('area_id', '=', inserted.id).executeTakeFirst()
      if (communeUnit) await joinOpenYears(tctx, communeUnit.id, JOIN_REASONS.CREATED)
    }
    return inserted.id
  })
  return getArea(ctx, id)
}

export async function updateArea(ctx: CoreContext, id: number, values: AreaValues): Promise<AreaRow> {
  await withTransaction(ctx, async (trx, tctx) => {
    const current = await trx.selectFrom('admin_area').selectAll().where('id', '=', id).executeTakeFirst()
    if (!current) throw notFound('Không tìm thấy khu vực.')
    if (isCommuneKind(current.kind) !== isCommuneKind(values.kind)) {
      throw fieldError('kind', 'Không thể đổi khu vực cấp xã thành cấp huyện, tỉnh (hoặc ngược lại). Hãy tạo khu vực mới.')
    }
    await assertValid(trx, values, id)
    const now = isoNow(ctx)
    await trx.updateTable('admin_area').set({ ...columns(values), updated_at: now }).where('id', '=', id).execute()
    if (isCommuneKind(values.kind)) await syncCommuneUnit(trx, id, values.name, current.is_sample === 1, now)
    await recordChange(tctx, 'admin_area', id, current)
    await syncAreaUnitYears(trx, id)
  })
  return getArea(ctx, id)
}

export async function deleteArea(ctx: CoreContext, id: number): Promise<{ deleted: true }> {
  await withTransaction(ctx, async (trx, tctx) => {
    const area = await trx.selectFrom('admin_area').selectAll().where('id', '=', id).executeTakeFirst()
    if (!area) throw notFound('Không tìm thấy khu vực.')
    const children = await trx.selectFrom('admin_area').select((eb) => eb.fn.countAll<number>().as('n')).where('parent_id', '=', id).executeTakeFirstOrThrow()
    if (Number(children.n) > 0) {
      throw new ApiError({ code: 'CONFLICT', message: `Không thể xóa “${area.name}” vì còn ${children.n} khu vực trực thuộc.` })
    }
    const units = await trx
      .selectFrom('unit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.or([eb('area_id', '=', id), eb('managing_area_id', '=', id)]))
      .where('type', '<>', 'XA')
      .executeTakeFirstOrThrow()
    if (Number(units.n) > 0) {
      throw new ApiError({ code: 'CONFLICT', message: `Không thể xóa “${area.name}” vì còn ${units.n} đơn vị thuộc khu vực này. Hãy chuyển hoặc xóa các đơn vị trước.` })
    }
    const records = await trx
      .selectFrom('unit_year')
      .innerJoin('unit', 'unit.id', 'unit_year.unit_id')
      .select('unit_year.year')
      .where('unit.area_id', '=', id)
      .where('unit.type', '=', 'XA')
      .executeTakeFirst()
    if (records) {
      throw new ApiError({ code: 'CONFLICT', message: `Không thể xóa “${area.name}” vì xã, phường đã có hồ sơ năm đánh giá ${records.year}.` })
    }
    const models = await modelsPointingAt(trx, { areaId: id })
    if (models.length > 0) throw new ApiError({ code: 'CONFLICT', message: modelsBlockMessage(area.name, models) })
    await trx.deleteFrom('unit').where('area_id', '=', id).where('type', '=', 'XA').execute()
    await trx.updateTable('office_profile').set({ root_area_id: null }).where('root_area_id', '=', id).execute()
    await trx.deleteFrom('admin_area').where('id', '=', id).execute()
    await recordChange(tctx, 'admin_area', id, area)
  })
  return { deleted: true }
}
