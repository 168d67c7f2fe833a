import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { GRID_LIMITS } from '../../electron/core/exchange/sheet-grid'
import { readZipGrid } from '../../electron/core/exchange/xlsx-zip-grid'
import { makeTempDir } from '../helpers/temp-core'
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

  it('a formula whose result is an error is a problem at its row, never a number', async () => {
    t = openTestCore()
    await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    const file = await makeXlsx({ 'Đơn vị': [UNIT_HEADERS, unitRow] }, (workbook) => {
      workbook.getWorksheet('Đơn vị')!.getCell('D2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue
    })
    const preview = await t.call('exchange.importPreview', asSource(file))
    expect(preview.problems.map((problem) => [problem.row, problem.message])).toEqual([[2, expect.stringContaining('Ô chứa công thức chưa có kết quả')]])
    expect(preview.counts.newUnits).toBe(0)
  })

  it('a sheet longer than the row cap stops being read at the cap, keeps its true row count, and is refused', async () => {
    t = openTestCore()
    const file = path.join(makeTempDir('antt-rows-'), 'dai.xlsx')
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file })
    const sheet = writer.addWorksheet('Đơn vị')
    sheet.addRow(UNIT_HEADERS).commit()
    for (let i = 1; i <= 2 * GRID_LIMITS.rows; i++) sheet.addRow([`Khu phố ${i}`, 'KDC', 'Phường 1', 100]).commit()
    sheet.commit()
    await writer.commit()
    const stats = { rowsRead: 0 }
    const grid = await readZipGrid(fs.readFileSync(file), stats)
    // Read up to the cap and no further; the count still names every row so the refusal can say how many.
    expect(stats.rowsRead).toBe(GRID_LIMITS.rows)
    expect(grid.sheets[0]?.rowCount).toBe(2 * GRID_LIMITS.rows + 1)
    expect(grid.sheets[0]?.rows.size).toBe(GRID_LIMITS.rows)
    const refused = await expectRefusal(t.call('exchange.importPreview', { file }))
    expect(refused.message).toBe(
      'Trang tính “Đơn vị” có 100.022 dòng, vượt quá 50.000 dòng mỗi lần nhập. Vui lòng chia tệp thành nhiều phần.'
    )
  }, 60_000)
})
