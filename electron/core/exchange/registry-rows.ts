import type { z } from 'zod'
import type { ZodError } from 'zod'
import { areaInput } from '../../../shared/api/calls/areas'
import { unitInput, type UnitInput } from '../../../shared/api/calls/units'
import { COUNT_MESSAGE } from '../../../shared/api/fields'
import { isCommuneKind, type AreaKind } from '../../../shared/domain/areas'
import type { AreaField, ColumnSpec, UnitField } from '../../../shared/domain/registry-columns'
import { AREA_COLUMNS, UNIT_COLUMNS } from '../../../shared/domain/registry-columns'
import { LEGACY_ENCODING_MESSAGE, looksLikeLegacyEncoding } from './legacy-encoding'
import type { ProblemList, SheetRow } from './sheet-reader'
import { headerKey } from './sheet-reader'
import {
  AREA_KIND_WORDS,
  EDUCATION_LEVEL_WORDS,
  ENTERPRISE_SIZE_WORDS,
  FALSE_WORDS,
  KDC_SUBTYPE_WORDS,
  MANAGING_LEVEL_WORDS,
  TRUE_WORDS,
  UNIT_TYPE_WORDS
} from './value-words'
import { asIsoDate, asText, type CellResult } from './xlsx-read'
import { invalidDateMessage } from '../../../shared/text/dates'

type AreaValues = z.output<typeof areaInput>

/** Reads one row's cells into typed values, reporting each bad cell at its column. */
export class RowReader<F extends string> {
  failed = false
  constructor(
    private readonly row: SheetRow<F>,
    private readonly sheet: string,
    private readonly columns: ColumnSpec<F>[],
    private readonly problems: ProblemList
  ) {}

  header(field: F): string {
    return this.columns.find((column) => column.field === field)?.header ?? field
  }

  problem(field: F | null, message: string): void {
    this.failed = true
    this.problems.add(this.sheet, this.row.row, field ? this.header(field) : null, message)
  }

  private cell(field: F): CellResult | undefined {
    const read = this.row.cells[field]
    if (read && !read.ok) {
      this.problem(field, read.message)
      return undefined
    }
    return read
  }

  text(field: F): string | null {
    const read = this.cell(field)
    if (!read?.ok) return null
    const text = asText(read.value, field === 'note')
    if (text !== null && looksLikeLegacyEncoding(text)) {
      this.problem(field, LEGACY_ENCODING_MESSAGE)
      return null
    }
    return text
  }

  word<C>(field: F, words: Map<string, C>, unknown: (value: string) => string): C | null {
    const text = this.text(field)
    if (text === null) return null
    const code = words.get(headerKey(text))
    if (code === undefined) this.problem(field, unknown(text))
    return code ?? null
  }

  integer(field: F): number | null {
    const read = this.cell(field)
    if (!read?.ok || read.value === null) return null
    let value: number
    if (typeof read.value === 'number') value = read.value
    else {
      const text = asText(read.value)
      if (text === null) return null
      // “1.234” is one thousand two hundred thirty-four in Vietnamese.
      value = /^\d{1,3}(\.\d{3})+$/.test(text) ? Number(text.replace(/\./g, '')) : Number(text)
    }
    if (!Number.isInteger(value) || value < 0) {
      this.problem(field, COUNT_MESSAGE)
      return null
    }
    return value
  }

  boolean(field: F): boolean {
    const text = this.text(field)
    if (text === null) return false
    const key = headerKey(text)
    if (TRUE_WORDS.has(key)) return true
    if (!FALSE_WORDS.has(key)) this.problem(field, `Giá trị “${text}” không hợp lệ; vui lòng ghi “Có” hoặc “Không”.`)
    return false
  }

  date(field: F): string | null {
    const read = this.cell(field)
    if (!read?.ok) return null
    const parsed = asIsoDate(read.value)
    if (!parsed.ok) {
      this.problem(field, invalidDateMessage(parsed.shown))
      return null
    }
    return parsed.value
  }

  /** Puts the schema's messages (length limits, required fields) at their columns. */
  zodProblems(error: ZodError, fieldOf: (path: string) => F | null): void {
    for (const issue of error.issues) {
      const key = issue.path.filter((part) => typeof part === 'string').join('.')
      this.problem(fieldOf(key), issue.message)
    }
  }
}

export interface AreaLookup {
  /** Commune-level areas by name key (several when the name is ambiguous). */
  communes: Map<string, number[]>
  /** Province and district areas by name key. */
  parents: Map<string, number[]>
}

const COMMUNE_PREFIXES = ['phuong ', 'xa ', 'thi tran ', 'dac khu ']

export function areaKey(name: string): string {
  return headerKey(name).replace(/\b0+(\d)/g, '$1')
}

/** “Thắng Nhất” finds “Phường Thắng Nhất” when only one commune has that name. */
export function lookupCommune(lookup: AreaLookup, name: string): number[] {
  const key = areaKey(name)
  const exact = lookup.communes.get(key)
  if (exact) return exact
  return COMMUNE_PREFIXES.flatMap((prefix) => lookup.communes.get(prefix + key) ?? [])
}

export interface ParsedUnit {
  row: number
  values: UnitInput
  /** Which fields the row filled in (an update keeps the others). */
  present: Set<keyof UnitInput>
}

const UNIT_FIELD_OF_INPUT: Record<string, UnitField> = { areaId: 'area' }

