import type { AreaKind } from '../../../../shared/domain/areas'
import type { TrackingMode, UnitYearStatus } from '../../../../shared/domain/cycle/statuses'
import { UNIT_TYPE_LABELS, type UnitType } from '../../../../shared/domain/units'
import { regulationById } from '../../../../shared/domain/cycle/regulations'
import type { YearDeadlines } from '../../../../shared/domain/cycle/deadlines'

/**
 * THE SEAM to the yearly cycle. Every year-dependent document reads only this; `load-year-facts.ts` fills it from
 * the year's unit_year rows (the only source in the app), `synthetic-facts.ts` fills it at province scale for the bench.
 */
export interface UnitFact {
  /** The unit-year id (what a tờ trình or decision lists and what the year board selects). */
  id: number
  unitId: number
  name: string
  type: UnitType
  areaName: string | null
  address: string | null
  /** ISO dates from the cycle; null when not reached. */
  registeredOn: string | null
  meetingOn: string | null
  outcome: 'DA_CONG_NHAN' | 'KHONG_CONG_NHAN' | null
  status: UnitYearStatus
  /** OUTCOME_ONLY rows were decided by another body; they stay out of the office's own result sentence. */
  trackingMode: TrackingMode
  /** "91/TTr-CATP" and "3245/QĐ-UBND" as recorded by the cycle; null when not reached. */
  proposalRef: string | null
  decisionRef: string | null
  /** The recorded decision's date (ISO); null when not recorded. */
  decisionOn: string | null
  /** "Tiêu chí 3", "không nộp hồ sơ đúng hạn" … for units not proposed or not recognised. */
  failedReason: string | null
  householdsTotal: number | null
  householdsRegistered: number | null
  /** Who recognises the unit and so whom its tờ trình is addressed to (law/authority.ts); null where no rule says. */
  authority?: UnitFactAuthority | null
}

/** The recognising body of a unit as documents use it; `officeChoice` where the office chose it (TT 48 unverified). */
export interface UnitFactAuthority {
  addressee: string
  label: string
  officeChoice: boolean
}

export interface AreaFact {
  name: string
  kind: AreaKind
}

export interface YearFacts {
  year: number
  /** The regulation version the year is bound to (its citation and criteria); null when the year is not opened. */
  regulationId: string | null
  /** "thành phố Vũng Tàu" — the territory as written inside a sentence. */
  territory: string
  areas: AreaFact[]
  /** Types the office processes in full (a district office tracks KDC outcomes only; they stay out of its sentences). */
  processedTypes: UnitType[]
  /** The year's deadlines (its own once opened, else the defaults of its version); null when no version applies. */
  deadlines: YearDeadlines | null
  /** Types not deployed this year, with the reason ("Covid-19"). */
  notDeployed: Partial<Record<UnitType, string>>
  units: UnitFact[]
  /** Recognised counts of the year before, per type and per area; null without a base year. */
  previous: {
    byType: Partial<Record<UnitType, number>>
    /** Per area of this year: the year before's recognised units, summed over its predecessors where it was merged. */
    byArea: Record<string, number>
    /** "Phường Tam Thắng so với tổng Phường 7, … năm 2024" for each area compared through lineage. */
    lineageNotes: string[]
  } | null
}

export interface TypeCounts {
  total: number
  registered: number
  recognised: number
}

export const TYPE_ORDER: UnitType[] = ['KDC', 'XA', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD']

export function countsByType(facts: YearFacts): Record<UnitType, TypeCounts> {
  const out = Object.fromEntries(TYPE_ORDER.map((t) => [t, { total: 0, registered: 0, recognised: 0 }])) as Record<UnitType, TypeCounts>
  for (const unit of facts.units) {
    const c = out[unit.type]
    c.total++
    if (unit.registeredOn || unit.outcome === 'DA_CONG_NHAN') c.registered++
    if (unit.outcome === 'DA_CONG_NHAN') c.recognised++
  }
  return out
}

/** "phường, xã" in the order CV 1888 uses, from the kinds of the territory's communes. */
export function communeNoun(facts: Pick<YearFacts, 'areas'>): string {
  const kinds = new Set(facts.areas.map((a) => a.kind))
  const words = [kinds.has('PHUONG') ? 'phường' : null, kinds.has('XA') ? 'xã' : null, kinds.has('THI_TRAN') ? 'thị trấn' : null, kinds.has('DAC_KHU') ? 'đặc khu' : null]
  const present = words.filter((w): w is string => w !== null)
  return present.length > 0 ? present.join(', ') : 'xã, phường, thị trấn'
}

/** The school term of the year's legal version: "nhà trường" under TT 23/2012, "cơ sở giáo dục" under TT 124/2021. */
export function schoolNoun(facts: Pick<YearFacts, 'regulationId'>): string {
  return facts.regulationId !== null && regulationById(facts.regulationId).basis === 'TT23' ? 'nhà trường' : 'cơ sở giáo dục'
}

/** A type as a table cell or column title ("Khu dân cư", "Nhà trường"), in the year's legal terms. */
export function typeTitle(type: UnitType, facts: Pick<YearFacts, 'areas' | 'regulationId'>): string {
  if (type === 'CSGD' || type === 'XA') {
    const noun = typeNoun(type, facts)
    return noun.charAt(0).toLocaleUpperCase('vi-VN') + noun.slice(1)
  }
  return UNIT_TYPE_LABELS[type]
}

/** "khu dân cư, cơ quan, doanh nghiệp, nhà trường": every type the year recognises, in its legal terms. */
export function allTypesPhrase(facts: Pick<YearFacts, 'areas' | 'regulationId'>, withCommunes = false): string {
  return TYPE_ORDER.filter((t) => withCommunes || t !== 'XA').map((t) => typeNoun(t, facts)).join(', ')
}

export function typeNoun(type: UnitType, facts: Pick<YearFacts, 'areas'> & Partial<Pick<YearFacts, 'regulationId'>>): string {
  switch (type) {
    case 'KDC':
      return 'khu dân cư'
    case 'XA':
      return communeNoun(facts)
    case 'CO_QUAN':
      return 'cơ quan'
    case 'DOANH_NGHIEP':
      return 'doanh nghiệp'
    case 'CSGD':
      return schoolNoun({ regulationId: facts.regulationId ?? null })
  }
}

/** domain.md §4 (d): the tờ trình proposes the units that passed appraisal (T8) or are already in a tờ trình (T11). */
export function isProposalCandidate(unit: UnitFact): boolean {
  return unit.status === 'THAM_DINH_DAT' || unit.status === 'DA_DE_NGHI'
}

/** domain.md §4 (e): the decision recognises the units proposed and not yet decided. */
export function awaitsDecision(unit: UnitFact): boolean {
  return unit.status === 'DA_DE_NGHI'
}
