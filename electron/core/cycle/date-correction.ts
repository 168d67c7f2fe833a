import type { z } from 'zod'
import type { unitYearCorrectDate } from '../../../shared/api/calls/cycle'
import { notFound, validationError } from '../../../shared/api/errors'
import { checkDateCorrection, correctableDate, CORRECTABLE_DATES } from '../../../shared/domain/cycle/date-correction'
import { formatScreenDate, todayInVietnam } from '../../../shared/text/dates'
import { isoNow, withTransaction, type CoreContext } from '../context'
import { recordEntries, unitYearEntry, unitYearLabel } from './cycle-audit'
import { DEFAULT_ACTOR } from './transitions'

/**
 * Đính chính a date recorded wrongly (issue 11 item 5): the amendment path of domain.md (kind CORRECT_DATA) — the
 * old and new date and the reason in the amendment, a line in the unit-year's Lịch sử, one audit row. Allowed in a
 * closed year too, as every “Điều chỉnh” is.
 */
export async function correctDate(ctx: CoreContext, input: z.output<typeof unitYearCorrectDate>): Promise<number> {
  const { column, label } = correctableDate(input.field)
  const date = input.date!
  return withTransaction(ctx, async (trx, tctx) => {
    const row = await trx
      .selectFrom('unit_year as uy')
      .innerJoin('unit as u', 'u.id', 'uy.unit_id')
      .selectAll('uy')
      .select('u.name as unit_name')
      .where('uy.id', '=', input.id)
      .executeTakeFirst()
    if (!row) throw notFound('Không tìm thấy hồ sơ năm.')
    const recorded = Object.fromEntries(CORRECTABLE_DATES.map((d) => [d.field, row[d.column]]))
    const errors = checkDateCorrection(recorded, input.field, date, todayInVietnam(ctx.now()))
    if (errors.length > 0) throw validationError(errors.join(' '), { date: errors.join(' ') })
    const old = row[column]!
    const now = isoNow(ctx)
    const patch = { [column]: date, updated_at: now, ...(row.status_since === old ? { status_since: date } : {}) }
    await trx.updateTable('unit_year').set(patch).where('id', '=', row.id).execute()
    await trx
      .insertInto('amendment')
      .values({ unit_year_id: row.id, kind: 'CORRECT_DATA', legal_ref: input.legalRef, reason: input.reason, changes: JSON.stringify({ [column]: [old, date] }), actor: DEFAULT_ACTOR, at: now })
      .execute()
    await trx
      .insertInto('status_history')
      .values({
        unit_year_id: row.id,
        action: 'T18 CORRECT_DATE',
        from_status: row.status,
        to_status: row.status,
        business_date: date,
        at: now,
        actor: DEFAULT_ACTOR,
        ref: input.legalRef,
        reason: `${label}: ${formatScreenDate(old)} → ${formatScreenDate(date)}. ${input.reason}`
      })
      .execute()
    const { unit_name: name, ...before } = row
    recordEntries(tctx, [unitYearEntry(row.id, unitYearLabel(name, row.year), before, { ...before, ...patch }, { action: 'CORRECT_DATE', reason: input.reason })])
    return row.id
  })
}
