import { sql } from 'kysely'
import { ApiError } from '../../../shared/api/errors'
import { withTransaction, type CoreContext } from '../context'
import { changeEntry } from '../audit/audit-log'
import { recordEntries, yearLabel } from './cycle-audit'
import { requireYear } from './years'

/** Anything recorded in a year after “Mở năm”: a step, a mark, a receipt, a saved edit, a document, a model's year. */
const RECORDED_WORK = (year: number) => sql<{ n: number }>`SELECT
    (SELECT count(*) FROM status_history h JOIN unit_year uy ON uy.id = h.unit_year_id WHERE uy.year = ${year} AND h.action <> 'T1 OPEN_YEAR')
  + (SELECT count(*) FROM unit_year WHERE year = ${year} AND updated_at <> created_at)
  + (SELECT count(*) FROM criterion_result r JOIN unit_year uy ON uy.id = r.unit_year_id WHERE uy.year = ${year})
  + (SELECT count(*) FROM criterion_item_result r JOIN unit_year uy ON uy.id = r.unit_year_id WHERE uy.year = ${year})
  + (SELECT count(*) FROM dossier_item d JOIN unit_year uy ON uy.id = d.unit_year_id WHERE uy.year = ${year})
  + (SELECT count(*) FROM certificate WHERE year = ${year})
  + (SELECT count(*) FROM document WHERE year = ${year})
  + (SELECT count(*) FROM model_year WHERE year = ${year}) AS n`

/**
 * “Xóa năm”: a year opened by mistake (a wrong year typed in “Mở năm”) is taken back while it holds nothing but what
 * opening it created; once any work is recorded the year stays, and is corrected through its own steps.
 */
export async function removeYear(ctx: CoreContext, year: number, reason: string): Promise<{ removed: number }> {
  return withTransaction(ctx, async (trx, tctx) => {
    const row = await requireYear(trx, year)
    const work = Number((await RECORDED_WORK(year).execute(trx)).rows[0]?.n ?? 0)
    if (row.status === 'CLOSED' || work > 0) {
      throw new ApiError({ code: 'CONFLICT', message: `Không thể xóa năm đánh giá ${year}: năm đã có dữ liệu được ghi nhận. Chỉ xóa được năm mở nhầm, chưa có thao tác nào.` })
    }
    const removed = Number((await trx.deleteFrom('unit_year').where('year', '=', year).executeTakeFirst()).numDeletedRows)
    await trx.deleteFrom('eval_year').where('year', '=', year).execute()
    recordEntries(tctx, [changeEntry('eval_year', year, yearLabel(year), { ...row, unit_years: removed }, null, { action: 'REMOVE_YEAR', reason })])
    return { removed }
  })
}
