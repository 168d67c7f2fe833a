import { z } from 'zod'
import {
  EDUCATION_LEVELS,
  ENTERPRISE_SIZES,
  KDC_SUBTYPES,
  MANAGING_LEVELS,
  UNIT_TYPES,
  type EducationLevel,
  type EnterpriseSize,
  type KdcSubtype,
  type ManagingLevel,
  type UnitType
} from '../../domain/units'
import type { ExclusionCode } from '../../domain/scope'
import { LIMITS, id, optionalCount, optionalIsoDate, optionalText, requiredText } from '../fields'
import { call } from '../call'

export const unitInput = z
  .object({
    type: z.enum(UNIT_TYPES, { error: 'Loại đơn vị không hợp lệ.' }),
    name: requiredText('Tên đơn vị'),
    areaId: id.nullish().transform((value) => value ?? null),
    kdcSubtype: z.enum(KDC_SUBTYPES, { error: 'Loại khu dân cư không hợp lệ.' }).nullish().transform((v) => v ?? null),
    managingLevel: z.enum(MANAGING_LEVELS, { error: 'Cấp quản lý không hợp lệ.' }),
    address: optionalText('Địa chỉ'),
    headName: optionalText('Người đứng đầu', LIMITS.name),
    headTitle: optionalText('Chức vụ', LIMITS.name),
    phone: optionalText('Số điện thoại', 30),
    email: optionalText('Thư điện tử', 200),
    householdsTotal: optionalCount(),
    staffTotal: optionalCount(),
    isArmedForces: z.boolean().default(false),
    enterpriseSize: z.enum(ENTERPRISE_SIZES, { error: 'Quy mô doanh nghiệp không hợp lệ.' }).nullish().transform((v) => v ?? null),
    educationLevels: z.array(z.enum(EDUCATION_LEVELS, { error: 'Cấp học không hợp lệ.' })).max(10).default([]),
    activeFrom: optionalIsoDate('Ngày bắt đầu hoạt động'),
    note: optionalText('Ghi chú', LIMITS.note, true)
  })
  .strict()
export type UnitInput = z.output<typeof unitInput>

/** `confirmed` acknowledges the warnings a previous attempt returned (duplicate of an inactive unit, phone…). */
export const unitCreate = z.object({ values: unitInput, confirmed: z.boolean().optional() }).strict()
export const unitUpdate = z.object({ id, values: unitInput, confirmed: z.boolean().optional() }).strict()
export const unitGet = z.object({ id }).strict()
export const unitDelete = z.object({ id }).strict()
export const unitDeactivate = z
  .object({
    id,
    inactiveFrom: optionalIsoDate('Ngày ngừng hoạt động').refine((value) => value !== null, {
      message: 'Vui lòng nhập ngày ngừng hoạt động.'
    }),
    reason: optionalText('Lý do', LIMITS.shortText)
  })
  .strict()
export const unitReactivate = z.object({ id }).strict()

export const UNIT_SORTS = ['name', 'type', 'area'] as const
export const unitList = z
  .object({
    search: z.string().max(LIMITS.search, 'Từ khóa tìm kiếm quá dài.').optional(),
    areaId: id.optional(),
    type: z.enum(UNIT_TYPES).optional(),
    active: z.enum(['active', 'inactive', 'all']).default('active'),
    outOfScopeOnly: z.boolean().optional(),
    sort: z.enum(UNIT_SORTS).default('name'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(2000).default(500)
  })
  .strict()

export interface UnitRow {
  id: number
  type: UnitType
  name: string
  areaId: number | null
  areaName: string | null
  kdcSubtype: KdcSubtype | null
  managingLevel: ManagingLevel
  address: string | null
  headName: string | null
  headTitle: string | null
  phone: string | null
  email: string | null
  householdsTotal: number | null
  staffTotal: number | null
  isArmedForces: boolean
  enterpriseSize: EnterpriseSize | null
  educationLevels: EducationLevel[]
  active: boolean
  activeFrom: string | null
  inactiveFrom: string | null
  inactiveReason: string | null
  note: string | null
  isSample: boolean
  /** Set when Thông tư 124 excludes the unit; the reason is the message of domain.md §8. */
  outOfScope: { code: ExclusionCode; reason: string } | null
  /** Whether the unit has yearly records (then it may only be deactivated). */
  hasYearRecords: boolean
}

export interface UnitListResult {
  rows: UnitRow[]
  total: number
  /** Counts per type over the same filter, for the count badges. */
  countsByType: Partial<Record<UnitType, number>>
}

export interface UnitSaveResult {
  unit: UnitRow
  warnings: string[]
}

export const unitCalls = {
  // Kept: Tổng quan and the checklist ask for the counts per type (a scan of the registry) at every visit.
  'units.list': call<UnitListResult>({ reads: true, keptUntilWrite: true })(unitList),
  'units.get': call<UnitRow>({ reads: true })(unitGet),
  'units.create': call<UnitSaveResult>()(unitCreate),
  'units.update': call<UnitSaveResult>()(unitUpdate),
  'units.deactivate': call<UnitRow>()(unitDeactivate),
  'units.reactivate': call<UnitRow>()(unitReactivate),
  'units.delete': call<{ deleted: true }>()(unitDelete)
}
