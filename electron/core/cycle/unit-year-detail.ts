import { sql, type Kysely } from 'kysely'
import type { z } from 'zod'
import type { HistoryLine, UnitYearDetail, unitYearSave } from '../../../shared/api/calls/cycle'
import { notFound, validationError } from '../../../shared/api/errors'
import { allowedActions, CYCLE_ACTIONS, TRANSITIONS } from '../../../shared/domain/cycle/machine'
import { MESSAGES } from '../../../shared/domain/cycle/messages'
import { evaluationPeriod, regulationById, type RegulationId } from '../../../shared/domain/cycle/regulations'
import { isFinal, type CriterionResult, type UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import type { ManagingLevel } from '../../../shared/domain/units'
import { isoNow, toBit, withTransaction, type CoreContext } from '../context'
import type { Database } from '../db/schema'
import { changedCodes, recordEntries, unitYearEntry, unitYearLabel, unitYearRowsBefore } from './cycle-audit'
import { communeOf, effectiveCriteriaOf, loadBatch } from './unit-year-facts'
import { authorityOfUnit } from '../law/authority'
import { criterionItemsOf } from './criteria-store'
import { formulaParts } from '../../../shared/domain/cycle/criteria'

type Executor = Kysely<Database>

function actionLabel(stored: string): string {
  const name = stored.split(' ')[1] ?? stored
  if (name === 'OPEN_YEAR') return 'Mở năm đánh giá'
  if (name === 'CORRECT_DATE') return 'Đính chính ngày'
  return (CYCLE_ACTIONS as readonly string[]).includes(name) ? TRANSITIONS[name as keyof typeof TRANSITIONS].label : name
}

export async function getUnitYear(db: Executor, id: number): Promise<UnitYearDetail> {
  const batch = await loadBatch(db, [id])
  const guarded = batch.rows.get(id)
  if (!guarded) throw notFound('Không tìm thấy hồ sơ năm.')
  const row = { ...guarded, ...(await db.selectFrom('unit_year').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) }
  const regulation = regulationById(row.regulation_id)
  const year = batch.years.get(row.year)!
  const criteriaDefs = (batch.criteriaBySet.get(year.criterion_set_id)?.get(row.unit_type) ?? [])
  const effective = effectiveCriteriaOf(batch, row)
  const results = await db.selectFrom('criterion_result').selectAll().where('unit_year_id', '=', id).execute()
  const resultByCode = new Map(results.map((r) => [r.criterion_code, r]))
  const area = row.area_id ? await db.selectFrom('admin_area').select('name').where('id', '=', row.area_id).executeTakeFirst() : undefined
  const history = await db.selectFrom('status_history').selectAll().where('unit_year_id', '=', id).orderBy('id', 'desc').execute()
  const previous = await db
    .selectFrom('unit_year')
    .select(['year', 'status', 'decision_no'])
    .where('unit_id', '=', row.unit_id)
    .where('year', '<', row.year)
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst()
  const received = batch.received.get(id)
  // The Giấy công nhận printed by the app holds the unit's số vào sổ (migration 010's register).
  const printed = await db.selectFrom('certificate').select(['register_number', 'printed_at']).where('unit_year_id', '=', id).executeTakeFirst()
  const registrationDue = year.registration_due
  const showCriteria = row.tracking_mode === 'FULL'
  return {
    id: row.id,
    year: row.year,
    yearClosed: year.status === 'CLOSED',
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitType: row.unit_type,
    managingLevel: row.managing_level as ManagingLevel,
    areaName: area?.name ?? null,
    regulationId: row.regulation_id as RegulationId,
    regulationName: regulation.shortName,
    trackingMode: row.tracking_mode,
    status: row.status,
    statusSince: row.status_since,
    locked: isFinal(row.status) || year.status === 'CLOSED',
    exclusionCode: row.exclusion_code,
    exclusionNote: row.exclusion_note,
    period: evaluationPeriod(regulation, row.unit_type, row.year),
    registrationDue,
    registeredLate: registrationDue !== null && row.registered_on !== null && row.registered_on > registrationDue,
    registeredOn: row.registered_on,
    registrationRef: row.registration_ref,
    householdsTotal: row.households_total,
    householdsRegistered: row.households_registered,
    staffTotal: row.staff_total,
    staffBriefed: row.staff_briefed,
    disciplinedCount: row.disciplined_count,
    subunitsEligible: row.subunits_eligible,
    subunitsTitled: row.subunits_titled,
    meetingOn: row.meeting_on,
    meetingChair: row.meeting_chair,
    minutesReceived: row.minutes_received === 1,
    receivedOn: row.received_on,
    receiver: row.receiver,
    returnedOn: row.returned_on,
    returnReason: row.return_reason,
    appraisedOn: row.appraised_on,
    appraisalNote: row.appraisal_note,
    proposalNo: row.proposal_no,
    proposedOn: row.proposed_on,
    decisionNo: row.decision_no,
    decisionOn: row.decision_on,
    decisionBody: row.decision_body,
    decisionSigner: row.decision_signer,
    certificateNo: row.certificate_no,
    certificateRegister: printed ? { number: printed.register_number, printedAt: printed.printed_at } : null,
    outcome: row.outcome,
    outcomeReason: row.outcome_reason,
    notes: row.notes,
    criteria: showCriteria
      ? criteriaDefs.map((def, index) => ({
          code: def.code,
          number: def.number,
          shortTitle: def.short_title,
          text: def.text,
          textStatus: def.text_status,
          kind: def.kind,
          manual: resultByCode.get(def.code)?.result ?? 'CHUA_DANH_GIA',
          effective: effective[index]!.result,
          computedNote: effective[index]!.computedNote,
          note: resultByCode.get(def.code)?.note ?? null,
          evidence: resultByCode.get(def.code)?.evidence ?? null,
          sourceRef: def.source_ref,
          allowNotApplicable: def.allow_not_applicable === 1,
          items: criterionItemsOf(def).map((item) => ({ ...item, result: batch.items.get(id)?.get(def.code)?.get(item.key) ?? 'CHUA_DANH_GIA' })),
          subunitRule: formulaParts(def.formula_key).includes('subunit_rate')
        }))
      : [],
    dossier: showCriteria
      ? regulation.dossierItems[row.unit_type].map((item) => ({ code: item.code, name: item.name, mandatory: item.mandatory, receivedOn: received?.get(item.code) ?? null }))
      : [],
    commune: communeOf(batch, row),
    history: history.map(
      (h): HistoryLine => ({
        id: h.id,
        action: h.action,
        actionLabel: actionLabel(h.action),
        fromStatus: h.from_status as UnitYearStatus | null,
        toStatus: h.to_status as UnitYearStatus,
        businessDate: h.business_date,
        at: h.at,
        actor: h.actor,
        ref: h.ref,
        reason: h.reason
      })
    ),
    allowedActions: year.status === 'CLOSED' ? allowedActions(row.status, row.tracking_mode).filter((a) => a === 'AMEND') : allowedActions(row.status, row.tracking_mode),
    previous: previous ? { year: previous.year, status: previous.status, decisionNo: previous.decision_no } : null,
    authority: (await authorityOfUnit(db, regulation, { type: row.unit_type, managing_level: row.managing_level, delegated_area_id: row.delegated_area_id }))?.label ?? null,
    isSample: row.is_sample === 1
  }
}

type SaveInput = z.output<typeof unitYearSave>

/** Point keys per criterion code of a set, plus `code#na` for the criteria that may be “không áp dụng”. */
async function criterionPoints(db: Executor, setId: number, type: UnitYearDetail['unitType']): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('criterion').select(['code', 'items', 'allow_not_applicable']).where('set_id', '=', setId).where('unit_type', '=', type).execute()
  const out = new Map<string, string[]>()
  for (const row of rows) {
    out.set(row.code, criterionItemsOf(row).map((item) => item.key))
    if (row.allow_not_applicable === 1) out.set(`${row.code}#na`, [])
  }
  return out
}

