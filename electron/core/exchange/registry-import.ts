import type { z } from 'zod'
import type { ImportDuplicate, ImportPreview, ImportResult, importSource } from '../../../shared/api/calls/exchange'
import type { UnitInput, UnitRow } from '../../../shared/api/calls/units'
import { ApiError, fieldError } from '../../../shared/api/errors'
import { isCommuneKind } from '../../../shared/domain/areas'
import { AREA_COLUMNS, AREA_SHEET_ALIASES, UNIT_COLUMNS, UNIT_SHEET_ALIASES } from '../../../shared/domain/registry-columns'
import { duplicateKey } from '../../../shared/text/fold'
import type { CoreContext } from '../context'
import { createArea, updateArea } from '../areas/area-service'
import { getUnit, insertUnits, updateUnit } from '../units/unit-service'
import { checkUnitFields } from '../units/unit-validation'
import { areaKey, parseAreaRow, parseUnitRow, type AreaLookup } from './registry-rows'
import { MAX_PROBLEMS_SHOWN, refuseProblems, runImport, sampleRows, type ImportKind } from './import-pipeline'
import { asText } from './xlsx-read'
import { CHUNK_ROWS, type RowProgress } from './import-progress'
import { formatInteger } from '../../../shared/text/numbers'

/** The registry import: a sheet of areas (optional) and a sheet of units, created or updated by the same services as the forms. */

type Source = z.output<typeof importSource> & { onDuplicate?: 'update' | 'skip' }

interface Written {
  result: ImportResult
  duplicates: ImportDuplicate[]
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
 * Areas first (so units can name the areas of the same file), then units, each checked by the same rules as the form
 * and written by the same services; duplicates of existing rows are updated or skipped as the user chose.
 */
const registryImport: ImportKind<Source, Written, ImportPreview> = {
  action: 'IMPORT',
  sheets: (source) => [
    { aliases: AREA_SHEET_ALIASES, columns: AREA_COLUMNS, mapping: source.areaMapping },
    {
      aliases: UNIT_SHEET_ALIASES,
      columns: UNIT_COLUMNS,
      mapping: source.unitMapping,
      fallback: (workbook, [areaSheet]) => workbook.sheets.find((sheet) => sheet !== areaSheet) ?? null
    }
  ],
  async apply(tctx, trx, [areaSheet, unitSheet], { problems, progress }, source) {
    const onDuplicate = source.onDuplicate ?? 'update'
    const areaRows = areaSheet!.rows
    const unitRows = unitSheet!.rows
    progress.start(areaRows.length + unitRows.length)
    const result: ImportResult = { createdAreas: 0, updatedAreas: 0, createdUnits: 0, updatedUnits: 0, skipped: 0 }
    const duplicates: ImportDuplicate[] = []
    const lookup: AreaLookup = { communes: new Map(), parents: new Map() }
    const existingAreas = await trx.selectFrom('admin_area').select(['id', 'name', 'kind', 'parent_id']).execute()
    const areaByIdentity = new Map<string, number>()
    for (const area of existingAreas) {
      addTo(isCommuneKind(area.kind) ? lookup.communes : lookup.parents, areaKey(area.name), area.id)
      areaByIdentity.set(`${areaKey(area.name)}|${area.kind}|${area.parent_id ?? ''}`, area.id)
    }

    for (const row of areaRows) {
      await progress.advance()
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
    // New units are written together (one prepared INSERT, one audit batch), in file order: before any update of an
    // existing unit, so the audit log keeps the file's order, and every chunk, so the count shows rows written.
    let pending: UnitInput[] = []
    const writePending = async () => {
      await insertUnits(tctx, pending)
      pending = []
    }
    for (const row of unitRows) {
      await progress.advance()
      if (pending.length >= CHUNK_ROWS) await writePending()
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
          await writePending()
          const merged = toInput(await getUnit(trx, existing))
          for (const field of parsed.present) (merged as Record<string, unknown>)[field] = values[field]
          await updateUnit(tctx, existing, merged, true)
          result.updatedUnits++
          continue
        }
        // The area is a known commune and duplicates are handled above: only the rules between fields remain.
        if (values.type === 'KDC' && values.areaId === null) throw fieldError('areaId', 'Khu dân cư phải thuộc một xã, phường, thị trấn hoặc đặc khu.')
        checkUnitFields(values)
        pending.push(values)
        result.createdUnits++
      } catch (error) {
        if (!(error instanceof ApiError)) throw error
        const field = Object.keys(error.body.fields ?? {})[0]
        const column = UNIT_COLUMNS.find((c) => c.field === (field === 'areaId' ? 'area' : field))?.header ?? null
        problems.add(unitSheet!.name, row.row, column, error.message)
      }
    }
    await writePending()
    return { result: { result, duplicates }, audit: { ...result } }
  },
  preview: (file, [areas, units], written) => ({
    fileName: file.fileName,
    sheets: file.sheets,
    units: units!.mapping,
    areas: areas!.mapping,
    counts: {
      areaRows: areas!.rows.length,
      unitRows: units!.rows.length,
      newAreas: written?.result.createdAreas ?? 0,
      newUnits: written?.result.createdUnits ?? 0,
      duplicates: written?.duplicates.length ?? 0
    },
    problems: file.problemList,
    problemsTruncated: file.problemsTruncated,
    duplicates: (written?.duplicates ?? []).slice(0, MAX_PROBLEMS_SHOWN),
    sample: sampleRows(units!.rows, UNIT_COLUMNS)
  })
}

export async function previewImport(ctx: CoreContext, source: Source): Promise<ImportPreview> {
  return (await runImport(ctx, registryImport, source, false)).preview
}

export async function commitImport(ctx: CoreContext, source: Source, onDuplicate: 'update' | 'skip', progress?: RowProgress): Promise<ImportResult> {
  const outcome = await runImport(ctx, registryImport, { ...source, onDuplicate }, true, progress)
  refuseProblems(outcome)
  return outcome.result!.result
}

/** What the wizard shows once the import is written. */
export function importSummary(result: ImportResult): string {
  return `Đã nhập: ${formatInteger(result.createdAreas)} địa bàn, ${formatInteger(result.createdUnits)} đơn vị mới; cập nhật ${formatInteger(result.updatedUnits + result.updatedAreas)}; bỏ qua ${formatInteger(result.skipped)}.`
}
