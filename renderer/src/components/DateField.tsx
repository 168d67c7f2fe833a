import { useState, type FormEvent } from 'react'
import { DatePicker, type DatePickerProps } from 'antd'
import type { Dayjs } from 'dayjs'
import { DATE_INPUT_FORMATS, parseTypedDate, type DateFieldValue } from '../lib/dates'

type Props = Omit<DatePickerProps, 'value' | 'onChange' | 'format'> & {
  value?: DateFieldValue
  onChange?: (value: DateFieldValue) => void
}

/**
 * A date picker whose value is always what is typed (issue 11 items 1–2): each keystroke commits the parsed date, so
 * a click on "Thực hiện" right after typing sends it; text that is not a date (31/02/2026, 15/3/26) is kept as
 * typed and reaches the form as a string, which `dateRules` refuses with V08 — never erased on blur.
 */
export function DateField({ value, onChange, ...rest }: Props) {
  // The picker keeps showing the last real date while the text is being corrected, so it never rewrites the text.
  const [lastDate, setLastDate] = useState<Dayjs | null>(typeof value === 'string' ? null : (value ?? null))
  if (typeof value !== 'string' && (value ?? null) !== lastDate) setLastDate(value ?? null)
  const onInput = (event: FormEvent<HTMLSpanElement>) => {
    const target = event.target as HTMLInputElement
    if (target.tagName === 'INPUT') onChange?.(parseTypedDate(target.value))
  }
  return (
    <span onInput={onInput} style={{ display: rest.style?.width === '100%' ? 'block' : 'inline-block' }}>
      <DatePicker
        placeholder="dd/mm/yyyy"
        {...rest}
        format={DATE_INPUT_FORMATS}
        preserveInvalidOnBlur
        value={typeof value === 'string' ? lastDate : (value ?? null)}
        onChange={(date) => onChange?.(Array.isArray(date) ? (date[0] ?? null) : date)}
      />
    </span>
  )
}
