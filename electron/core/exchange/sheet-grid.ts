import { MAX_IMPORT_ROWS, type CellResult } from './xlsx-read'

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

/** The cell a person sees at (row, column index), empty when the row or the column is absent. */
export function gridCell(sheet: SheetGrid, rowNumber: number, index: number): CellResult {
  return sheet.rows.get(rowNumber)?.[index] ?? { ok: true, value: null }
}
