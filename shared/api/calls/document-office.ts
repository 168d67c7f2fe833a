import { z } from 'zod'
import { jobIdInput } from './jobs'
import { DOC_KINDS } from '../../documents/spec'
import { call } from '../call'
import { normalizeMultiline } from '../../text/normalize'
import { emptyInput, fileContent, id, optionalIsoDate, optionalText, userPath } from '../fields'
import type { ExportedFile } from './exchange'

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

/** Which layout a document type prints: the built-in one, or the office's own Word template (Cài đặt → Mẫu Word). */
export interface TemplateInfo {
  kind: (typeof DOC_KINDS)[number]
  label: string
  /** Null: the built-in layout is in use. */
  office: { fileName: string; uploadedAt: string; sha256: string } | null
}

/** Base64 of an uploaded .docx (browser mode): 4 MB of base64 ≈ 3 MB of .docx, far above a one-page layout. */
export const MAX_TEMPLATE_BASE64_CHARS = 4_000_000

export const templateUpload = z
  .object({
    kind,
    /** A path from the desktop's open dialog, or the content sent by the browser mode: exactly one. */
    file: userPath('Tệp Word').optional(),
    contentBase64: fileContent(MAX_TEMPLATE_BASE64_CHARS, 'Tệp mẫu quá lớn (tối đa khoảng 3 MB).').optional(),
    fileName: z.string().max(260, 'Tên tệp quá dài.').optional()
  })
  .strict()
  .refine((v) => (v.file === undefined) !== (v.contentBase64 === undefined), { message: 'Vui lòng chọn một tệp Word (.docx).', path: ['file'] })


export const PACK_STATES = ['RUNNING', 'DONE', 'FAILED', 'CANCELLED'] as const
export type PackState = (typeof PACK_STATES)[number]

/** Where a year-end pack is; the page polls it (pack.status) while the core writes the files. */
export interface PackStatus {
  jobId: number
  state: PackState
  /** Files written so far, and how many the pack holds. */
  done: number
  total: number
  /** What is being written now ("Giấy công nhận 12/300"). */
  current: string
  /** Why it stopped, or the closing summary. */
  message: string | null
  folder: string
  /** The last files written, newest last. */
  recent: string[]
  /** Documents left out and why ("Tờ trình: chưa có đơn vị nào …"). */
  notes: string[]
  /** Once stopped: every file written, relative to the folder ("Giấy công nhận/001 Khu phố 1.docx"); empty while running. */
  files: string[]
}

export const packInput = z
  .object({
    year: z.number({ error: 'Năm đánh giá không hợp lệ.' }).int('Năm đánh giá không hợp lệ.').min(2012, 'Năm đánh giá phải từ 2012 trở đi.').max(2100, 'Năm đánh giá không hợp lệ.'),
    areaId: id.nullable().default(null),
    /** Absolute folder chosen in the desktop shell; absent → documents/<năm>/Bộ hồ sơ cuối năm <năm> in the data folder. */
    folder: userPath('Thư mục bộ hồ sơ').optional(),
    /** The directive the báo cáo cites (number and date); without it the báo cáo is left out with a note. */
    reference: optionalText('Văn bản chỉ đạo', 500),
    /** The date the documents will carry, when known (the tờ trình's date is the units' proposal date). */
    date: optionalIsoDate('Ngày ban hành'),
    confirmed: z.boolean().optional()
  })
  .strict()


export const documentPackCalls = {
  'pack.start': call<PackStatus>()(packInput),
  'pack.status': call<PackStatus>()(jobIdInput),
  'pack.cancel': call<PackStatus>()(jobIdInput)
}

export const documentOfficeCalls = {
  'wording.get': call<OfficeWording>()(z.object({ kind }).strict()),
  /** Every part of the type: an empty text goes back to the built-in wording. */
  'wording.save': call<OfficeWording>()(
    z.object({ kind, texts: z.record(z.string().max(40), z.string().max(20000, 'Đoạn văn quá dài.').transform(normalizeMultiline)) }).strict()
  ),
  'template.list': call<TemplateInfo[]>({ reads: true })(emptyInput),
  /** The built-in layout as a .docx with placeholders; written to `file` (desktop) or sent back as content. */
  'template.download': call<ExportedFile>({ reads: true })(z.object({ kind, file: userPath('Tệp Word').optional() }).strict()),
  'template.upload': call<TemplateInfo[]>()(templateUpload),
  /** "Khôi phục mẫu gốc": the built-in layout again. */
  'template.reset': call<TemplateInfo[]>()(z.object({ kind }).strict()),
  ...documentPackCalls
}
