import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BOARD_SORTS, COMMUNE_RESULT_GROUPS, type FunnelCounts } from '../../shared/api/calls/cycle'
import { allBoardRows } from '../../electron/core/cycle/board'
import { COMMUNE_KINDS } from '../../shared/domain/areas'
import { seedProvinceYear } from '../bench/ui/province-db'
import { openTestCore, type TestCore } from '../helpers/temp-core'

const YEAR = 2026
let tc: TestCore

beforeAll(async () => {
  tc = openTestCore()
  await seedProvinceYear(tc.core, 45, 1800, YEAR)
  // The khu dân cư belong to their commune (the generator leaves them unattached), and five communes have every member
  // recognised: each result group then has communes in it.
  tc.core.ctx.sqlite.exec(`UPDATE unit_year SET commune_area_id = area_id WHERE year = ${YEAR} AND unit_type = 'KDC' AND area_id % 4 <> 0`)
  tc.core.ctx.sqlite.exec(`UPDATE unit_year SET status = 'DA_CONG_NHAN', registered_on = '${YEAR}-03-10', outcome = 'DA_CONG_NHAN'
    WHERE year = ${YEAR} AND unit_type <> 'XA' AND status <> 'NGOAI_PHAM_VI'
      AND commune_area_id IN (SELECT id FROM admin_area WHERE kind <> 'TINH' ORDER BY id LIMIT 5)`)
})
afterAll(() => tc.close())

/** Every page of a paged call, fetched last page first (each page must stand on its own, not on the ones before). */
async function allPages<R>(fetchPage: (offset: number, limit: number) => Promise<{ rows: R[]; total: number }>, limit: number): Promise<R[]> {
  const { total } = await fetchPage(0, 1)
  const offsets = Array.from({ length: Math.ceil(total / limit) }, (_, i) => i * limit).reverse()
  const pages = new Map<number, R[]>()
  for (const offset of offsets) {
    const page = await fetchPage(offset, limit)
    expect(page.total).toBe(total)
    pages.set(offset, page.rows)
  }
  const rows = [...pages.entries()].sort(([a], [b]) => a - b).flatMap(([, page]) => page)
  expect(rows).toHaveLength(total)
  return rows
}

