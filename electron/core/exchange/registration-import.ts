import type { z } from 'zod'
import type { RegistrationPreview, RegistrationResult, registrationSource } from '../../../shared/api/calls/exchange'
import { ApiError } from '../../../shared/api/errors'
import { isCommuneKind } from '../../../shared/domain/areas'
import { REGISTRATION_COLUMNS, REGISTRATION_SHEET_ALIASES, type RegistrationField } from '../../../shared/domain/registration-columns'
import { STATUS_LABELS } from '../../../shared/domain/cycle/statuses'
import { duplicateKey } from '../../../shared/text/fold'
import { formatInteger } from '../../../shared/text/numbers'
import { recordEvent } from '../audit/audit-log'
import { withTransaction, type CoreContext } from '../context'
import { actOnUnitYears, EMPTY_ACT_INPUT, type ActInput } from '../cycle/transitions'
import { requireYear } from '../cycle/years'
import { readSource } from './registry-import'
import { areaKey, lookupCommune, RowReader, type AreaLookup } from './registry-rows'
import { detectMapping, findSheet, ProblemList, readRows } from './sheet-reader'
import { asText } from './xlsx-read'
import { parseWorkbook } from './xlsx-parse'

type Source = z.output<typeof registrationSource>

const MAX_PROBLEMS_SHOWN = 500
const SAMPLE_ROWS = 20

interface Outcome {
  preview: RegistrationPreview
  result: RegistrationResult
}

/** Carries the outcome out of a transaction that must not commit (a preview, or a file with problems). */
class Rollback extends Error {
  constructor(readonly outcome: Outcome) {
    super('rollback')
  }
}

const NO_ACT: Omit<ActInput, 'action' | 'date'> = { ...EMPTY_ACT_INPUT, confirmed: true }

/** The column a guard's message is about, for the problem list (the guards speak of one field each). */
function guardColumn(message: string): string | null {
  if (/số hộ/i.test(message)) return 'Số hộ đăng ký'
  if (/số người/i.test(message)) return 'Số người được phổ biến'
  if (/ngày/i.test(message)) return 'Ngày đăng ký'
  return null
}

/**
 * Reads the file, finds each row's unit-year of the year, and applies the cycle's REGISTER step to each, with its
 * guards and messages, all in one transaction: a preview, or any problem, rolls everything back.
 */
