import { z } from 'zod'
import { DOC_KINDS, type DocKind, type DocSpec } from '../../documents/spec'
import { UNIT_TYPES } from '../../domain/units'
import { call } from '../call'
import { emptyInput, id, optionalIsoDate, optionalText, userPath } from '../fields'
import { normalizeMultiline, normalizeText } from '../../text/normalize'

const line = (label: string) =>
  z
    .string()
    .max(2000, `${label} quá dài.`)
    .transform(normalizeText)
const lines = (label: string) => z.array(line(label)).max(50, `${label}: tối đa 50 dòng.`).transform((list) => list.filter((l) => l !== ''))

const yearField = z
  .number({ error: 'Năm đánh giá không hợp lệ.' })
  .int('Năm đánh giá không hợp lệ.')
  .min(2012, 'Năm đánh giá phải từ 2012 trở đi.')
  .max(2100, 'Năm đánh giá không hợp lệ.')

const unitYearIds = z.array(id).max(50_000, 'Chọn tối đa 50.000 đơn vị.').default([])

/** Everything the Văn bản page sends to build one document; stored in the register so a rebuild gives the same file. */
export const documentRequest = z
  .object({
    kind: z.enum(DOC_KINDS, { error: 'Loại văn bản không hợp lệ.' }),
    year: yearField,
    /** Scope: one commune-level area, or null for the whole territory. */
    areaId: id.nullable().default(null),
    /** The minutes template is per unit type. */
    unitType: z.enum(UNIT_TYPES).nullable().default(null),
    /** Unit-years selected on the year board; empty = every unit of the scope (tờ trình, decision, lists, certificates). */
    unitYearIds: unitYearIds,
    issueYear: z.number({ error: 'Năm ban hành không hợp lệ.' }).int('Năm ban hành không hợp lệ.').min(2012, 'Năm ban hành không hợp lệ.').max(2101, 'Năm ban hành không hợp lệ.'),
    number: z
      .number({ error: 'Số văn bản phải là số nguyên.' })
      .int('Số văn bản phải là số nguyên.')
      .min(1, 'Số văn bản phải từ 01 trở lên; để trống nếu văn thư sẽ ghi số.')
      .max(999999, 'Số văn bản quá lớn.')
      .nullable()
      .default(null),
    date: optionalIsoDate('Ngày ban hành'),
    signerId: id.nullable().default(null),
    recipients: lines('Nơi nhận').default([]),
    addressees: lines('Kính gửi').default([]),
    bases: lines('Căn cứ').default([]),
    /** The upstream document (công văn), the directive (báo cáo) or "(Kèm theo …)" (danh sách). */
    reference: optionalText('Văn bản liên quan', 500),
    texts: z.record(z.string().max(40), z.string().max(20000, 'Đoạn văn quá dài.').transform(normalizeMultiline)).default({}),
    /** Paragraphs whose default sentences the user has reviewed (they are printed only then). */
    reviewed: z.array(z.string().max(40)).max(50).default([])
  })
  .strict()
  .refine((r) => r.issueYear === r.year || r.issueYear === r.year + 1, {
    message: 'Năm ban hành phải là năm đánh giá hoặc năm liền sau.',
    path: ['issueYear']
  })
  .refine((r) => r.date === null || Number(r.date.slice(0, 4)) === r.issueYear, {
    message: 'Ngày ban hành phải thuộc năm ban hành của văn bản.',
    path: ['date']
  })

export type DocumentRequest = z.output<typeof documentRequest>
export type DocumentRequestInput = z.input<typeof documentRequest>

export interface EditableParagraphView {
  key: string
  label: string
  text: string
  multiline?: boolean
  /** Default sentences asserting what the app cannot know: not printed until the paragraph is marked reviewed. */
  review?: string[]
}

export interface CatalogueItem {
  kind: DocKind
  label: string
  description: string
  numbered: boolean
  signed: boolean
  needsUnitType: boolean
  referenceLabel: string | null
}

export interface PreparedDocument {
  request: DocumentRequest
  paragraphs: EditableParagraphView[]
  symbol: string | null
  /** Signers of the body that signs this kind (UBND or Công an). */
  signers: { id: number; label: string }[]
  warnings: string[]
}

export interface PreviewResult {
  spec: DocSpec
  paragraphs: EditableParagraphView[]
  warnings: string[]
}

export const DOCUMENT_STATUSES = ['DRAFT', 'ISSUED', 'SUPERSEDED', 'CANCELLED'] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  DRAFT: 'Dự thảo',
  ISSUED: 'Đã ban hành',
  SUPERSEDED: 'Đã thay thế',
  CANCELLED: 'Đã hủy'
}

