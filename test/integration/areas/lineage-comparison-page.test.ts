import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openTestCore, type TestCore } from '../../helpers/temp-core'

/**
 * Tổng quan's comparison through lineage is asked for a page at a time (a province has 3,000 communes), and can keep
 * only the areas compared with their predecessors ("chỉ khu vực có sáp nhập").
 */
let vungTau: TestCore
let tamThang: TestCore
beforeAll(async () => {
  vungTau = openTestCore({ now: () => new Date('2026-12-02T03:00:00Z') })
  await vungTau.call('app.loadSample', {})
  tamThang = openTestCore({ now: () => new Date('2026-12-02T03:00:00Z') })
  await tamThang.call('app.loadSample', { sample: 'TAM_THANG' })
}, 180_000)
afterAll(async () => {
  await vungTau.close()
  await tamThang.close()
})

describe('areas.lineageComparison, one page at a time', () => {
  test('a page is the slice of the whole list at its offset, with the whole count', async () => {
    const whole = await vungTau.call('areas.lineageComparison', { year: 2021, limit: 200 })
    expect(whole.total).toBe(17)
    expect(whole.rows).toHaveLength(17)
    const page = await vungTau.call('areas.lineageComparison', { year: 2021, offset: 5, limit: 5 })
    expect(page.total).toBe(17)
    expect(page.previousYear).toBe(2020)
    expect(page.rows.map((row) => row.areaName)).toEqual(whole.rows.slice(5, 10).map((row) => row.areaName))
  })

  test('“chỉ khu vực có sáp nhập” keeps the rows with a note: none in Vũng Tàu 2021, Tam Thắng in 2025, none in 2026', async () => {
    expect(await vungTau.call('areas.lineageComparison', { year: 2021, lineageOnly: true })).toMatchObject({ total: 0, rows: [] })
    const merged = await tamThang.call('areas.lineageComparison', { year: 2025, lineageOnly: true })
    expect(merged.total).toBe(1)
    expect(merged.rows[0]!.note).toBe('Phường Tam Thắng so với tổng Phường 7, Phường 8, Phường 9, Phường Nguyễn An Ninh năm 2024')
    expect(await tamThang.call('areas.lineageComparison', { year: 2026, lineageOnly: true })).toMatchObject({ total: 0, rows: [] })
  })
})
