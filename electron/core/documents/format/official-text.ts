import { parseIsoDate } from '../../../../shared/text/dates'
import { formatCount, formatInteger, formatRate } from '../../../../shared/text/numbers'

/** The fixed texts of the header block (ND30-QUOC-HIEU, ND30-TIEU-NGU); the motto uses U+002D with spaces. */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc'
export const ATANTT = '“An toàn về an ninh, trật tự”'
/** The blank left for the clerk's number or day/month (documents.md §3): six spaces. */
export const BLANK = '      '

// Characters Word refuses in XML (documents.md §5 "Word").
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is refused
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu

/** Every string that reaches a document: NFC, no characters Word refuses. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(INVALID_XML, '')
}

/** Day 1–9 → "01"–"09" (ND30-DATE-PADDING). */
export const padDay = (day: number): string => String(day).padStart(2, '0')
/** Months 1 and 2 → "01", "02"; 3–12 never padded (ND30-DATE-PADDING). */
export const padMonth = (month: number): string => (month <= 2 ? String(month).padStart(2, '0') : String(month))

/** "ngày 05 tháng 3 năm 2021", or the blank draft form "ngày      tháng      năm 2025". */
export function longDate(iso: string | null, year: number): string {
  if (!iso) return `ngày${BLANK}tháng${BLANK}năm ${year}`
  const parts = parseIsoDate(iso)
  if (!parts) throw new Error(`Ngày không hợp lệ: ${iso}`)
  return `ngày ${padDay(parts.day)} tháng ${padMonth(parts.month)} năm ${parts.year}`
}

/** The dated place line: "Vũng Tàu, ngày 26 tháng 3 năm 2021" (ND30-DATE). */
export function placeDateLine(place: string, iso: string | null, year: number): string {
  return `${place}, ${longDate(iso, year)}`
}

/** Short date inside running text and tables: "05/3/2021", "15/02/2025" (domain.md §9). */
export function shortDate(iso: string | null): string {
  if (!iso) return ''
  const parts = parseIsoDate(iso)
  if (!parts) return iso
  return `${padDay(parts.day)}/${padMonth(parts.month)}/${parts.year}`
}

/** "05", "1888": numbers below 10 take a leading zero (ND30-SO-KY-HIEU). */
export const padNumber = (n: number): string => (n < 10 ? String(n).padStart(2, '0') : String(n))

/** "Số: 05/QĐ-UBND", or "Số:      /QĐ-UBND" for a draft (documents.md §3). */
export function numberLine(number: number | null, symbol: string): string {
  return number === null ? `Số:${BLANK}/${symbol}` : `Số: ${padNumber(number)}/${symbol}`
}

/** "số 05/QĐ-UBND ngày 15 tháng 12 năm 2020" or its blank form, for "(Kèm theo …)" and citations. */
export function reference(number: number | null, symbol: string, iso: string | null, year: number): string {
  const no = number === null ? `số${BLANK}/${symbol}` : `số ${padNumber(number)}/${symbol}`
  return `${no} ${longDate(iso, year)}`
}

/** Counts in running text: 1–9 padded ("02 doanh nghiệp"), zero "0", thousands with "." (APP-COUNT-PADDING). */
export const countText = (n: number, pad = true): string => formatCount(n, pad)

/** Percentage without its sign, "-" on a zero denominator (APP-NUMBERS) — the screens' formatter. */
export const rateText = (numerator: number, denominator: number): string => formatRate(numerator, denominator)

/** "+3", "-2", "0"; "-" without a base year. */
export function diffText(now: number, before: number | null): string {
  if (before === null) return '-'
  const d = now - before
  return d > 0 ? `+${formatInteger(d)}` : d < 0 ? `-${formatInteger(-d)}` : '0'
}

/** Upper case for names on titles and certificates; never for a ký hiệu. */
export const upper = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi-VN')

/** "a, b và c" */
export function joinVi(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`
}

/** Vietnamese point letters in order (ND30-KHOAN-DIEM). */
export const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const

/** Characters not allowed in a Windows file name. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is refused
export const ILLEGAL_FILE_CHARS = /[<>:"/\\|?*\u0000-\u001f]/u

/** Counts in tables: not padded, thousands with "." (APP-COUNT-PADDING: tables are not padded). */
export const tableCount = (n: number): string => formatCount(n)
