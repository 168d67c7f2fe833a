import type { Selectable } from 'kysely'
import type { UnitRow } from '../../../shared/api/calls/units'
import { EXCLUSION_MESSAGES } from '../../../shared/domain/scope'
import type { EducationLevel, KdcSubtype } from '../../../shared/domain/units'
import type { UnitTable } from '../db/schema'

export type UnitRecord = Selectable<UnitTable> & { area_name: string | null; year_records?: number | null }

/** A stored row as the renderer sees it. */
export function toUnitRow(row: UnitRecord): UnitRow {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    areaId: row.area_id,
    areaName: row.area_name,
    kdcSubtype: row.kdc_subtype as KdcSubtype | null,
    managingLevel: row.managing_level,
    address: row.address,
    headName: row.head_name,
    headTitle: row.head_title,
    phone: row.phone,
    email: row.email,
    householdsTotal: row.households_total,
    staffTotal: row.staff_total,
    isArmedForces: row.is_armed_forces === 1,
    enterpriseSize: row.enterprise_size,
    educationLevels: JSON.parse(row.education_levels) as EducationLevel[],
    active: row.active === 1,
    activeFrom: row.active_from,
    inactiveFrom: row.inactive_from,
    inactiveReason: row.inactive_reason,
    note: row.note,
    isSample: row.is_sample === 1,
    outOfScope: row.exclusion_code ? { code: row.exclusion_code, reason: EXCLUSION_MESSAGES[row.exclusion_code] } : null,
    hasYearRecords: Number(row.year_records ?? 0) > 0
  }
}
