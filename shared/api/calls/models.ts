import { z } from 'zod'
import { MODEL_KINDS, type ModelKind } from '../../domain/models'
import type { UnitType } from '../../domain/units'
import { LIMITS, id, optionalCount, optionalIsoDate, optionalText, requiredText } from '../fields'
import { call } from '../call'

/** Movement models (mô hình phong trào, domain.md §3.3) and their status per year. */

const year = z.number({ error: 'Năm không hợp lệ.' }).int('Năm không hợp lệ.').min(1900, 'Năm không hợp lệ.').max(2200, 'Năm không hợp lệ.')

export interface ModelYearStatus {
  year: number
  members: number | null
  effective: boolean
  note: string | null
}

export interface ModelRow {
  id: number
  name: string
  kind: ModelKind
  hostUnitId: number | null
  hostUnitName: string | null
  hostUnitType: UnitType | null
  /** The area the model belongs to: its own area, or its host unit's commune. */
  areaId: number | null
  areaName: string | null
  establishedOn: string | null
  endedOn: string | null
  note: string | null
  isSample: boolean
  /** Its status in the year asked for (null when no row for that year). */
  inYear: ModelYearStatus | null
}

export const modelInput = z
  .object({
    name: requiredText('Tên mô hình'),
    kind: z.enum(MODEL_KINDS, { error: 'Vui lòng chọn loại mô hình.' }),
    hostUnitId: id.nullish().transform((value) => value ?? null),
    areaId: id.nullish().transform((value) => value ?? null),
    establishedOn: optionalIsoDate('Ngày thành lập'),
    endedOn: optionalIsoDate('Ngày kết thúc'),
    note: optionalText('Ghi chú', LIMITS.note, true)
  })
  .strict()

export const modelList = z
  .object({
    year: year.optional(),
    /** Models of a commune area: registered to it or hosted by a unit sitting in it. */
    areaId: id.optional(),
    /** Models that count for this unit-year (its own, or its commune's for a XA). */
    unitYearId: id.optional()
  })
  .strict()

export const modelSetYear = z
  .object({
    modelId: id,
    year,
    effective: z.boolean(),
    members: optionalCount(),
    note: optionalText('Ghi chú', LIMITS.shortText)
  })
  .strict()

/** Table D of domain.md §6: movement models by commune in a year. */
export interface ModelTableRow {
  areaId: number | null
  areaName: string
  models: number
  effective: number
  members: number
  /** Effective models by kind. */
  byKind: Record<ModelKind, number>
}

export interface ModelTable {
  year: number
  rows: ModelTableRow[]
  total: ModelTableRow
}

export const modelCalls = {
  'models.list': call<ModelRow[]>({ reads: true })(modelList),
  'models.create': call<ModelRow>()(modelInput),
  'models.update': call<ModelRow>()(modelInput.extend({ id })),
  'models.delete': call<{ deleted: true }>()(z.object({ id }).strict()),
  'models.setYear': call<ModelRow>()(modelSetYear),
  'models.tableD': call<ModelTable>({ reads: true })(z.object({ year }).strict())
}