export function parseUnitRow(row: SheetRow<UnitField>, sheet: string, lookup: AreaLookup, problems: ProblemList): ParsedUnit | null {
  const reader = new RowReader(row, sheet, UNIT_COLUMNS, problems)
  const name = reader.text('name')
  if (name === null && !reader.failed) reader.problem('name', 'Tên đơn vị không được để trống.')
  const type = reader.word('type', UNIT_TYPE_WORDS, (value) => `Loại đơn vị “${value}” không hợp lệ. Chọn một trong: Khu dân cư, Cơ quan, Doanh nghiệp, Cơ sở giáo dục.`)
  if (type === 'XA') reader.problem('type', 'Đơn vị cấp xã được tạo tự động cùng với xã, phường ở trang Địa bàn; không nhập ở đây.')
  if (type === null && row.cells.type?.ok && row.cells.type.value === null) reader.problem('type', 'Loại đơn vị không được để trống.')
  const areaName = reader.text('area')
  let areaId: number | null = null
  if (areaName !== null) {
    const found = lookupCommune(lookup, areaName)
    if (found.length === 0) reader.problem('area', `Xã, phường “${areaName}” chưa có trong danh mục địa bàn. Hãy thêm ở trang Địa bàn hoặc ở trang tính “Địa bàn” của tệp.`)
    else if (found.length > 1) reader.problem('area', `Có nhiều xã, phường tên “${areaName}”; vui lòng ghi đầy đủ tên (ví dụ “Phường ${areaName}”).`)
    else areaId = found[0] as number
  }
  const kdcSubtype = reader.word('kdcSubtype', KDC_SUBTYPE_WORDS, (value) => `Loại khu dân cư “${value}” không hợp lệ (ví dụ: thôn, khu phố, tổ dân phố).`)
  const managingLevel = reader.word('managingLevel', MANAGING_LEVEL_WORDS, (value) => `Cấp quản lý “${value}” không hợp lệ (Cấp xã, Cấp huyện, Cấp tỉnh, Trung ương).`)
  const enterpriseSize = reader.word('enterpriseSize', ENTERPRISE_SIZE_WORDS, (value) => `Quy mô doanh nghiệp “${value}” không hợp lệ (Siêu nhỏ, Nhỏ, Vừa, Lớn, Chưa xác định).`)
  const levelsText = reader.text('educationLevels')
  const educationLevels = (levelsText ?? '')
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const level = EDUCATION_LEVEL_WORDS.get(headerKey(part))
      if (!level) reader.problem('educationLevels', `Cấp học “${part}” không hợp lệ (ví dụ: Mầm non, Tiểu học, THCS, THPT).`)
      return level ? [level] : []
    })
  const raw = {
    type: type ?? 'KDC',
    name: name ?? '',
    areaId,
    kdcSubtype,
    managingLevel: managingLevel ?? (type === 'KDC' ? 'XA' : 'HUYEN'),
    address: reader.text('address'),
    headName: reader.text('headName'),
    headTitle: reader.text('headTitle'),
    phone: reader.text('phone'),
    email: reader.text('email'),
    householdsTotal: reader.integer('householdsTotal'),
    staffTotal: reader.integer('staffTotal'),
    isArmedForces: reader.boolean('isArmedForces'),
    enterpriseSize,
    educationLevels,
    activeFrom: reader.date('activeFrom'),
    note: reader.text('note')
  }
  if (reader.failed) return null
  const parsed = unitInput.safeParse(raw)
  if (!parsed.success) {
    reader.zodProblems(parsed.error, (key) => UNIT_FIELD_OF_INPUT[key] ?? ((UNIT_COLUMNS.some((c) => c.field === key) ? key : null) as UnitField | null))
    return null
  }
  const present = new Set<keyof UnitInput>(
    (Object.keys(raw) as Array<keyof UnitInput>).filter((key) => {
      const field = (UNIT_FIELD_OF_INPUT[key] ?? key) as UnitField
      const cell = row.cells[field]
      return cell?.ok === true && cell.value !== null && asText(cell.value) !== null
    })
  )
  return { row: row.row, values: parsed.data, present }
}

export interface ParsedArea {
  row: number
  values: Omit<AreaValues, 'parentId'>
  parentName: string | null
}

export function parseAreaRow(row: SheetRow<AreaField>, sheet: string, problems: ProblemList): ParsedArea | null {
  const reader = new RowReader(row, sheet, AREA_COLUMNS, problems)
  const name = reader.text('name')
  if (name === null && !reader.failed) reader.problem('name', 'Tên địa bàn không được để trống.')
  const kind = reader.word('kind', AREA_KIND_WORDS, (value) => `Loại địa bàn “${value}” không hợp lệ (Tỉnh, Huyện, Xã, Phường, Thị trấn, Đặc khu).`)
  if (kind === null && !reader.failed) reader.problem('kind', 'Loại địa bàn không được để trống.')
  const raw = {
    name: name ?? '',
    kind: (kind ?? 'XA') as AreaKind,
    parentId: null,
    officialCode: reader.text('officialCode'),
    sortOrder: reader.integer('sortOrder'),
    note: reader.text('note')
  }
  const parentName = reader.text('parent')
  if (reader.failed) return null
  const parsed = areaInput.safeParse(raw)
  if (!parsed.success) {
    reader.zodProblems(parsed.error, (key) => (AREA_COLUMNS.some((c) => c.field === key) ? (key as AreaField) : null))
    return null
  }
  const { parentId: _ignored, ...values } = parsed.data
  return { row: row.row, values, parentName }
}

export { isCommuneKind }
