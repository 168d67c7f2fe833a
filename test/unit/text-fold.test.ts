import { describe, expect, test } from 'vitest'
import { duplicateKey, fold, likePattern } from '../../shared/text/fold'
import { normalizeMultiline, normalizeText } from '../../shared/text/normalize'

describe('fold: the search key of domain.md §9', () => {
  test('“thang nhat”, “THẮNG NHẤT” and NFD-typed “Thắng Nhất” all find Phường Thắng Nhất', () => {
    const key = fold('Phường Thắng Nhất')
    expect(key).toBe('phuong thang nhat')
    expect(key).toContain(fold('thang nhat'))
    expect(key).toContain(fold('THẮNG NHẤT'))
    expect(key).toContain(fold('Thắng Nhất'.normalize('NFD')))
  })

  test('đ and Đ fold to d: “dong” finds “Đông”', () => {
    expect(fold('Đông Hải')).toBe('dong hai')
    expect(fold('đường Đồi Ngọc')).toBe('duong doi ngoc')
  })

  test('spaces, tabs and non-breaking spaces collapse', () => {
    expect(fold('  Khu\u00a0phố \t 1 ')).toBe('khu pho 1')
  })
})

describe('duplicateKey: names that are the same name', () => {
  test.each([
    ['Khu phố 01', 'Khu phố 1'],
    ['KP.1', 'Khu phố 1'],
    ['KP 1', 'khu pho 1'],
    ['TDP 5', 'Tổ dân phố 5'],
    ['P. Thắng Nhất', 'Phường Thắng Nhất'],
    ['Công ty TNHH Biển Xanh.', 'công ty tnhh bien xanh']
  ])('“%s” = “%s”', (a, b) => {
    expect(duplicateKey(a)).toBe(duplicateKey(b))
  })

  test('different numbers stay different', () => {
    expect(duplicateKey('Khu phố 1')).not.toBe(duplicateKey('Khu phố 10'))
    expect(duplicateKey('Thôn 1')).not.toBe(duplicateKey('Khu phố 1'))
  })
})

describe('likePattern', () => {
  test('folds the query and escapes LIKE wildcards', () => {
    expect(likePattern('Phường 1')).toBe('%phuong%1%')
    expect(likePattern('50%_x')).toBe('%50\\%\\_x%')
    expect(likePattern('   ')).toBe('%')
  })
})

describe('normalizeText', () => {
  test('stores NFC and keeps the user spelling (Hòa and Hoà both valid)', () => {
    const nfd = 'Hòa'.normalize('NFD')
    expect(normalizeText(nfd)).toBe('Hòa'.normalize('NFC'))
    expect(normalizeText('Hoà')).toBe('Hoà')
    expect(normalizeText('Hòa')).not.toBe(normalizeText('Hoà'))
  })

  test('multi-line notes keep their lines', () => {
    expect(normalizeMultiline(' dòng 1 \r\n  dòng   2 ')).toBe('dòng 1\ndòng 2')
  })
})
