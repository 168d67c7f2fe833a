import type { CriterionResult } from './statuses'
import type { CriterionDefinition, Basis } from './regulations'
import type { CommuneRuleResult } from './commune-rule'
import { MESSAGES } from './messages'
import { minimumRecognised } from './commune-rule'

/**
 * The computed parts a criterion can carry (domain.md §2.2). A criterion's formula key names one part or several
 * joined by “+” (“registration+effective_models” is TT 124 criterion 1: Q1 registration and ≥ 01 effective model).
 */
export const FORMULA_PARTS = ['registration', 'commune_rate', 'effective_models', 'subunit_rate'] as const
export type FormulaPart = (typeof FORMULA_PARTS)[number]

export function formulaParts(formulaKey: string | null | undefined): FormulaPart[] {
  if (!formulaKey) return []
  return formulaKey.split('+').filter((part): part is FormulaPart => (FORMULA_PARTS as readonly string[]).includes(part))
}

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
  year?: number
  /** Effective movement models of the unit in the year (of the commune area for XA), from model_year. */
  effectiveModels?: number | null
  /** TT 124 Điều 6.5, 7.6: đầu mối trực thuộc eligible for an emulation title, and those that got one. */
  subunitsEligible?: number | null
  subunitsTitled?: number | null
}

/** The lettered points of a criterion and what was recorded for each (TT 124 Điều 4.3, 4.4, 6.3, 7.3). */
export interface CriterionItemsFacts {
  keys: readonly string[]
  results: ReadonlyMap<string, CriterionResult>
}

export interface EffectiveCriterion {
  code: string
  number: number
  result: CriterionResult
  /** Why the computed part decided it (shown beside the criterion). */
  computedNote: string | null
  source: 'MANUAL' | 'COMPUTED'
  /** The computed parts that failed (e.g. effective_models, for the V26 warning). */
  failedParts?: FormulaPart[]
}

/** A failing part's explanation, or null when the part passes (or has nothing to say). */
function registrationFailure(facts: CriterionFacts): string | null {
  if (facts.lateFailsCriterion1 && facts.registrationDue && (!facts.registeredOn || facts.registeredOn > facts.registrationDue)) return 'Không đăng ký trong Quý I'
  if (facts.householdsTotal !== null && facts.householdsRegistered !== null && facts.householdsRegistered < facts.householdsTotal) return 'Chưa đủ 100% hộ gia đình đăng ký'
  if (facts.staffTotal !== null && facts.staffBriefed !== null && facts.staffBriefed < facts.staffTotal) return 'Chưa đủ 100% cán bộ, người lao động'
  return null
}

function modelsFailure(facts: CriterionFacts): string | null {
  if ((facts.effectiveModels ?? 0) >= 1) return null
  return facts.year !== undefined ? MESSAGES.V26(facts.year) : 'Chưa có mô hình phong trào hoạt động hiệu quả'
}

/**
 * TT 124 Điều 6.5 / 7.6: “70% trở lên số đầu mối trực thuộc … (đối với những nơi đủ điều kiện bình xét danh hiệu
 * thi đua)”: 10·k ≥ 7·n in integers; no eligible sub-unit → không áp dụng. Null while the counts are not entered.
 */
export function subunitRate(eligible: number | null | undefined, titled: number | null | undefined): { result: CriterionResult; note: string } | null {
  if (eligible == null || titled == null) return null
  if (eligible === 0) return { result: 'KHONG_AP_DUNG', note: 'Không có đầu mối trực thuộc đủ điều kiện bình xét danh hiệu thi đua' }
  const pass = 10 * titled >= 7 * eligible
  return { result: pass ? 'DAT' : 'KHONG_DAT', note: `${titled}/${eligible} đầu mối trực thuộc đạt danh hiệu, cần tối thiểu ${minimumRecognised(eligible)}` }
}

/** The points decide once any of them is recorded: one “Không đạt” fails the criterion, an open point keeps it open. */
function itemsVerdict(items: CriterionItemsFacts | undefined): { result: CriterionResult; note: string | null } | null {
  if (!items || items.keys.length === 0 || !items.keys.some((key) => items.results.has(key))) return null
  const failed = items.keys.filter((key) => items.results.get(key) === 'KHONG_DAT')
  if (failed.length > 0) return { result: 'KHONG_DAT', note: `Không đạt tại điểm ${failed.join(', ')}` }
  const open = items.keys.filter((key) => (items.results.get(key) ?? 'CHUA_DANH_GIA') === 'CHUA_DANH_GIA')
  if (open.length > 0) return { result: 'CHUA_DANH_GIA', note: `Chưa đánh giá điểm ${open.join(', ')}` }
  return { result: 'DAT', note: null }
}

/** The result that counts: the manual mark, overruled by what the law computes from stored data. */
export function effectiveCriterion(
  definition: Pick<CriterionDefinition, 'code' | 'number'> & { formulaKey?: string | null },
  manual: CriterionResult | undefined,
  facts: CriterionFacts,
  items?: CriterionItemsFacts
): EffectiveCriterion {
  const base = { code: definition.code, number: definition.number }
  const parts = formulaParts(definition.formulaKey)
  if (parts.includes('commune_rate')) {
    if (!facts.commune) return { ...base, result: 'CHUA_DANH_GIA', computedNote: null, source: 'COMPUTED' }
    const c = facts.commune
    const note = `N = ${c.n}, đã đăng ký ${c.r}, đã công nhận ${c.a}, cần tối thiểu ${c.aMin}`
    return { ...base, result: c.pass ? 'DAT' : 'KHONG_DAT', computedNote: note, source: 'COMPUTED', failedParts: c.pass ? [] : ['commune_rate'] }
  }
  if (parts.includes('subunit_rate')) {
    const rate = subunitRate(facts.subunitsEligible, facts.subunitsTitled)
    if (rate && rate.result !== 'DAT') return { ...base, result: rate.result, computedNote: rate.note, source: 'COMPUTED', failedParts: rate.result === 'KHONG_DAT' ? ['subunit_rate'] : [] }
    // The share is met; the criterion's other half (“không có cá nhân bị kỷ luật …”) can still be marked Không đạt.
    if (rate) return { ...base, result: manual === 'KHONG_DAT' ? 'KHONG_DAT' : 'DAT', computedNote: rate.note, source: manual === 'KHONG_DAT' ? 'MANUAL' : 'COMPUTED', failedParts: [] }
  }
  const failures: { part: FormulaPart; note: string }[] = []
  for (const part of parts) {
    const note = part === 'registration' ? registrationFailure(facts) : part === 'effective_models' ? modelsFailure(facts) : null
    if (note) failures.push({ part, note })
  }
  if (failures.length > 0) {
    return { ...base, result: 'KHONG_DAT', computedNote: failures.map((f) => f.note).join('; '), source: 'COMPUTED', failedParts: failures.map((f) => f.part) }
  }
  const byItems = itemsVerdict(items)
  if (byItems) return { ...base, result: byItems.result, computedNote: byItems.note, source: 'MANUAL', failedParts: [] }
  // The computed parts pass; the rest of the criterion (resolutions, rules…) is the manual mark.
  const modelNote = parts.includes('effective_models') ? `Có ${facts.effectiveModels} mô hình hoạt động hiệu quả` : null
  return { ...base, result: manual ?? 'CHUA_DANH_GIA', computedNote: modelNote, source: 'MANUAL', failedParts: [] }
}
