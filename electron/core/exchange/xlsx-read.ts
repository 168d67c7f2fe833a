import type ExcelJS from 'exceljs'
import { ApiError } from '../../../shared/api/errors'
import { normalizeMultiline, normalizeText } from '../../../shared/text/normalize'
import { parseVietnameseDate, toIso } from '../../../shared/text/dates'

/** Reading an .xlsx the user chose: every way it can be the wrong file gets its own Vietnamese message. */

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0])

export const MAX_IMPORT_ROWS = 50_000

export const BROKEN_FILE = 'Tệp Excel bị hỏng hoặc không đọc được. Vui lòng mở tệp bằng Excel, lưu lại rồi chọn lại.'

export function refuseFile(message: string): ApiError {
  return new ApiError({ code: 'VALIDATION', message, fields: { file: message } })
}

/** The cheap checks of the first bytes: empty, an old or encrypted .xls, not a zip at all. */
export function checkSignature(content: Buffer): void {
  if (content.length === 0) throw refuseFile('Tệp rỗng (0 byte); không có gì để nhập.')
  if (content.subarray(0, 4).equals(OLE_MAGIC)) {
    throw refuseFile('Tệp được đặt mật khẩu hoặc là định dạng Excel cũ (.xls). Vui lòng bỏ mật khẩu và lưu lại dưới dạng .xlsx rồi chọn lại.')
  }
  if (!content.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw refuseFile('Tệp không phải là tệp Excel (.xlsx). Vui lòng mở tệp bằng Excel và lưu lại dưới dạng “Excel Workbook (.xlsx)”.')
  }
}

export type CellResult = { ok: true; value: string | number | boolean | Date | null } | { ok: false; message: string }

/** The value a person sees in a cell: formulas give their result, rich text its text, hyperlinks their text. */
export function cellValue(cell: ExcelJS.Cell): CellResult {
  const value = cell.value
  if (value === null || value === undefined) return { ok: true, value: null }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return { ok: true, value }
  }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result
      // The streaming reader drops an error result (or parses it to NaN): the cell is refused, never read as a number.
      if (result === undefined || result === null || Number.isNaN(result)) return { ok: false, message: 'Ô chứa công thức chưa có kết quả; vui lòng mở tệp bằng Excel, lưu lại rồi nhập.' }
      if (typeof result === 'object' && result !== null && 'error' in result) return { ok: false, message: `Công thức trong ô bị lỗi (${String((result as { error: unknown }).error)}).` }
      return { ok: true, value: result as string | number | boolean | Date }
    }
    if ('richText' in value) return { ok: true, value: value.richText.map((part) => part.text).join('') }
    if ('text' in value) return { ok: true, value: String((value as { text: unknown }).text) }
    if ('error' in value) return { ok: false, message: `Ô có lỗi (${String(value.error)}).` }
  }
  return { ok: false, message: 'Không đọc được giá trị của ô.' }
}

export function asText(value: string | number | boolean | Date | null, multiline = false): string | null {
  if (value === null) return null
  if (value instanceof Date) return toIso({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() })
  const text = multiline ? normalizeMultiline(String(value)) : normalizeText(String(value))
  return text === '' ? null : text
}

/** Excel's day serial (1900 system, with its 1900-02-29) to ISO. */
function fromSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
  return toIso({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })
}

/** A date cell: a real date, a day serial, or text as dd/mm/yyyy (or ISO). */
export function asIsoDate(value: string | number | boolean | Date | null): { ok: true; value: string | null } | { ok: false; shown: string } {
  if (value === null) return { ok: true, value: null }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { ok: false, shown: 'ngày không hợp lệ' } : { ok: true, value: asText(value) }
  if (typeof value === 'number') {
    const iso = fromSerial(value)
    return iso ? { ok: true, value: iso } : { ok: false, shown: String(value) }
  }
  const text = normalizeText(String(value))
  if (text === '') return { ok: true, value: null }
  const parsed = parseVietnameseDate(text) ?? (/^\d{4}-\d{2}-\d{2}$/.test(text) && parseVietnameseDate(text.split('-').reverse().join('/')))
  return parsed ? { ok: true, value: parsed } : { ok: false, shown: text }
}
