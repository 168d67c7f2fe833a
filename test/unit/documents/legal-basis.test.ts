import { describe, expect, test } from 'vitest'
import { legalBasisFor } from '../../../electron/core/documents/year/legal-basis'

/** The căn cứ of a decision, character for character (NĐ 30/2020 Phụ lục I; law-2026.md §5.2 printing bug). */
describe('căn cứ from the regulation’s citation', () => {
  test('2021 (TT 23), 2024 (TT 124), 2025 (TT 124 + TT 48): no bracketed internal note', () => {
    const lines = (year: number) => {
      const b = legalBasisFor(null, year)
      return [...b.localGovernmentLines, b.circularLine]
    }
    expect(lines(2021)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
      'Căn cứ Thông tư số 23/2012/TT-BCA ngày 27 tháng 4 năm 2012 của Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn “An toàn về an ninh, trật tự”'
    ])
    expect(lines(2024)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
      'Căn cứ Thông tư số 124/2021/TT-BCA ngày 28 tháng 12 năm 2021 của Bộ trưởng Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự”'
    ])
    expect(lines(2025)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
      'Căn cứ Thông tư số 124/2021/TT-BCA ngày 28 tháng 12 năm 2021 của Bộ trưởng Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự”, được sửa đổi, bổ sung bởi Thông tư số 48/2025/TT-BCA của Bộ trưởng Bộ Công an'
    ])
    expect(lines(2025).join('\n')).not.toMatch(/[()[\]]/)
    expect(legalBasisFor(null, 2025).unverified.map((c) => c.number)).toEqual(['48/2025/TT-BCA', '72/2025/QH15'])
  })

  test('the office’s date for TT 48 is printed once entered', () => {
    expect(legalBasisFor(null, 2026, { '48/2025/TT-BCA': { date: '2025-06-30' } }).circularLine).toMatch(/bởi Thông tư số 48\/2025\/TT-BCA ngày 30 tháng 6 năm 2025 của Bộ trưởng Bộ Công an$/)
  })
})
