import fs from 'node:fs'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type { ImportProblem, SheetMapping } from '../../../shared/api/calls/exchange'
import { ApiError } from '../../../shared/api/errors'
import type { ColumnSpec } from '../../../shared/domain/registry-columns'
import { formatInteger } from '../../../shared/text/numbers'
import { recordEvent } from '../audit/audit-log'
import { withTransaction, type CoreContext } from '../context'
import type { Database } from '../db/schema'
import type { SheetGrid, WorkbookGrid } from './sheet-grid'
import { detectMapping, findSheet, ProblemList, readRows, type SheetRow } from './sheet-reader'
import { asText } from './xlsx-read'
import { parseWorkbook } from './xlsx-parse'
import { NO_PROGRESS, type RowProgress } from './import-progress'

/**
 * The one import pipeline: read (the guarded parse), map (sheets and columns), check and write the rows (the kind's
 * own rules, in one transaction), then preview (roll back) or commit (all or nothing). Each kind of import is a
 * module that describes its sheets and applies its rows; the file guard and the all-or-nothing rule live here once.
 */

/** How a file is given: a path from the desktop's open dialog, or its bytes from the browser mode. */
export interface ExcelSource {
  file?: string | undefined
  contentBase64?: string | undefined
  fileName?: string | undefined
}

const MAX_FILE_BYTES = 12 * 1024 * 1024
export const MAX_PROBLEMS_SHOWN = 500
const SAMPLE_ROWS = 20

function refuseFile(message: string): ApiError {
  return new ApiError({ code: 'VALIDATION', message, fields: { file: message } })
}

const EXCEL_LIMIT = { maxBytes: MAX_FILE_BYTES, tooLarge: 'Tệp quá lớn để nhập (tối đa 12 MB).', fallbackName: 'tep-excel.xlsx' }

/** The chosen file's bytes and name, from its path (desktop) or its content (browser mode); refused when too large. */
export function readSource(source: ExcelSource, limit: { maxBytes: number; tooLarge: string; fallbackName: string } = EXCEL_LIMIT): { content: Buffer; fileName: string } {
  if (source.file !== undefined) {
    const stat = fs.statSync(source.file, { throwIfNoEntry: false })
    if (!stat?.isFile()) throw refuseFile(`Không tìm thấy tệp “${source.file}”.`)
    if (stat.size > limit.maxBytes) throw refuseFile(limit.tooLarge)
    return { content: fs.readFileSync(source.file), fileName: path.basename(source.file) }
  }
  return { content: Buffer.from(source.contentBase64 ?? '', 'base64'), fileName: source.fileName ?? limit.fallbackName }
}

/** One sheet a kind reads: where to find it, its columns, and the user's corrections of the column mapping. */
export interface SheetSpec<F extends string = string> {
  aliases: string[]
  columns: ColumnSpec<F>[]
  mapping?: Partial<Record<F, number | null>> | undefined
  /** When no sheet has one of the names: which to read instead (null: none). */
  fallback?: (workbook: WorkbookGrid, found: ReadonlyArray<SheetGrid | null>) => SheetGrid | null
}

export interface MappedSheet<F extends string = string> {
  grid: SheetGrid | null
  name: string
  mapping: SheetMapping
  rows: SheetRow<F>[]
}

/** What the pipeline hands the kind, and what every preview starts from. */
export interface ReadFile {
  fileName: string
  sheets: string[]
  problems: ProblemList
  /** Told of the rows as they are written (a job's count); nothing for a preview. */
  progress: RowProgress
}

export interface Applied<Result> {
  result: Result
  /** False keeps the transaction from committing even without problems (warnings not yet accepted). */
  commit?: boolean
  /** The audit event's details of a committed import. */
  audit: Record<string, unknown>
}

export interface ImportKind<Source extends ExcelSource, Result, Preview> {
  /** The audit action of a committed import. */
  action: string
  /** Problems listed by row across sheets (else in the order found: sheet by sheet). */
  problemsByRow?: boolean
  /** Refusals that need no file (a closed year), before anything is read. */
  before?(ctx: CoreContext, source: Source): Promise<void>
  sheets(source: Source): SheetSpec[]
  /** Checks and writes the rows inside the transaction, adding each row's problem at its place. */
  apply(tctx: CoreContext, trx: Kysely<Database>, sheets: MappedSheet[], file: ReadFile, source: Source): Promise<Applied<Result>>
  preview(file: ReadFile & { problemList: ImportProblem[]; problemsTruncated: boolean }, sheets: MappedSheet[], result: Result | null, source: Source): Preview
}

function emptyMapping(columns: ColumnSpec[]): SheetMapping {
  return { sheet: null, headerRow: 0, headers: [], mapping: Object.fromEntries(columns.map((column) => [column.field, null])) }
}

