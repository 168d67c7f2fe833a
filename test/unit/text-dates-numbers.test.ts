import { describe, expect, test } from 'vitest'
import { formatScreenDate, parseVietnameseDate, todayInVietnam } from '../../shared/text/dates'
import { formatInteger, formatPercent } from '../../shared/text/numbers'

describe('dates', () => {
  test('screen dates are dd/mm/yyyy, always padded', () => {
    expect(formatScreenDate('2021-03-05')).toBe('05/03/2021')
    expect(formatScreenDate(null)).toBe('')
  })

  test('input accepts d/m/yyyy with / . or - and four-digit years only', () => {
    expect(parseVietnameseDate('5/3/2021')).toBe('2021-03-05')
    expect(parseVietnameseDate('26.03.2021')).toBe('2021-03-26')
    expect(parseVietnameseDate('10-02-2022')).toBe('2022-02-10')
    expect(parseVietnameseDate('31/02/2021')).toBeNull()
    expect(parseVietnameseDate('5/3/21')).toBeNull()
    expect(parseVietnameseDate('29/02/2024')).toBe('2024-02-29')
  })

  test('today is the date in Asia/Ho_Chi_Minh', () => {
    // 20:00 UTC on 31/12 is already 1 January in Vietnam (UTC+7).
    expect(todayInVietnam(new Date('2025-12-31T20:00:00Z'))).toBe('2026-01-01')
  })
})

describe('numbers (domain.md §6)', () => {
  test.each([
    [252, 284, '88,73%'],
    [13, 17, '76,47%'],
    [2, 3, '66,67%'],
    [7, 10, '70,00%'],
    [1, 8, '12,50%'],
    [1, 1, '100,00%']
  ])('%i/%i → %s', (n, d, text) => {
    expect(formatPercent(n, d)).toBe(text)
  })

  test('thousands with a dot', () => {
    expect(formatInteger(7325)).toBe('7.325')
    expect(formatInteger(1376)).toBe('1.376')
  })
})
