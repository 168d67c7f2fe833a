import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { ApiError, notFound, validationError } from '../../../shared/api/errors'
import type { AreaEventRow, MergePreview, mergeInput } from '../../../shared/api/calls/lineage'
import { isCommuneKind } from '../../../shared/domain/areas'
import { formatScreenDate } from '../../../shared/text/dates'
import { isoNow, withTransaction, type CoreContext } from '../context'
import type { Database } from '../db/schema'
import { changeEntry, recordChange, snapshot } from '../audit/audit-log'
import { recordEntries, unitYearEntry, unitYearLabel } from '../cycle/cycle-audit'
import { syncUnitYears } from '../cycle/registry-sync'
import { DEFAULT_ACTOR } from '../cycle/transitions'
import { createArea, deleteArea } from './area-service'
import { closesCycle, loadLineage } from './lineage'

type MergeValues = z.output<typeof mergeInput>
type Executor = Kysely<Database>

function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}

/** The audit entry of a lineage event (its creation or its undo). */
function eventEntry(id: number, successor: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, reason: string | null = null) {
  return changeEntry('area_event', id, successor, before, after, { reason })
}

/** Why the commune record of a merged area stops in a year that is still open. */
function mergedNote(successor: string, effectiveOn: string): string {
  return `Sáp nhập vào ${successor} từ ngày ${formatScreenDate(effectiveOn)}`
}

interface Checked {
  predecessors: Array<{ id: number; name: string; kind: string; valid_to: string | null }>
  successorName: string
  units: Array<{ id: number; name: string; type: MergePreview['units'][number]['type']; area_id: number | null; managing_area_id: number | null; active: 0 | 1; fromArea: string }>
  communeUnits: Array<{ id: number; name: string; active: 0 | 1 }>
}

