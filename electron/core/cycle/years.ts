import { sql, type Kysely, type Selectable } from 'kysely'
import type { z } from 'zod'
import type { YearRow, yearOpen, yearUpdateDeadlines } from '../../../shared/api/calls/cycle'
import { ApiError, notFound, validationError } from '../../../shared/api/errors'
import { MESSAGES } from '../../../shared/domain/cycle/messages'
import {
  defaultRegulationForYear,
  evaluationPeriod,
  regulationById,
  type CycleExclusionCode,
  type RegulationId
} from '../../../shared/domain/cycle/regulations'
import type { UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import type { UnitType } from '../../../shared/domain/units'
import { todayInVietnam } from '../../../shared/text/dates'
import { isoNow, withTransaction, type CoreContext } from '../context'
import type { Database, EvalYearTable } from '../db/schema'
import { currentCriterionSet } from './criteria-store'
import { actOnUnitYears, historyActorOf } from './transitions'
import { chunks } from './unit-year-facts'
import { changeEntry } from '../audit/audit-log'
import { recordEntries, unitYearEntry, unitYearLabel, yearLabel } from './cycle-audit'
import { fillBoardSort } from './registry-sync'
import { insertJoiningUnitYear } from './late-units'
import { newUnitYearRow, scopeOf } from './unit-year-row'
import { officeLevelOfYear } from '../settings/office-history'
import { defaultYearDeadlines } from '../../../shared/domain/cycle/deadlines'
import { loadLawSettings } from '../law/law-settings'
import { syncDelegatedCommunes } from '../law/delegation'
import { deadlinesOfRow } from '../law/year-deadlines'

type Executor = Kysely<Database>

/** Bookkeeping columns of a year: when it was opened and closed is the audit row's own time. */
const YEAR_IGNORED: ReadonlySet<string> = new Set(['opened_at', 'closed_at'])

function toYearRow(row: Selectable<EvalYearTable>, count: number): YearRow {
  return {
    year: row.year,
    regulationId: row.regulation_id as RegulationId,
    regulationName: regulationById(row.regulation_id).shortName,
    status: row.status,
    ...deadlinesOfRow(row),
    basisChangeReason: row.basis_change_reason,
    notDeployed: JSON.parse(row.not_deployed) as UnitType[],
    unitYearCount: count,
    isSample: row.is_sample === 1
  }
}

export async function listYears(db: Executor): Promise<YearRow[]> {
  const rows = await db.selectFrom('eval_year').selectAll().orderBy('year', 'desc').execute()
  const counts = await db.selectFrom('unit_year').select(['year', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('year').execute()
  const byYear = new Map(counts.map((row) => [row.year, Number(row.n)]))
  return rows.map((row) => toYearRow(row, byYear.get(row.year) ?? 0))
}

export async function requireYear(db: Executor, year: number): Promise<Selectable<EvalYearTable>> {
  const row = await db.selectFrom('eval_year').selectAll().where('year', '=', year).executeTakeFirst()
  if (!row) throw notFound(`Năm ${year} chưa được mở. Vui lòng mở năm đánh giá trước.`)
  return row
}

export async function getYear(db: Executor, year: number): Promise<YearRow> {
  const row = await requireYear(db, year)
  const count = await db.selectFrom('unit_year').select((eb) => eb.fn.countAll<number>().as('n')).where('year', '=', year).executeTakeFirstOrThrow()
  return toYearRow(row, Number(count.n))
}

/**
 * T1 “Mở năm”: binds the year to its legal basis and brings every unit active in the period into it, in scope as
 * CHUA_DANG_KY or out of scope as NGOAI_PHAM_VI with the exclusion code.
 */
export async function openYear(ctx: CoreContext, input: z.output<typeof yearOpen>, options: { isSample?: boolean; actor?: string; openedOn?: string } = {}): Promise<YearRow> {
  const { year } = input
  const currentYear = Number(todayInVietnam(ctx.now()).slice(0, 4))
  const fallback = defaultRegulationForYear(year)
  if (!fallback || year > currentYear + 1) throw validationError(MESSAGES.V16(year), { year: MESSAGES.V16(year) })
  const regulation = input.regulationId ? regulationById(input.regulationId) : fallback
  if (regulation.id !== fallback.id && !input.reason) {
    throw validationError(`Năm ${year} theo mặc định áp dụng ${fallback.shortName}; vui lòng nhập lý do khi chọn cơ sở pháp lý khác.`, { reason: MESSAGES.V20 })
  }
  return withTransaction(ctx, async (trx, tctx) => {
    if (await trx.selectFrom('eval_year').select('year').where('year', '=', year).executeTakeFirst()) {
      throw new ApiError({ code: 'CONFLICT', message: `Năm đánh giá ${year} đã được mở.` })
    }
    const now = isoNow(ctx)
    const setId = await currentCriterionSet(trx, regulation.id, now)
    // Điều 9.1 by type, under the office's reading of “trước ngày”; TT 23's own dates are office defaults.
    const due = defaultYearDeadlines(regulation, year, (await loadLawSettings(trx)).deadlineReading)
    await trx
      .insertInto('eval_year')
      .values({
        year,
        regulation_id: regulation.id,
        criterion_set_id: setId,
        status: 'OPEN',
        registration_due: due.registrationDue,
        dossier_due_kdc: due.dossierDueKdc,
        dossier_due_other: due.dossierDueOther,
        appraisal_due_kdc: due.appraisalDueKdc,
        appraisal_due: due.appraisalDue,
        decision_due_kdc: due.decisionDueKdc,
        decision_due: due.decisionDue,
        report_due: due.reportDue,
        school_year_end: regulation.unitTypes.CSGD.schoolYear ? `${year}-05-31` : null,
        basis_change_reason: regulation.id !== fallback.id ? input.reason : null,
        not_deployed: JSON.stringify(input.notDeployed),
        not_deployed_note: input.notDeployedNote,
        is_sample: options.isSample ? 1 : 0,
        opened_at: now,
        closed_at: null
      })
      .execute()
    const officeLevel = await officeLevelOfYear(trx, year)
    const units = await trx
      .selectFrom('unit')
      .select(['id', 'type', 'area_id', 'managing_area_id', 'managing_level', 'exclusion_code', 'active', 'active_from', 'inactive_from', 'successor_unit_id', 'households_total', 'staff_total', 'is_sample'])
      .execute()
    const rows = []
    for (const unit of units) {
      const period = evaluationPeriod(regulation, unit.type, year)
      if (unit.active === 0 && (!unit.inactive_from || unit.inactive_from <= period.start)) continue
      // A commune merged before the period ends is carried on by its successor's record (law-2026.md §3.1, lineage).
      if (unit.type === 'XA' && unit.successor_unit_id !== null && unit.inactive_from !== null && unit.inactive_from <= period.end) continue
      if (unit.active_from && unit.active_from > period.end) continue
      const scope = scopeOf(regulation.id, unit.type, unit.exclusion_code, input.notDeployed, input.notDeployedNote)
      const dates = { statusSince: options.openedOn ?? now.slice(0, 10), now }
      rows.push(newUnitYearRow(unit, { year, regulationId: regulation.id }, officeLevel, scope, dates, Boolean(options.isSample && unit.is_sample)))
    }
    for (const part of chunks(rows, 400)) await trx.insertInto('unit_year').values(part).execute()
    await fillBoardSort(trx, year)
    await syncDelegatedCommunes(trx, { year })
    await sql`INSERT INTO status_history (unit_year_id, action, from_status, to_status, business_date, at, actor, ref, reason)
      SELECT id, 'T1 OPEN_YEAR', NULL, status, ${options.openedOn ?? now.slice(0, 10)}, ${now}, ${options.actor ?? (await historyActorOf(trx, year))}, NULL, exclusion_note
      FROM unit_year WHERE year = ${year}`.execute(trx)
    // One audit row for the year (its deadlines, basis, and how many unit-years it brought in), not one per unit.
    const opened = await requireYear(trx, year)
    recordEntries(tctx, [changeEntry('eval_year', year, yearLabel(year), null, { ...opened, unit_years: rows.length }, { ignore: YEAR_IGNORED })])
    return getYear(trx, year)
  })
}

/** V07: adds one unit to an open year (a unit created after the year was opened). */
export async function addUnitToYear(ctx: CoreContext, year: number, unitId: number): Promise<number> {
  return withTransaction(ctx, async (trx, tctx) => {
    const yearRow = await requireYear(trx, year)
    if (yearRow.status === 'CLOSED') throw validationError(MESSAGES.YEAR_CLOSED(year))
    const unit = await trx.selectFrom('unit').selectAll().where('id', '=', unitId).executeTakeFirst()
    if (!unit) throw notFound('Không tìm thấy đơn vị.')
    const existing = await trx.selectFrom('unit_year').select('id').where('unit_id', '=', unitId).where('year', '=', year).executeTakeFirst()
    if (existing) throw new ApiError({ code: 'CONFLICT', message: MESSAGES.V07(unit.name, year) })
    const regulation = regulationById(yearRow.regulation_id)
    const period = evaluationPeriod(regulation, unit.type, year)
    if (unit.active === 0 && unit.inactive_from && unit.inactive_from <= period.start) {
      throw validationError(MESSAGES.V17(unit.inactive_from, year))
    }
    const office = await trx.selectFrom('office_profile').select('level').executeTakeFirst()
    // The same record as a unit joining by itself; added by hand, so no joining reason.
    return insertJoiningUnitYear(tctx, unit, yearRow, office?.level ?? null, null)
  })
}

export async function updateDeadlines(ctx: CoreContext, input: z.output<typeof yearUpdateDeadlines>): Promise<YearRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    const row = await requireYear(trx, input.year)
    if (row.status === 'CLOSED') throw validationError(MESSAGES.YEAR_CLOSED(input.year))
    await trx
      .updateTable('eval_year')
      .set({
        registration_due: input.registrationDue,
        dossier_due_kdc: input.dossierDueKdc ?? row.dossier_due_kdc,
        dossier_due_other: input.dossierDueOther ?? row.dossier_due_other,
        appraisal_due_kdc: input.appraisalDueKdc ?? row.appraisal_due_kdc,
        appraisal_due: input.appraisalDue ?? row.appraisal_due,
        decision_due_kdc: input.decisionDueKdc ?? row.decision_due_kdc,
        decision_due: input.decisionDue ?? row.decision_due,
        report_due: input.reportDue ?? row.report_due
      })
      .where('year', '=', input.year)
      .execute()
    recordEntries(tctx, [changeEntry('eval_year', input.year, yearLabel(input.year), row, await requireYear(trx, input.year), { ignore: YEAR_IGNORED })])
    return getYear(trx, input.year)
  })
}

