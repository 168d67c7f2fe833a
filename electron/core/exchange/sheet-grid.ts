import type ExcelJS from 'exceljs'
import { ApiError } from '../../../shared/api/errors'
import { formatInteger } from '../../../shared/text/numbers'
import { cellValue, MAX_IMPORT_ROWS, type CellResult } from './xlsx-read'

/**
 * A workbook as plain data: what the import needs of each sheet (its name, its size, the values a person sees),
 * made in the parse worker and sent to the core as a structured clone. Capped while it is made, so no sheet can
 * hand the core more than an import can use.
 */
export interface SheetGrid {
  name: string
  /** As Excel counts them: a sheet over the import's row limit keeps its true count so the refusal can name it. */
  rowCount: number
  columnCount: number
  /** Excel row number → the cells of its first GRID_LIMITS.columns columns; rows without values are absent. */
  rows: Map<number, CellResult[]>
}

export interface WorkbookGrid {
  sheets: SheetGrid[]
}

export const GRID_LIMITS = {
  /** The header may sit in the first 10 rows; one row past the import's limit is enough to refuse with the count. */
  rows: MAX_IMPORT_ROWS + 11,
  columns: 200,
  /** Excel's own limit for one cell. */
  cellChars: 32_767
} as const

const LONG_CELL = `Ô có nội dung dài quá ${formatInteger(GRID_LIMITS.cellChars)} ký tự (giới hạn của Excel); vui lòng rút gọn.`

function capped(result: CellResult): CellResult {
  return result.ok && typeof result.value === 'string' && result.value.length > GRID_LIMITS.cellChars ? { ok: false, message: LONG_CELL } : result
}

/** A value past the column cap would be dropped unseen: the file is refused instead, naming the cap. */
function refuseWideRow(sheet: ExcelJS.Worksheet, row: ExcelJS.Row): void {
  if (row.cellCount <= GRID_LIMITS.columns) return
  let beyond = 0
  row.eachCell((cell, column) => {
    if (beyond === 0 && column > GRID_LIMITS.columns && cell.value !== null && cell.value !== undefined && cell.value !== '') beyond = column
  })
  if (beyond === 0) return
  const message = `Trang tính “${sheet.name}” có dữ liệu ở cột thứ ${formatInteger(beyond)}, vượt quá ${formatInteger(GRID_LIMITS.columns)} cột mỗi trang tính được nhập. Vui lòng xóa các cột thừa rồi chọn lại tệp.`
  throw new ApiError({ code: 'VALIDATION', message, fields: { file: message } })
}

export function toGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const columnCount = Math.min(sheet.columnCount, GRID_LIMITS.columns)
      const rowCount = sheet.actualRowCount > 0 ? sheet.rowCount : 0
      const rows = new Map<number, CellResult[]>()
      for (let rowNumber = 1; rowNumber <= Math.min(rowCount, GRID_LIMITS.rows); rowNumber++) {
        const row = sheet.getRow(rowNumber)
        if (!row.hasValues) continue
        refuseWideRow(sheet, row)
        rows.set(rowNumber, Array.from({ length: columnCount }, (_, i) => capped(cellValue(row.getCell(i + 1)))))
      }
      return { name: sheet.name, rowCount, columnCount, rows }
    })
  }
}

/** The cell a person sees at (row, column index), empty when the row or the column is absent. */
export function gridCell(sheet: SheetGrid, rowNumber: number, index: number): CellResult {
  return sheet.rows.get(rowNumber)?.[index] ?? { ok: true, value: null }
}
