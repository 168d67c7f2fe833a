import { z } from 'zod'
import { AREA_KINDS, type AreaKind } from '../../domain/areas'
import { LIMITS, id, optionalText, pageWindow, requiredText, type PageOf } from '../fields'
import { call } from '../call'

export const areaInput = z
  .object({
    name: requiredText('Tên khu vực'),
    kind: z.enum(AREA_KINDS, { error: 'Loại khu vực không hợp lệ.' }),
    parentId: id.nullish().transform((value) => value ?? null),
    officialCode: optionalText('Mã hành chính', 20),
    sortOrder: z.number().int('Thứ tự phải là số nguyên.').min(0).max(100_000).nullish().transform((v) => v ?? null),
    note: optionalText('Ghi chú', LIMITS.note, true)
  })
  .strict()

export const areaCreate = areaInput
export const areaUpdate = z.object({ id, values: areaInput }).strict()
export const areaDelete = z.object({ id }).strict()
export const areaList = z.object({ includeInactive: z.boolean().optional() }).strict()

/** Địa bàn and Tổng quan page through the areas: a province has thousands of communes. */
export const areaPage = z
  .object({ search: z.string().max(LIMITS.search).optional(), communesOnly: z.boolean().optional(), ...pageWindow })
  .strict()

export interface AreaRow {
  id: number
  name: string
  kind: AreaKind
  parentId: number | null
  officialCode: string | null
  sortOrder: number | null
  note: string | null
  isSample: boolean
  unitCount: number
}

export interface AreaPageRow extends AreaRow {
  parentName: string | null
}

export const areaCalls = {
  'areas.list': call<AreaRow[]>({ reads: true })(areaList),
  'areas.page': call<PageOf<AreaPageRow>>({ reads: true })(areaPage),
  'areas.create': call<AreaRow>()(areaCreate),
  'areas.update': call<AreaRow>()(areaUpdate),
  'areas.delete': call<{ deleted: true }>()(areaDelete)
}