/** Re-binds a year to another legal basis, with a reason, only while no unit-year has gone past registration. */
export async function changeRegulation(ctx: CoreContext, input: { year: number; regulationId: RegulationId; reason: string }): Promise<YearRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    const row = await requireYear(trx, input.year)
    if (row.status === 'CLOSED') throw validationError(MESSAGES.YEAR_CLOSED(input.year))
    const advanced = await trx
      .selectFrom('unit_year')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('year', '=', input.year)
      .where('status', 'not in', ['CHUA_DANG_KY', 'NGOAI_PHAM_VI', 'DA_DANG_KY'])
      .executeTakeFirstOrThrow()
    if (Number(advanced.n) > 0) {
      throw validationError(`Không thể đổi cơ sở pháp lý của năm ${input.year}: đã có ${Number(advanced.n)} hồ sơ qua bước họp đánh giá.`)
    }
    const regulation = regulationById(input.regulationId)
    const setId = await currentCriterionSet(trx, regulation.id, isoNow(ctx))
    await trx.updateTable('eval_year').set({ regulation_id: regulation.id, criterion_set_id: setId, basis_change_reason: input.reason }).where('year', '=', input.year).execute()
    await trx.updateTable('unit_year').set({ regulation_id: regulation.id }).where('year', '=', input.year).execute()
    recordEntries(tctx, [changeEntry('eval_year', input.year, yearLabel(input.year), row, await requireYear(trx, input.year), { reason: input.reason, ignore: YEAR_IGNORED })])
    await rescope(trx, tctx, input.year, regulation.id, input.reason)
    return getYear(trx, input.year)
  })
}

