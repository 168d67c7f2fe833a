import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir, openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore
afterEach(async () => t?.close())

async function workbookOf(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
  return workbook
}

function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return (sheet.getRow(row).values as unknown[]).slice(1)
}

describe('Excel export of a year', () => {
  it('the year board: the board’s filters, every row, status labels, real date cells', async () => {
    t = openTestCore()
    await t.call('app.loadSample', {})
    const board = await t.call('board.list', { year: 2020, type: 'XA', limit: 5000 })
    expect(board.total).toBeGreaterThan(0)
    const exported = await t.call('exchange.exportYearBoard', { year: 2020, type: 'XA' })
    expect(exported).toMatchObject({ rows: board.total, fileName: expect.stringMatching(/^bang-theo-doi-nam-2020_\d{4}-\d{2}-\d{2}\.xlsx$/) })
    const sheet = (await workbookOf(exported.contentBase64!)).getWorksheet('Năm 2020')!
    expect(String(sheet.getCell('A1').value)).toMatch(/^BẢNG THEO DÕI NĂM 2020 — \d{2}\/\d{2}\/\d{4}$/)
    expect(rowValues(sheet, 2)).toEqual(['STT', 'Tên đơn vị', 'Loại đơn vị', 'Xã, phường', 'Trạng thái', 'Hạn bước tiếp theo', 'Số ngày quá hạn', 'Còn thiếu', 'Ngày đăng ký', 'Số quyết định', 'Năm trước'])
    expect(sheet.rowCount).toBe(2 + board.total)
    const first = board.rows[0]!
    const line = rowValues(sheet, 3)
    expect(line[0]).toBe(1)
    expect(line[1]).toBe(first.unitName)
    expect(line[2]).toBe('Xã, phường, thị trấn')
    const statusLabels = new Set(board.rows.map((row) => row.status))
    expect([...statusLabels].length).toBeGreaterThan(0)
    expect(line[4]).toMatch(/^(Đã công nhận|Không công nhận|Ngoài phạm vi|Chưa đăng ký|Đã đăng ký)/)
    // A registered row's date is a real date cell shown dd/mm/yyyy.
    const index = board.rows.findIndex((row) => row.registeredOn !== null)
    expect(index).toBeGreaterThanOrEqual(0)
    const cell = sheet.getRow(3 + index).getCell(9)
    expect(cell.value).toBeInstanceOf(Date)
    expect((cell.value as Date).toISOString().slice(0, 10)).toBe(board.rows[index]!.registeredOn)
    expect(cell.numFmt).toBe('dd/mm/yyyy')
    // A filter the board has is honoured: a search that matches nothing gives a file with the header only.
    const none = await t.call('exchange.exportYearBoard', { year: 2020, search: 'không có đơn vị nào tên này' })
    expect(none.rows).toBe(0)
  })

  it('the statistics: Table B 2020 vs 2019 as in CV 1888 (13/17 phường, xã; +1), Table A by commune with a total', async () => {
    t = openTestCore()
    await t.call('app.loadSample', {})
    const exported = await t.call('exchange.exportYearStatistics', { year: 2020 })
    const workbook = await workbookOf(exported.contentBase64!)
    const b = workbook.getWorksheet('Biểu B - Theo loại đơn vị')!
    expect(rowValues(b, 2).slice(0, 8)).toEqual(['Loại đơn vị', 'Tổng số', 'Đăng ký', '% đăng ký', 'Được công nhận', '% công nhận', 'Được công nhận năm 2019', 'Tăng, giảm so với năm 2019'])
    const byName = new Map<string, unknown[]>()
    b.eachRow((row, number) => {
      if (number > 2) byName.set(String(row.getCell(1).value), rowValues(b, number))
    })
    const communes = byName.get('Xã, phường, thị trấn')!
    expect(communes[1]).toBe(17)
    expect(communes[4]).toBe(13)
    expect(communes[5]).toBeCloseTo(13 / 17, 10)
    expect(b.getRow([...byName.keys()].indexOf('Xã, phường, thị trấn') + 3).getCell(6).numFmt).toBe('0.00%')
    expect(communes[6]).toBe(12)
    expect(communes[7]).toBe(1)
    const enterprises = byName.get('Doanh nghiệp')!
    expect(enterprises.slice(4, 8)).toEqual([2, expect.any(Number), 1, 1])
    expect(byName.get('Cơ sở giáo dục')![8]).toBe('Không triển khai')
    expect(byName.has('Tổng cộng')).toBe(true)

    const a = workbook.getWorksheet('Biểu A - Theo xã, phường')!
    expect(rowValues(a, 2)[0]).toBe('Xã, phường')
    expect(a.rowCount).toBe(2 + 17 + 1)
    expect(a.getRow(a.rowCount).getCell(1).value).toBe('Tổng cộng')
    // The total row adds the communes up.
    let kdc = 0
    for (let row = 3; row < a.rowCount; row++) kdc += Number(a.getRow(row).getCell(2).value ?? 0)
    expect(a.getRow(a.rowCount).getCell(2).value).toBe(kdc)
  })

  it('opens cleanly in LibreOffice Calc (the year board)', async () => {
    t = openTestCore()
    await t.call('app.loadSample', {})
    const dir = makeTempDir('antt-calc-year-')
    const file = path.join(dir, 'bang.xlsx')
    const exported = await t.call('exchange.exportYearBoard', { year: 2020, type: 'XA', file })
    expect(exported.file).toBe(file)
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file], { timeout: 90_000, stdio: 'ignore' })
    const csv = fs.readFileSync(path.join(dir, 'bang-Năm 2020.csv'), 'utf8')
    expect(csv).toContain('STT,Tên đơn vị,Loại đơn vị,"Xã, phường",Trạng thái')
    // Dates come out as dd/mm/yyyy in Calc.
    expect(csv).toMatch(/,Xã, phường, thị trấn,|"Xã, phường, thị trấn"/)
    expect(csv).toMatch(/\d{2}\/\d{2}\/2020/)
  }, 120_000)
})
