import { describe, expect, test } from 'vitest'
import { UNIT_TYPE_WORDS } from '../../electron/core/exchange/value-words'
import { headerKey } from '../../electron/core/exchange/sheet-reader'
import { UNIT_TYPES, unitTypeLabelsOfYear, unitTypeLabelsOn } from '../../shared/domain/units'

// law-2026.md §3: from 01/7/2025 commune-level units are xã, phường, đặc khu; "thị trấn" no longer exists.
describe('the label of commune units follows the date (issue 8 item 6)', () => {
  test('a year before the reorganisation says “thị trấn”, 2025 on says “đặc khu”', () => {
    expect(unitTypeLabelsOfYear(2024).XA).toBe('Xã, phường, thị trấn')
    expect(unitTypeLabelsOfYear(2025).XA).toBe('Xã, phường, đặc khu')
    expect(unitTypeLabelsOfYear(2026).XA).toBe('Xã, phường, đặc khu')
  })

  test('the day of the reorganisation is the first day of the new label', () => {
    expect(unitTypeLabelsOn('2025-06-30').XA).toBe('Xã, phường, thị trấn')
    expect(unitTypeLabelsOn('2025-07-01').XA).toBe('Xã, phường, đặc khu')
  })

  test('the other types keep their one label', () => {
    const before = unitTypeLabelsOfYear(2020)
    const after = unitTypeLabelsOfYear(2026)
    for (const type of UNIT_TYPES.filter((t) => t !== 'XA')) expect(after[type]).toBe(before[type])
  })

  test('an Excel file written with either label reads back as a commune unit', () => {
    expect(UNIT_TYPE_WORDS.get(headerKey('Xã, phường, thị trấn'))).toBe('XA')
    expect(UNIT_TYPE_WORDS.get(headerKey('Xã, phường, đặc khu'))).toBe('XA')
  })
})