/**
 * After a change of legal basis, the scope follows the new version for rows not yet registered: a unit excluded by
 * the new version leaves (T16), a unit the old version excluded and the new one does not comes back (T17).
 */
async function rescope(trx: Executor, ctx: CoreContext, year: number, regulationId: string, reason: string): Promise<void> {
  const regulation = regulationById(regulationId)
  const rows = await trx
    .selectFrom('unit_year as uy')
    .innerJoin('unit as u', 'u.id', 'uy.unit_id')
    .select(['uy.id', 'uy.status', 'uy.unit_type', 'uy.exclusion_code', 'u.exclusion_code as unit_exclusion', 'u.name as unit_name'])
    .where('uy.year', '=', year)
    .where('uy.status', 'in', ['CHUA_DANG_KY', 'NGOAI_PHAM_VI'])
    .execute()
  const now = isoNow(ctx)
  const entries = []
  for (const row of rows) {
    const excluded = row.unit_exclusion !== null && regulation.unitTypes[row.unit_type].exclusions.includes(row.unit_exclusion)
    const lawExclusion = row.exclusion_code === 'LLVT' || row.exclusion_code === 'DN_NHO_SIEU_NHO' || row.exclusion_code === 'CSGD_MN_TH'
    let to: UnitYearStatus | null = null
    if (row.status === 'CHUA_DANG_KY' && excluded) to = 'NGOAI_PHAM_VI'
    if (row.status === 'NGOAI_PHAM_VI' && lawExclusion && !excluded) to = 'CHUA_DANG_KY'
    if (!to) continue
    const exclusion = to === 'NGOAI_PHAM_VI' ? (row.unit_exclusion as CycleExclusionCode) : null
    await trx
      .updateTable('unit_year')
      .set({ status: to, status_since: now.slice(0, 10), exclusion_code: exclusion, updated_at: now })
      .where('id', '=', row.id)
      .execute()
    entries.push(
      unitYearEntry(row.id, unitYearLabel(row.unit_name, year), { status: row.status, exclusion_code: row.exclusion_code }, { status: to, exclusion_code: exclusion }, { action: to === 'NGOAI_PHAM_VI' ? 'EXCLUDE' : 'INCLUDE', reason })
    )
    await trx
      .insertInto('status_history')
      .values({ unit_year_id: row.id, action: to === 'NGOAI_PHAM_VI' ? 'T16 EXCLUDE' : 'T17 INCLUDE', from_status: row.status, to_status: to, business_date: now.slice(0, 10), at: now, actor: await historyActorOf(trx, year), ref: regulation.shortName, reason })
      .execute()
  }
  recordEntries(ctx, entries)
}

