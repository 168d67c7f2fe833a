import { z } from 'zod'
import './zod-vi'
import { normalizeMultiline, normalizeText } from '../text/normalize'
import { isIsoDate } from '../text/dates'

/** Reusable field schemas: every stored text is NFC-normalised here, at the contract boundary. */

export const LIMITS = { name: 200, shortText: 300, note: 2000, search: 200 } as const

export function requiredText(label: string, max: number = LIMITS.name) {
  return z
    .string({ error: `${label} không được để trống.` })
    .max(max * 4, `${label} không được dài quá ${max} ký tự.`)
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(1, `${label} không được để trống.`)
        .max(max, `${label} không được dài quá ${max} ký tự.`)
    )
}

/** Optional text: empty or whitespace-only becomes null. */
export function optionalText(label: string, max: number = LIMITS.shortText, multiline = false) {
  return z
    .string()
    .max(max * 4, `${label} không được dài quá ${max} ký tự.`)
    .nullish()
    .transform((value) => {
      if (value == null) return null
      const cleaned = multiline ? normalizeMultiline(value) : normalizeText(value)
      return cleaned === '' ? null : cleaned
    })
    .pipe(z.string().max(max, `${label} không được dài quá ${max} ký tự.`).nullable())
}

export const COUNT_MESSAGE = 'Số lượng phải là số nguyên không âm.'

export function optionalCount() {
  return z
    .number({ error: COUNT_MESSAGE })
    .int(COUNT_MESSAGE)
    .min(0, COUNT_MESSAGE)
    .max(10_000_000, 'Số lượng quá lớn.')
    .nullish()
    .transform((value) => value ?? null)
}

export function optionalIsoDate(label: string) {
  return z
    .string()
    .nullish()
    .transform((value) => (value == null || value.trim() === '' ? null : value.trim()))
    .refine((value) => value === null || isIsoDate(value), {
      message: `${label}: ngày không hợp lệ. Vui lòng nhập theo định dạng dd/mm/yyyy.`
    })
}

export const id = z.number({ error: 'Mã không hợp lệ.' }).int('Mã không hợp lệ.').positive('Mã không hợp lệ.')

export const emptyInput = z.object({}).strict()
