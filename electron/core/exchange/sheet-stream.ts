import { EventEmitter } from 'node:events'
import { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import ExcelJS from 'exceljs'
import { ApiError } from '../../../shared/api/errors'
import { formatInteger } from '../../../shared/text/numbers'
import { GRID_LIMITS, type SheetGrid, type WorkbookGrid } from './sheet-grid'
import { sheetPart, type SheetXmlFacts } from './sheet-xml'
import { BROKEN_FILE, cellValue, refuseFile, type CellResult } from './xlsx-read'

/**
 * Reads a workbook as a stream (ExcelJS's WorkbookReader), one row at a time, with the caps applied while reading:
 * a sheet stops being read at the first row past the row cap, a value past the column cap refuses the file at its
 * row, a cell over Excel's size limit becomes a problem — no sheet is ever held whole as ExcelJS objects.
 */
export interface ReadStats {
  /** Rows the reader handed over; a test proves the read stops at the cap. */
  rowsRead: number
}

const LONG_CELL = `Ô có nội dung dài quá ${formatInteger(GRID_LIMITS.cellChars)} ký tự (giới hạn của Excel); vui lòng rút gọn.`
const MERGED: CellResult = { ok: false, message: 'Ô bị gộp (merge) với ô khác; vui lòng bỏ gộp ô và điền giá trị vào từng ô.' }

function capped(result: CellResult): CellResult {
  return result.ok && typeof result.value === 'string' && result.value.length > GRID_LIMITS.cellChars ? { ok: false, message: LONG_CELL } : result
}

/** A value past the column cap would be dropped unseen: the file is refused instead, naming the cap. */
function refuseWideRow(sheetName: string, row: ExcelJS.Row): void {
  if (row.cellCount <= GRID_LIMITS.columns) return
  let beyond = 0
  row.eachCell((cell, column) => {
    if (beyond === 0 && column > GRID_LIMITS.columns && cell.value !== null && cell.value !== undefined && cell.value !== '') beyond = column
  })
  if (beyond === 0) return
  throw refuseFile(
    `Trang tính “${sheetName}” có dữ liệu ở cột thứ ${formatInteger(beyond)}, vượt quá ${formatInteger(GRID_LIMITS.columns)} cột mỗi trang tính được nhập. Vui lòng xóa các cột thừa rồi chọn lại tệp.`
  )
}

/** Every cell of a merged range but its first says so, as a person sees one value spread over several cells. */
function markMerges(rows: Map<number, CellResult[]>, merges: string[], lastRow: number): number {
  let widest = 0
  for (const range of merges) {
    const [from = '', to = from] = range.split(':')
    const top = decode(from)
    const bottom = decode(to)
    const right = Math.min(bottom.column, GRID_LIMITS.columns)
    widest = Math.max(widest, right)
    for (let r = top.row; r <= Math.min(bottom.row, lastRow, GRID_LIMITS.rows); r++) {
      const cells = rows.get(r) ?? []
      for (let c = top.column; c <= right; c++) if (r !== top.row || c !== top.column) cells[c - 1] = MERGED
      rows.set(r, Array.from({ length: Math.max(cells.length, right) }, (_, i) => cells[i] ?? { ok: true, value: null }))
    }
  }
  return widest
}

function decode(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)
  if (!match) return { row: 0, column: 0 }
  const column = [...(match[1] ?? '')].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0)
  return { row: Number(match[2]), column }
}

async function readSheet(worksheet: ExcelJS.stream.xlsx.WorksheetReader, facts: SheetXmlFacts | undefined, stats: ReadStats): Promise<SheetGrid> {
  const name = (worksheet as unknown as { name?: string }).name ?? ''
  const rows = new Map<number, CellResult[]>()
  let lastRow = 0
  let columnCount = 0
  for await (const row of worksheet) {
    if (row.number > GRID_LIMITS.rows) {
      // Past the cap the rest is not read: the XML's last row gives the count the refusal names.
      lastRow = Math.max(row.number, facts?.lastRow ?? 0)
      break
    }
    stats.rowsRead++
    lastRow = row.number
    columnCount = Math.max(columnCount, Math.min(row.cellCount, GRID_LIMITS.columns))
    if (!row.hasValues) continue
    refuseWideRow(name, row)
    const width = Math.min(row.cellCount, GRID_LIMITS.columns)
    rows.set(row.number, Array.from({ length: width }, (_, i) => capped(cellValue(row.getCell(i + 1)))))
  }
  columnCount = Math.max(columnCount, markMerges(rows, facts?.merges ?? [], lastRow))
  return { name, rowCount: rows.size > 0 ? lastRow : 0, columnCount, rows }
}

/** The chunks of one zip part as text, a letter split between two chunks decoded whole. */
async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk)
    if (text !== '') yield text
  }
  const rest = decoder.end()
  if (rest !== '') yield rest
}

type PartParser = (this: unknown, source: never, ...rest: unknown[]) => unknown

/**
 * ExcelJS 4.4 decodes each 16 kB chunk of an inflated part on its own, so a Vietnamese letter across a chunk boundary
 * became "��" (exceljs issue 2084, unfixed upstream). Every part this reader parses is decoded as one text instead: the
 * parts it is handed as a stream are set to UTF-8, a worksheet's chunks (handed as an iterator) go through a decoder.
 */
function decodePartsWhole(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const parsers = reader as unknown as Record<string, PartParser>
  for (const name of ['_parseRels', '_parseWorkbook', '_parseSharedStrings', '_parseStyles']) {
    const parse = parsers[name]!
    parsers[name] = function (this: unknown, entry: Readable, ...rest: unknown[]) {
      entry.setEncoding('utf8')
      return parse.call(this, entry as never, ...rest)
    } as PartParser
  }
  const parseWorksheet = parsers._parseWorksheet!
  parsers._parseWorksheet = function (this: unknown, chunks: AsyncIterable<Buffer>, ...rest: unknown[]) {
    return parseWorksheet.call(this, utf8Text(chunks) as never, ...rest)
  } as PartParser
}

export async function readGrid(zip: Buffer, facts: Map<string, SheetXmlFacts>, stats: ReadStats = { rowsRead: 0 }): Promise<WorkbookGrid> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([zip]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit'
  })
  decodePartsWhole(reader)
  // The reader names the zip part of the sheet it is about to hand over just before it does.
  let part = ''
  ;(reader as unknown as EventEmitter).on('entry', (entry: { type: string; id?: string }) => {
    if (entry.type === 'worksheet') part = sheetPart(entry.id ?? '')
  })
  const sheets: SheetGrid[] = []
  try {
    for await (const worksheet of reader) sheets.push(await readSheet(worksheet, facts.get(part), stats))
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw refuseFile(BROKEN_FILE)
  }
  if (sheets.length === 0) throw refuseFile('Tệp Excel không có trang tính nào.')
  return { sheets }
}