/**
 * Saves the data of a unit-year that is not a status change: counts, refs, criteria marks, dossier receipts, notes.
 * Refused once the year is closed or the unit-year has its final decision (V21) — then only “Điều chỉnh”.
 */
export async function saveUnitYear(ctx: CoreContext, input: SaveInput): Promise<UnitYearDetail> {
  return withTransaction(ctx, async (trx, tctx) => {
    const current = await trx
      .selectFrom('unit_year as uy')
      .innerJoin('unit as u', 'u.id', 'uy.unit_id')
      .innerJoin('eval_year as y', 'y.year', 'uy.year')
      .selectAll('uy')
      .select(['u.name as unit_name', 'y.status as year_status', 'y.criterion_set_id'])
      .where('uy.id', '=', input.id)
      .executeTakeFirst()
    if (!current) throw notFound('Không tìm thấy hồ sơ năm.')
    if (current.year_status === 'CLOSED') throw validationError(MESSAGES.YEAR_CLOSED(current.year))
    if (isFinal(current.status)) {
      throw validationError(
        current.decision_no && current.decision_on
          ? MESSAGES.V21(current.year, current.unit_name, current.decision_no, current.decision_on)
          : `Hồ sơ năm ${current.year} của ${current.unit_name} đã có kết quả cuối cùng. Mọi thay đổi phải thực hiện bằng chức năng “Điều chỉnh” và ghi rõ lý do.`
      )
    }
    const pick = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value)
    const householdsTotal = pick(input.householdsTotal, current.households_total)
    const householdsRegistered = pick(input.householdsRegistered, current.households_registered)
    const staffTotal = pick(input.staffTotal, current.staff_total)
    const staffBriefed = pick(input.staffBriefed, current.staff_briefed)
    if (householdsTotal !== null && householdsRegistered !== null && householdsRegistered > householdsTotal) {
      throw validationError(MESSAGES.V14(householdsRegistered, householdsTotal), { householdsRegistered: MESSAGES.V14(householdsRegistered, householdsTotal) })
    }
    if (current.unit_type === 'KDC' && householdsTotal === 0 && current.registered_on) {
      throw validationError(MESSAGES.V15, { householdsTotal: MESSAGES.V15 })
    }
    if (staffTotal !== null && staffBriefed !== null && staffBriefed > staffTotal) {
      throw validationError(MESSAGES.V14_STAFF(staffBriefed, staffTotal), { staffBriefed: MESSAGES.V14_STAFF(staffBriefed, staffTotal) })
    }
    const subunitsEligible = pick(input.subunitsEligible, current.subunits_eligible)
    const subunitsTitled = pick(input.subunitsTitled, current.subunits_titled)
    if (subunitsEligible !== null && subunitsTitled !== null && subunitsTitled > subunitsEligible) {
      const message = MESSAGES.SUBUNITS_OVER(subunitsTitled, subunitsEligible, current.unit_type === 'CSGD' ? 'Điều 7 khoản 6' : 'Điều 6 khoản 5')
      throw validationError(message, { subunitsTitled: message })
    }
    const pointsOf = await criterionPoints(trx, current.criterion_set_id, current.unit_type)
    for (const point of input.criterionItems ?? []) {
      if (!pointsOf.get(point.code)?.includes(point.key)) throw validationError(`Tiêu chí ${point.code} không có điểm ${point.key}; không ghi được kết quả.`)
    }
    if (input.criteria?.some((c) => c.result === 'KHONG_AP_DUNG' && !pointsOf.get(`${c.code}#na`))) {
      throw validationError('Chỉ các tiêu chí ghi “đối với những nơi đủ điều kiện bình xét danh hiệu thi đua” (Thông tư số 124/2021/TT-BCA Điều 6 khoản 4, 5; Điều 7 khoản 5, 6) mới được đánh giá “Không áp dụng”.')
    }
    for (const item of input.dossier ?? []) {
      if (item.receivedOn && current.meeting_on && item.receivedOn < current.meeting_on) {
        throw validationError(MESSAGES.V10('Ngày nhận thành phần hồ sơ', item.receivedOn, 'Ngày họp đánh giá', current.meeting_on))
      }
    }
    const now = isoNow(ctx)
    const before = (await unitYearRowsBefore(trx, [input.id])).get(input.id)!
    const marksBefore = await trx.selectFrom('criterion_result').select(['criterion_code', 'result']).where('unit_year_id', '=', input.id).execute()
    const receiptsBefore = await trx.selectFrom('dossier_item').select(['item_code', 'received_on']).where('unit_year_id', '=', input.id).execute()
    await trx
      .updateTable('unit_year')
      .set({
        registration_ref: pick(input.registrationRef, current.registration_ref),
        households_total: householdsTotal,
        households_registered: householdsRegistered,
        staff_total: staffTotal,
        staff_briefed: staffBriefed,
        disciplined_count: pick(input.disciplinedCount, current.disciplined_count),
        subunits_eligible: subunitsEligible,
        subunits_titled: subunitsTitled,
        meeting_chair: pick(input.meetingChair, current.meeting_chair),
        minutes_received: input.minutesReceived === undefined ? current.minutes_received : toBit(input.minutesReceived),
        receiver: pick(input.receiver, current.receiver),
        appraisal_note: pick(input.appraisalNote, current.appraisal_note),
        certificate_no: pick(input.certificateNo, current.certificate_no),
        notes: pick(input.notes, current.notes),
        updated_at: now
      })
      .where('id', '=', input.id)
      .execute()
    if (input.criteria && input.criteria.length > 0) {
      const known = new Set(
        (await trx.selectFrom('criterion').select('code').where('set_id', '=', current.criterion_set_id).where('unit_type', '=', current.unit_type).where('kind', '<>', 'DERIVED').execute()).map((c) => c.code)
      )
      const unknown = input.criteria.filter((c) => !known.has(c.code))
      if (unknown.length > 0) throw validationError('Tiêu chí tính tự động hoặc không thuộc bộ tiêu chí của đơn vị; không nhập tay được.')
      await trx
        .insertInto('criterion_result')
        .values(
          input.criteria.map((c) => ({
            unit_year_id: input.id,
            criterion_code: c.code,
            result: c.result as CriterionResult,
            note: c.note ?? null,
            evidence: c.evidence ?? null,
            assessed_on: now.slice(0, 10)
          }))
        )
        .onConflict((oc) =>
          oc.columns(['unit_year_id', 'criterion_code']).doUpdateSet({ result: sql`excluded.result`, note: sql`excluded.note`, evidence: sql`excluded.evidence`, assessed_on: sql`excluded.assessed_on` })
        )
        .execute()
    }
    const pointsBefore = await trx.selectFrom('criterion_item_result').select(['criterion_code', 'item_key', 'result']).where('unit_year_id', '=', input.id).execute()
    if (input.criterionItems && input.criterionItems.length > 0) {
      await trx
        .insertInto('criterion_item_result')
        .values(input.criterionItems.map((p) => ({ unit_year_id: input.id, criterion_code: p.code, item_key: p.key, result: p.result })))
        .onConflict((oc) => oc.columns(['unit_year_id', 'criterion_code', 'item_key']).doUpdateSet({ result: sql`excluded.result` }))
        .execute()
    }
    if (input.dossier && input.dossier.length > 0) {
      await trx
        .insertInto('dossier_item')
        .values(input.dossier.map((d) => ({ unit_year_id: input.id, item_code: d.code, received_on: d.receivedOn, note: null })))
        .onConflict((oc) => oc.columns(['unit_year_id', 'item_code']).doUpdateSet({ received_on: sql`excluded.received_on` }))
        .execute()
    }
    const after = (await unitYearRowsBefore(trx, [input.id])).get(input.id)!
    const oldRow: Record<string, unknown> = { ...before }
    const newRow: Record<string, unknown> = { ...after }
    const marks = changedCodes(new Map(marksBefore.map((m) => [m.criterion_code, m.result as string])), new Map((input.criteria ?? []).map((c) => [c.code, c.result as string])), 'CHUA_DANH_GIA')
    if (marks) {
      oldRow.criteria = marks.old
      newRow.criteria = marks.new
    }
    const points = changedCodes(
      new Map(pointsBefore.map((p) => [`${p.criterion_code}.${p.item_key}`, p.result as string])),
      new Map((input.criterionItems ?? []).map((p) => [`${p.code}.${p.key}`, p.result as string])),
      'CHUA_DANH_GIA'
    )
    if (points) {
      oldRow.criterion_items = points.old
      newRow.criterion_items = points.new
    }
    const receipts = changedCodes(new Map(receiptsBefore.map((d) => [d.item_code, d.received_on])), new Map((input.dossier ?? []).map((d) => [d.code, d.receivedOn])), null as string | null)
    if (receipts) {
      oldRow.dossier_items = receipts.old
      newRow.dossier_items = receipts.new
    }
    recordEntries(tctx, [unitYearEntry(input.id, unitYearLabel(current.unit_name, current.year), oldRow, newRow)])
    return getUnitYear(trx, input.id)
  })
}
