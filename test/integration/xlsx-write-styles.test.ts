import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { writeWorkbook, type ExportColumn } from '../../electron/core/exchange/xlsx-write'

interface Row {
  i: number
}

const COLUMNS: ExportColumn<Row>[] = [
  { header: 'STT', width: 7, kind: 'integer', value: (row) => row.i },
  // A text column that sometimes holds a number (a code typed as digits).
  { header: 'Mã', width: 10, kind: 'text', value: (row) => (row.i % 2 ? `KP-${row.i}` : row.i) },
  { header: 'Ngày', width: 14, kind: 'date', value: (row) => (row.i % 3 ? '2025-03-31' : null) },
  { header: 'Tỷ lệ', width: 10, kind: 'percent', value: (row) => row.i / 10 }
]

/** The cells share their column's style object (speed); each must still carry exactly its column's format. */
describe('export cell formats', () => {
  it('gives every cell its column’s format, text cells none, and writes no empty cells', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ i: i + 1 }))
    const { buffer } = await writeWorkbook([{ name: 'Thử', columns: COLUMNS, rows }])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Thử')!
    for (const { i } of rows) {
      const row = sheet.getRow(i + 1)
      expect(row.getCell(1).numFmt).toBe('#,##0')
      expect(row.getCell(1).value).toBe(i)
      expect(row.getCell(2).value).toBe(i % 2 ? `KP-${i}` : i)
      expect(row.getCell(2).numFmt).toBeUndefined()
      if (i % 3) {
        expect(row.getCell(3).numFmt).toBe('dd/mm/yyyy')
        expect((row.getCell(3).value as Date).toISOString().slice(0, 10)).toBe('2025-03-31')
      } else expect(row.getCell(3).value).toBeNull()
      expect(row.getCell(4).numFmt).toBe('0.00%')
    }
  })
})
