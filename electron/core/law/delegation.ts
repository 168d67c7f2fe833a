import { sql, type Kysely } from 'kysely'
import { notFound, validationError } from '../../../shared/api/errors'
import { COMMUNE_KINDS } from '../../../shared/domain/areas'
import type { ManagingLevel } from '../../../shared/domain/units'
import { changeEntry } from '../audit/audit-log'
import { withTransaction, type CoreContext } from '../context'
import { recordEntries } from '../cycle/cycle-audit'
import type { Database } from '../db/schema'
import { levelBelow, levelOfAreaKind } from './authority'

const ARTICLE = 'khoản 5 Điều 10 Thông tư số 124/2021/TT-BCA'
const COMMUNE_KIND_LIST = sql.join(COMMUNE_KINDS.map((kind) => sql`${kind}`))

/**
 * A unit counts toward the commune rule (Điều 5.4 “thuộc thẩm quyền hoặc được ủy quyền quản lý”) when the commune
 * manages it or its recognition was delegated to the commune (Điều 10.5): the open years' rows not yet final follow.
 */
export async function syncDelegatedCommunes(trx: Kysely<Database>, scope: { year?: number; unitId?: number }): Promise<void> {
  await sql`UPDATE unit_year SET commune_area_id = CASE
        WHEN (SELECT managing_level FROM unit WHERE unit.id = unit_year.unit_id) = 'XA' THEN (SELECT managing_area_id FROM unit WHERE unit.id = unit_year.unit_id)
        ELSE (SELECT a.id FROM unit u JOIN admin_area a ON a.id = u.delegated_area_id WHERE u.id = unit_year.unit_id AND a.kind IN (${COMMUNE_KIND_LIST}))
      END
    WHERE status NOT IN ('DA_CONG_NHAN', 'KHONG_CONG_NHAN')
      AND year IN (SELECT year FROM eval_year WHERE status = 'OPEN')
      AND ${scope.year !== undefined ? sql`year = ${scope.year}` : sql`1`}
      AND ${scope.unitId !== undefined ? sql`unit_id = ${scope.unitId}` : sql`unit_id IN (SELECT id FROM unit WHERE delegated_area_id IS NOT NULL)`}`.execute(trx)
}

/** Records (or clears) that the upper UBND delegated a unit's recognition one level down (TT 124 Điều 10.5). */
export async function setDelegation(ctx: CoreContext, input: { unitId: number; areaId: number | null }): Promise<{ unitId: number; delegatedAreaId: number | null }> {
  return withTransaction(ctx, async (trx, tctx) => {
    const unit = await trx.selectFrom('unit').selectAll().where('id', '=', input.unitId).executeTakeFirst()
    if (!unit) throw notFound('Không tìm thấy đơn vị.')
    if (input.areaId !== null) {
      if (unit.type === 'KDC' || unit.type === 'XA') throw validationError(`Chỉ cơ quan, doanh nghiệp, cơ sở giáo dục được ủy quyền xét duyệt, công nhận cho cấp dưới (${ARTICLE}).`)
      const area = await trx.selectFrom('admin_area').select(['id', 'kind', 'name']).where('id', '=', input.areaId).executeTakeFirst()
      if (!area) throw notFound('Không tìm thấy địa bàn được ủy quyền.')
      const managing = unit.managing_level as ManagingLevel
      const allowed = [levelBelow(managing, 2024), levelBelow(managing, 2025)].filter((level) => level !== null)
      if (managing === 'TRUNG_UONG' || !allowed.includes(levelOfAreaKind(area.kind))) {
        throw validationError(`${area.name} không phải cấp dưới một cấp của cấp quản lý đơn vị: Ủy ban nhân dân cấp trên chỉ ủy quyền cho Ủy ban nhân dân cấp dưới một cấp (${ARTICLE}).`, { areaId: 'Cấp được ủy quyền không hợp lệ.' })
      }
      const inside = unit.area_id === area.id || (unit.area_id !== null && (await trx.selectFrom('admin_area').select('parent_id').where('id', '=', unit.area_id).executeTakeFirst())?.parent_id === area.id)
      if (!inside) throw validationError(`${unit.name} không đóng trên địa bàn ${area.name}: chỉ ủy quyền cho đơn vị đóng trên địa bàn (${ARTICLE}).`, { areaId: 'Đơn vị không đóng trên địa bàn này.' })
    }
    await trx.updateTable('unit').set({ delegated_area_id: input.areaId }).where('id', '=', unit.id).execute()
    recordEntries(tctx, [changeEntry('unit', unit.id, unit.name, { delegated_area_id: unit.delegated_area_id }, { delegated_area_id: input.areaId })])
    await syncDelegatedCommunes(trx, { unitId: unit.id })
    return { unitId: unit.id, delegatedAreaId: input.areaId }
  })
}
