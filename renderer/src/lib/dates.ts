import dayjs, { type Dayjs } from 'dayjs'

/** What the date pickers accept when typed: d/m/yyyy with "/", "." or "-" (domain.md §9). */
export const DATE_INPUT_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'D.M.YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'DD-MM-YYYY']

export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null
}

export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, 'YYYY-MM-DD') : null
}
