import type { ExportedFile } from '../../../shared/api/calls/exchange'
import { AREA_COLUMNS, AREA_SHEET, UNIT_COLUMNS, UNIT_SHEET, type ColumnSpec } from '../../../shared/domain/registry-columns'
import { REGISTRATION_COLUMNS, REGISTRATION_SHEET } from '../../../shared/domain/registration-columns'
import { writeWorkbook, type ExportSheet } from './xlsx-write'

interface GuideRow {
  sheet: string
  spec: ColumnSpec
}

/** The downloadable template: the two sheets with their headers only, and a guide sheet explaining each column. */
export async function registryTemplate(): Promise<ExportedFile> {
  const empty = (name: string, columns: ColumnSpec[]): ExportSheet<unknown> => ({
    name,
    columns: columns.map((column) => ({ header: column.header, width: column.width, kind: column.kind === 'date' ? 'date' : column.kind === 'integer' ? 'integer' : 'text', value: () => null })),
    rows: []
  })
  const guide: ExportSheet<GuideRow> = {
    name: 'Hướng dẫn',
    title: 'HƯỚNG DẪN ĐIỀN TỆP NHẬP DANH SÁCH ĐỊA BÀN VÀ ĐƠN VỊ',
    columns: [
      { header: 'Trang tính', width: 14, kind: 'text', value: (row) => row.sheet },
      { header: 'Cột', width: 26, kind: 'text', value: (row) => row.spec.header },
      { header: 'Bắt buộc', width: 10, kind: 'text', value: (row) => (row.spec.required ? 'Có' : '') },
      { header: 'Cách ghi', width: 70, kind: 'text', value: (row) => row.spec.hint ?? (row.spec.kind === 'integer' ? 'Số nguyên không âm' : 'Chữ tiếng Việt có dấu (Unicode)') }
    ],
    rows: [
      ...AREA_COLUMNS.map((spec) => ({ sheet: AREA_SHEET, spec })),
      ...UNIT_COLUMNS.map((spec) => ({ sheet: UNIT_SHEET, spec }))
    ]
  }
  const { buffer } = await writeWorkbook([empty(AREA_SHEET, AREA_COLUMNS), empty(UNIT_SHEET, UNIT_COLUMNS), guide])
  return { fileName: 'mau-nhap-danh-sach-don-vi.xlsx', rows: 0, file: null, contentBase64: buffer.toString('base64') }
}

/** The template of a year's registrations: its sheet with the headers only, and a guide sheet. */
export async function registrationTemplate(): Promise<ExportedFile> {
  const guide: ExportSheet<ColumnSpec> = {
    name: 'Hướng dẫn',
    title: 'HƯỚNG DẪN ĐIỀN TỆP NHẬP ĐĂNG KÝ CỦA NĂM ĐÁNH GIÁ',
    columns: [
      { header: 'Cột', width: 26, kind: 'text', value: (spec) => spec.header },
      { header: 'Bắt buộc', width: 10, kind: 'text', value: (spec) => (spec.required ? 'Có' : '') },
      { header: 'Cách ghi', width: 70, kind: 'text', value: (spec) => spec.hint ?? (spec.kind === 'integer' ? 'Số nguyên không âm' : 'Chữ tiếng Việt có dấu (Unicode), như trong sổ đơn vị') }
    ],
    rows: REGISTRATION_COLUMNS
  }
  const sheet: ExportSheet<unknown> = {
    name: REGISTRATION_SHEET,
    columns: REGISTRATION_COLUMNS.map((column) => ({ header: column.header, width: column.width, kind: column.kind === 'date' ? 'date' : column.kind === 'integer' ? 'integer' : 'text', value: () => null })),
    rows: []
  }
  const { buffer } = await writeWorkbook([sheet, guide])
  return { fileName: 'mau-nhap-dang-ky.xlsx', rows: 0, file: null, contentBase64: buffer.toString('base64') }
}
