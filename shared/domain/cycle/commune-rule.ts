import type { Basis } from './regulations'

/** One member of the commune's set S (domain.md §2.6). */
export interface CommuneMember {
  registered: boolean
  recognised: boolean
  final: boolean
}

export interface CommuneRuleResult {
  basis: Basis
  /** N = |S|, R registered, A recognised, aMin = ⌈7N/10⌉. */
  n: number
  r: number
  a: number
  aMin: number
  shortfall: number
  allRegistered: boolean
  pass: boolean
  /** Members of S without a final result (V24 blocks appraisal of the commune while > 0). */
  pending: number
}

/** A_min = (7N + 9) div 10, integer arithmetic only (never compare rounded percentages). */
export function minimumRecognised(n: number): number {
  return Math.floor((7 * n + 9) / 10)
}

/**
 * TT 124: N ≥ 1, every member registered and 10·A ≥ 7·N. TT 23: S is the commune's KDC, no registration condition.
 * The member set is chosen by the caller from the regulation's commune rule.
 */
export function communeRule(basis: Basis, members: readonly CommuneMember[]): CommuneRuleResult {
  return communeRuleFromCounts(basis, {
    n: members.length,
    r: members.filter((member) => member.registered).length,
    a: members.filter((member) => member.recognised).length,
    final: members.filter((member) => member.final).length
  })
}

/** The same rule from counts (what one grouped SQL query gives for every commune at once). */
export function communeRuleFromCounts(basis: Basis, counts: { n: number; r: number; a: number; final: number }): CommuneRuleResult {
  const { n, r, a } = counts
  const aMin = minimumRecognised(n)
  const allRegistered = r === n
  const rateOk = 10 * a >= 7 * n
  const pass = n >= 1 && rateOk && (basis === 'TT23' || allRegistered)
  return { basis, n, r, a, aMin, shortfall: Math.max(0, aMin - a), allRegistered, pass, pending: n - counts.final }
}

/** V25 */
export function noMembersMessage(communeName: string): string {
  return `${communeName} chưa có đơn vị nào thuộc diện xét công nhận; không thể tính tỷ lệ.`
}

/** V24 */
export function pendingMembersMessage(communeName: string, pending: number): string {
  return `Chưa thể thẩm định ${communeName}: còn ${pending} đơn vị thuộc quản lý chưa có kết quả công nhận.`
}