describe('province pages send only what is on screen, and the pages add up (issue 12)', () => {
  test('the year board windows are contiguous and complete: any window equals that slice of the whole list', async () => {
    const whole = await tc.call('board.list', { year: YEAR, sort: 'area', offset: 0, limit: 5000 })
    expect(whole.total).toBeGreaterThan(1800)
    const windows = await allPages((offset, limit) => tc.call('board.list', { year: YEAR, sort: 'area', offset, limit }), 100)
    expect(windows.map((row) => row.id)).toEqual(whole.rows.map((row) => row.id))
    expect(new Set(windows.map((row) => row.id)).size).toBe(whole.total)
    const filtered = await tc.call('board.list', { year: YEAR, sort: 'area', status: 'DA_DANG_KY', offset: 0, limit: 5000 })
    const filteredWindows = await allPages((offset, limit) => tc.call('board.list', { year: YEAR, sort: 'area', status: 'DA_DANG_KY', offset, limit }), 100)
    expect(filteredWindows.map((row) => row.id)).toEqual(filtered.rows.map((row) => row.id))
  })

  test('the year board windows are contiguous and complete in every order, and equal the export’s rows', async () => {
    for (const sort of BOARD_SORTS) {
      const whole = await tc.call('board.list', { year: YEAR, sort, offset: 0, limit: 5000 })
      const windows = await allPages((offset, limit) => tc.call('board.list', { year: YEAR, sort, offset, limit }), 100)
      expect(windows.map((row) => row.id), sort).toEqual(whole.rows.map((row) => row.id))
      expect(windows, sort).toEqual(await allBoardRows(tc.core.ctx, { year: YEAR, sort, overdueOnly: false, missingDocumentsOnly: false }))
    }
  })

  test('the registry windows are contiguous and complete in every order', async () => {
    for (const sort of ['area', 'name', 'type'] as const) {
      const whole = await tc.call('units.list', { sort, offset: 0, limit: 2000 })
      const windows = await allPages((offset, limit) => tc.call('units.list', { sort, offset, limit }), 100)
      expect(windows.map((row) => row.id), sort).toEqual(whole.rows.map((row) => row.id))
    }
  })

  test('the pages of Địa bàn are the area list, in its order; the commune count is the communes of the list', async () => {
    const list = await tc.call('areas.list', {})
    const pages = await allPages((offset, limit) => tc.call('areas.page', { offset, limit }), 7)
    expect(pages.map((row) => [row.id, row.unitCount])).toEqual(list.map((row) => [row.id, row.unitCount]))
    const communes = await allPages((offset, limit) => tc.call('areas.page', { communesOnly: true, offset, limit }), 7)
    expect(communes.map((row) => row.id)).toEqual(list.filter((row) => COMMUNE_KINDS.includes(row.kind)).map((row) => row.id))
    expect(pages.find((row) => row.parentId !== null)?.parentName).toBe('Tỉnh Mẫu')
    const found = await tc.call('areas.page', { search: 'dong hai', offset: 0, limit: 200 })
    expect(found.rows.map((row) => row.id)).toEqual(list.filter((row) => row.name.includes('Đông Hải')).map((row) => row.id))
  })

  test('the commune result groups count the detailed results, and their pages hold exactly those communes', async () => {
    const detail = await tc.call('communes.results', { year: YEAR })
    const first = await tc.call('communes.page', { year: YEAR, offset: 0, limit: 12 })
    const expected = {
      all: detail,
      fail: detail.filter((row) => row.n > 0 && !row.pass),
      pass: detail.filter((row) => row.n > 0 && row.pass),
      empty: detail.filter((row) => row.n === 0)
    }
    expect(first.groups.all).toBe(detail.length)
    expect(first.groups.fail + first.groups.pass + first.groups.empty).toBe(detail.length)
    for (const group of COMMUNE_RESULT_GROUPS) {
      expect(first.groups[group], group).toBe(expected[group].length)
      const pages = await allPages((offset, limit) => tc.call('communes.page', { year: YEAR, group, offset, limit }), 12)
      expect(pages, group).toEqual(expected[group])
    }
    expect(first.groups.pass).toBeGreaterThan(0)
    expect(first.groups.fail).toBeGreaterThan(0)
  })

  test('the progress per commune adds up to the dashboard totals and equals each commune’s own count', async () => {
    const dashboard = await tc.call('dashboard.get', { year: YEAR })
    const rows = await allPages((offset, limit) => tc.call('dashboard.areaProgress', { year: YEAR, offset, limit }), 9)
    const keys = Object.keys(rows[0]!.counts) as Array<keyof FunnelCounts>
    for (const key of keys) {
      const byArea = rows.reduce((sum, row) => sum + row.counts[key], 0)
      const byType = dashboard.byType.reduce((sum, row) => sum + row.current[key], 0)
      expect(byArea, key).toBe(byType)
    }
    const direct = tc.core.ctx.sqlite.prepare(
      `SELECT area_id, count(*) AS n, sum(status = 'DA_CONG_NHAN') AS a FROM unit_year WHERE year = ? AND status <> 'NGOAI_PHAM_VI' GROUP BY area_id`
    )
    const byAreaId = new Map((direct.all(YEAR) as Array<{ area_id: number; n: number; a: number }>).map((row) => [row.area_id, row]))
    for (const row of rows) {
      expect(row.counts.total, row.areaName).toBe(byAreaId.get(row.areaId!)?.n ?? 0)
      expect(row.counts.recognised, row.areaName).toBe(byAreaId.get(row.areaId!)?.a ?? 0)
    }
    const list = await tc.call('areas.list', {})
    const order = list.map((area) => area.id).filter((id) => byAreaId.has(id))
    expect(rows.map((row) => row.areaId)).toEqual(order)
  })
})
