import { z } from 'zod'
import { AREA_FIELDS, UNIT_FIELDS } from '../../domain/registry-columns'
import { REGISTRATION_FIELDS } from '../../domain/registration-columns'
import { emptyInput, fileContent, userPath } from '../fields'
import { call } from '../call'
import { jobIdInput, type JobStatus } from './jobs'
import { boardList } from './cycle'

/**
 * Base64 of an .xlsx sent by the browser mode (the desktop app sends a path from the open dialog instead).
 * 16 MB of base64 ≈ 12 MB of .xlsx: a province registry of 50,000 units is about 3 MB.
 */
export const MAX_IMPORT_BASE64_CHARS = 16_000_000

const columnIndex = z.number().int().min(0).max(200).nullable()

/** Where an imported .xlsx comes from: a path chosen in the desktop app, or its content sent by the browser mode. */
const excelFile = {
  file: userPath('Tệp Excel').optional(),
  contentBase64: fileContent(MAX_IMPORT_BASE64_CHARS, 'Tệp quá lớn để nhập (tối đa khoảng 12 MB).').optional(),
  fileName: z.string().max(260, 'Tên tệp quá dài.').optional()
}

/** Exactly one of the two ways of giving the file. */
const oneFileChosen = (value: { file?: string | undefined; contentBase64?: string | undefined }) =>
  (value.file === undefined) !== (value.contentBase64 === undefined)
const ONE_FILE = { message: 'Vui lòng chọn một tệp Excel (.xlsx).', path: ['file'] }

export const importSource = z
  .object({
    ...excelFile,
    /** Column index per field, as corrected by the user in the mapping step; missing = recognised automatically. */
    unitMapping: z.partialRecord(z.enum(UNIT_FIELDS), columnIndex).optional(),
    areaMapping: z.partialRecord(z.enum(AREA_FIELDS), columnIndex).optional()
  })
  .strict()
  .refine(oneFileChosen, ONE_FILE)

export const importCommit = z
  .object({
    source: importSource,
    onDuplicate: z.enum(['update', 'skip'], { error: 'Vui lòng chọn cách xử lý đơn vị trùng: cập nhật hoặc bỏ qua.' }),
    confirmed: z.literal(true, { error: 'Vui lòng xác nhận trước khi nhập.' })
  })
  .strict()

export interface ImportProblem {
  sheet: string
  /** Row number as Excel shows it (1-based); 0 for a problem of the whole file. */
  row: number
  column: string | null
  message: string
}

export interface SheetMapping {
  sheet: string | null
  headerRow: number
  headers: string[]
  /** Field → column index (0-based) or null when not present. */
  mapping: Record<string, number | null>
}

export interface ImportDuplicate {
  sheet: string
  row: number
  name: string
  area: string | null
  existingId: number
}

export interface ImportPreview {
  fileName: string
  sheets: string[]
  units: SheetMapping
  areas: SheetMapping
  counts: { areaRows: number; unitRows: number; newAreas: number; newUnits: number; duplicates: number }
  problems: ImportProblem[]
  /** True when the problems list was cut (the first 500 are shown). */
  problemsTruncated: boolean
  duplicates: ImportDuplicate[]
  /** The first rows as read, for the preview table. */
  sample: Array<Record<string, string>>
}

export interface ImportResult {
  createdAreas: number
  updatedAreas: number
  createdUnits: number
  updatedUnits: number
  skipped: number
}

export interface ExportedFile {
  fileName: string
  rows: number
  /** Where it was written (desktop), or the content for the browser to download. */
  file: string | null
  contentBase64: string | null
}

export const exportInput = z.object({ file: userPath('Tệp Excel').optional() }).strict()

/** A year's registrations from Excel: the same file source, the year, and the corrected column mapping. */
export const registrationSource = z
  .object({
    year: boardList.shape.year,
    ...excelFile,
    mapping: z.partialRecord(z.enum(REGISTRATION_FIELDS), columnIndex).optional()
  })
  .strict()
  .refine(oneFileChosen, ONE_FILE)

export const registrationCommit = z
  .object({
    source: registrationSource,
    /** The warnings of the preview (late registration, V12) were read and accepted. */
    acceptWarnings: z.boolean().default(false),
    confirmed: z.literal(true, { error: 'Vui lòng xác nhận trước khi nhập.' })
  })
  .strict()

export interface RegistrationPreview {
  fileName: string
  year: number
  sheets: string[]
  mapping: SheetMapping
  counts: { rows: number; ready: number }
  problems: ImportProblem[]
  problemsTruncated: boolean
  /** Warnings that need confirming (V12 late registration), with the unit named. */
  warnings: string[]
  sample: Array<Record<string, string>>
}

export interface RegistrationResult {
  registered: number
  warnings: string[]
}

/** The year board as shown (same filters and order), every row; and the statistics tables of a year. */
export const yearBoardExport = boardList.omit({ offset: true, limit: true }).extend({ file: userPath('Tệp Excel').optional() }).strict()
export const yearStatisticsExport = z.object({ year: boardList.shape.year, file: userPath('Tệp Excel').optional() }).strict()

export const exchangeCalls = {
  'exchange.importPreview': call<ImportPreview>({ reads: true })(importSource),
  'exchange.importCommit': call<ImportResult>()(importCommit),
  /** The same commit as a job: returns at once; the wizard polls exchange.importStatus for the rows written. */
  'exchange.importStart': call<JobStatus<ImportResult>>({ jobCall: true })(importCommit),
  'exchange.importStatus': call<JobStatus<ImportResult>>({ reads: true })(jobIdInput),
  /** Stops an import under way: its transaction is rolled back, nothing of the file is kept. */
  'exchange.importCancel': call<{ stopping: boolean }>({ jobCall: true })(jobIdInput),
  'exchange.exportRegistry': call<ExportedFile>()(exportInput),
  'exchange.template': call<ExportedFile>({ reads: true })(emptyInput),
  'exchange.exportYearBoard': call<ExportedFile>()(yearBoardExport),
  'exchange.exportYearStatistics': call<ExportedFile>()(yearStatisticsExport),
  'exchange.registrationPreview': call<RegistrationPreview>({ reads: true })(registrationSource),
  'exchange.registrationCommit': call<RegistrationResult>()(registrationCommit),
  'exchange.registrationStart': call<JobStatus<RegistrationResult>>({ jobCall: true })(registrationCommit),
  'exchange.registrationStatus': call<JobStatus<RegistrationResult>>({ reads: true })(jobIdInput),
  'exchange.registrationTemplate': call<ExportedFile>({ reads: true })(emptyInput)
}
