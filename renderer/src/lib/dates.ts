import dayjs, { type Dayjs } from 'dayjs'
import type { Rule } from 'antd/es/form'
import { invalidDateMessage, parseVietnameseDate, todayInVietnam } from '../../../shared/text/dates'

/** What the date pickers accept when typed: d/m/yyyy with "/", "." or "-" (domain.md §9). */
export const DATE_INPUT_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'D.M.YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'DD-MM-YYYY']

/** A date field's value in a form: a date, empty, or the text typed when it is not a date (refused by dateRules). */
export type DateFieldValue = Dayjs | null | string

/** The one parser of typed dates: an impossible day (31/02) or a two-digit year stays the typed text. */
export function parseTypedDate(text: string): DateFieldValue {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const iso = parseVietnameseDate(trimmed)
  return iso ? dayjs(iso, 'YYYY-MM-DD') : trimmed
}

/** The rules of a date field: V08 for text that is not a date, and the required message when asked. */
export function dateRules(label: string, required = false): Rule[] {
  return [
    ...(required ? [{ required: true, message: `Vui lòng nhập ${label.toLocaleLowerCase('vi')}.` }] : []),
    { validator: (_: unknown, value: unknown) => (typeof value === 'string' ? Promise.reject(new Error(invalidDateMessage(value))) : Promise.resolve()) }
  ]
}

export function toIsoDate(value: DateFieldValue | undefined): string | null {
  return value && typeof value !== 'string' ? value.format('YYYY-MM-DD') : null
}

export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, 'YYYY-MM-DD') : null
}

/** A dialog's default date in the chosen year: today in the current (or a later) year, else the year's last day. */
export function defaultDateForYear(year: number | null | undefined): Dayjs {
  const today = todayInVietnam()
  return fromIsoDate(year && year < Number(today.slice(0, 4)) ? `${year}-12-31` : today)!
}