async function runRegistrationImport(ctx: CoreContext, source: Source, commit: boolean, acceptWarnings: boolean): Promise<Outcome> {
  const { content, fileName } = readSource(source)
  const yearRow = await requireYear(ctx.db, source.year)
  if (yearRow.status === 'CLOSED') throw new ApiError({ code: 'VALIDATION', message: `Năm đánh giá ${source.year} đã chốt; không nhập đăng ký được nữa.` })
  const workbook = await parseWorkbook(content)
  const problems = new ProblemList()
  const sheet = findSheet(workbook, REGISTRATION_SHEET_ALIASES) ?? workbook.sheets[0] ?? null
  const mapping = sheet
    ? detectMapping(sheet, REGISTRATION_COLUMNS, source.mapping)
    : { sheet: null, headerRow: 0, headers: [], mapping: Object.fromEntries(REGISTRATION_COLUMNS.map((column) => [column.field, null])) }
  const sheetName = sheet?.name ?? ''
  const missing = REGISTRATION_COLUMNS.filter((column) => column.required && mapping.mapping[column.field] === null)
  if (sheet && missing.length > 0) {
    problems.add(sheetName, 0, null, `Không nhận ra cột ${missing.map((column) => `“${column.header}”`).join(', ')} ở trang tính “${sheetName}”. Hãy chọn cột tương ứng ở bước “Ghép cột”, hoặc dùng tệp mẫu.`)
  }
  const rows = sheet && problems.size === 0 ? readRows(sheet, mapping, REGISTRATION_COLUMNS) : []
  if (problems.size === 0 && rows.length === 0) problems.add(sheetName, 0, null, 'Tệp không có dòng dữ liệu nào để nhập (dưới dòng tiêu đề không có gì).')

  const result: RegistrationResult = { registered: 0, warnings: [] }
  let ready = 0
  const outcome = (): Outcome => ({
    result,
    preview: {
      fileName,
      year: source.year,
      sheets: workbook.sheets.map((s) => s.name),
      mapping,
      counts: { rows: rows.length, ready },
      problems: [...problems.items].sort((a, b) => a.row - b.row).slice(0, MAX_PROBLEMS_SHOWN),
      problemsTruncated: problems.size > MAX_PROBLEMS_SHOWN,
      warnings: result.warnings,
      sample: rows.slice(0, SAMPLE_ROWS).map((row) =>
        Object.fromEntries(REGISTRATION_COLUMNS.map((column) => {
          const cell = row.cells[column.field]
          return [column.field, cell?.ok ? (asText(cell.value) ?? '') : '']
        }))
      )
    }
  })

  try {
    return await withTransaction(ctx, async (trx, tctx) => {
      const lookup: AreaLookup = { communes: new Map(), parents: new Map() }
      for (const area of await trx.selectFrom('admin_area').select(['id', 'name', 'kind']).execute()) {
        if (!isCommuneKind(area.kind)) continue
        const key = areaKey(area.name)
        lookup.communes.set(key, [...(lookup.communes.get(key) ?? []), area.id])
      }
      // The unit-years of the year by (commune, folded name); a commune itself is found under its own area.
      const unitYears = await trx
        .selectFrom('unit_year as uy')
        .innerJoin('unit as u', 'u.id', 'uy.unit_id')
        .select(['uy.id', 'uy.status', 'uy.unit_type', 'u.name', 'u.dup_key', 'u.area_id'])
        .where('uy.year', '=', source.year)
        .execute()
      const byKey = new Map<string, typeof unitYears>()
      for (const unitYear of unitYears) {
        const key = `${unitYear.area_id ?? ''}|${unitYear.dup_key}`
        byKey.set(key, [...(byKey.get(key) ?? []), unitYear])
      }
      const units = await trx.selectFrom('unit').select(['area_id', 'dup_key']).execute()
      const knownUnits = new Set(units.map((unit) => `${unit.area_id ?? ''}|${unit.dup_key}`))
      const seen = new Map<number, number>()
      const warnings: string[] = []
      // Rows that name a unit-year ready to register: checked and written together by one REGISTER step.
      const inputs = new Map<number, ActInput>()
      const rowOf = new Map<number, { row: number; name: string }>()

      for (const row of rows) {
        const reader = new RowReader<RegistrationField>(row, sheetName, REGISTRATION_COLUMNS, problems)
        const name = reader.text('name')
        const areaName = reader.text('area')
        const date = reader.date('registeredOn')
        const ref = reader.text('registrationRef')
        const counts = {
          householdsTotal: reader.integer('householdsTotal'),
          householdsRegistered: reader.integer('householdsRegistered'),
          staffTotal: reader.integer('staffTotal'),
          staffBriefed: reader.integer('staffBriefed')
        }
        if (name === null) reader.problem('name', 'Vui lòng nhập tên đơn vị.')
        if (areaName === null) reader.problem('area', 'Vui lòng nhập xã, phường của đơn vị.')
        if (date === null && !reader.failed) reader.problem('registeredOn', 'Vui lòng nhập ngày đăng ký (dd/mm/yyyy).')
        if (reader.failed || name === null || areaName === null || date === null) continue
        const areaIds = lookupCommune(lookup, areaName)
        if (areaIds.length !== 1) {
          reader.problem('area', areaIds.length === 0 ? `Xã, phường “${areaName}” chưa có trong danh mục địa bàn.` : `Có nhiều xã, phường tên “${areaName}”; vui lòng ghi đầy đủ tên.`)
          continue
        }
        const key = `${areaIds[0]}|${duplicateKey(name)}`
        const found = byKey.get(key) ?? []
        if (found.length === 0) {
          reader.problem('name', knownUnits.has(key) ? `Đơn vị “${name}” không có hồ sơ năm ${source.year}.` : `Không tìm thấy đơn vị “${name}” ở ${areaName} trong sổ đơn vị.`)
          continue
        }
        if (found.length > 1) {
          reader.problem('name', `Có ${found.length} đơn vị tên “${name}” ở ${areaName} (khác loại); vui lòng đăng ký từng đơn vị trên màn hình năm đánh giá.`)
          continue
        }
        const unitYear = found[0]!
        const earlier = seen.get(unitYear.id)
        if (earlier !== undefined) {
          reader.problem('name', `Trùng với dòng ${earlier} trong tệp (cùng đơn vị).`)
          continue
        }
        seen.set(unitYear.id, row.row)
        if (unitYear.status !== 'CHUA_DANG_KY') {
          reader.problem(
            'name',
            unitYear.status === 'NGOAI_PHAM_VI'
              ? `Đơn vị “${name}” ngoài phạm vi đánh giá năm ${source.year}; không đăng ký được.`
              : `Đơn vị “${name}” đã đăng ký năm ${source.year} (trạng thái: ${STATUS_LABELS[unitYear.status]}).`
          )
          continue
        }
        // A khu dân cư registers households; an organisation, the staff briefed.
        const isKdc = unitYear.unit_type === 'KDC'
        rowOf.set(unitYear.id, { row: row.row, name })
        inputs.set(unitYear.id, {
          ...NO_ACT,
          action: 'REGISTER',
          date,
          ref,
          householdsTotal: isKdc ? counts.householdsTotal : null,
          householdsRegistered: isKdc ? counts.householdsRegistered : null,
          staffTotal: isKdc ? null : counts.staffTotal,
          staffBriefed: isKdc ? null : counts.staffBriefed
        })
      }
      if (inputs.size > 0) {
        let reported = false
        try {
          await actOnUnitYears(tctx, [...inputs.keys()], { ...NO_ACT, action: 'REGISTER', date: null }, {
            inputs,
            report: {
              blocked: (id, errors) => {
                reported = true
                const message = errors.join(' ')
                problems.add(sheetName, rowOf.get(id)!.row, guardColumn(message), message)
              },
              warned: (id, list) => {
                const { row, name } = rowOf.get(id)!
                for (const warning of list) warnings.push(`Dòng ${row} (${name}): ${warning}`)
              }
            }
          })
          ready = inputs.size
        } catch (error) {
          if (!(error instanceof ApiError) || !reported) throw error
        }
      }
      result.warnings = warnings
      result.registered = ready
      if (!commit || problems.size > 0 || (result.warnings.length > 0 && !acceptWarnings)) throw new Rollback(outcome())
      await recordEvent(tctx, 'REGISTRATION_IMPORT', { file: fileName, year: source.year, registered: result.registered, warnings: result.warnings.length })
      return outcome()
    })
  } catch (error) {
    if (error instanceof Rollback) return error.outcome
    throw error
  }
}

export async function previewRegistrations(ctx: CoreContext, source: Source): Promise<RegistrationPreview> {
  return (await runRegistrationImport(ctx, source, false, false)).preview
}

export async function commitRegistrations(ctx: CoreContext, source: Source, acceptWarnings: boolean): Promise<RegistrationResult> {
  const { preview, result } = await runRegistrationImport(ctx, source, true, acceptWarnings)
  if (preview.problems.length > 0) {
    const first = preview.problems[0]!
    const where = first.row > 0 ? `dòng ${first.row}${first.column ? `, cột “${first.column}”` : ''}: ` : ''
    throw new ApiError({
      code: 'VALIDATION',
      message: `Tệp còn ${formatInteger(preview.problems.length)}${preview.problemsTruncated ? '+' : ''} lỗi (${where}${first.message}); chưa nhập dữ liệu nào. Vui lòng sửa tệp rồi nhập lại.`
    })
  }
  if (result.warnings.length > 0 && !acceptWarnings) {
    throw new ApiError({ code: 'NEEDS_CONFIRMATION', message: result.warnings.join(' '), warnings: result.warnings })
  }
  return result
}
