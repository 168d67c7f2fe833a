import { sql } from 'kysely'
import type { z } from 'zod'
import type { BoardRow } from '../../../shared/api/calls/cycle'
import type { ExportedFile, yearBoardExport } from '../../../shared/api/calls/exchange'
import { regulationById } from '../../../shared/domain/cycle/regulations'
import { STATUS_LABELS } from '../../../shared/domain/cycle/statuses'
import { UNIT_TYPES, UNIT_TYPE_LABELS, type UnitType } from '../../../shared/domain/units'
import { formatScreenDate, todayInVietnam } from '../../../shared/text/dates'
import type { CoreContext } from '../context'
import { allBoardRows } from '../cycle/board'
import { communeResultRows, REGISTERED_SQL } from '../cycle/commune-results'
import { requireYear } from '../cycle/years'
import { deliverExport } from './write-export'
import { writeWorkbook, type ExportColumn } from './xlsx-write'
import { basisOn, loadLineage, yearReferenceDate } from '../areas/lineage'
import { communeLabelOn } from '../../../shared/domain/office'
import { lineageNote } from '../areas/lineage-comparison'

type BoardFilter = z.output<typeof yearBoardExport>
const BOARD_COLUMNS: ExportColumn<BoardRow>[] = [
  { header: 'STT', width: 7, kind: 'integer', value: (_row, index) => index + 1 },
  { header: 'Tên đơn vị', width: 40, kind: 'text', value: (row) => row.unitName },
  { header: 'Loại đơn vị', width: 20, kind: 'text', value: (row) => UNIT_TYPE_LABELS[row.unitType] },
  { header: 'Xã, phường', width: 24, kind: 'text', value: (row) => row.areaName },
  { header: 'Trạng thái', width: 26, kind: 'text', value: (row) => STATUS_LABELS[row.status] },
  { header: 'Hạn bước tiếp theo', width: 14, kind: 'date', value: (row) => row.dueOn },
  { header: 'Số ngày quá hạn', width: 10, kind: 'integer', value: (row) => row.daysLate },
  { header: 'Còn thiếu', width: 40, kind: 'text', value: (row) => row.missing },
  { header: 'Ngày đăng ký', width: 14, kind: 'date', value: (row) => row.registeredOn },
  { header: 'Số quyết định', width: 18, kind: 'text', value: (row) => row.decisionNo },
  { header: 'Năm trước', width: 22, kind: 'text', value: (row) => (row.previousStatus ? STATUS_LABELS[row.previousStatus] : null) }
]

export async function exportYearBoard(ctx: CoreContext, input: BoardFilter): Promise<ExportedFile> {
  const { file, ...filter } = input
  await requireYear(ctx.db, filter.year)
  // The streaming writer takes a sync iterable: the rows are read first (50,000 small objects), then written.
  const rows = await allBoardRows(ctx, filter)
  const today = todayInVietnam(ctx.now())
  const { buffer } = await writeWorkbook([
    { name: `Năm ${filter.year}`, title: `BẢNG THEO DÕI NĂM ${filter.year} — ${formatScreenDate(today)}`, columns: BOARD_COLUMNS, rows }
  ])
  return deliverExport(buffer, rows.length, `bang-theo-doi-nam-${filter.year}_${today}.xlsx`, file)
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null)

interface CommuneLine {
  name: string
  kdcTotal: number
  kdcRegistered: number
  kdcRecognised: number
  otherTotal: number
  otherRegistered: number
  otherRecognised: number
  n: number | null
  r: number | null
  a: number | null
  pass: boolean | null
  communeRecognised: boolean | null
  householdsRegistered: number
  householdsTotal: number
  previousRecognised: number | null
  previousTotal: number | null
  /** "so với tổng Phường 7, … năm 2024" where the commune was formed by a merge (lineage). */
  comparedWith: string | null
}

interface TypeLine {
  name: string
  total: number
  registered: number
  recognised: number
  previousRecognised: number | null
  note: string | null
}

const OTHER_TYPES = sql`('CO_QUAN','DOANH_NGHIEP','CSGD')`

