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

/** One page of a long list, answered directly at its offset (issue 12: only what is on screen is sent). */
export const pageWindow = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(20)
}

export interface PageOf<R> {
  rows: R[]
  total: number
}

/**
 * Field kinds the transports must know about, recorded on the schema itself so no list beside the contract can
 * forget a call: `userPath` (a file or folder on this machine: the desktop checks it came from a dialog, the browser
 * mode confines it) and `fileContent` (a whole file as base64: the call gets the large request limit).
 * Marks sit on the exact schema returned here; wrap it only with .optional(), .nullable() or .default().
 */
export type FieldKind = 'userPath' | 'fileContent'
export const fieldKinds = z.registry<{ kind: FieldKind }>()

/** A path the user chose (dialog in the desktop app): absolute, one line, of sane length. */
export const userPath = (label: string) =>
  z
    .string({ error: `${label}: vui lòng chọn đường dẫn.` })
    .min(1, `${label}: vui lòng chọn đường dẫn.`)
    .max(1000, `${label}: đường dẫn quá dài.`)
    .refine((value) => ![...value].some((ch) => ch.charCodeAt(0) < 32), { message: `${label}: đường dẫn chứa ký tự không hợp lệ.` })
    .refine((value) => /^([a-zA-Z]:[\\/]|\\\\|\/)/.test(value), { message: `${label}: đường dẫn phải là đường dẫn đầy đủ.` })
    .register(fieldKinds, { kind: 'userPath' })

/** A whole file sent by the browser mode as base64, capped at `maxChars`. */
export const fileContent = (maxChars: number, tooLarge: string) =>
  z
    .string()
    .max(maxChars, tooLarge)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Nội dung tệp không hợp lệ.')
    .register(fieldKinds, { kind: 'fileContent' })
