import type { AreaKind } from '../../../../shared/domain/areas'
import type { UnitType } from '../../../../shared/domain/units'

/**
 * THE SEAM to the yearly cycle. Every year-dependent document reads only this. Today it is filled from the registry
 * (`registry-facts.ts`: totals only) or from the Vũng Tàu fixture (`sample-facts.ts`); once the cycle tables exist,
 * one function that reads unit_year rows into this shape replaces `registry-facts.ts` and nothing else changes.
 */
export interface UnitFact {
  id: number
  name: string
  type: UnitType
  areaName: string | null
  address: string | null
  /** ISO dates from the cycle; null when not reached. */
  registeredOn: string | null
  meetingOn: string | null
  outcome: 'DA_CONG_NHAN' | 'KHONG_CONG_NHAN' | null
  /** Passed appraisal and proposed in the tờ trình. */
  proposed: boolean
  /** "Tiêu chí 3", "không nộp hồ sơ đúng hạn" … for units not proposed or not recognised. */
  failedReason: string | null
  householdsTotal: number | null
  householdsRegistered: number | null
}

export interface AreaFact {
  name: string
  kind: AreaKind
}

export interface YearFacts {
  year: number
  /** "thành phố Vũng Tàu" — the territory as written inside a sentence. */
  territory: string
  areas: AreaFact[]
  /** Types the office processes in full (a district office tracks KDC outcomes only; they stay out of its sentences). */
  processedTypes: UnitType[]
  /** Types not deployed this year, with the reason ("Covid-19"). */
  notDeployed: Partial<Record<UnitType, string>>
  units: UnitFact[]
  /** Recognised counts of the year before, per type and per area; null without a base year. */
  previous: { byType: Partial<Record<UnitType, number>>; byArea: Record<string, number> } | null
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
    if (unit.registeredOn) c.registered++
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

export function typeNoun(type: UnitType, facts: Pick<YearFacts, 'areas'>): string {
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
      return 'cơ sở giáo dục'
  }
}
