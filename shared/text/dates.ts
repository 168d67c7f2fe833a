/** Dates are stored as ISO `YYYY-MM-DD` and shown as dd/mm/yyyy (domain.md §9). */

export interface DateParts {
  year: number
  month: number
  day: number
}

function isRealDate({ year, month, day }: DateParts): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= daysInMonth
}

/** Accepts d/m/yyyy with "/", "." or "-" as separator; four-digit years only. Returns ISO or null. */
export function parseVietnameseDate(input: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(input)
  if (!match) return null
  const parts = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) }
  return isRealDate(parts) ? toIso(parts) : null
}

export function parseIsoDate(iso: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  return isRealDate(parts) ? parts : null
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null
}

export function toIso({ year, month, day }: DateParts): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** dd/mm/yyyy, always padded: 05/03/2021. */
export function formatScreenDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const parts = parseIsoDate(iso.slice(0, 10))
  if (!parts) return iso
  return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${parts.year}`
}

/** Made once: building a formatter costs a tenth of a millisecond, and every kept answer asks for today. */
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })

/** Today's local date in Vietnam (Asia/Ho_Chi_Minh), as ISO. */
export function todayInVietnam(now: Date = new Date()): string {
  return VIETNAM_DAY.format(now)
}

/** V08 (domain.md §8): the message for text that is not a date. */
export function invalidDateMessage(shown: string): string {
  return `Ngày không hợp lệ: “${shown}”. Vui lòng nhập theo định dạng dd/mm/yyyy.`
}
