import fs from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import type { ImportDuplicate, ImportPreview, ImportResult, SheetMapping, importSource } from '../../../shared/api/calls/exchange'
import type { UnitInput, UnitRow } from '../../../shared/api/calls/units'
import { ApiError, fieldError } from '../../../shared/api/errors'
import { isCommuneKind } from '../../../shared/domain/areas'
import { AREA_COLUMNS, AREA_SHEET_ALIASES, UNIT_COLUMNS, UNIT_SHEET_ALIASES, type ColumnSpec } from '../../../shared/domain/registry-columns'
import { duplicateKey } from '../../../shared/text/fold'
import { formatInteger } from '../../../shared/text/numbers'
import { withTransaction, type CoreContext } from '../context'
import { createArea, updateArea } from '../areas/area-service'
import { getUnit, insertUnit, updateUnit } from '../units/unit-service'
import { checkUnitFields } from '../units/unit-validation'
import { recordEvent } from '../audit/audit-log'
import { areaKey, parseAreaRow, parseUnitRow, type AreaLookup } from './registry-rows'
import { detectMapping, findSheet, ProblemList, readRows } from './sheet-reader'
import { asText } from './xlsx-read'
import { parseWorkbook } from './xlsx-parse'

type Source = z.output<typeof importSource>

const MAX_FILE_BYTES = 12 * 1024 * 1024
const MAX_PROBLEMS_SHOWN = 500
const SAMPLE_ROWS = 20

function refuse(message: string): ApiError {
  return new ApiError({ code: 'VALIDATION', message, fields: { file: message } })
}

export function readSource(source: Source): { content: Buffer; fileName: string } {
  if (source.file !== undefined) {
    const stat = fs.statSync(source.file, { throwIfNoEntry: false })
    if (!stat?.isFile()) throw refuse(`Không tìm thấy tệp “${source.file}”.`)
    if (stat.size > MAX_FILE_BYTES) throw refuse('Tệp quá lớn để nhập (tối đa 12 MB).')
    return { content: fs.readFileSync(source.file), fileName: path.basename(source.file) }
  }
  return { content: Buffer.from(source.contentBase64 ?? '', 'base64'), fileName: source.fileName ?? 'tep-excel.xlsx' }
}

function emptyMapping(columns: ColumnSpec[]): SheetMapping {
  return { sheet: null, headerRow: 0, headers: [], mapping: Object.fromEntries(columns.map((column) => [column.field, null])) }
}

/** Carries the outcome out of a transaction that must not commit (preview, or a file with problems). */
class Rollback extends Error {
  constructor(readonly outcome: Outcome) {
    super('rollback')
  }
}

interface Outcome {
  preview: ImportPreview
  result: ImportResult
}

function toInput(unit: UnitRow): UnitInput {
  return {
    type: unit.type,
    name: unit.name,
    areaId: unit.areaId,
    kdcSubtype: unit.kdcSubtype,
    managingLevel: unit.managingLevel,
    address: unit.address,
    headName: unit.headName,
    headTitle: unit.headTitle,
    phone: unit.phone,
    email: unit.email,
    householdsTotal: unit.householdsTotal,
    staffTotal: unit.staffTotal,
    isArmedForces: unit.isArmedForces,
    enterpriseSize: unit.enterpriseSize,
    educationLevels: unit.educationLevels,
    activeFrom: unit.activeFrom,
    note: unit.note
  }
}

function addTo(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key)
  if (list) list.push(id)
  else map.set(key, [id])
}

/**
 * One pass over the file inside one transaction: areas first (so units can name the areas of the same file), then
 * units, each checked by the same rules as the form and written by the same services. A preview (or a file with any
 * problem) rolls the whole transaction back; an import commits it all at once.
 */
