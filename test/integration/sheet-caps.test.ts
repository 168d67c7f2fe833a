import { afterEach, describe, expect, it } from 'vitest'
import { GRID_LIMITS } from '../../electron/core/exchange/sheet-grid'
import { asSource, makeXlsx, UNIT_HEADERS } from '../helpers/xlsx-fixtures'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore
afterEach(async () => t?.close())

const unitRow = ['Khu phố 1', 'Khu dân cư', 'Phường 1', 300, null, null]

describe('a sheet read within row, column and cell-size caps', () => {
  it('refuses a sheet with values past the column cap, naming the cap, and changes nothing', async () => {
    t = openTestCore()
    const wide = [...unitRow, ...Array.from({ length: GRID_LIMITS.columns }, () => null), 'ô ở cột 207']
    const file = await makeXlsx({ 'Đơn vị': [UNIT_HEADERS, wide] })
    const refused = await expectRefusal(t.call('exchange.importPreview', asSource(file)))
    expect(refused.message).toBe(
      'Trang tính “Đơn vị” có dữ liệu ở cột thứ 207, vượt quá 200 cột mỗi trang tính được nhập. Vui lòng xóa các cột thừa rồi chọn lại tệp.'
    )
    expect((await t.call('units.list', { limit: 1 })).total).toBe(0)
  })

  it('a cell longer than Excel’s own limit is a problem at its row that names the limit', async () => {
    t = openTestCore()
    await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    const file = await makeXlsx({ 'Đơn vị': [UNIT_HEADERS, ['x'.repeat(GRID_LIMITS.cellChars + 1), ...unitRow.slice(1)]] })
    const preview = await t.call('exchange.importPreview', asSource(file))
    expect(preview.problems.map((problem) => [problem.row, problem.message])).toEqual([[2, expect.stringContaining('dài quá 32.767 ký tự')]])
    expect(preview.counts.newUnits).toBe(0)
  })
})