function mapSheets(workbook: WorkbookGrid, specs: SheetSpec[], problems: ProblemList): MappedSheet[] {
  const grids: Array<SheetGrid | null> = []
  for (const spec of specs) grids.push(findSheet(workbook, spec.aliases) ?? spec.fallback?.(workbook, grids) ?? null)
  const mapped = specs.map((spec, i): MappedSheet => {
    const grid = grids[i] ?? null
    const mapping = grid ? detectMapping(grid, spec.columns, spec.mapping) : emptyMapping(spec.columns)
    const missing = spec.columns.filter((column) => column.required && mapping.mapping[column.field] === null)
    if (grid && missing.length > 0) {
      problems.add(
        grid.name,
        0,
        null,
        `Không nhận ra cột ${missing.map((column) => `“${column.header}”`).join(', ')} ở trang tính “${grid.name}”. Hãy chọn cột tương ứng ở bước “Ghép cột”, hoặc dùng tệp mẫu.`
      )
    }
    return { grid, name: grid?.name ?? '', mapping, rows: [] }
  })
  if (problems.size === 0) {
    specs.forEach((spec, i) => {
      const sheet = mapped[i]!
      if (sheet.grid) sheet.rows = readRows(sheet.grid, sheet.mapping, spec.columns)
    })
    if (mapped.every((sheet) => sheet.rows.length === 0)) {
      // The problem is named after the main sheet (the last a kind lists: the units, after their areas).
      const named = [...mapped].reverse().find((sheet) => sheet.grid)?.name ?? workbook.sheets[0]?.name ?? ''
      problems.add(named, 0, null, 'Tệp không có dòng dữ liệu nào để nhập (dưới dòng tiêu đề không có gì).')
    }
  }
  return mapped
}

/** The first rows as text, column by column, for the preview table. */
export function sampleRows(rows: SheetRow<string>[], columns: ColumnSpec[]): Array<Record<string, string>> {
  return rows.slice(0, SAMPLE_ROWS).map((row) =>
    Object.fromEntries(
      columns.map((column) => {
        const cell = row.cells[column.field]
        return [column.field, cell?.ok ? (asText(cell.value) ?? '') : '']
      })
    )
  )
}

/** Carries the preview out of a transaction that must not commit. */
class Rollback<T> extends Error {
  constructor(readonly outcome: T) {
    super('rollback')
  }
}

export interface ImportOutcome<Result, Preview> {
  preview: Preview
  result: Result | null
  problems: ImportProblem[]
  problemsTruncated: boolean
  committed: boolean
}

/** Runs the pipeline; without `commit` (or with any problem) the transaction is rolled back and nothing changes. */
export async function runImport<Source extends ExcelSource, Result, Preview>(
  ctx: CoreContext,
  kind: ImportKind<Source, Result, Preview>,
  source: Source,
  commit: boolean,
  progress: RowProgress = NO_PROGRESS
): Promise<ImportOutcome<Result, Preview>> {
  const { content, fileName } = readSource(source)
  await kind.before?.(ctx, source)
  const workbook = await parseWorkbook(content)
  const file: ReadFile = { fileName, sheets: workbook.sheets.map((sheet) => sheet.name), problems: new ProblemList(), progress }
  const sheets = mapSheets(workbook, kind.sheets(source), file.problems)
  const outcome = (result: Result | null, committed: boolean): ImportOutcome<Result, Preview> => {
    const found = kind.problemsByRow ? [...file.problems.items].sort((a, b) => a.row - b.row) : file.problems.items
    const problems = found.slice(0, MAX_PROBLEMS_SHOWN)
    const problemsTruncated = file.problems.size > MAX_PROBLEMS_SHOWN
    return { preview: kind.preview({ ...file, problemList: problems, problemsTruncated }, sheets, result, source), result, problems, problemsTruncated, committed }
  }
  if (file.problems.size > 0) return outcome(null, false)
  try {
    return await withTransaction(ctx, async (trx, tctx) => {
      const applied = await kind.apply(tctx, trx, sheets, file, source)
      if (!commit || file.problems.size > 0 || applied.commit === false) throw new Rollback(outcome(applied.result, false))
      await recordEvent(tctx, kind.action, { file: fileName, ...applied.audit })
      return outcome(applied.result, true)
    })
  } catch (error) {
    if (error instanceof Rollback) return error.outcome as ImportOutcome<Result, Preview>
    throw error
  }
}

/** A commit of a file with problems imports nothing and says where the first one is. */
export function refuseProblems(outcome: ImportOutcome<unknown, unknown>): void {
  const first = outcome.problems[0]
  if (!first) return
  const where = first.row > 0 ? `dòng ${first.row}${first.column ? `, cột “${first.column}”` : ''}: ` : ''
  throw new ApiError({
    code: 'VALIDATION',
    message: `Tệp còn ${formatInteger(outcome.problems.length)}${outcome.problemsTruncated ? '+' : ''} lỗi (${where}${first.message}); chưa nhập dữ liệu nào. Vui lòng sửa tệp rồi nhập lại.`
  })
}
