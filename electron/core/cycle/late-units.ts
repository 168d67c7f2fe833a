import { syncDelegatedCommunes } from '../law/delegation'
import type { Selectable } from 'kysely'
import { evaluationPeriod, regulationById, type CycleExclusionCode } from '../../../shared/domain/cycle/regulations'
import type { UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import type { UnitType } from '../../../shared/domain/units'
import { isoNow, type CoreContext } from '../context'
import type { EvalYearTable, UnitTable } from '../db/schema'
import { historyActorOf } from './transitions'
import { fillBoardSortOf } from './registry-sync'
import { newUnitYearRow, scopeOf } from './unit-year-row'
import { recordEntries, unitYearEntry, unitYearLabel } from './cycle-audit'

/** Why a unit joined a year after it was opened (shown in the history line “Mở năm đánh giá”). */
export const JOIN_REASONS = {
  CREATED: 'Đơn vị được thêm sau khi mở năm',
  REACTIVATED: 'Đơn vị hoạt động trở lại sau khi mở năm'
} as const

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
  const joined: number[] = []
  for (const year of years) {
    const period = evaluationPeriod(regulationById(year.regulation_id), unit.type, year.year)
    if (unit.active === 0 && (!unit.inactive_from || unit.inactive_from <= period.start)) continue
    if (unit.active_from && unit.active_from > period.end) continue
    joined.push(await insertJoiningUnitYear(tctx, unit, year, office?.level ?? null, reason))
  }
  return joined
}

/**
 * Writes one unit's record in an open year (T1 for a unit that joins after the opening): the row, its board order,
 * its history line and its audit entry. `reason` says why it joined (null when the office adds it by hand).
 */
export async function insertJoiningUnitYear(
  tctx: CoreContext,
  unit: Selectable<UnitTable>,
  year: Selectable<EvalYearTable>,
  officeLevel: string | null,
  reason: string | null
): Promise<number> {
  const trx = tctx.db
  const now = isoNow(tctx)
  const today = now.slice(0, 10)
  const scope = scopeOf(year.regulation_id, unit.type, unit.exclusion_code, JSON.parse(year.not_deployed) as UnitType[], year.not_deployed_note)
  const row = newUnitYearRow(unit, { year: year.year, regulationId: year.regulation_id }, officeLevel, scope, { statusSince: today, now }, false)
  const { id } = await trx.insertInto('unit_year').values(row).returning('id').executeTakeFirstOrThrow()
  await fillBoardSortOf(trx, id)
  await syncDelegatedCommunes(trx, { unitId: unit.id, year: year.year })
  const historyReason = reason === null ? null : scope.note ? `${reason}; ${scope.note}` : reason
  await trx
    .insertInto('status_history')
    .values({ unit_year_id: id, action: 'T1 OPEN_YEAR', from_status: null, to_status: row.status, business_date: today, at: now, actor: await historyActorOf(trx, year.year), ref: null, reason: historyReason })
    .execute()
  const created = await trx.selectFrom('unit_year').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  recordEntries(tctx, [unitYearEntry(id, unitYearLabel(unit.name, year.year), null, created, { reason })])
  return id
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
      .values({ unit_year_id: row.id, action: to === 'NGOAI_PHAM_VI' ? 'T16 EXCLUDE' : 'T17 INCLUDE', from_status: row.status, to_status: to, business_date: now.slice(0, 10), at: now, actor: await historyActorOf(trx, row.year), ref: null, reason })
      .execute()
    const exclusion = to === 'NGOAI_PHAM_VI' ? row.unit_exclusion : null
    recordEntries(tctx, [
      unitYearEntry(row.id, unitYearLabel(row.unit_name, row.year), { status: row.status, exclusion_code: row.exclusion_code }, { status: to, exclusion_code: exclusion }, { action: to === 'NGOAI_PHAM_VI' ? 'EXCLUDE' : 'INCLUDE', reason })
    ])
  }
}
