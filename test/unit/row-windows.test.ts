import { describe, expect, test } from 'vitest'
import { WINDOW_ROWS, rowAt, windowRange, windowsOf } from '../../renderer/src/lib/row-windows'

/** The list as the virtual table sees it: each window fetched as the server answers it (that slice of the list). */
function fetchedWindows(total: number): Map<number, number[]> {
  const windows = new Map<number, number[]>()
  for (const window of windowsOf(0, total - 1)) {
    const { offset, limit } = windowRange(window)
    windows.set(window, Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i))
  }
  return windows
}

describe('the windows of a virtual list (issue 12)', () => {
  test.each([0, 1, WINDOW_ROWS - 1, WINDOW_ROWS, WINDOW_ROWS + 1, 49_000, 53_017])('are contiguous and complete over %i rows: every index once, in order', (total) => {
    const windows = fetchedWindows(total)
    expect([...windows.values()].flat()).toEqual(Array.from({ length: total }, (_, i) => i))
    for (let index = 0; index < total; index++) if (rowAt(windows, index) !== index) throw new Error(`row ${index} read as ${rowAt(windows, index)}`)
    expect(rowAt(windows, total)).toBeUndefined()
  })

  test('the rows in view ask for the windows that hold them, and only those', () => {
    expect(windowsOf(0, 11)).toEqual([0])
    expect(windowsOf(19_990, 20_004)).toEqual([199, 200])
    expect(windowsOf(20_000, 20_011)).toEqual([200])
    expect(windowsOf(5, 4)).toEqual([])
  })

  test('a row whose window has not arrived is not there yet', () => {
    const windows = new Map([[200, Array.from({ length: WINDOW_ROWS }, (_, i) => 20_000 + i)]])
    expect(rowAt(windows, 20_042)).toBe(20_042)
    expect(rowAt(windows, 19_999)).toBeUndefined()
  })
})
