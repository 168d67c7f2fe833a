import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { parseIsoDate } from '../../../shared/text/dates'

/**
 * The generic exporter (registry now; the year board and statistics later): sheets of rows with Vietnamese headers,
 * bold and frozen, filters on, widths set, integers as numbers, dates as real dates shown dd/mm/yyyy. Written with
 * the streaming writer, so 50,000 rows stay fast and small in memory.
 */
export type ExportCellKind = 'text' | 'integer' | 'date' | 'percent'

export interface ExportColumn<R> {
  header: string
  width: number
  kind: ExportCellKind
  /** `index`: the row's place in its sheet from 0, so a number column (STT) needs no copy of every row. */
  value: (row: R, index: number) => string | number | null
}

export interface ExportSheet<R> {
  name: string
  /** An optional title line above the header (e.g. “DANH SÁCH ĐƠN VỊ — 05/03/2025”). */
  title?: string
  columns: ExportColumn<R>[]
  rows: Iterable<R>
}

const NUMBER_FORMATS: Record<ExportCellKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  date: 'dd/mm/yyyy',
  percent: '0.00%'
}

function cellValue(kind: ExportCellKind, value: string | number | null): ExcelJS.CellValue {
  if (value === null || value === '') return null
  if (kind === 'date' && typeof value === 'string') {
    const parts = parseIsoDate(value.slice(0, 10))
    // Midnight UTC: Excel dates have no time zone, and exceljs writes UTC.
    return parts ? new Date(Date.UTC(parts.year, parts.month - 1, parts.day)) : value
  }
  return value
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function writeWorkbook(sheets: ExportSheet<any>[]): Promise<{ buffer: Buffer; rows: number }> {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
  workbook.creator = 'ANTT Desk'
  workbook.created = new Date()
  let total = 0
  for (const sheet of sheets) {
    const headerRow = sheet.title ? 2 : 1
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: headerRow }] })
    // Only dates and numbers carry a format; text columns stay General (styling every text cell costs a third of the time).
    worksheet.columns = sheet.columns.map((column) => {
      const numFmt = NUMBER_FORMATS[column.kind]
      return numFmt ? { width: column.width, style: { numFmt } } : { width: column.width }
    })
    if (sheet.title) {
      const title = worksheet.addRow([sheet.title])
      title.font = { bold: true, size: 13 }
      title.commit()
    }
    const header = worksheet.addRow(sheet.columns.map((column) => column.header))
    header.font = { bold: true }
    header.alignment = { vertical: 'middle', wrapText: true }
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F3' } }
      cell.border = { bottom: { style: 'thin' } }
    })
    header.commit()
    worksheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: sheet.columns.length } }
    // exceljs remembers a cell's style by object: cells given their column's one object are not each rendered anew
    // to find their style (a third of the writer's time). Text cells share it only when they hold text (a number
    // there would get General, a different style).
    const styles: ExcelJS.Style[] = sheet.columns.map((column) => {
      const numFmt = NUMBER_FORMATS[column.kind]
      return (numFmt ? { numFmt } : {}) as ExcelJS.Style
    })
    let index = 0
    for (const row of sheet.rows) {
      const at = index++
      const written = worksheet.addRow(sheet.columns.map((column) => cellValue(column.kind, column.value(row, at))))
      written.eachCell((cell, column) => {
        const style = styles[column - 1]!
        if (style.numFmt || typeof cell.value === 'string') cell.style = style
      })
      written.commit()
      total++
    }
    worksheet.commit()
  }
  await workbook.commit()
  await done
  return { buffer: Buffer.concat(chunks), rows: total }
}