/** Counts per commune (the units it manages), for the year and, for the comparison, the year before. */
async function communeCounts(ctx: CoreContext, year: number) {
  return sql<Record<string, number | null> & { area_id: number }>`
    SELECT uy.commune_area_id AS area_id,
      sum(uy.unit_type = 'KDC' AND uy.status <> 'NGOAI_PHAM_VI') AS kdc_total,
      sum(uy.unit_type = 'KDC' AND uy.status <> 'NGOAI_PHAM_VI' AND ${REGISTERED_SQL}) AS kdc_registered,
      sum(uy.unit_type = 'KDC' AND uy.status = 'DA_CONG_NHAN') AS kdc_recognised,
      sum(uy.unit_type IN ${OTHER_TYPES} AND uy.status <> 'NGOAI_PHAM_VI') AS other_total,
      sum(uy.unit_type IN ${OTHER_TYPES} AND uy.status <> 'NGOAI_PHAM_VI' AND ${REGISTERED_SQL}) AS other_registered,
      sum(uy.unit_type IN ${OTHER_TYPES} AND uy.status = 'DA_CONG_NHAN') AS other_recognised,
      sum(CASE WHEN uy.unit_type = 'KDC' AND uy.status <> 'NGOAI_PHAM_VI' AND ${REGISTERED_SQL} THEN uy.households_registered END) AS households_registered,
      sum(CASE WHEN uy.unit_type = 'KDC' AND uy.status <> 'NGOAI_PHAM_VI' THEN uy.households_total END) AS households_total
    FROM unit_year uy WHERE uy.year = ${year} AND uy.commune_area_id IS NOT NULL AND uy.unit_type <> 'XA'
    GROUP BY uy.commune_area_id`.execute(ctx.db)
}

async function tableA(ctx: CoreContext, year: number, hasPrevious: boolean): Promise<CommuneLine[]> {
  const regulation = regulationById((await requireYear(ctx.db, year)).regulation_id)
  const communes = await communeResultRows(ctx.db, year, regulation)
  const counts = new Map((await communeCounts(ctx, year)).rows.map((row) => [Number(row.area_id), row]))
  const previous = hasPrevious ? new Map((await communeCounts(ctx, year - 1)).rows.map((row) => [Number(row.area_id), row])) : null
  const value = (row: Record<string, number | null> | undefined, key: string) => Number(row?.[key] ?? 0)
  const lineage = await loadLineage(ctx.db)
  const lines: CommuneLine[] = communes.map((commune) => {
    const row = counts.get(commune.areaId)
    // The year before of a merged commune is the sum of its predecessors (law-2026.md §3.1).
    const basis = basisOn(lineage, commune.areaId, yearReferenceDate(year - 1))
    const sumOf = (key: string) => basis.reduce((total, id) => total + value(previous?.get(id), key), 0)
    const before = { kdc_recognised: sumOf('kdc_recognised'), other_recognised: sumOf('other_recognised'), kdc_total: sumOf('kdc_total'), other_total: sumOf('other_total') }
    const mergedFrom = basis.length === 1 && basis[0] === commune.areaId ? null : basis.map((id) => lineage.areas.get(id)?.name ?? '')
    return {
      comparedWith: previous && mergedFrom && mergedFrom.length > 0 ? lineageNote({ areaName: commune.areaName, comparedWith: mergedFrom }, year - 1) : null,
      name: commune.areaName,
      kdcTotal: value(row, 'kdc_total'),
      kdcRegistered: value(row, 'kdc_registered'),
      kdcRecognised: value(row, 'kdc_recognised'),
      otherTotal: value(row, 'other_total'),
      otherRegistered: value(row, 'other_registered'),
      otherRecognised: value(row, 'other_recognised'),
      n: commune.n,
      r: commune.r,
      a: commune.a,
      pass: commune.pass,
      communeRecognised: commune.communeStatus === 'DA_CONG_NHAN',
      householdsRegistered: value(row, 'households_registered'),
      householdsTotal: value(row, 'households_total'),
      previousRecognised: previous ? value(before, 'kdc_recognised') + value(before, 'other_recognised') : null,
      previousTotal: previous ? value(before, 'kdc_total') + value(before, 'other_total') : null
    }
  })
  const sum = (key: keyof CommuneLine) => lines.reduce((total, line) => total + Number(line[key] ?? 0), 0)
  lines.push({
    name: 'Tổng cộng',
    kdcTotal: sum('kdcTotal'),
    kdcRegistered: sum('kdcRegistered'),
    kdcRecognised: sum('kdcRecognised'),
    otherTotal: sum('otherTotal'),
    otherRegistered: sum('otherRegistered'),
    otherRecognised: sum('otherRecognised'),
    n: sum('n'),
    r: sum('r'),
    a: sum('a'),
    pass: null,
    communeRecognised: null,
    householdsRegistered: sum('householdsRegistered'),
    householdsTotal: sum('householdsTotal'),
    previousRecognised: previous ? sum('previousRecognised') : null,
    previousTotal: previous ? sum('previousTotal') : null,
    comparedWith: null
  })
  return lines
}

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'Có' : 'Không')
const recognisedOf = (line: CommuneLine) => line.kdcRecognised + line.otherRecognised
const totalOf = (line: CommuneLine) => line.kdcTotal + line.otherTotal

