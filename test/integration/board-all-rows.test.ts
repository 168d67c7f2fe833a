import { afterEach, describe, expect, it } from 'vitest'
import { allBoardRows } from '../../electron/core/cycle/board'
import { BOARD_SORTS } from '../../shared/api/calls/cycle'
import { openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore
afterEach(async () => t?.close())

/** The export reads the board in one query; the screen reads it in pages. Both must give the same rows in the same order. */
describe('every row of the board in one read', () => {
  it('equals the board’s pages put end to end, for every sort and with ties in the sort keys', async () => {
    t = openTestCore()
    await t.call('app.loadSample', {})
    // Ties: every third unit shares one sort key and a board position, so the order falls to the tie-breakers.
    t.core.ctx.sqlite.exec("UPDATE unit SET sort_key = 'tie' WHERE id % 3 = 0")
    t.core.ctx.sqlite.exec("UPDATE unit_year SET board_sort = 'tie' WHERE id % 3 = 0")
    const filters = [{}, { type: 'KDC' as const }, { status: 'CHUA_DANG_KY' as const }, { search: 'khu' }]
    for (const sort of BOARD_SORTS) {
      for (const extra of filters) {
        const filter = { year: 2020, sort, ...extra }
        const paged: number[] = []
        for (let offset = 0; ; offset += 7) {
          const page = await t.call('board.list', { ...filter, offset, limit: 7 })
          paged.push(...page.rows.map((row) => row.id))
          if (page.rows.length < 7) break
        }
        const all = await allBoardRows(t.core.ctx, filter)
        expect(new Set(all.map((row) => row.id)).size, `${sort} ${JSON.stringify(extra)}`).toBe(all.length)
        expect(all.map((row) => row.id), `${sort} ${JSON.stringify(extra)}`).toEqual(paged)
      }
    }
    // The decoration (last year, what is missing) is the page's own.
    const page = await t.call('board.list', { year: 2020, limit: 5000 })
    expect(await allBoardRows(t.core.ctx, { year: 2020, sort: 'area' })).toEqual(page.rows)
  })
})
