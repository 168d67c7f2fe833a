import type { CriterionResult } from './statuses'
import type { CriterionDefinition, Basis } from './regulations'
import type { CommuneRuleResult } from './commune-rule'

/** What the computed parts of a criterion read (domain.md §2.2 kinds, §4 for the TT 124 Q1 rule). */
export interface CriterionFacts {
  basis: Basis
  lateFailsCriterion1: boolean
  registeredOn: string | null
  registrationDue: string | null
  householdsTotal: number | null
  householdsRegistered: number | null
  staffTotal: number | null
  staffBriefed: number | null
  commune: CommuneRuleResult | null
}

export interface EffectiveCriterion {
  code: string
  number: number
  result: CriterionResult
  /** Why the computed part decided it (shown beside the criterion). */
  computedNote: string | null
  source: 'MANUAL' | 'COMPUTED'
}

/** The result that counts: the manual mark, overruled by what the law computes from stored data. */
export function effectiveCriterion(
  definition: Pick<CriterionDefinition, 'code' | 'number' | 'formulaKey'>,
  manual: CriterionResult | undefined,
  facts: CriterionFacts
): EffectiveCriterion {
  const base = { code: definition.code, number: definition.number }
  if (definition.formulaKey === 'commune_rate') {
    if (!facts.commune) return { ...base, result: 'CHUA_DANH_GIA', computedNote: null, source: 'COMPUTED' }
    const c = facts.commune
    const note = `N = ${c.n}, đã đăng ký ${c.r}, đã công nhận ${c.a}, cần tối thiểu ${c.aMin}`
    return { ...base, result: c.pass ? 'DAT' : 'KHONG_DAT', computedNote: note, source: 'COMPUTED' }
  }
  if (definition.formulaKey === 'registration') {
    if (facts.lateFailsCriterion1 && facts.registrationDue && (!facts.registeredOn || facts.registeredOn > facts.registrationDue)) {
      return { ...base, result: 'KHONG_DAT', computedNote: 'Không đăng ký trong Quý I', source: 'COMPUTED' }
    }
    if (facts.householdsTotal !== null && facts.householdsRegistered !== null && facts.householdsRegistered < facts.householdsTotal) {
      return { ...base, result: 'KHONG_DAT', computedNote: 'Chưa đủ 100% hộ gia đình đăng ký', source: 'COMPUTED' }
    }
    if (facts.staffTotal !== null && facts.staffBriefed !== null && facts.staffBriefed < facts.staffTotal) {
      return { ...base, result: 'KHONG_DAT', computedNote: 'Chưa đủ 100% cán bộ, người lao động', source: 'COMPUTED' }
    }
  }
  return { ...base, result: manual ?? 'CHUA_DANH_GIA', computedNote: null, source: 'MANUAL' }
}
