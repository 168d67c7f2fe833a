import type { Selectable } from 'kysely'
import { regulationById, type CycleExclusionCode } from '../../../shared/domain/cycle/regulations'
import type { TrackingMode } from '../../../shared/domain/cycle/statuses'
import type { UnitType } from '../../../shared/domain/units'
import type { UnitTable } from '../db/schema'

export interface UnitYearScope {
  code: CycleExclusionCode | null
  note: string | null
}

/** The scope of a unit in a year: the type not deployed that year, or an exclusion the year's version knows. */
export function scopeOf(
  regulationId: string,
  type: UnitType,
  unitExclusion: string | null,
  notDeployed: readonly UnitType[],
  notDeployedNote: string | null
): UnitYearScope {
  if (notDeployed.includes(type)) return { code: 'KHONG_TRIEN_KHAI', note: notDeployedNote }
  const exclusions = regulationById(regulationId).unitTypes[type].exclusions
  if (unitExclusion && exclusions.includes(unitExclusion as CycleExclusionCode)) return { code: unitExclusion as CycleExclusionCode, note: null }
  return { code: null, note: null }
}

/** Whether the office decides a unit itself (FULL) or only records another body's outcome (domain.md §3.4). */
export function trackingModeFor(officeLevel: string | null, managingLevel: string): TrackingMode {
  return officeLevel !== null && officeLevel !== 'XA' && managingLevel === 'XA' ? 'OUTCOME_ONLY' : 'FULL'
}

type UnitFacts = Pick<Selectable<UnitTable>, 'id' | 'type' | 'area_id' | 'managing_area_id' | 'managing_level' | 'households_total' | 'staff_total'>

/**
 * The new row of a unit in a year (T1), whether the year is being opened or the unit joins it later: the registry
 * facts copied in, the scope as status, nothing recorded yet.
 */
export function newUnitYearRow(
  unit: UnitFacts,
  year: { year: number; regulationId: string },
  officeLevel: string | null,
  scope: UnitYearScope,
  dates: { statusSince: string; now: string },
  isSample: boolean
) {
  return {
    unit_id: unit.id,
    year: year.year,
    unit_type: unit.type,
    area_id: unit.area_id,
    commune_area_id: unit.managing_level === 'XA' ? unit.managing_area_id : null,
    regulation_id: year.regulationId,
    tracking_mode: trackingModeFor(officeLevel, unit.managing_level),
    status: scope.code ? ('NGOAI_PHAM_VI' as const) : ('CHUA_DANG_KY' as const),
    status_since: dates.statusSince,
    exclusion_code: scope.code,
    exclusion_note: scope.note,
    households_total: unit.households_total,
    staff_total: unit.staff_total,
    minutes_received: 0 as const,
    is_sample: isSample ? (1 as const) : (0 as const),
    created_at: dates.now,
    updated_at: dates.now
  }
}
