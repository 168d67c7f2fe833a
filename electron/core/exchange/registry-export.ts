import type { ExportedFile } from '../../../shared/api/calls/exchange'
import { AREA_KIND_LABELS } from '../../../shared/domain/areas'
import { AREA_COLUMNS, AREA_SHEET, UNIT_COLUMNS, UNIT_SHEET, type ColumnSpec } from '../../../shared/domain/registry-columns'
import {
  EDUCATION_LEVEL_LABELS,
  ENTERPRISE_SIZE_LABELS,
  MANAGING_LEVEL_LABELS,
  UNIT_TYPE_LABELS,
  type EducationLevel
} from '../../../shared/domain/units'
import { formatScreenDate, todayInVietnam } from '../../../shared/text/dates'
import type { CoreContext } from '../context'
import { deliverExport } from './write-export'
import { writeWorkbook, type ExportColumn, type ExportSheet } from './xlsx-write'

interface AreaExportRow {
  name: string
  kind: keyof typeof AREA_KIND_LABELS
  parent_name: string | null
  official_code: string | null
  sort_order: number | null
  note: string | null
}

interface UnitExportRow {
  name: string
  type: keyof typeof UNIT_TYPE_LABELS
  area_name: string | null
  kdc_subtype: string | null
  managing_level: keyof typeof MANAGING_LEVEL_LABELS
  address: string | null
  head_name: string | null
  head_title: string | null
  phone: string | null
  email: string | null
  households_total: number | null
  staff_total: number | null
  is_armed_forces: 0 | 1
  enterprise_size: keyof typeof ENTERPRISE_SIZE_LABELS | null
  education_levels: string
  active_from: string | null
  note: string | null
}

function column<R, F extends string>(specs: ColumnSpec<F>[], field: F, value: (row: R) => string | number | null): ExportColumn<R> {
  const spec = specs.find((candidate) => candidate.field === field)!
  return { header: spec.header, width: spec.width, kind: spec.kind === 'date' ? 'date' : spec.kind === 'integer' ? 'integer' : 'text', value }
}

const AREA_EXPORT: ExportColumn<AreaExportRow>[] = [
  column(AREA_COLUMNS, 'name', (row) => row.name),
  column(AREA_COLUMNS, 'kind', (row) => AREA_KIND_LABELS[row.kind]),
  column(AREA_COLUMNS, 'parent', (row) => row.parent_name),
  column(AREA_COLUMNS, 'officialCode', (row) => row.official_code),
  column(AREA_COLUMNS, 'sortOrder', (row) => row.sort_order),
  column(AREA_COLUMNS, 'note', (row) => row.note)
]

/** The same columns the import reads, so an export can be imported again (on another machine, or after editing). */
const UNIT_EXPORT: ExportColumn<UnitExportRow>[] = [
  column(UNIT_COLUMNS, 'name', (row) => row.name),
  column(UNIT_COLUMNS, 'type', (row) => UNIT_TYPE_LABELS[row.type]),
  column(UNIT_COLUMNS, 'area', (row) => row.area_name),
  column(UNIT_COLUMNS, 'kdcSubtype', (row) => row.kdc_subtype),
  column(UNIT_COLUMNS, 'managingLevel', (row) => MANAGING_LEVEL_LABELS[row.managing_level]),
  column(UNIT_COLUMNS, 'address', (row) => row.address),
  column(UNIT_COLUMNS, 'headName', (row) => row.head_name),
  column(UNIT_COLUMNS, 'headTitle', (row) => row.head_title),
  column(UNIT_COLUMNS, 'phone', (row) => row.phone),
  column(UNIT_COLUMNS, 'email', (row) => row.email),
  column(UNIT_COLUMNS, 'householdsTotal', (row) => row.households_total),
  column(UNIT_COLUMNS, 'staffTotal', (row) => row.staff_total),
  column(UNIT_COLUMNS, 'isArmedForces', (row) => (row.is_armed_forces ? 'Có' : null)),
  column(UNIT_COLUMNS, 'enterpriseSize', (row) => (row.enterprise_size ? ENTERPRISE_SIZE_LABELS[row.enterprise_size] : null)),
  column(UNIT_COLUMNS, 'educationLevels', (row) =>
    (JSON.parse(row.education_levels) as EducationLevel[]).map((level) => EDUCATION_LEVEL_LABELS[level]).join(', ') || null
  ),
  column(UNIT_COLUMNS, 'activeFrom', (row) => row.active_from),
  column(UNIT_COLUMNS, 'note', (row) => row.note)
]

export function registrySheets(ctx: CoreContext): [ExportSheet<AreaExportRow>, ExportSheet<UnitExportRow>] {
  // Parents before children, in the official order, so the file imports back in one pass.
  const areas = ctx.sqlite
    .prepare(
      `WITH RECURSIVE tree(id, depth) AS (
         SELECT id, 0 FROM admin_area WHERE parent_id IS NULL
         UNION ALL SELECT a.id, t.depth + 1 FROM admin_area a JOIN tree t ON a.parent_id = t.id)
       SELECT a.name, a.kind, p.name AS parent_name, a.official_code, a.sort_order, a.note
       FROM tree t JOIN admin_area a ON a.id = t.id LEFT JOIN admin_area p ON p.id = a.parent_id
       ORDER BY t.depth, a.sort_order IS NULL, a.sort_order, a.sort_key`
    )
    .all() as AreaExportRow[]
  const units = ctx.sqlite
    .prepare(
      `SELECT u.*, a.name AS area_name FROM unit u LEFT JOIN admin_area a ON a.id = u.area_id
       WHERE u.type <> 'XA' AND u.active = 1
       ORDER BY a.sort_order IS NULL, a.sort_order, a.sort_key, u.type, u.sort_key`
    )
    .iterate() as Iterable<UnitExportRow>
  const today = formatScreenDate(todayInVietnam(ctx.now()))
  return [
    { name: AREA_SHEET, title: `DANH MỤC ĐỊA BÀN — ${today}`, columns: AREA_EXPORT, rows: areas },
    { name: UNIT_SHEET, title: `DANH SÁCH ĐƠN VỊ — ${today}`, columns: UNIT_EXPORT, rows: units }
  ]
}

export async function exportRegistry(ctx: CoreContext, file?: string): Promise<ExportedFile> {
  const { buffer, rows } = await writeWorkbook(registrySheets(ctx))
  return deliverExport(buffer, rows, `danh-sach-don-vi_${todayInVietnam(ctx.now())}.xlsx`, file)
}