async function runImport(ctx: CoreContext, source: Source, onDuplicate: 'update' | 'skip', commit: boolean): Promise<Outcome> {
  const { content, fileName } = readSource(source)
  const workbook = await parseWorkbook(content)
  const problems = new ProblemList()
  const areaSheet = findSheet(workbook, AREA_SHEET_ALIASES)
  const unitSheet = findSheet(workbook, UNIT_SHEET_ALIASES) ?? workbook.sheets.find((sheet) => sheet !== areaSheet) ?? null
  const areas = areaSheet ? detectMapping(areaSheet, AREA_COLUMNS, source.areaMapping) : emptyMapping(AREA_COLUMNS)
  const units = unitSheet ? detectMapping(unitSheet, UNIT_COLUMNS, source.unitMapping) : emptyMapping(UNIT_COLUMNS)

  for (const [sheet, mapping, columns] of [
    [areaSheet, areas, AREA_COLUMNS],
    [unitSheet, units, UNIT_COLUMNS]
  ] as const) {
    if (!sheet) continue
    const missing = (columns as ColumnSpec[]).filter((column) => column.required && mapping.mapping[column.field] === null)
    if (missing.length > 0) {
      problems.add(
        sheet.name,
        0,
        null,
        `Không nhận ra cột ${missing.map((column) => `“${column.header}”`).join(', ')} ở trang tính “${sheet.name}”. Hãy chọn cột tương ứng ở bước “Ghép cột”, hoặc dùng tệp mẫu.`
      )
    }
  }
  const areaRows = areaSheet && problems.size === 0 ? readRows(areaSheet, areas, AREA_COLUMNS) : []
  const unitRows = unitSheet && problems.size === 0 ? readRows(unitSheet, units, UNIT_COLUMNS) : []
  if (problems.size === 0 && areaRows.length === 0 && unitRows.length === 0) {
    problems.add(unitSheet?.name ?? workbook.sheets[0]?.name ?? '', 0, null, 'Tệp không có dòng dữ liệu nào để nhập (dưới dòng tiêu đề không có gì).')
  }

  const result: ImportResult = { createdAreas: 0, updatedAreas: 0, createdUnits: 0, updatedUnits: 0, skipped: 0 }
  const duplicates: ImportDuplicate[] = []
  const outcome = (): Outcome => ({
    result,
    preview: {
      fileName,
      sheets: workbook.sheets.map((sheet) => sheet.name),
      units,
      areas,
      counts: {
        areaRows: areaRows.length,
        unitRows: unitRows.length,
        newAreas: result.createdAreas,
        newUnits: result.createdUnits,
        duplicates: duplicates.length
      },
      problems: problems.items.slice(0, MAX_PROBLEMS_SHOWN),
      problemsTruncated: problems.size > MAX_PROBLEMS_SHOWN,
      duplicates: duplicates.slice(0, MAX_PROBLEMS_SHOWN),
      sample: unitRows.slice(0, SAMPLE_ROWS).map((row) =>
        Object.fromEntries(
          UNIT_COLUMNS.map((column) => {
            const cell = row.cells[column.field]
            return [column.field, cell?.ok ? (asText(cell.value) ?? '') : '']
          })
        )
      )
    }
  })

  try {
    return await withTransaction(ctx, async (trx, tctx) => {
      const lookup: AreaLookup = { communes: new Map(), parents: new Map() }
      const existingAreas = await trx.selectFrom('admin_area').select(['id', 'name', 'kind', 'parent_id']).execute()
      const areaByIdentity = new Map<string, number>()
      for (const area of existingAreas) {
        addTo(isCommuneKind(area.kind) ? lookup.communes : lookup.parents, areaKey(area.name), area.id)
        areaByIdentity.set(`${areaKey(area.name)}|${area.kind}|${area.parent_id ?? ''}`, area.id)
      }

      for (const row of areaRows) {
        const parsed = parseAreaRow(row, areaSheet!.name, problems)
        if (!parsed) continue
        let parentId: number | null = null
        if (parsed.parentName !== null) {
          const found = lookup.parents.get(areaKey(parsed.parentName)) ?? []
          if (found.length !== 1) {
            problems.add(areaSheet!.name, row.row, 'Trực thuộc', found.length === 0
              ? `Địa bàn cấp trên “${parsed.parentName}” chưa có trong danh mục (phải là tỉnh hoặc huyện, ghi ở dòng trên hoặc đã có sẵn).`
              : `Có nhiều địa bàn cấp trên tên “${parsed.parentName}”.`)
            continue
          }
          parentId = found[0] as number
        }
        const identity = `${areaKey(parsed.values.name)}|${parsed.values.kind}|${parentId ?? ''}`
        const existing = areaByIdentity.get(identity)
        try {
          if (existing !== undefined) {
            duplicates.push({ sheet: areaSheet!.name, row: row.row, name: parsed.values.name, area: parsed.parentName, existingId: existing })
            if (onDuplicate === 'update') {
              await updateArea(tctx, existing, { ...parsed.values, parentId })
              result.updatedAreas++
            } else result.skipped++
            continue
          }
          const created = await createArea(tctx, { ...parsed.values, parentId })
          areaByIdentity.set(identity, created.id)
          addTo(isCommuneKind(created.kind) ? lookup.communes : lookup.parents, areaKey(created.name), created.id)
          result.createdAreas++
        } catch (error) {
          if (!(error instanceof ApiError)) throw error
          problems.add(areaSheet!.name, row.row, null, error.message)
        }
      }

      const existingUnits = new Map<string, number>()
      for (const unit of await trx.selectFrom('unit').select(['id', 'area_id', 'type', 'dup_key']).execute()) {
        existingUnits.set(`${unit.area_id ?? ''}|${unit.type}|${unit.dup_key}`, unit.id)
      }
      const seenInFile = new Map<string, number>()
      for (const row of unitRows) {
        const parsed = parseUnitRow(row, unitSheet!.name, lookup, problems)
        if (!parsed) continue
        const { values } = parsed
        const key = `${values.areaId ?? ''}|${values.type}|${duplicateKey(values.name)}`
        const earlier = seenInFile.get(key)
        if (earlier !== undefined) {
          problems.add(unitSheet!.name, row.row, 'Tên đơn vị', `Trùng với dòng ${earlier} trong tệp (cùng tên, cùng loại, cùng xã, phường).`)
          continue
        }
        seenInFile.set(key, row.row)
        const existing = existingUnits.get(key)
        try {
          if (existing !== undefined) {
            duplicates.push({ sheet: unitSheet!.name, row: row.row, name: values.name, area: asText(row.cells.area?.ok ? row.cells.area.value : null), existingId: existing })
            if (onDuplicate === 'skip') {
              result.skipped++
              continue
            }
            const merged = toInput(await getUnit(trx, existing))
            for (const field of parsed.present) (merged as Record<string, unknown>)[field] = values[field]
            await updateUnit(tctx, existing, merged, true)
            result.updatedUnits++
            continue
          }
          // The area is a known commune and duplicates are handled above: only the rules between fields remain.
          if (values.type === 'KDC' && values.areaId === null) throw fieldError('areaId', 'Khu dân cư phải thuộc một xã, phường, thị trấn hoặc đặc khu.')
          checkUnitFields(values)
          await insertUnit(tctx, values)
          result.createdUnits++
        } catch (error) {
          if (!(error instanceof ApiError)) throw error
          const field = Object.keys(error.body.fields ?? {})[0]
          const column = UNIT_COLUMNS.find((c) => c.field === (field === 'areaId' ? 'area' : field))?.header ?? null
          problems.add(unitSheet!.name, row.row, column, error.message)
        }
      }

      if (!commit || problems.size > 0) throw new Rollback(outcome())
      await recordEvent(tctx, 'IMPORT', { file: fileName, ...result })
      return outcome()
    })
  } catch (error) {
    if (error instanceof Rollback) return error.outcome
    throw error
  }
}

export async function previewImport(ctx: CoreContext, source: Source): Promise<ImportPreview> {
  return (await runImport(ctx, source, 'update', false)).preview
}

export async function commitImport(ctx: CoreContext, source: Source, onDuplicate: 'update' | 'skip'): Promise<ImportResult> {
  const { preview, result } = await runImport(ctx, source, onDuplicate, true)
  if (preview.problems.length > 0) {
    const first = preview.problems[0]!
    const where = first.row > 0 ? `dòng ${first.row}${first.column ? `, cột “${first.column}”` : ''}: ` : ''
    throw new ApiError({
      code: 'VALIDATION',
      message: `Tệp còn ${formatInteger(preview.problems.length)}${preview.problemsTruncated ? '+' : ''} lỗi (${where}${first.message}); chưa nhập dữ liệu nào. Vui lòng sửa tệp rồi nhập lại.`
    })
  }
  return result
}
