import { z } from 'zod'
import { AUDIT_ENTITIES } from '../../domain/audit'
import { LIMITS, emptyInput, id, optionalIsoDate } from '../fields'
import { call } from '../call'

export const auditList = z
  .object({
    entity: z.enum(AUDIT_ENTITIES, { error: 'Loại dữ liệu không hợp lệ.' }).optional(),
    entityId: id.optional(),
    /** A unit's whole history: the unit's own rows and those of its unit-years. */
    unitId: id.optional(),
    actor: z.string().max(LIMITS.name, 'Tên người dùng quá dài.').optional(),
    search: z.string().max(LIMITS.search, 'Từ khóa tìm kiếm quá dài.').optional(),
    from: optionalIsoDate('Từ ngày'),
    to: optionalIsoDate('Đến ngày'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100)
  })
  .strict()

export interface AuditChange {
  field: string
  label: string
  old: unknown
  new: unknown
}

export interface AuditRow {
  id: number
  at: string
  actor: string
  machine: string
  action: string
  actionLabel: string
  entity: string
  entityLabel: string
  entityId: number | null
  /** The name of the row when it was changed. */
  subject: string | null
  changes: AuditChange[]
  reason: string | null
}

export interface AuditListResult {
  rows: AuditRow[]
  total: number
  actors: string[]
}

export interface AuditVerification {
  ok: boolean
  checked: number
  /** The first row whose hash does not match its content or the chain. */
  brokenAtId: number | null
  message: string
}

export const auditCalls = {
  'audit.list': call<AuditListResult>({ reads: true })(auditList),
  'audit.verify': call<AuditVerification>({ reads: true })(emptyInput)
}
