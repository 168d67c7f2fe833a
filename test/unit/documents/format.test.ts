import { describe, expect, test } from 'vitest'
import { countText, diffText, longDate, numberLine, padDay, padMonth, placeDateLine, rateText, reference, shortDate, upper } from '../../../electron/core/documents/format/official-text'
import { checkProfile, DEFAULT_PROFILE, mmToTwips, pageGeometry } from '../../../electron/core/documents/format/profile'
import { textWidth } from '../../../electron/core/documents/format/text-width'
import { committeeLines, territoryInSentence } from '../../../electron/core/documents/compose'
import { withEndMark } from '../../../electron/core/documents/types/shared/common'
import { canCuLines } from '../../../electron/core/documents/types/decision/builder'

describe('CHK-DATA: dates and numbers', () => {
  test.each([
    ['2021-03-26', 'ngày 26 tháng 3 năm 2021'],
    ['2020-01-05', 'ngày 05 tháng 01 năm 2020'],
    ['2025-02-09', 'ngày 09 tháng 02 năm 2025'],
    ['2025-10-01', 'ngày 01 tháng 10 năm 2025'],
    ['2021-03-05', 'ngày 05 tháng 3 năm 2021'],
    ['2021-12-28', 'ngày 28 tháng 12 năm 2021']
  ])('ND30-DATE-PADDING: %s → %s', (iso, expected) => {
    expect(longDate(iso, 2000)).toBe(expected)
  })

  test('ND30-DATE-PADDING: days 1–9 → 01–09, months only 1 and 2 padded', () => {
    for (let d = 1; d <= 9; d++) expect(padDay(d)).toBe(`0${d}`)
    expect(padMonth(1)).toBe('01')
    expect(padMonth(2)).toBe('02')
    for (let m = 3; m <= 12; m++) expect(padMonth(m)).toBe(String(m))
  })

  test('blank draft forms of documents.md §3', () => {
    expect(numberLine(null, 'QĐ-UBND')).toBe('Số:      /QĐ-UBND')
    expect(placeDateLine('Vũng Tàu', null, 2025)).toBe('Vũng Tàu, ngày      tháng      năm 2025')
    expect(reference(null, 'TTr-CAP', null, 2025)).toBe('số      /TTr-CAP ngày      tháng      năm 2025')
  })

  test('ND30-SO-KY-HIEU: below 10 padded, larger never', () => {
    expect(numberLine(5, 'QĐ-UBND')).toBe('Số: 05/QĐ-UBND')
    expect(numberLine(1888, 'UBND-CATP')).toBe('Số: 1888/UBND-CATP')
  })

  test('short dates in text and tables: "05/3/2021", "15/02/2025"', () => {
    expect(shortDate('2021-03-05')).toBe('05/3/2021')
    expect(shortDate('2025-02-15')).toBe('15/02/2025')
  })

  test('APP-COUNT-PADDING and APP-NUMBERS', () => {
    expect(countText(2)).toBe('02')
    expect(countText(13)).toBe('13')
    expect(countText(1376)).toBe('1.376')
    expect(rateText(252, 284)).toBe('88,73')
    expect(rateText(2, 3)).toBe('66,67')
    expect(rateText(1, 0)).toBe('-')
    expect(diffText(13, 12)).toBe('+1')
    expect(diffText(1, 3)).toBe('-2')
    expect(diffText(2, 2)).toBe('0')
    expect(diffText(2, null)).toBe('-')
  })

  test('names upper-cased the Vietnamese way, end mark never doubled, căn cứ punctuation', () => {
    expect(upper('Khu phố Đồi Ngọc')).toBe('KHU PHỐ ĐỒI NGỌC')
    expect(withEndMark('để chỉ đạo.')).toBe('để chỉ đạo./.')
    expect(withEndMark('để chỉ đạo./.')).toBe('để chỉ đạo./.')
    expect(canCuLines('Căn cứ A;\nCăn cứ B.\n\nTheo đề nghị C')).toEqual(['Căn cứ A;', 'Căn cứ B;', 'Theo đề nghị C.'])
  })

  test('office names inside sentences', () => {
    expect(territoryInSentence('THÀNH PHỐ VŨNG TÀU')).toBe('thành phố Vũng Tàu')
    expect(territoryInSentence('PHƯỜNG THẮNG NHẤT')).toBe('phường Thắng Nhất')
    expect(committeeLines('ỦY BAN NHÂN DÂN THÀNH PHỐ VŨNG TÀU')).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ VŨNG TÀU'])
  })
})

describe('format profile', () => {
  test('the default profile is legal and gives the documented geometry', () => {
    expect(checkProfile(DEFAULT_PROFILE)).toEqual([])
    expect([15, 20, 25, 30, 35].map(mmToTwips)).toEqual([850, 1134, 1417, 1701, 1984])
    expect(pageGeometry(DEFAULT_PROFILE).tw).toBe(9355)
    expect(pageGeometry(DEFAULT_PROFILE, true).tw).toBe(14287)
  })

  test('every illegal value is named with its rule ID', () => {
    const violations = checkProfile({ ...DEFAULT_PROFILE, marginTopMm: 19, quocHieuPt: 14 as never, lineSpacing: 1.55, signatureGapMm: 50 })
    expect(violations.map((v) => v.ruleId)).toEqual(['ND30-MARGINS', 'ND30-QUOC-HIEU', 'ND30-LINE-SPACING', 'APP-SIGNATURE-GAP'])
    expect(violations[0]!.message).toContain('Lề trên')
  })

  test('text widths are within 5 % of the documents.md §1.5 fixtures', () => {
    const near = (value: number, expected: number) => expect(Math.abs(value - expected) / expected).toBeLessThan(0.05)
    near(textWidth('Độc lập - Tự do - Hạnh phúc', 13, true), 3183)
    near(textWidth('Độc lập - Tự do - Hạnh phúc', 14, true), 3428)
    near(textWidth('ỦY BAN NHÂN DÂN', 12, true), 2260)
  })
})
