import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore
beforeEach(() => {
  t = openTestCore()
})
afterEach(async () => {
  await t.close()
})

describe('first run (domain.md §10)', () => {
  test('an empty database asks how to start; “start empty” stops asking', async () => {
    expect((await t.call('app.status', {})).needsOnboarding).toBe(true)
    const status = await t.call('app.startEmpty', {})
    expect(status.needsOnboarding).toBe(false)
    expect(status.hasSampleData).toBe(false)
  })

  test('the Vũng Tàu sample: 17 communes, 105 khu dân cư, 2 cơ quan, 4 doanh nghiệp, 2 nhà trường, all marked', async () => {
    const status = await t.call('app.loadSample', {})
    expect(status.hasSampleData).toBe(true)
    expect(status.office.officeName).toBe('CÔNG AN THÀNH PHỐ VŨNG TÀU')
    const units = await t.call('units.list', { limit: 2000 })
    expect(units.countsByType).toEqual({ XA: 17, KDC: 105, CO_QUAN: 2, DOANH_NGHIEP: 4, CSGD: 2 })
    expect(units.rows.every((row) => row.isSample)).toBe(true)
    const households = units.rows.filter((row) => row.type === 'KDC').map((row) => row.householdsTotal as number)
    expect(Math.min(...households)).toBeGreaterThanOrEqual(200)
    expect(Math.max(...households)).toBeLessThanOrEqual(600)
    // The small enterprise shows that TT 124 would exclude it.
    expect(units.rows.filter((row) => row.outOfScope).map((row) => row.name)).toEqual(['Công ty TNHH Cơ khí Rạch Dừa (mẫu)'])
    const areas = await t.call('areas.list', {})
    expect(areas.map((area) => area.name).slice(0, 4)).toEqual(['Thành phố Vũng Tàu', 'Phường 1', 'Phường 2', 'Phường 3'])
  })

  test('the sample is the same on every load (fixed seed)', async () => {
    await t.call('app.loadSample', {})
    const first = (await t.call('units.list', { type: 'KDC', limit: 200 })).rows.map((row) => row.householdsTotal)
    const other = openTestCore()
    await other.call('app.loadSample', {})
    const second = (await other.call('units.list', { type: 'KDC', limit: 200 })).rows.map((row) => row.householdsTotal)
    await other.close()
    expect(second).toEqual(first)
  })

  test('“Xóa dữ liệu mẫu” removes every sample row in one action', async () => {
    await t.call('app.loadSample', {})
    const removed = await t.call('app.removeSample', {})
    expect(removed).toEqual({ removedAreas: 18, removedUnits: 130, removedSigners: 4 })
    const status = await t.call('app.status', {})
    expect(status.hasSampleData).toBe(false)
    expect(status.office.configured).toBe(false)
    expect((await t.call('units.list', { active: 'all' })).total).toBe(0)
  })

  test('real data linked to the sample stops the removal and nothing is deleted', async () => {
    await t.call('app.loadSample', {})
    const ward = (await t.call('areas.list', {})).find((area) => area.name === 'Phường Thắng Nhất')
    await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 9', areaId: ward?.id, managingLevel: 'XA' } })
    const refusal = await expectRefusal(t.call('app.removeSample', {}))
    expect(refusal.message).toBe('Không thể xóa dữ liệu mẫu vì có dữ liệu thật liên kết: hồ sơ năm 2021 của Khu phố 9; Khu phố 9 (Phường Thắng Nhất).')
    expect((await t.call('units.list', { limit: 1 })).total).toBe(131)
  })

  test('loading the sample twice is refused', async () => {
    await t.call('app.loadSample', {})
    const refusal = await expectRefusal(t.call('app.loadSample', {}))
    expect(refusal.message).toBe('Dữ liệu mẫu đã được nạp.')
  })
})