/** The rules of a merge (issue 8, "Bad input"): each refusal names its rule; nothing is written before all pass. */
async function checkMerge(trx: Executor, values: MergeValues): Promise<Checked> {
  const date = formatScreenDate(values.effectiveOn)
  if ((values.successorId === null) === (values.newArea === null)) {
    throw validationError('Vui lòng chọn khu vực nhận sáp nhập hoặc nhập tên khu vực mới (chọn một trong hai).', { successorId: 'Chọn khu vực nhận hoặc nhập khu vực mới.' })
  }
  const ids = [...new Set(values.predecessorIds)]
  if (values.successorId !== null && ids.includes(values.successorId)) {
    throw validationError('Không thể sáp nhập một khu vực vào chính nó: khu vực nhận sáp nhập phải khác các khu vực bị sáp nhập.', { successorId: 'Khu vực nhận trùng với khu vực bị sáp nhập.' })
  }
  const predecessors = await trx.selectFrom('admin_area').select(['id', 'name', 'kind', 'valid_from', 'valid_to']).where('id', 'in', ids).execute()
  if (predecessors.length !== ids.length) throw notFound('Có khu vực được chọn không còn tồn tại. Vui lòng tải lại trang.')
  const successorKind = values.newArea?.kind ?? (await trx.selectFrom('admin_area').select('kind').where('id', '=', values.successorId!).executeTakeFirst())?.kind
  if (!successorKind) throw notFound('Không tìm thấy khu vực nhận sáp nhập.')
  const successorName = values.newArea?.name ?? (await trx.selectFrom('admin_area').select('name').where('id', '=', values.successorId!).executeTakeFirstOrThrow()).name
  for (const area of predecessors) {
    if (isCommuneKind(area.kind) !== isCommuneKind(successorKind)) {
      throw validationError(`“${area.name}” và “${successorName}” không cùng cấp: chỉ sáp nhập xã, phường với xã, phường, hoặc huyện, tỉnh với huyện, tỉnh.`)
    }
    if (area.valid_to !== null && area.valid_to < values.effectiveOn) {
      throw validationError(`“${area.name}” đã hết hiệu lực từ ngày ${formatScreenDate(area.valid_to)}: không thể sáp nhập khu vực đã giải thể.`)
    }
    if (area.valid_from !== null && area.valid_from >= values.effectiveOn) {
      throw validationError(`“${area.name}” chỉ có hiệu lực từ ngày ${formatScreenDate(area.valid_from)}: ngày sáp nhập phải sau ngày đó.`)
    }
  }
  const year = Number(values.effectiveOn.slice(0, 4))
  const closed = await trx.selectFrom('eval_year').select('year').where('status', '=', 'CLOSED').where('year', '>=', year).orderBy('year').executeTakeFirst()
  if (closed) {
    throw validationError(`Ngày hiệu lực ${date} nằm trong năm đánh giá ${closed.year} đã chốt: năm đã chốt giữ nguyên địa bàn đã đánh giá, không thể sáp nhập từ ngày này.`, { effectiveOn: `Năm ${closed.year} đã chốt.` })
  }
  if (values.successorId !== null && closesCycle(await loadLineage(trx), values.successorId, ids)) {
    throw validationError(`Sáp nhập này tạo vòng lặp trong lịch sử địa giới: “${successorName}” trước đây đã được sáp nhập vào một trong các khu vực được chọn.`)
  }
  const children = await trx.selectFrom('admin_area').select('name').where('parent_id', 'in', ids).where('id', 'not in', ids).where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', values.effectiveOn)])).limit(1).executeTakeFirst()
  if (children) throw validationError(`“${children.name}” còn trực thuộc khu vực bị sáp nhập sau ngày ${date}: hãy sáp nhập hoặc chuyển khu vực đó trước.`)
  const units = await trx
    .selectFrom('unit as u')
    .leftJoin('admin_area as a', 'a.id', 'u.area_id')
    .select(['u.id', 'u.name', 'u.type', 'u.area_id', 'u.managing_area_id', 'u.active', 'a.name as area_name'])
    .where('u.type', '<>', 'XA')
    .where((eb) => eb.or([eb('u.area_id', 'in', ids), eb('u.managing_area_id', 'in', ids)]))
    .orderBy('a.sort_key')
    .orderBy('u.sort_key')
    .execute()
  if (values.movedUnitIds !== null) {
    const moving = new Set(values.movedUnitIds)
    const left = units.find((unit) => !moving.has(unit.id))
    if (left) {
      throw validationError(`Đơn vị “${left.name}” sẽ còn lại trong “${left.area_name ?? ''}” đã giải thể từ ngày ${date}: mọi đơn vị của khu vực bị sáp nhập phải chuyển sang “${successorName}”.`)
    }
  }
  const communeUnits = await trx.selectFrom('unit').select(['id', 'name', 'active']).where('type', '=', 'XA').where('area_id', 'in', ids).execute()
  // A commune's record in an open year of the merge can stop only while nothing is recorded in it yet.
  if (communeUnits.length > 0) {
    const started = await trx
      .selectFrom('unit_year as uy')
      .innerJoin('eval_year as y', 'y.year', 'uy.year')
      .innerJoin('unit as u', 'u.id', 'uy.unit_id')
      .select(['u.name', 'uy.year'])
      .where('uy.unit_id', 'in', communeUnits.map((u) => u.id))
      .where('y.status', '=', 'OPEN')
      .where('uy.year', '>=', year)
      .where('uy.status', 'not in', ['CHUA_DANG_KY', 'NGOAI_PHAM_VI'])
      .executeTakeFirst()
    if (started) throw validationError(`Hồ sơ năm ${started.year} của “${started.name}” đã có ghi nhận: không thể sáp nhập từ ngày ${date} khi xã, phường đã bước vào năm đánh giá.`)
  }
  return {
    predecessors,
    successorName,
    units: units.map((u) => ({ id: u.id, name: u.name, type: u.type, area_id: u.area_id, managing_area_id: u.managing_area_id, active: u.active, fromArea: u.area_name ?? '' })),
    communeUnits
  }
}

export async function previewMerge(ctx: CoreContext, values: MergeValues): Promise<MergePreview> {
  const checked = await checkMerge(ctx.db, { ...values, movedUnitIds: null })
  return {
    successorName: checked.successorName,
    effectiveOn: values.effectiveOn,
    predecessors: checked.predecessors.map((p) => ({ id: p.id, name: p.name })),
    units: checked.units.map((u) => ({ id: u.id, name: u.name, type: u.type, fromArea: u.fromArea })),
    endingCommunes: checked.communeUnits.map((u) => u.name)
  }
}

/**
 * Merges areas into a new or an existing one on a date, in one transaction: the merged areas end the day before,
 * their units move (where each stood is kept for an undo), their commune units stop and hand over to the new area's,
 * and in a year still open their not yet started commune records go out of scope with the reason.
 */
