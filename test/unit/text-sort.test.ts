import { describe, expect, test } from 'vitest'
import { compareVietnamese, vietnameseSortKey } from '../../shared/text/sort-key'
import { seededRandom } from '../../electron/core/sample/seeded-random'

const byKey = (a: string, b: string) => {
  const ka = vietnameseSortKey(a)
  const kb = vietnameseSortKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

describe('Vietnamese order (domain.md §9)', () => {
  test.each([
    ['d', 'đ'],
    ['đ', 'e'],
    ['a', 'ă'],
    ['ă', 'â'],
    ['â', 'b'],
    ['o', 'ô'],
    ['ô', 'ơ'],
    ['ơ', 'p'],
    ['u', 'ư'],
    ['ư', 'v'],
    ['Phường 2', 'Phường 10'],
    ['Khu phố 9', 'Khu phố 10'],
    ['Đông', 'Én']
  ])('%s < %s, by the stored sort key and by the collator', (a, b) => {
    expect(byKey(a, b)).toBe(-1)
    expect(compareVietnamese(a, b)).toBeLessThan(0)
  })

  test('the sort key orders random Vietnamese names like Intl.Collator("vi", numeric) does', () => {
    const syllables = ['An', 'Ân', 'Ăn', 'Bình', 'Đông', 'Dương', 'Hòa', 'Hoà', 'Hưng', 'Ơn', 'Ôn', 'Ông', 'Thắng', 'Thăng', 'Nhất', 'Nhì', 'Long', 'Sơn', 'Ưu', 'Úc', 'Uy', 'Yên', 'Ý']
    const random = seededRandom(7)
    const pick = () => syllables[Math.floor(random() * syllables.length)] as string
    const names = Array.from({ length: 400 }, () => `${pick()} ${pick()} ${Math.floor(random() * 30)}`)
    const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' })
    const byCollator = [...names].sort(collator.compare)
    const bySortKey = [...names].sort(byKey)
    // Names equal at the primary level may differ in tone order; compare primary strength only.
    const primary = (list: string[]) => list.map((name) => vietnameseSortKey(name).split('\u0001')[0])
    expect(primary(bySortKey)).toEqual(primary(byCollator))
  })
})
