import type { z } from 'zod'
import type { RegistrationPreview, RegistrationResult, registrationSource } from '../../../shared/api/calls/exchange'
import { ApiError } from '../../../shared/api/errors'
import { isCommuneKind } from '../../../shared/domain/areas'
import { REGISTRATION_COLUMNS, REGISTRATION_SHEET_ALIASES, type RegistrationField } from '../../../shared/domain/registration-columns'
import { STATUS_LABELS } from '../../../shared/domain/cycle/statuses'
import { duplicateKey } from '../../../shared/text/fold'
import type { CoreContext } from '../context'
import { actOnUnitYears, EMPTY_ACT_INPUT, type ActInput } from '../cycle/transitions'
import { requireYear } from '../cycle/years'
import { areaKey, lookupCommune, RowReader, type AreaLookup } from './registry-rows'
import { refuseProblems, runImport, sampleRows, type ImportKind } from './import-pipeline'
import { CHUNK_ROWS, type RowProgress } from './import-progress'
import { formatInteger } from '../../../shared/text/numbers'

type Source = z.output<typeof registrationSource> & { acceptWarnings?: boolean }

const NO_ACT: Omit<ActInput, 'action' | 'date'> = { ...EMPTY_ACT_INPUT, confirmed: true }

/** The column a guard's message is about, for the problem list (the guards speak of one field each). */
function guardColumn(message: string): string | null {
  if (/số hộ/i.test(message)) return 'Số hộ đăng ký'
  if (/số người/i.test(message)) return 'Số người được phổ biến'
  if (/ngày/i.test(message)) return 'Ngày đăng ký'
  return null
}

/**
 * The registrations of a year: each row's unit-year of the year gets the cycle's REGISTER step, with its guards and
 * messages; warnings (a late registration) hold the commit until the user accepts them.
 */
const registrationImport: ImportKind<Source, RegistrationResult, RegistrationPreview> = {
  action: 'REGISTRATION_IMPORT',
  problemsByRow: true,
  async before(ctx, source) {
    const yearRow = await requireYear(ctx.db, source.year)
    if (yearRow.status === 'CLOSED') throw new ApiError({ code: 'VALIDATION', message: `Năm đánh giá ${source.year} đã chốt; không nhập đăng ký được nữa.` })
  },
  sheets: (source) => [
    { aliases: REGISTRATION_SHEET_ALIASES, columns: REGISTRATION_COLUMNS, mapping: source.mapping, fallback: (workbook) => workbook.sheets[0] ?? null }
  ],
  async apply(tctx, trx, [sheet], { problems, progress }, source) {
    const sheetName = sheet!.name
    const rows = sheet!.rows
    let ready = 0
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
    // Written a chunk at a time (each chunk one REGISTER step of its rows, in the import's one transaction), so the
    // job can count them; every row's guard is still checked, a chunk's refusal lists its rows and the next goes on.
    const ids = [...inputs.keys()]
    progress.start(ids.length)
    let refused = false
    for (let from = 0; from < ids.length; from += CHUNK_ROWS) {
      const chunk = ids.slice(from, from + CHUNK_ROWS)
      let reported = false
      try {
        await actOnUnitYears(tctx, chunk, { ...NO_ACT, action: 'REGISTER', date: null }, {
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
      } catch (error) {
        if (!(error instanceof ApiError) || !reported) throw error
        refused = true
      }
      await progress.advance(chunk.length)
    }
    if (!refused) ready = inputs.size
    const result: RegistrationResult = { registered: ready, warnings }
    return {
      result,
      commit: warnings.length === 0 || source.acceptWarnings === true,
      audit: { year: source.year, registered: ready, warnings: warnings.length }
    }
  },
  preview: (file, [sheet], result, source) => ({
    fileName: file.fileName,
    year: source.year,
    sheets: file.sheets,
    mapping: sheet!.mapping,
    counts: { rows: sheet!.rows.length, ready: result?.registered ?? 0 },
    problems: file.problemList,
    problemsTruncated: file.problemsTruncated,
    warnings: result?.warnings ?? [],
    sample: sampleRows(sheet!.rows, REGISTRATION_COLUMNS)
  })
}

export async function previewRegistrations(ctx: CoreContext, source: Source): Promise<RegistrationPreview> {
  return (await runImport(ctx, registrationImport, source, false)).preview
}

export async function commitRegistrations(ctx: CoreContext, source: Source, acceptWarnings: boolean, progress?: RowProgress): Promise<RegistrationResult> {
  const outcome = await runImport(ctx, registrationImport, { ...source, acceptWarnings }, true, progress)
  refuseProblems(outcome)
  const result = outcome.result!
  if (result.warnings.length > 0 && !acceptWarnings) {
    throw new ApiError({ code: 'NEEDS_CONFIRMATION', message: result.warnings.join(' '), warnings: result.warnings })
  }
  return result
}

/** What the wizard shows once the registrations are written. */
export function registrationSummary(year: number, result: RegistrationResult): string {
  return `Đã ghi nhận đăng ký năm ${year} cho ${formatInteger(result.registered)} đơn vị.`
}