/** `withLineage`: a column saying what each merged commune is compared with (only when one is). */
function tableAColumns(year: number, withLineage = false): ExportColumn<CommuneLine>[] {
  return [
    { header: 'Xã, phường', width: 26, kind: 'text', value: (l) => l.name },
    { header: 'KDC: tổng số', width: 10, kind: 'integer', value: (l) => l.kdcTotal },
    { header: 'KDC: đăng ký', width: 10, kind: 'integer', value: (l) => l.kdcRegistered },
    { header: 'KDC: % đăng ký', width: 10, kind: 'percent', value: (l) => ratio(l.kdcRegistered, l.kdcTotal) },
    { header: 'KDC: được công nhận', width: 11, kind: 'integer', value: (l) => l.kdcRecognised },
    { header: 'KDC: % công nhận', width: 10, kind: 'percent', value: (l) => ratio(l.kdcRecognised, l.kdcTotal) },
    { header: 'CQ, DN, CSGD: tổng số', width: 11, kind: 'integer', value: (l) => l.otherTotal },
    { header: 'CQ, DN, CSGD: đăng ký', width: 11, kind: 'integer', value: (l) => l.otherRegistered },
    { header: 'CQ, DN, CSGD: được công nhận', width: 12, kind: 'integer', value: (l) => l.otherRecognised },
    { header: 'CQ, DN, CSGD: % công nhận', width: 11, kind: 'percent', value: (l) => ratio(l.otherRecognised, l.otherTotal) },
    { header: 'Điều kiện cấp xã: N', width: 9, kind: 'integer', value: (l) => l.n },
    { header: 'R (đăng ký)', width: 9, kind: 'integer', value: (l) => l.r },
    { header: 'A (công nhận)', width: 9, kind: 'integer', value: (l) => l.a },
    { header: 'Điều kiện cấp xã', width: 11, kind: 'text', value: (l) => (l.pass === null ? null : l.pass ? 'Đạt' : 'Chưa đạt') },
    { header: 'Xã, phường được công nhận', width: 12, kind: 'text', value: (l) => yesNo(l.communeRecognised) },
    { header: 'Số hộ đăng ký', width: 11, kind: 'integer', value: (l) => l.householdsRegistered },
    { header: 'Tổng số hộ', width: 11, kind: 'integer', value: (l) => l.householdsTotal },
    { header: '% hộ đăng ký', width: 10, kind: 'percent', value: (l) => ratio(l.householdsRegistered, l.householdsTotal) },
    { header: `Được công nhận năm ${year - 1}`, width: 12, kind: 'integer', value: (l) => l.previousRecognised },
    { header: `Tăng, giảm so với năm ${year - 1} (đơn vị)`, width: 13, kind: 'integer', value: (l) => (l.previousRecognised === null ? null : recognisedOf(l) - l.previousRecognised) },
    {
      header: `Tăng, giảm tỷ lệ công nhận so với năm ${year - 1}`,
      width: 14,
      kind: 'percent',
      value: (l) => {
        const now = ratio(recognisedOf(l), totalOf(l))
        const before = l.previousTotal === null || l.previousRecognised === null ? null : ratio(l.previousRecognised, l.previousTotal)
        return now === null || before === null ? null : now - before
      }
    },
    ...(withLineage ? [{ header: `So sánh với năm ${year - 1}`, width: 40, kind: 'text' as const, value: (l: CommuneLine) => l.comparedWith }] : [])
  ]
}

