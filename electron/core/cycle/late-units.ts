import { sql } from 'kysely'
import { evaluationPeriod, regulationById, type CycleExclusionCode } from '../../../shared/domain/cycle/regulations'
import type { UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import type { UnitType } from '../../../shared/domain/units'
import { isoNow, type CoreContext } from '../context'
import { DEFAULT_ACTOR } from './transitions'
import { recordEntries, unitYearEntry, unitYearLabel } from './cycle-audit'

/** Why a unit joined a year after it was opened (shown in the history line “Mở năm đánh giá”). */
export const JOIN_REASONS = {
  CREATED: 'Đơn vị được thêm sau khi mở năm',
  REACTIVATED: 'Đơn vị hoạt động trở lại sau khi mở năm'
} as const

/** The scope of a unit in an open year: an exclusion the year's version knows, or the type not deployed that year. */
export function scopeOf(
  regulationId: string,
  type: UnitType,
  unitExclusion: string | null,
  notDeployed: UnitType[],
  notDeployedNote: string | null
): { code: CycleExclusionCode | null; note: string | null } {
  if (notDeployed.includes(type)) return { code: 'KHONG_TRIEN_KHAI', note: notDeployedNote }
  const exclusions = regulationById(regulationId).unitTypes[type].exclusions
  if (unitExclusion && exclusions.includes(unitExclusion as CycleExclusionCode)) return { code: unitExclusion as CycleExclusionCode, note: null }
  return { code: null, note: null }
}

/**
 * A unit created or reactivated while years are open joins every open year whose period it is active in, as
 * CHUA_DANG_KY or NGOAI_PHAM_VI with its exclusion code — in the caller's transaction, with a status_history row and
 * an audit entry. Closed years are never touched; a year where the unit already has a record is left as it is (V07).
 */
export async function joinOpenYears(tctx: CoreContext, unitId: number, reason: string): Promise<number[]> {
  const trx = tctx.db
  const unit = await trx.selectFrom('unit').selectAll().where('id', '=', unitId).executeTakeFirst()
  if (!unit) return []
  const years = await trx
    .selectFrom('eval_year')
    .selectAll()
    .where('status', '=', 'OPEN')
    .where('year', 'not in', trx.selectFrom('unit_year').select('year').where('unit_id', '=', unitId))
    .execute()
  if (years.length === 0) return []
  const office = await trx.selectFrom('office_profile').select('level').executeTakeFirst()
  const now = isoNow(tctx)
  const today = now.slice(0, 10)
  const joined: number[] = []
  for (const year of years) {
    const period = evaluationPeriod(regulationById(year.regulation_id), unit.type, year.year)
    if (unit.active === 0 && (!unit.inactive_from || unit.inactive_from <= period.start)) continue
    if (unit.active_from && unit.active_from > period.end) continue
    const scope = scopeOf(year.regulation_id, unit.type, unit.exclusion_code, JSON.parse(year.not_deployed) as UnitType[], year.not_deployed_note)
    const status: UnitYearStatus = scope.code ? 'NGOAI_PHAM_VI' : 'CHUA_DANG_KY'
    const officeLevel = office?.level ?? null
    const row = await trx
      .insertInto('unit_year')
      .values({
        unit_id: unit.id,
        year: year.year,
        unit_type: unit.type,
        area_id: unit.area_id,
        commune_area_id: unit.managing_level === 'XA' ? unit.managing_area_id : null,
        regulation_id: year.regulation_id,
        tracking_mode: officeLevel !== null && officeLevel !== 'CONG_AN_XA' && unit.managing_level === 'XA' ? 'OUTCOME_ONLY' : 'FULL',
        status,
        status_since: today,
        exclusion_code: scope.code,
        exclusion_note: scope.note,
        households_total: unit.households_total,
        staff_total: unit.staff_total,
        minutes_received: 0,
        is_sample: 0,
        created_at: now,
        updated_at: now
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    // Board order of this one row (the whole year is not re-sorted: an import adds thousands of units).
    await sql`UPDATE unit_year SET board_sort = (SELECT printf('%06d', coalesce(a.sort_order, 999999)) || '|' || coalesce(a.sort_key, '') || '|'
        || CASE WHEN u.type = 'XA' THEN '0' ELSE '1' END || u.type || '|' || u.sort_key
      FROM unit u LEFT JOIN admin_area a ON a.id = u.area_id WHERE u.id = unit_year.unit_id) WHERE id = ${row.id}`.execute(trx)
    await trx
      .insertInto('status_history')
      .values({ unit_year_id: row.id, action: 'T1 OPEN_YEAR', from_status: null, to_status: status, business_date: today, at: now, actor: DEFAULT_ACTOR, ref: null, reason: scope.note ? `${reason}; ${scope.note}` : reason })
      .execute()
    const created = await trx.selectFrom('unit_year').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow()
    recordEntries(tctx, [unitYearEntry(row.id, unitYearLabel(unit.name, year.year), null, created, { reason })])
    joined.push(row.id)
  }
  return joined
}

/**
 * A registry edit that changes a unit's exclusion (enterprise size, armed forces, school levels) re-scopes its open,
 * not yet registered records: T16 out of scope, or T17 back into scope — as a change of legal basis does.
 */
export async function rescopeUnit(tctx: CoreContext, unitId: number): Promise<void> {
  const trx = tctx.db
  const rows = await trx
    .selectFrom('unit_year as uy')
    .innerJoin('unit as u', 'u.id', 'uy.unit_id')
    .innerJoin('eval_year as y', 'y.year', 'uy.year')
    .select(['uy.id', 'uy.year', 'uy.status', 'uy.unit_type', 'uy.exclusion_code', 'uy.regulation_id', 'u.exclusion_code as unit_exclusion', 'u.name as unit_name'])
    .where('uy.unit_id', '=', unitId)
    .where('y.status', '=', 'OPEN')
    .where('uy.status', 'in', ['CHUA_DANG_KY', 'NGOAI_PHAM_VI'])
    .execute()
  const now = isoNow(tctx)
  for (const row of rows) {
    const exclusions = regulationById(row.regulation_id).unitTypes[row.unit_type].exclusions
    const excluded = row.unit_exclusion !== null && exclusions.includes(row.unit_exclusion as CycleExclusionCode)
    const lawExclusion = row.exclusion_code === 'LLVT' || row.exclusion_code === 'DN_NHO_SIEU_NHO' || row.exclusion_code === 'CSGD_MN_TH'
    let to: UnitYearStatus | null = null
    if (row.status === 'CHUA_DANG_KY' && excluded) to = 'NGOAI_PHAM_VI'
    if (row.status === 'NGOAI_PHAM_VI' && lawExclusion && !excluded) to = 'CHUA_DANG_KY'
    if (!to) continue
    const reason = 'Thông tin đơn vị trong danh bạ thay đổi'
    await trx
      .updateTable('unit_year')
      .set({ status: to, status_since: now.slice(0, 10), exclusion_code: to === 'NGOAI_PHAM_VI' ? (row.unit_exclusion as CycleExclusionCode) : null, updated_at: now })
      .where('id', '=', row.id)
      .execute()
    await trx
      .insertInto('status_history')
      .values({ unit_year_id: row.id, action: to === 'NGOAI_PHAM_VI' ? 'T16 EXCLUDE' : 'T17 INCLUDE', from_status: row.status, to_status: to, business_date: now.slice(0, 10), at: now, actor: DEFAULT_ACTOR, ref: null, reason })
      .execute()
    const exclusion = to === 'NGOAI_PHAM_VI' ? row.unit_exclusion : null
    recordEntries(tctx, [
      unitYearEntry(row.id, unitYearLabel(row.unit_name, row.year), { status: row.status, exclusion_code: row.exclusion_code }, { status: to, exclusion_code: exclusion }, { action: to === 'NGOAI_PHAM_VI' ? 'EXCLUDE' : 'INCLUDE', reason })
    ])
  }
}
