import type { ImportProblem, SheetMapping } from '../../../shared/api/calls/exchange'
import type { ColumnSpec } from '../../../shared/domain/registry-columns'
import { fold } from '../../../shared/text/fold'
import { ApiError } from '../../../shared/api/errors'
import { formatInteger } from '../../../shared/text/numbers'
import { gridCell, type SheetGrid, type WorkbookGrid } from './sheet-grid'
import { asText, MAX_IMPORT_ROWS, type CellResult } from './xlsx-read'

/** Header text compared without diacritics, case or punctuation: “Xã/Phường” = “xa phuong”. */
export function headerKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

export function findSheet(workbook: WorkbookGrid, aliases: string[]): SheetGrid | null {
  return workbook.sheets.find((sheet) => aliases.includes(headerKey(sheet.name))) ?? null
}

function rowTexts(sheet: SheetGrid, rowNumber: number, width: number): string[] {
  return Array.from({ length: width }, (_, i) => {
    const read = gridCell(sheet, rowNumber, i)
    return read.ok ? (asText(read.value) ?? '') : ''
  })
}

function matchHeaders<F extends string>(headers: string[], columns: ColumnSpec<F>[]): Record<string, number | null> {
  const mapping: Record<string, number | null> = Object.fromEntries(columns.map((column) => [column.field, null]))
  const used = new Set<number>()
  // Exact header first, then aliases, so “Tên đơn vị” wins over a later “Tên”.
  for (const pass of ['header', 'alias'] as const) {
    for (const column of columns) {
      if (mapping[column.field] !== null) continue
      const keys = pass === 'header' ? [headerKey(column.header)] : column.aliases
      const index = headers.findIndex((header, i) => !used.has(i) && header !== '' && keys.includes(headerKey(header)))
      if (index >= 0) {
        mapping[column.field] = index
        used.add(index)
      }
    }
  }
  return mapping
}

/** The header row is the one among the first 10 that names the most known columns (a title may sit above it). */
export function detectMapping<F extends string>(
  sheet: SheetGrid,
  columns: ColumnSpec<F>[],
  override?: Partial<Record<F, number | null>>
): SheetMapping {
  const width = Math.min(Math.max(sheet.columnCount, 1), 200)
  let best: SheetMapping = { sheet: sheet.name, headerRow: 1, headers: rowTexts(sheet, 1, width), mapping: {} }
  let bestCount = -1
  for (let rowNumber = 1; rowNumber <= Math.min(10, sheet.rowCount); rowNumber++) {
    const headers = rowTexts(sheet, rowNumber, width)
    const mapping = matchHeaders(headers, columns)
    const count = Object.values(mapping).filter((index) => index !== null).length
    if (count > bestCount) {
      best = { sheet: sheet.name, headerRow: rowNumber, headers, mapping }
      bestCount = count
    }
  }
  if (override) {
    for (const [field, index] of Object.entries(override) as Array<[string, number | null | undefined]>) {
      if (index === undefined) continue
      best.mapping[field] = index !== null && index < best.headers.length ? index : null
    }
  }
  return best
}

export interface SheetRow<F extends string> {
  /** The row number Excel shows. */
  row: number
  cells: Partial<Record<F, CellResult>>
}

/** The data rows under the header, empty rows skipped; more than MAX_IMPORT_ROWS refuses the file. */
export function readRows<F extends string>(sheet: SheetGrid, mapping: SheetMapping, columns: ColumnSpec<F>[]): SheetRow<F>[] {
  const last = sheet.rowCount
  if (last - mapping.headerRow > MAX_IMPORT_ROWS) {
    throw new ApiError({
      code: 'VALIDATION',
      message: `Trang tính “${sheet.name}” có ${formatInteger(last - mapping.headerRow)} dòng, vượt quá ${formatInteger(MAX_IMPORT_ROWS)} dòng mỗi lần nhập. Vui lòng chia tệp thành nhiều phần.`
    })
  }
  const rows: SheetRow<F>[] = []
  for (let rowNumber = mapping.headerRow + 1; rowNumber <= last; rowNumber++) {
    if (!sheet.rows.has(rowNumber)) continue
    const cells: Partial<Record<F, CellResult>> = {}
    let empty = true
    for (const column of columns) {
      const index = mapping.mapping[column.field]
      if (index === null || index === undefined) continue
      const read = gridCell(sheet, rowNumber, index)
      cells[column.field] = read
      if (!read.ok || (read.value !== null && asText(read.value) !== null)) empty = false
    }
    if (!empty) rows.push({ row: rowNumber, cells })
  }
  return rows
}

/** Collects problems with their place: sheet, Excel row, the column's header as the file names it. */
export class ProblemList {
  readonly items: ImportProblem[] = []
  add(sheet: string, row: number, column: string | null, message: string): void {
    this.items.push({ sheet, row, column, message })
  }
  get size(): number {
    return this.items.length
  }
}