async function tableB(ctx: CoreContext, year: number, hasPrevious: boolean): Promise<TypeLine[]> {
  const yearRow = await requireYear(ctx.db, year)
  const notDeployed = JSON.parse(yearRow.not_deployed) as UnitType[]
  const current = await sql<{ unit_type: UnitType; total: number; registered: number; recognised: number }>`
    SELECT uy.unit_type, sum(uy.status <> 'NGOAI_PHAM_VI') AS total, sum(uy.status <> 'NGOAI_PHAM_VI' AND ${REGISTERED_SQL}) AS registered,
      sum(uy.status = 'DA_CONG_NHAN') AS recognised
    FROM unit_year uy WHERE uy.year = ${year} GROUP BY uy.unit_type`.execute(ctx.db)
  const previous = hasPrevious
    ? await sql<{ unit_type: UnitType; recognised: number }>`SELECT uy.unit_type, sum(uy.status = 'DA_CONG_NHAN') AS recognised FROM unit_year uy WHERE uy.year = ${year - 1} GROUP BY uy.unit_type`.execute(ctx.db)
    : null
  const lines: TypeLine[] = UNIT_TYPES.map((type) => {
    const row = current.rows.find((r) => r.unit_type === type)
    return {
      // "Xã, phường, đặc khu" from 07/2025 (law-2026.md §3): the year's own word for its communes.
      name: type === 'XA' ? communeLabelOn(yearReferenceDate(year)) : UNIT_TYPE_LABELS[type],
      total: Number(row?.total ?? 0),
      registered: Number(row?.registered ?? 0),
      recognised: Number(row?.recognised ?? 0),
      previousRecognised: previous ? Number(previous.rows.find((r) => r.unit_type === type)?.recognised ?? 0) : null,
      note: notDeployed.includes(type) ? 'Không triển khai' : null
    }
  })
  const sum = (key: 'total' | 'registered' | 'recognised') => lines.reduce((total, line) => total + line[key], 0)
  lines.push({ name: 'Tổng cộng', total: sum('total'), registered: sum('registered'), recognised: sum('recognised'), previousRecognised: previous ? lines.reduce((t, l) => t + (l.previousRecognised ?? 0), 0) : null, note: null })
  return lines
}

function tableBColumns(year: number): ExportColumn<TypeLine>[] {
  return [
    { header: 'Loại đơn vị', width: 24, kind: 'text', value: (l) => l.name },
    { header: 'Tổng số', width: 10, kind: 'integer', value: (l) => l.total },
    { header: 'Đăng ký', width: 10, kind: 'integer', value: (l) => l.registered },
    { header: '% đăng ký', width: 10, kind: 'percent', value: (l) => ratio(l.registered, l.total) },
    { header: 'Được công nhận', width: 11, kind: 'integer', value: (l) => l.recognised },
    { header: '% công nhận', width: 10, kind: 'percent', value: (l) => ratio(l.recognised, l.total) },
    { header: `Được công nhận năm ${year - 1}`, width: 12, kind: 'integer', value: (l) => l.previousRecognised },
    { header: `Tăng, giảm so với năm ${year - 1}`, width: 12, kind: 'integer', value: (l) => (l.previousRecognised === null ? null : l.recognised - l.previousRecognised) },
    { header: 'Ghi chú', width: 20, kind: 'text', value: (l) => l.note }
  ]
}

/** Table A (by commune) and Table B (by unit type) of domain.md §6, each with the year before beside it. */
export async function exportYearStatistics(ctx: CoreContext, input: { year: number; file?: string | undefined }): Promise<ExportedFile> {
  const { year } = input
  await requireYear(ctx.db, year)
  const hasPrevious = (await ctx.db.selectFrom('eval_year').select('year').where('year', '=', year - 1).executeTakeFirst()) !== undefined
  const a = await tableA(ctx, year, hasPrevious)
  const b = await tableB(ctx, year, hasPrevious)
  const today = todayInVietnam(ctx.now())
  const { buffer, rows } = await writeWorkbook([
    { name: 'Biểu A - Theo xã, phường', title: `BIỂU A. KẾT QUẢ NĂM ${year} THEO XÃ, PHƯỜNG — ${formatScreenDate(today)}`, columns: tableAColumns(year, a.some((line) => line.comparedWith !== null)), rows: a },
    { name: 'Biểu B - Theo loại đơn vị', title: `BIỂU B. KẾT QUẢ NĂM ${year} THEO LOẠI ĐƠN VỊ — ${formatScreenDate(today)}`, columns: tableBColumns(year), rows: b }
  ])
  return deliverExport(buffer, rows, `thong-ke-nam-${year}_${today}.xlsx`, input.file)
}