/** “Chốt năm”: T15 for every unfinished unit-year (with confirmation), then the year is read-only. */
export async function closeYear(ctx: CoreContext, year: number, confirmed: boolean): Promise<YearRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    const row = await requireYear(trx, year)
    if (row.status === 'CLOSED') throw new ApiError({ code: 'CONFLICT', message: `Năm đánh giá ${year} đã chốt.` })
    const unfinished = await trx
      .selectFrom('unit_year')
      .select('id')
      .where('year', '=', year)
      .where('status', 'not in', ['NGOAI_PHAM_VI', 'DA_CONG_NHAN', 'KHONG_CONG_NHAN'])
      .execute()
    if (!confirmed) {
      const warning = `Chốt năm ${year}: ${unfinished.length} hồ sơ chưa có kết quả sẽ chuyển sang “Không công nhận”. Sau khi chốt, năm chỉ được xem; mọi thay đổi phải thực hiện bằng chức năng “Điều chỉnh”.`
      throw new ApiError({ code: 'NEEDS_CONFIRMATION', message: warning, warnings: [warning] })
    }
    if (unfinished.length > 0) {
      await actOnUnitYears(tctx, unfinished.map((u) => u.id), { action: 'CLOSE_UNFINISHED', date: row.decision_due <= todayInVietnam(ctx.now()) ? row.decision_due : todayInVietnam(ctx.now()), reason: null, ref: null, signer: null, body: null, chair: null, exclusionCode: null, householdsTotal: null, householdsRegistered: null, staffTotal: null, staffBriefed: null })
    }
    await trx.updateTable('eval_year').set({ status: 'CLOSED', closed_at: isoNow(ctx) }).where('year', '=', year).execute()
    recordEntries(tctx, [changeEntry('eval_year', year, yearLabel(year), row, await requireYear(trx, year), { action: 'CLOSE_YEAR', ignore: YEAR_IGNORED })])
    return getYear(trx, year)
  })
}
