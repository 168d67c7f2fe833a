import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { expectRefusal, openTestCore, type TestCore } from '../../helpers/temp-core'

let t: TestCore
const NOW = new Date('2023-06-20T03:00:00Z')

beforeEach(() => {
  t = openTestCore({ now: () => NOW })
})
afterEach(async () => {
  await t.close()
})

const db = () => t.core.ctx.sqlite

function recordOf(unitId: number, year: number) {
  return db().prepare('SELECT id, status, exclusion_code FROM unit_year WHERE unit_id = ? AND year = ?').get(unitId, year) as { id: number; status: string; exclusion_code: string | null } | undefined
}

function historyOf(unitYearId: number) {
  return db().prepare('SELECT action, from_status, to_status, reason FROM status_history WHERE unit_year_id = ? ORDER BY id').all(unitYearId)
}

function auditOf(unitYearId: number) {
  return db().prepare("SELECT action FROM audit_log WHERE entity = 'unit_year' AND entity_id = ? ORDER BY id").all(unitYearId)
}

async function setup() {
  const area = await t.call('areas.create', { name: 'Phường Thắng Nhì', kind: 'PHUONG' })
  await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 1', areaId: area.id, managingLevel: 'XA', householdsTotal: 300 } })
  await t.call('years.open', { year: 2023 })
  return area
}

describe('units that appear after a year was opened (late units)', () => {
  test('a unit created while the year is open joins it as CHUA_DANG_KY, with history and audit, in the same transaction', async () => {
    const area = await setup()
    const before = (await t.call('years.get', { year: 2023 })).unitYearCount
    const { unit } = await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 2', areaId: area.id, managingLevel: 'XA', householdsTotal: 250 } })
    expect((await t.call('years.get', { year: 2023 })).unitYearCount).toBe(before + 1)
    const record = recordOf(unit.id, 2023)!
    expect(record).toMatchObject({ status: 'CHUA_DANG_KY', exclusion_code: null })
    expect(historyOf(record.id)).toEqual([{ action: 'T1 OPEN_YEAR', from_status: null, to_status: 'CHUA_DANG_KY', reason: 'Đơn vị được thêm sau khi mở năm' }])
    expect(auditOf(record.id)).toEqual([{ action: 'CREATE' }])
    const board = await t.call('board.list', { year: 2023, limit: 100 })
    expect(board.rows.find((row) => row.unitId === unit.id)).toMatchObject({ status: 'CHUA_DANG_KY', areaName: 'Phường Thắng Nhì' })
    // V07: the board's “Thêm đơn vị” on a unit that already joined.
    expect((await expectRefusal(t.call('unitYears.create', { year: 2023, unitId: unit.id }))).message).toBe('Đơn vị Khu phố 2 đã có hồ sơ năm 2023.')
  })

  test('an out-of-scope unit joins as NGOAI_PHAM_VI with its exclusion code; a size change brings it back in scope (T17)', async () => {
    const area = await setup()
    const values = { type: 'DOANH_NGHIEP' as const, name: 'Công ty TNHH Hải Sản', areaId: area.id, managingLevel: 'XA' as const, enterpriseSize: 'NHO' as const, staffTotal: 9 }
    const { unit } = await t.call('units.create', { values, confirmed: true })
    const record = recordOf(unit.id, 2023)!
    expect(record).toMatchObject({ status: 'NGOAI_PHAM_VI', exclusion_code: 'DN_NHO_SIEU_NHO' })
    await t.call('units.update', { id: unit.id, values: { ...values, enterpriseSize: 'VUA' }, confirmed: true })
    expect(recordOf(unit.id, 2023)).toMatchObject({ status: 'CHUA_DANG_KY', exclusion_code: null })
    expect(historyOf(record.id).map((h: unknown) => (h as { action: string }).action)).toEqual(['T1 OPEN_YEAR', 'T17 INCLUDE'])
    expect(auditOf(record.id)).toEqual([{ action: 'CREATE' }, { action: 'INCLUDE' }])
    // And out again when the size goes back down (T16), while not yet registered.
    await t.call('units.update', { id: unit.id, values, confirmed: true })
    expect(recordOf(unit.id, 2023)).toMatchObject({ status: 'NGOAI_PHAM_VI', exclusion_code: 'DN_NHO_SIEU_NHO' })
  })

  test('a type not deployed in the year joins as NGOAI_PHAM_VI (KHONG_TRIEN_KHAI)', async () => {
    const area = await t.call('areas.create', { name: 'Phường 9', kind: 'PHUONG' })
    await t.call('years.open', { year: 2023, notDeployed: ['CSGD'], notDeployedNote: 'Không triển khai' })
    const { unit } = await t.call('units.create', { values: { type: 'CSGD', name: 'Trường THCS Lê Lợi', areaId: area.id, managingLevel: 'HUYEN', educationLevels: ['THCS'] } })
    expect(recordOf(unit.id, 2023)).toMatchObject({ status: 'NGOAI_PHAM_VI', exclusion_code: 'KHONG_TRIEN_KHAI' })
    // The board's “Thêm đơn vị vào năm” gives a missing record the same scope.
    db().prepare('DELETE FROM unit_year WHERE unit_id = ?').run(unit.id)
    const added = await t.call('unitYears.create', { year: 2023, unitId: unit.id })
    expect(added).toMatchObject({ status: 'NGOAI_PHAM_VI', exclusionCode: 'KHONG_TRIEN_KHAI', exclusionNote: 'Không triển khai' })
  })

  test('a reactivated unit joins the open year; a new commune’s own unit joins too', async () => {
    const area = await t.call('areas.create', { name: 'Phường 10', kind: 'PHUONG' })
    const { unit } = await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 3', areaId: area.id, managingLevel: 'XA', householdsTotal: 200 } })
    await t.call('units.deactivate', { id: unit.id, inactiveFrom: '2022-05-01', reason: 'Sáp nhập' })
    await t.call('years.open', { year: 2023 })
    expect(recordOf(unit.id, 2023)).toBeUndefined()
    await t.call('units.reactivate', { id: unit.id })
    const record = recordOf(unit.id, 2023)!
    expect(record.status).toBe('CHUA_DANG_KY')
    expect(historyOf(record.id)).toMatchObject([{ reason: 'Đơn vị hoạt động trở lại sau khi mở năm' }])

    const commune = await t.call('areas.create', { name: 'Xã Mới', kind: 'XA' })
    const board = await t.call('board.list', { year: 2023, limit: 100 })
    expect(board.rows.find((row) => row.unitType === 'XA' && row.areaId === commune.id)).toMatchObject({ status: 'CHUA_DANG_KY' })
  })

  test('a closed year is never joined', async () => {
    const area = await setup()
    await t.call('years.close', { year: 2023, confirmed: true })
    const count = (await t.call('years.get', { year: 2023 })).unitYearCount
    const { unit } = await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 7', areaId: area.id, managingLevel: 'XA', householdsTotal: 100 } })
    expect(recordOf(unit.id, 2023)).toBeUndefined()
    expect((await t.call('years.get', { year: 2023 })).unitYearCount).toBe(count)
    const refusal = await expectRefusal(t.call('unitYears.create', { year: 2023, unitId: unit.id }))
    expect(refusal.message).toMatch(/Năm đánh giá 2023 đã chốt/)
  })
})
