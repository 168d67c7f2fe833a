import { describe, expect, test } from 'vitest'
import { communeRule, minimumRecognised, type CommuneMember } from '../../../shared/domain/cycle/commune-rule'

function members(n: number, recognised: number, registered = n): CommuneMember[] {
  return Array.from({ length: n }, (_, i) => ({ registered: i < registered, recognised: i < recognised, final: true }))
}

describe('the commune-level rule (domain.md §2.6), integer arithmetic only', () => {
  test('a ward with 25 units under TT 124: 17 recognised is chưa đạt, 18 is đạt', () => {
    const fail = communeRule('TT124', members(25, 17))
    expect(fail).toMatchObject({ n: 25, r: 25, a: 17, aMin: 18, shortfall: 1, pass: false })
    const pass = communeRule('TT124', members(25, 18))
    expect(pass).toMatchObject({ aMin: 18, shortfall: 0, pass: true })
  })

  test('A_min = (7N + 9) div 10: N = 10 → 7 (exactly 70% passes), N = 17 → 12', () => {
    expect(minimumRecognised(10)).toBe(7)
    expect(communeRule('TT124', members(10, 7)).pass).toBe(true)
    expect(communeRule('TT124', members(10, 6)).pass).toBe(false)
    expect(minimumRecognised(17)).toBe(12)
    expect(communeRule('TT124', members(17, 11)).pass).toBe(false)
    expect(communeRule('TT124', members(17, 12)).pass).toBe(true)
  })

  test('TT 124: N = 24 with 23 registered fails whatever A is', () => {
    for (let a = 0; a <= 23; a++) expect(communeRule('TT124', members(24, a, 23)).pass).toBe(false)
  })

  test('TT 23 has no registration condition: 25 thôn, 16 or 17 recognised fail, 18 pass', () => {
    expect(communeRule('TT23', members(25, 16, 20)).pass).toBe(false)
    expect(communeRule('TT23', members(25, 17, 20)).pass).toBe(false)
    expect(communeRule('TT23', members(25, 18, 20)).pass).toBe(true)
    expect(communeRule('TT124', members(25, 18, 20)).pass).toBe(false)
  })

  test('N = 0 never passes (the service reports V25)', () => {
    expect(communeRule('TT124', [])).toMatchObject({ n: 0, aMin: 0, pass: false })
  })

  test('members without a final result are counted as pending (V24)', () => {
    const list = members(5, 3)
    list[4] = { registered: true, recognised: false, final: false }
    expect(communeRule('TT124', list).pending).toBe(1)
  })
})