export interface RegisterRow {
  id: number
  kind: DocKind
  kindLabel: string
  year: number
  number: number | null
  symbol: string | null
  /** "05/QĐ-UBND" or "chưa có số". */
  numberText: string
  issuedOn: string | null
  subject: string
  signer: string | null
  scope: string
  /** Relative to the data folder when inside it. */
  filePath: string | null
  /** For the desktop shell's "Mở", "Mở thư mục", "In". */
  absolutePath: string | null
  fileSha256: string | null
  status: DocumentStatus
  createdAt: string
}

export interface GeneratedDocument {
  row: RegisterRow
  /** Set when the chosen place could not be written and the file was kept in the data folder instead. */
  warning: string | null
}

const fileName = z
  .string()
  .max(200, 'Tên tệp quá dài.')
  .transform(normalizeText)
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is refused
  .refine((v) => v === '' || !/[<>:"/\\|?*\u0000-\u001f]/u.test(v), {
    message: 'Tên tệp không được chứa các ký tự < > : " / \\ | ? *'
  })
  .refine((v) => v === '' || !/[. ]$/u.test(v), { message: 'Tên tệp không được kết thúc bằng dấu chấm hoặc khoảng trắng.' })

export const generateInput = z
  .object({
    request: documentRequest,
    /** Without ".docx"; empty or absent → a name from the type and year. */
    fileName: fileName.optional(),
    /** Absolute folder chosen in the desktop shell; absent → the data folder's documents/. */
    folder: userPath('Thư mục lưu văn bản').optional(),
    /** The user has seen the warnings (V30) and generates anyway. */
    confirmed: z.boolean().optional()
  })
  .strict()

/** documents.md §1.3: the shape only; the legal ranges are checked in core and named by rule ID. */
export const formatProfileInput = z
  .object({
    marginTopMm: z.number(),
    marginBottomMm: z.number(),
    marginLeftMm: z.number(),
    marginRightMm: z.number(),
    quocHieuPt: z.union([z.literal(12), z.literal(13)]),
    dateLinePt: z.union([z.literal(13), z.literal(14)]),
    vvPt: z.union([z.literal(12), z.literal(13)]),
    titlePt: z.union([z.literal(13), z.literal(14)]),
    bodyPt: z.union([z.literal(13), z.literal(14)]),
    tablePt: z.union([z.literal(12), z.literal(13), z.literal(14)]),
    pageNumberPt: z.union([z.literal(13), z.literal(14)]),
    lineSpacing: z.number(),
    paraBeforePt: z.number(),
    firstLineIndent: z.union([z.literal(567), z.literal(720)]),
    signatureGapMm: z.number()
  })
  .strict()
export type FormatProfileView = z.output<typeof formatProfileInput>

export const documentCalls = {
  'documents.catalogue': call<CatalogueItem[]>({ reads: true })(emptyInput),
  'documents.prepare': call<PreparedDocument>({ reads: true })(
    z.object({ kind: z.enum(DOC_KINDS, { error: 'Loại văn bản không hợp lệ.' }), year: yearField, areaId: id.nullable().default(null), unitType: z.enum(UNIT_TYPES).nullable().default(null), unitYearIds }).strict()
  ),
  'documents.preview': call<PreviewResult>({ reads: true })(z.object({ request: documentRequest }).strict()),
  'documents.generate': call<GeneratedDocument>()(generateInput),
  'documents.list': call<RegisterRow[]>({ reads: true })(z.object({ year: z.number().int().nullable().default(null) }).strict()),
  'documents.recordNumber': call<GeneratedDocument>()(
    z
      .object({
        id,
        number: z.number({ error: 'Vui lòng nhập số văn bản.' }).int('Số văn bản phải là số nguyên.').min(1, 'Số văn bản phải từ 01 trở lên.').max(999999, 'Số văn bản quá lớn.'),
        date: optionalIsoDate('Ngày ban hành').refine((v) => v !== null, { message: 'Vui lòng nhập ngày ban hành.' })
      })
      .strict()
  ),
  'documents.regenerate': call<GeneratedDocument>()(z.object({ id }).strict()),
  /** The file's bytes (base64) for the browser's download; the desktop shell opens the path instead. */
  'documents.download': call<{ fileName: string; base64: string }>({ reads: true })(z.object({ id }).strict()),
  'documents.getProfile': call<FormatProfileView>({ reads: true })(emptyInput),
  /** Checked again at generation: the profile could be edited outside this screen. */
  'documents.saveProfile': call<FormatProfileView>()(z.object({ profile: formatProfileInput }).strict())
}

export const documentReferenceLabel: Partial<Record<DocKind, string>> = {
  'DOC-CV-DONDOC': 'Văn bản cấp trên (Thực hiện …)',
  'DOC-BC-KETQUA': 'Văn bản chỉ đạo (Thực hiện …)',
  'DOC-DS-DANGKY': 'Kèm theo văn bản (để trống nếu in riêng)'
}
