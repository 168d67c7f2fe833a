import { z } from 'zod'
import { AREA_KINDS, type AreaKind } from '../../domain/areas'
import type { UnitType } from '../../domain/units'
import { LIMITS, id, optionalIsoDate, optionalText, pageWindow, requiredText, type PageOf } from '../fields'
import { call } from '../call'

/** The legal references as law-2026.md §6 item 14 writes them for the 2025 reorganisation (offered, still editable). */
export const REORGANISATION_REFS = {
  communes: 'Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025',
  province: 'Nghị quyết số 202/2025/QH15'
} as const

const newArea = z
  .object({
    name: requiredText('Tên khu vực mới'),
    kind: z.enum(AREA_KINDS, { error: 'Loại khu vực không hợp lệ.' }),
    parentId: id.nullish().transform((value) => value ?? null)
  })
  .strict()

/** Merge several areas into one (new, or existing) on a date (Địa bàn → Sáp nhập). */
export const mergeInput = z
  .object({
    predecessorIds: z.array(id).min(1, 'Vui lòng chọn ít nhất một khu vực được sáp nhập.').max(50),
    successorId: id.nullish().transform((value) => value ?? null),
    newArea: newArea.nullish().transform((value) => value ?? null),
    effectiveOn: optionalIsoDate('Ngày hiệu lực').pipe(z.string({ error: 'Vui lòng nhập ngày hiệu lực.' })),
    legalRef: optionalText('Căn cứ pháp lý', LIMITS.shortText),
    note: optionalText('Ghi chú', LIMITS.note, true),
    /** The units the preview showed as moving: every unit of the merged areas must be among them. */
    movedUnitIds: z.array(id).max(100_000).nullish().transform((value) => value ?? null)
  })
  .strict()

export interface MergeUnit {
  id: number
  name: string
  type: UnitType
  fromArea: string
}

export interface MergePreview {
  successorName: string
  effectiveOn: string
  predecessors: Array<{ id: number; name: string }>
  units: MergeUnit[]
  /** Commune units of the merged areas: they stop on the date; the new area's own unit continues them. */
  endingCommunes: string[]
}

export interface AreaEventRow {
  id: number
  kind: 'MERGE' | 'RENAME' | 'REPARENT'
  effectiveOn: string
  legalRef: string | null
  note: string | null
  successorId: number
  successorName: string
  successorKind: AreaKind
  predecessors: Array<{ id: number; name: string }>
  movedUnits: number
  /** Undo is offered while no year has records in the new area and no later change builds on it. */
  undoable: boolean
  /** Why it cannot be undone ("Không thể hoàn tác: khu vực mới đã có hồ sơ năm 2025."); null while it can. */
  undoRefusal: string | null
  isSample: boolean
}

export interface LineageComparisonRow {
  areaId: number
  areaName: string
  /** Khu dân cư and the other units (cơ quan, doanh nghiệp, cơ sở giáo dục), the commune itself apart. */
  current: { kdcTotal: number; kdcRecognised: number; otherRecognised: number; communeRecognised: boolean }
  previous: { kdcTotal: number; kdcRecognised: number; otherRecognised: number; communesRecognised: number; communes: number } | null
  /** "Phường Tam Thắng so với tổng Phường 7, … năm 2024"; null when the area compares with itself. */
  note: string | null
}

/** One page of Tổng quan's comparison through lineage; `lineageOnly` keeps the areas compared with predecessors. */
export const lineageComparisonInput = z
  .object({ year: z.number().int().min(2000).max(2100), lineageOnly: z.boolean().default(false), ...pageWindow })
  .strict()

export interface LineageComparisonPage extends PageOf<LineageComparisonRow> {
  year: number
  previousYear: number | null
}

export const lineageCalls = {
  'areas.previewMerge': call<MergePreview>()(mergeInput),
  'areas.merge': call<AreaEventRow>()(mergeInput),
  'areas.events': call<AreaEventRow[]>()(z.object({}).strict()),
  'areas.undoEvent': call<{ undone: true }>()(z.object({ id }).strict()),
  'areas.lineageComparison': call<LineageComparisonPage>({ reads: true, keptUntilWrite: true })(lineageComparisonInput)
}
