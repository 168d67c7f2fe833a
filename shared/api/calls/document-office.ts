import { z } from 'zod'
import { DOC_KINDS } from '../../documents/spec'
import { call } from '../call'
import { normalizeMultiline } from '../../text/normalize'

/** Cài đặt → Mẫu văn bản, Word templates, kept versions and the year-end pack (issue 9 items 2–4, 6). */

export interface WordingPartInfo {
  /** A paragraph key of the type's editor, or addressees / bases / recipients. */
  part: string
  label: string
  /** One line per item (Kính gửi, căn cứ, Nơi nhận). */
  list: boolean
}

export interface WordingField {
  /** Shown to the office in braces: "{Năm}". */
  name: string
  hint?: string
  value: string
}

export interface OfficeWording {
  kind: (typeof DOC_KINDS)[number]
  parts: WordingPartInfo[]
  /** The office's texts by part; a part absent here prints the built-in wording. */
  texts: Record<string, string>
  fields: { name: string; hint: string }[]
}

export interface DocumentVersionView {
  filePath: string
  absolutePath: string
  sha256: string
  reason: string
  keptAt: string
}

const kind = z.enum(DOC_KINDS, { error: 'Loại văn bản không hợp lệ.' })

export const documentOfficeCalls = {
  'wording.get': call<OfficeWording>()(z.object({ kind }).strict()),
  /** Every part of the type: an empty text goes back to the built-in wording. */
  'wording.save': call<OfficeWording>()(
    z.object({ kind, texts: z.record(z.string().max(40), z.string().max(20000, 'Đoạn văn quá dài.').transform(normalizeMultiline)) }).strict()
  )
}
