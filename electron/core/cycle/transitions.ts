import { sql, type Kysely, type Updateable } from 'kysely'
import type { z } from 'zod'
import type { ActResult, unitYearAct } from '../../../shared/api/calls/cycle'
import { ApiError, BLOCKED_LISTED, notFound, type BlockedRow } from '../../../shared/api/errors'
import { checkAction } from '../../../shared/domain/cycle/guards'
import { TRANSITIONS, type CycleAction } from '../../../shared/domain/cycle/machine'
import { regulationById } from '../../../shared/domain/cycle/regulations'
import { criterionPasses, type CriterionResult, type OutcomeReason, type UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import { EXCLUSION_MESSAGES, type ExclusionCode } from '../../../shared/domain/scope'
import { todayInVietnam } from '../../../shared/text/dates'
import { isoNow, withTransaction, type CoreContext } from '../context'
import type { Database, UnitYearTable } from '../db/schema'
import { changedCodes, recordEntries, unitYearEntry, unitYearLabel, unitYearRowsBefore } from './cycle-audit'
import { officeLevelOfYear } from '../settings/office-history'
import { OFFICE_ACTOR_NAMES } from '../../../shared/domain/office'
import { communeOf, effectiveCriteriaOf, idList, guardFactsOf, loadBatch, missingItemsOf, type CycleBatch, type UnitYearRecord } from './unit-year-facts'

export type ActInput = Omit<z.output<typeof unitYearAct>, 'ids'> & { actor?: string }

/** An action's input with every optional field empty, for callers in core (sample, import, documents) to extend. */
export const EMPTY_ACT_INPUT: Omit<ActInput, 'action'> = {
  date: null,
  reason: null,
  ref: null,
  signer: null,
  body: null,
  chair: null,
  exclusionCode: null,
  householdsTotal: null,
  householdsRegistered: null,
  staffTotal: null,
  staffBriefed: null,
  confirmed: false
}
type Executor = Kysely<Database>
type Patch = Updateable<UnitYearTable>

export const DEFAULT_ACTOR = 'Cán bộ Đội'

/**
 * Who the history names for the office's own steps in a year: the ward police, the district team or PV05, by the
 * office level of that year (issue 8 item 6: not “Cán bộ Đội” for a ward police); the team before any profile.
 */
export async function historyActorOf(db: Executor, year: number): Promise<string> {
  const level = await officeLevelOfYear(db, year)
  return level ? OFFICE_ACTOR_NAMES[level] : DEFAULT_ACTOR
}
const MAX_NAMED = 10

/** Why a unit-year closed at year end without a decision (T15). */
function closingReason(status: UnitYearStatus): OutcomeReason {
  switch (status) {
    case 'CHUA_DANG_KY':
      return 'KHONG_DANG_KY'
    case 'DA_DANG_KY':
    case 'DA_TU_DANH_GIA':
      return 'KHONG_NOP_HO_SO'
    case 'TRA_LAI':
      return 'HO_SO_CHUA_DU'
    case 'THAM_DINH_KHONG_DAT':
      return 'KHONG_DAT_TIEU_CHI'
    default:
      return 'KHAC'
  }
}

function patchFor(action: CycleAction, input: ActInput, row: UnitYearRecord, failed: number[], today: string): Patch {
  const date = input.date ?? null
  switch (action) {
    case 'REGISTER':
      return {
        registered_on: date,
        registration_ref: input.ref ?? row.registration_ref,
        households_total: input.householdsTotal ?? row.households_total,
        households_registered: input.householdsRegistered ?? row.households_registered,
        staff_total: input.staffTotal ?? row.staff_total,
        staff_briefed: input.staffBriefed ?? row.staff_briefed
      }
    case 'UNREGISTER':
      return { registered_on: null, registration_ref: null }
    case 'RECORD_MEETING':
      return { meeting_on: date, meeting_chair: input.chair ?? row.meeting_chair }
    case 'RECEIVE_DOSSIER':
      return { received_on: date, receiver: input.signer ?? row.receiver }
    case 'RETURN_DOSSIER':
      return { returned_on: date ?? today, return_reason: input.reason }
    case 'RESUBMIT_DOSSIER':
      return { return_reason: null }
    case 'APPRAISE_PASS':
      return { appraised_on: date, appraisal_note: input.reason ?? row.appraisal_note, failed_criteria: null }
    case 'APPRAISE_FAIL':
      return { appraised_on: date, appraisal_note: input.reason ?? null, failed_criteria: JSON.stringify(failed) }
    case 'REAPPRAISE':
      return { appraised_on: null, failed_criteria: null }
    case 'PROPOSE':
      return { proposal_no: input.ref, proposed_on: date }
    case 'WITHDRAW_PROPOSAL':
      return { proposal_no: null, proposed_on: null }
    case 'RECORD_DECISION':
    case 'RECORD_OUTCOME_RECOGNISED':
      return {
        decision_no: input.ref,
        decision_on: date,
        decision_signer: input.signer ?? null,
        decision_body: input.body ?? null,
        outcome: 'DA_CONG_NHAN',
        outcome_reason: null,
        name_snapshot: row.unit_name
      }
    case 'REJECT':
    case 'RECORD_OUTCOME_NOT_RECOGNISED':
      return {
        decision_no: input.ref ?? null,
        decision_on: date,
        outcome: 'KHONG_CONG_NHAN',
        outcome_reason: 'CAP_CO_THAM_QUYEN_KHONG_CONG_NHAN',
        name_snapshot: row.unit_name
      }
    case 'CLOSE_UNFINISHED':
      return { outcome: 'KHONG_CONG_NHAN', outcome_reason: closingReason(row.status), failed_criteria: failed.length ? JSON.stringify(failed) : row.failed_criteria, name_snapshot: row.unit_name }
    case 'EXCLUDE':
      return { exclusion_code: input.exclusionCode, exclusion_note: input.reason }
    case 'INCLUDE':
      return { exclusion_code: null, exclusion_note: null }
    case 'AMEND':
      return { outcome: row.status === 'DA_CONG_NHAN' ? 'KHONG_CONG_NHAN' : 'DA_CONG_NHAN', outcome_reason: row.status === 'DA_CONG_NHAN' ? 'KHAC' : null }
  }
}

function refOf(action: CycleAction, input: ActInput): string | null {
  return input.ref ?? (action === 'RECORD_MEETING' ? input.chair : null) ?? null
}

/** Lists the units that blocked a bulk action, by name, with the rule each broke. */
function blockedError(blocked: BlockedRow[], total: number, invalid: boolean): ApiError {
  if (total === 1 && blocked.length === 1) {
    return new ApiError({ code: invalid ? 'INVALID_TRANSITION' : 'VALIDATION', message: blocked[0]!.errors.join(' ') })
  }
  const named = blocked.slice(0, MAX_NAMED).map((entry) => `${entry.name}: ${entry.errors.join(' ')}`)
  const more = blocked.length > MAX_NAMED ? ` … và ${blocked.length - MAX_NAMED} đơn vị khác.` : ''
  return new ApiError({
    code: invalid ? 'INVALID_TRANSITION' : 'VALIDATION',
    message: `Không thực hiện được: ${blocked.length}/${total} đơn vị không đủ điều kiện, chưa có thay đổi nào được ghi. ${named.join(' — ')}${more}`,
    // The dialog lists them as a table and offers the step for the others (issue 11 item 14).
    blocked: blocked.slice(0, BLOCKED_LISTED),
    blockedCount: blocked.length
  })
}

/** Marks manual criteria not yet assessed as Đạt (bulk "họp đánh giá, đạt tất cả"). */
function withAllPassed(batch: CycleBatch, row: UnitYearRecord, codes: string[]): Map<string, CriterionResult> {
  const map = new Map(batch.manual.get(row.id) ?? [])
  for (const code of codes) if ((map.get(code) ?? 'CHUA_DANH_GIA') === 'CHUA_DANH_GIA') map.set(code, 'DAT')
  return map
}

/**
 * One action on one or many unit-years (domain.md §4): every row is checked first; if any is refused nothing is
 * written and the message names the units. Warnings (V12) need `confirmed`. Each change writes status_history.
 */
export interface ActOptions {
  allowClosedYear?: boolean
  /** One input per unit-year (an Excel import: each row its own date and counts); `input` for the others. */
  inputs?: ReadonlyMap<number, ActInput>
  /** Told of each refused row and each row's warnings, by id (the refusal still writes nothing). */
  report?: { blocked?: (id: number, errors: string[]) => void; warned?: (id: number, warnings: string[]) => void }
}

type Plan = { row: UnitYearRecord; input: ActInput; to: UnitYearStatus; patch: Patch; manual: Map<string, CriterionResult> | null; failed: number[] }

export async function actOnUnitYears(ctx: CoreContext, ids: readonly number[], input: ActInput & { action: CycleAction }, options: ActOptions = {}): Promise<ActResult> {
  return withTransaction(ctx, async (trx, tctx) => {
    const unique = [...new Set(ids)]
    const batch = await loadBatch(trx, unique)
    if (batch.rows.size !== unique.length) throw notFound('Không tìm thấy hồ sơ năm của một số đơn vị đã chọn.')
    const today = todayInVietnam(ctx.now())
    const { action } = input
    const blocked: BlockedRow[] = []
    let invalid = false
    const warnings = new Set<string>()
    const plans: Plan[] = []

    const codesCache = new Map<string, string[]>()
    const manualCodes = (row: UnitYearRecord) => {
      const key = `${row.year}:${row.unit_type}`
      let codes = codesCache.get(key)
      if (!codes) {
        codes = (batch.criteriaBySet.get(batch.years.get(row.year)!.criterion_set_id)?.get(row.unit_type) ?? []).filter((c) => c.kind !== 'DERIVED').map((c) => c.code)
        codesCache.set(key, codes)
      }
      return codes
    }
    for (const id of unique) {
      const row = batch.rows.get(id)!
      const rowInput: ActInput = options.inputs?.get(id) ?? input
      const regulation = regulationById(row.regulation_id)
      const criteriaCodes = action === 'RECORD_MEETING' ? manualCodes(row) : []
      const manual = action === 'RECORD_MEETING' && rowInput.allCriteriaPassed && row.tracking_mode === 'FULL' ? withAllPassed(batch, row, criteriaCodes) : null
      const registeredOn = action === 'REGISTER' ? (rowInput.date ?? null) : undefined
      const counts = action === 'REGISTER' ? { households_total: rowInput.householdsTotal ?? row.households_total, households_registered: rowInput.householdsRegistered ?? row.households_registered, staff_total: rowInput.staffTotal ?? row.staff_total, staff_briefed: rowInput.staffBriefed ?? row.staff_briefed } : undefined
      const criteria = effectiveCriteriaOf(batch, row, { ...(manual ? { manual } : {}), ...(registeredOn !== undefined ? { registeredOn } : {}), ...(counts ? { counts } : {}) })
      const missing = missingItemsOf(regulation, row, batch.received.get(row.id))
      const facts = guardFactsOf(batch, row, criteria, missing)
      if (options.allowClosedYear) facts.yearClosed = false
      const verdict = checkAction(facts, action, { ...rowInput, householdsTotal: counts?.households_total ?? null, householdsRegistered: counts?.households_registered ?? null, staffTotal: counts?.staff_total ?? null, staffBriefed: counts?.staff_briefed ?? null }, today)
      const errors = [...verdict.errors]
      if (action === 'INCLUDE' && regulation.basis === 'TT124' && row.unit_exclusion && regulation.unitTypes[row.unit_type].exclusions.includes(row.unit_exclusion as ExclusionCode)) {
        errors.push(EXCLUSION_MESSAGES[row.unit_exclusion as ExclusionCode])
      }
      if (verdict.invalidTransition) invalid = true
      if (errors.length > 0) {
        blocked.push({ id, name: row.unit_name, errors })
        options.report?.blocked?.(id, errors)
        continue
      }
      for (const warning of verdict.warnings) warnings.add(warning)
      if (verdict.warnings.length > 0) options.report?.warned?.(id, verdict.warnings)
      const failed = criteria.filter((c) => !criterionPasses(c.result)).map((c) => c.number)
      plans.push({ row, input: rowInput, to: verdict.to!, patch: patchFor(action, rowInput, row, failed, today), manual, failed })
    }
    if (blocked.length > 0) throw blockedError(blocked, unique.length, invalid && blocked.length === unique.length)
    if (warnings.size > 0 && !input.confirmed) {
      throw new ApiError({ code: 'NEEDS_CONFIRMATION', message: [...warnings].join(' '), warnings: [...warnings] })
    }
    await writePlans(trx, tctx, batch, action, input, plans, today)
    return { changed: plans.length, warnings: [...warnings] }
  })
}

async function writePlans(
  trx: Executor,
  ctx: CoreContext,
  batch: CycleBatch,
  action: CycleAction,
  input: ActInput,
  plans: Plan[],
  today: string
): Promise<void> {
  const now = isoNow(ctx)
  const actor = input.actor ?? (await historyActorOf(trx, plans[0]?.row.year ?? new Date(now).getUTCFullYear()))
  // The before of the audit: only the columns this step writes.
  const writtenColumns = [...new Set(plans.flatMap((plan) => Object.keys(plan.patch))), 'status']
  const before = await unitYearRowsBefore(trx, plans.map((plan) => plan.row.id), writtenColumns)
  const written = new Map<number, Patch>()
  // Rows with the same change are written with one UPDATE … WHERE id IN (json list).
  const groups = new Map<string, { patch: Patch; ids: number[] }>()
  for (const plan of plans) {
    const patch: Patch = { ...plan.patch, status: plan.to, status_since: plan.input.date ?? today, updated_at: now }
    if (plan.to === 'DA_CONG_NHAN' || plan.to === 'KHONG_CONG_NHAN') {
      const commune = communeOf(batch, plan.row)
      if (commune) patch.commune_snapshot = JSON.stringify(commune)
    }
    written.set(plan.row.id, patch)
    const key = JSON.stringify(patch)
    const group = groups.get(key)
    if (group) group.ids.push(plan.row.id)
    else groups.set(key, { patch, ids: [plan.row.id] })
  }
  for (const group of groups.values()) await trx.updateTable('unit_year').set(group.patch).where(sql<boolean>`id IN ${idList(group.ids)}`).execute()
  const assessedOn = (plan: Plan) => plan.input.date ?? today
  const criteriaRows = plans.flatMap((plan) =>
    plan.manual
      ? [...plan.manual.entries()].filter(([code, result]) => (batch.manual.get(plan.row.id)?.get(code) ?? 'CHUA_DANH_GIA') !== result).map(([code, result]) => [plan.row.id, code, result, assessedOn(plan)])
      : []
  )
  if (criteriaRows.length > 0) {
    await sql`INSERT INTO criterion_result (unit_year_id, criterion_code, result, note, evidence, assessed_on)
      SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), NULL, NULL, json_extract(value, '$[3]')
      FROM json_each(${JSON.stringify(criteriaRows)}) WHERE true
      ON CONFLICT (unit_year_id, criterion_code) DO UPDATE SET result = excluded.result, assessed_on = excluded.assessed_on`.execute(trx)
  }
  const dossierItems = (plan: (typeof plans)[number]) =>
    action === 'RECEIVE_DOSSIER' || action === 'RESUBMIT_DOSSIER'
      ? plan.row.tracking_mode === 'FULL' ? regulationById(plan.row.regulation_id).dossierItems[plan.row.unit_type].map((item) => item.code) : []
      : []
  if (action === 'RECEIVE_DOSSIER' || action === 'RESUBMIT_DOSSIER') {
    const items = plans.flatMap((plan) => dossierItems(plan).map((code) => [plan.row.id, code, assessedOn(plan)]))
    if (items.length > 0) {
      await sql`INSERT INTO dossier_item (unit_year_id, item_code, received_on, note)
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), NULL FROM json_each(${JSON.stringify(items)}) WHERE true
        ON CONFLICT (unit_year_id, item_code) DO UPDATE SET received_on = coalesce(dossier_item.received_on, excluded.received_on)`.execute(trx)
    }
  }
  const history = plans.map((plan) => [
    plan.row.id,
    plan.row.status,
    plan.to,
    plan.input.reason ?? (action === 'APPRAISE_FAIL' && plan.failed.length ? `Chưa đạt tiêu chí ${plan.failed.join(', ')}` : null),
    plan.input.date ?? today,
    refOf(action, plan.input)
  ])
  await sql`INSERT INTO status_history (unit_year_id, action, from_status, to_status, business_date, at, actor, ref, reason)
    SELECT json_extract(value, '$[0]'), ${TRANSITIONS[action].code + ' ' + action}, json_extract(value, '$[1]'), json_extract(value, '$[2]'),
      json_extract(value, '$[4]'), ${now}, ${actor}, json_extract(value, '$[5]'), json_extract(value, '$[3]')
    FROM json_each(${JSON.stringify(history)})`.execute(trx)
  if (action === 'AMEND') {
    for (const plan of plans) {
      await trx
        .insertInto('amendment')
        .values({
          unit_year_id: plan.row.id,
          kind: plan.row.status === 'DA_CONG_NHAN' ? 'REVOKE' : 'REINSTATE',
          legal_ref: plan.input.ref ?? null,
          reason: plan.input.reason ?? '',
          changes: JSON.stringify({ status: [plan.row.status, plan.to] }),
          actor,
          at: now
        })
        .execute()
    }
  }
  // One audit row per unit-year, old → new of every column the step wrote, criteria marks and dossier receipts included.
  recordEntries(
    ctx,
    plans.map((plan, index) => {
      const old = before.get(plan.row.id)!
      const oldRow: Record<string, unknown> = { ...old }
      const newRow: Record<string, unknown> = { ...old, ...written.get(plan.row.id) }
      const criteria = plan.manual ? changedCodes(batch.manual.get(plan.row.id), plan.manual, 'CHUA_DANH_GIA') : null
      if (criteria) {
        oldRow.criteria = criteria.old
        newRow.criteria = criteria.new
      }
      const received = batch.received.get(plan.row.id)
      const dossier = changedCodes(received, new Map(dossierItems(plan).map((code) => [code, received?.get(code) ?? assessedOn(plan)])), null as string | null)
      if (dossier) {
        oldRow.dossier_items = dossier.old
        newRow.dossier_items = dossier.new
      }
      const reason = history[index]![3] as string | null
      return unitYearEntry(plan.row.id, unitYearLabel(plan.row.unit_name, plan.row.year), oldRow, newRow, { action, reason })
    })
  )
}