export async function mergeAreas(ctx: CoreContext, values: MergeValues, isSample = false): Promise<AreaEventRow> {
  const eventId = await withTransaction(ctx, async (trx, tctx) => {
    const checked = await checkMerge(trx, values)
    const now = isoNow(ctx)
    const successorId = values.newArea
      ? (await createArea(tctx, { ...values.newArea, officialCode: null, sortOrder: null, note: null }, isSample, values.effectiveOn)).id
      : values.successorId!
    const { id } = await trx
      .insertInto('area_event')
      .values({ kind: 'MERGE', effective_on: values.effectiveOn, legal_ref: values.legalRef, note: values.note, successor_area_id: successorId, successor_created: values.newArea ? 1 : 0, is_sample: isSample ? 1 : 0, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    const end = dayBefore(values.effectiveOn)
    for (const area of checked.predecessors) {
      await trx.insertInto('area_event_source').values({ event_id: id, predecessor_area_id: area.id, previous_valid_to: area.valid_to }).execute()
    }
    recordEntries(tctx, [eventEntry(id, checked.successorName, null, { kind: 'MERGE', effective_on: values.effectiveOn, legal_ref: values.legalRef, predecessors: checked.predecessors.map((p) => p.name).join(', '), note: values.note })])
    for (const area of checked.predecessors) {
      const before = await snapshot(trx, 'admin_area', area.id)
      await trx.updateTable('admin_area').set({ valid_to: end, updated_at: now }).where('id', '=', area.id).execute()
      await recordChange(tctx, 'admin_area', area.id, before, mergedNote(checked.successorName, values.effectiveOn))
    }
    const merged = new Set(checked.predecessors.map((p) => p.id))
    for (const unit of checked.units) {
      await trx.insertInto('area_event_move').values({ event_id: id, unit_id: unit.id, from_area_id: unit.area_id, from_managing_area_id: unit.managing_area_id, was_active: unit.active }).execute()
      const before = await snapshot(trx, 'unit', unit.id)
      await trx
        .updateTable('unit')
        .set({
          area_id: unit.area_id !== null && merged.has(unit.area_id) ? successorId : unit.area_id,
          managing_area_id: unit.managing_area_id !== null && merged.has(unit.managing_area_id) ? successorId : unit.managing_area_id,
          updated_at: now
        })
        .where('id', '=', unit.id)
        .execute()
      await recordChange(tctx, 'unit', unit.id, before, mergedNote(checked.successorName, values.effectiveOn))
      await syncUnitYears(trx, unit.id)
    }
    const successorUnit = await trx.selectFrom('unit').select('id').where('type', '=', 'XA').where('area_id', '=', successorId).executeTakeFirst()
    for (const unit of checked.communeUnits) {
      await trx.insertInto('area_event_move').values({ event_id: id, unit_id: unit.id, from_area_id: null, from_managing_area_id: null, was_active: unit.active }).execute()
      const before = await snapshot(trx, 'unit', unit.id)
      await trx
        .updateTable('unit')
        .set({ active: 0, inactive_from: values.effectiveOn, inactive_reason: mergedNote(checked.successorName, values.effectiveOn), successor_unit_id: successorUnit?.id ?? null, updated_at: now })
        .where('id', '=', unit.id)
        .execute()
      await recordChange(tctx, 'unit', unit.id, before, mergedNote(checked.successorName, values.effectiveOn))
    }
    await excludeMergedCommunes(tctx, checked.communeUnits.map((u) => u.id), Number(values.effectiveOn.slice(0, 4)), mergedNote(checked.successorName, values.effectiveOn))
    return id
  })
  return (await listEvents(ctx)).find((event) => event.id === eventId)!
}

/** T16 for the merged communes' records not yet started in the open years of the merge (their new area carries on). */
async function excludeMergedCommunes(tctx: CoreContext, unitIds: number[], fromYear: number, note: string): Promise<void> {
  if (unitIds.length === 0) return
  const trx = tctx.db
  const rows = await trx
    .selectFrom('unit_year as uy')
    .innerJoin('eval_year as y', 'y.year', 'uy.year')
    .innerJoin('unit as u', 'u.id', 'uy.unit_id')
    .select(['uy.id', 'uy.year', 'u.name'])
    .where('uy.unit_id', 'in', unitIds)
    .where('y.status', '=', 'OPEN')
    .where('uy.year', '>=', fromYear)
    .where('uy.status', '=', 'CHUA_DANG_KY')
    .execute()
  const now = isoNow(tctx)
  for (const row of rows) {
    await trx.updateTable('unit_year').set({ status: 'NGOAI_PHAM_VI', status_since: now.slice(0, 10), exclusion_code: 'NGUNG_HOAT_DONG', exclusion_note: note, updated_at: now }).where('id', '=', row.id).execute()
    await trx.insertInto('status_history').values({ unit_year_id: row.id, action: 'T16 EXCLUDE', from_status: 'CHUA_DANG_KY', to_status: 'NGOAI_PHAM_VI', business_date: now.slice(0, 10), at: now, actor: DEFAULT_ACTOR, ref: null, reason: note }).execute()
    recordEntries(tctx, [unitYearEntry(row.id, unitYearLabel(row.name, row.year), { status: 'CHUA_DANG_KY', exclusion_code: null }, { status: 'NGOAI_PHAM_VI', exclusion_code: 'NGUNG_HOAT_DONG' }, { action: 'EXCLUDE', reason: note })])
  }
}

/** Records in the successor area that something was written into: once there is one, the event stays. */
async function successorUse(db: Executor, successorId: number): Promise<{ year: number } | undefined> {
  return db
    .selectFrom('unit_year')
    .select('year')
    .where((eb) => eb.or([eb('area_id', '=', successorId), eb('commune_area_id', '=', successorId)]))
    .where('status', 'not in', ['CHUA_DANG_KY', 'NGOAI_PHAM_VI'])
    .limit(1)
    .executeTakeFirst()
}

/** Why an event can no longer be undone (Lịch sử sáp nhập shows it, undoEvent refuses with it); null while it can. */
async function undoRefusal(db: Executor, event: { id: number; successor_area_id: number }): Promise<string | null> {
  const used = await successorUse(db, event.successor_area_id)
  if (used) return `Không thể hoàn tác: khu vực mới đã có hồ sơ năm ${used.year}.`
  const later = await db.selectFrom('area_event').select('id').where('successor_area_id', '=', event.successor_area_id).where('id', '>', event.id).executeTakeFirst()
  const onward = await db.selectFrom('area_event_source').select('event_id').where('predecessor_area_id', '=', event.successor_area_id).executeTakeFirst()
  if (later || onward) return 'Không thể hoàn tác: khu vực mới đã có thay đổi địa giới sau lần sáp nhập này. Hãy hoàn tác lần sau trước.'
  return null
}

export async function listEvents(ctx: CoreContext): Promise<AreaEventRow[]> {
  const events = await ctx.db
    .selectFrom('area_event as e')
    .innerJoin('admin_area as a', 'a.id', 'e.successor_area_id')
    .select(['e.id', 'e.kind', 'e.effective_on', 'e.legal_ref', 'e.note', 'e.successor_area_id', 'a.name', 'a.kind as area_kind', 'e.is_sample'])
    .orderBy('e.effective_on', 'desc')
    .orderBy('e.id', 'desc')
    .execute()
  const sources = await ctx.db.selectFrom('area_event_source as s').innerJoin('admin_area as a', 'a.id', 's.predecessor_area_id').select(['s.event_id', 'a.id', 'a.name']).orderBy('a.sort_key').execute()
  const moves = await ctx.db.selectFrom('area_event_move').select(['event_id', (eb) => eb.fn.countAll<number>().as('n')]).where('from_area_id', 'is not', null).groupBy('event_id').execute()
  const rows: AreaEventRow[] = []
  for (const e of events) {
    const refusal = await undoRefusal(ctx.db, e)
    rows.push({
      id: e.id,
      kind: e.kind,
      effectiveOn: e.effective_on,
      legalRef: e.legal_ref,
      note: e.note,
      successorId: e.successor_area_id,
      successorName: e.name,
      successorKind: e.area_kind,
      predecessors: sources.filter((s) => s.event_id === e.id).map((s) => ({ id: s.id, name: s.name })),
      movedUnits: Number(moves.find((m) => m.event_id === e.id)?.n ?? 0),
      undoable: refusal === null,
      undoRefusal: refusal,
      isSample: e.is_sample === 1
    })
  }
  return rows
}

/** Undoes a merge as a whole while no year has used the area it made: areas, units and commune records as before. */
export async function undoEvent(ctx: CoreContext, eventId: number): Promise<{ undone: true }> {
  await withTransaction(ctx, async (trx, tctx) => {
    const event = await trx.selectFrom('area_event').selectAll().where('id', '=', eventId).executeTakeFirst()
    if (!event) throw notFound('Không tìm thấy lần sáp nhập này.')
    const refusal = await undoRefusal(trx, event)
    if (refusal) throw new ApiError({ code: 'CONFLICT', message: refusal })
    const now = isoNow(ctx)
    const reason = `Hoàn tác sáp nhập từ ngày ${formatScreenDate(event.effective_on)}`
    const moves = await trx.selectFrom('area_event_move').selectAll().where('event_id', '=', eventId).execute()
    for (const move of moves) {
      const before = await snapshot(trx, 'unit', move.unit_id)
      if (move.from_area_id === null) {
        // A commune unit of a merged area: it is active again and its open-year records come back into scope.
        await trx.updateTable('unit').set({ active: move.was_active, inactive_from: null, inactive_reason: null, successor_unit_id: null, updated_at: now }).where('id', '=', move.unit_id).execute()
        await includeAgain(tctx, move.unit_id, reason)
      } else {
        await trx.updateTable('unit').set({ area_id: move.from_area_id, managing_area_id: move.from_managing_area_id, updated_at: now }).where('id', '=', move.unit_id).execute()
        await syncUnitYears(trx, move.unit_id)
      }
      await recordChange(tctx, 'unit', move.unit_id, before, reason)
    }
    for (const source of await trx.selectFrom('area_event_source').selectAll().where('event_id', '=', eventId).execute()) {
      const before = await snapshot(trx, 'admin_area', source.predecessor_area_id)
      await trx.updateTable('admin_area').set({ valid_to: source.previous_valid_to, updated_at: now }).where('id', '=', source.predecessor_area_id).execute()
      await recordChange(tctx, 'admin_area', source.predecessor_area_id, before, reason)
    }
    const successor = await trx.selectFrom('admin_area').select('name').where('id', '=', event.successor_area_id).executeTakeFirstOrThrow()
    const names = await trx.selectFrom('area_event_source as s').innerJoin('admin_area as a', 'a.id', 's.predecessor_area_id').select('a.name').where('s.event_id', '=', eventId).execute()
    await trx.deleteFrom('area_event').where('id', '=', eventId).execute()
    recordEntries(tctx, [eventEntry(eventId, successor.name, { kind: event.kind, effective_on: event.effective_on, legal_ref: event.legal_ref, predecessors: names.map((n) => n.name).join(', '), note: event.note }, null, reason)])
    if (event.successor_created === 1) {
      // The new area's commune unit joined the open years untouched (nothing recorded): its records go with it.
      const records = await trx
        .selectFrom('unit_year as uy')
        .innerJoin('unit as u', 'u.id', 'uy.unit_id')
        .selectAll('uy')
        .select('u.name as unit_name')
        .where('u.type', '=', 'XA')
        .where('u.area_id', '=', event.successor_area_id)
        .execute()
      for (const { unit_name, ...record } of records) {
        await trx.deleteFrom('unit_year').where('id', '=', record.id).execute()
        recordEntries(tctx, [unitYearEntry(record.id, unitYearLabel(unit_name, record.year), record, null, { reason })])
      }
      await deleteArea(tctx, event.successor_area_id)
    }
  })
  return { undone: true }
}

async function includeAgain(tctx: CoreContext, unitId: number, reason: string): Promise<void> {
  const trx = tctx.db
  const rows = await trx
    .selectFrom('unit_year as uy')
    .innerJoin('eval_year as y', 'y.year', 'uy.year')
    .innerJoin('unit as u', 'u.id', 'uy.unit_id')
    .select(['uy.id', 'uy.year', 'u.name'])
    .where('uy.unit_id', '=', unitId)
    .where('y.status', '=', 'OPEN')
    .where('uy.status', '=', 'NGOAI_PHAM_VI')
    .where('uy.exclusion_code', '=', 'NGUNG_HOAT_DONG')
    .execute()
  const now = isoNow(tctx)
  for (const row of rows) {
    await trx.updateTable('unit_year').set({ status: 'CHUA_DANG_KY', status_since: now.slice(0, 10), exclusion_code: null, exclusion_note: null, updated_at: now }).where('id', '=', row.id).execute()
    await trx.insertInto('status_history').values({ unit_year_id: row.id, action: 'T17 INCLUDE', from_status: 'NGOAI_PHAM_VI', to_status: 'CHUA_DANG_KY', business_date: now.slice(0, 10), at: now, actor: DEFAULT_ACTOR, ref: null, reason }).execute()
    recordEntries(tctx, [unitYearEntry(row.id, unitYearLabel(row.name, row.year), { status: 'NGOAI_PHAM_VI', exclusion_code: 'NGUNG_HOAT_DONG' }, { status: 'CHUA_DANG_KY', exclusion_code: null }, { action: 'INCLUDE', reason })])
  }
}
