import { describe, expect, test } from 'vitest'
import { REGULATIONS, regulationById } from '../../../shared/domain/cycle/regulations'
import { effectiveCriterion, subunitRate, type CriterionFacts } from '../../../shared/domain/cycle/criteria'

/** Worked examples of law-2026.md §1.2 (TT 124 Điều 4–7 as codified, Bộ pháp điển Điều 1.6.TT.20.4–20.7). */
const FACTS: CriterionFacts = {
  basis: 'TT124',
  lateFailsCriterion1: true,
  registeredOn: '2026-03-10',
  registrationDue: '2026-03-31',
  householdsTotal: null,
  householdsRegistered: null,
  staffTotal: null,
  staffBriefed: null,
  commune: null,
  year: 2026,
  effectiveModels: 1
}

describe('TT 124 criteria as codified', () => {
  test('Điều 4 (khu dân cư): the five khoản texts verbatim, with their source', () => {
    const kdc = regulationById('TT124_TT48_2025').criteria.KDC
    expect(kdc.map((c) => [c.code, c.textStatus, c.sourceRef])).toEqual([1, 2, 3, 4, 5].map((k) => [`KDC${k}`, 'VERBATIM_C', `TT 124/2021/TT-BCA Điều 4 khoản ${k} (Bộ pháp điển Điều 1.6.TT.20.4)`]))
    expect(kdc[0]!.text).toBe(
      'Quý I hằng năm, chi bộ có nghị quyết, khu dân cư có đăng ký phấn đấu đạt tiêu chuẩn “An toàn về an ninh, trật tự”; 100% hộ gia đình đang cư trú trên địa bàn đăng ký tham gia xây dựng khu dân cư “An toàn về an ninh, trật tự”.'
    )
    expect(kdc[2]!.text).toBe('Không để xảy ra một trong các trường hợp sau:')
    expect(kdc[2]!.items?.map((i) => i.key)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g'])
    expect(kdc[2]!.items?.[2]?.text).toBe('Tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật')
    expect(kdc[3]!.items?.map((i) => i.key)).toEqual(['a', 'b', 'c', 'd'])
    expect(kdc[4]!.text).toBe('Lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở được đánh giá hoàn thành nhiệm vụ trở lên và không có cá nhân vi phạm bị xử lý kỷ luật.')
  })

  test('no TT 124 criterion is a placeholder or elided; every one names its article; quotes are “ ”', () => {
    for (const regulation of REGULATIONS.filter((r) => r.basis === 'TT124')) {
      for (const list of Object.values(regulation.criteria)) {
        for (const c of list) {
          expect(c.textStatus, c.code).toBe('VERBATIM_C')
          expect(c.text, c.code).not.toMatch(/…|‘|’/)
          expect(c.sourceRef, c.code).toMatch(/^TT 124\/2021\/TT-BCA Điều [4-7] khoản \d \(Bộ pháp điển Điều 1\.6\.TT\.20\.[4-7]\)$/)
        }
      }
    }
  })

  test('Điều 7.3 (cơ sở giáo dục) borrows points a, b, c, đ, e, g of Điều 6.3: not d (strikes) nor h', () => {
    const tt124 = regulationById('TT124_2021')
    const cq3 = tt124.criteria.CO_QUAN[2]!
    const gd3 = tt124.criteria.CSGD[2]!
    expect(gd3.items?.map((i) => i.key)).toEqual(['a', 'b', 'c', 'đ', 'e', 'g'])
    expect(gd3.items?.[3]).toEqual(cq3.items?.find((i) => i.key === 'đ'))
  })

  test('Điều 6.4, 6.5, 7.5, 7.6 carry the right rule (not the placeholders’ titles) and allow “không áp dụng”', () => {
    const tt124 = regulationById('TT124_2021')
    expect(tt124.criteria.CO_QUAN[3]!.text).toMatch(/^Lực lượng bảo vệ cơ quan, doanh nghiệp đạt danh hiệu “Tập thể lao động tiên tiến”/)
    expect(tt124.criteria.CO_QUAN[4]!).toMatchObject({ code: 'CQ5', formulaKey: 'subunit_rate', allowNotApplicable: true })
    expect(tt124.criteria.CSGD[4]!.text).toMatch(/^Lực lượng bảo vệ cơ sở giáo dục \(nếu có\)/)
    expect(tt124.criteria.CSGD[5]!).toMatchObject({ code: 'GD6', formulaKey: 'subunit_rate', allowNotApplicable: true })
    expect(tt124.criteria.DOANH_NGHIEP[4]!.code).toBe('CQ5')
  })

  test('TT 23 gaps of law-2026.md §4 are closed (Điều 7.1, 7.2, 8.1, 8.2 first gap)', () => {
    const tt23 = regulationById('TT23_2012')
    expect(tt23.criteria.CO_QUAN[0]!.text).toMatch(/thực hiện tốt các nội quy, quy chế và xây dựng cơ quan, doanh nghiệp đạt tiêu chuẩn “An toàn về ANTT”\.$/)
    expect(tt23.criteria.CO_QUAN[1]!.text).toBe(
      'Triển khai, thực hiện có hiệu quả các chủ trương, đường lối, chính sách của Đảng, pháp luật của Nhà nước, có kế hoạch phối hợp với chính quyền địa phương và cơ quan công an trong công tác bảo đảm an ninh, trật tự, phòng, chống tội phạm, tệ nạn xã hội trên địa bàn; có mô hình tự phòng, tự quản, tự bảo vệ an ninh, trật tự, tài sản trong cơ quan, doanh nghiệp.'
    )
    expect(tt23.criteria.CSGD[0]!.text).toContain('nội quy, quy chế và xây dựng nhà trường đạt tiêu chuẩn “An toàn về ANTT” gắn với')
    expect(tt23.criteria.CSGD[1]!.text).toMatch(/^Triển khai thực hiện có hiệu quả các chủ trương, đường lối, chính sách của Đảng, pháp luật của Nhà nước;/)
  })
})

describe('the sub-unit rule of TT 124 Điều 6 khoản 5 (70% of đầu mối trực thuộc, 10·k ≥ 7·n)', () => {
  const cq5 = { code: 'CQ5', number: 5, formulaKey: 'subunit_rate' }
  test('7 of 10 → đạt; 6 of 10 → chưa đạt; none eligible → không áp dụng; no counts → the office’s mark', () => {
    expect(effectiveCriterion(cq5, undefined, { ...FACTS, subunitsEligible: 10, subunitsTitled: 7 })).toMatchObject({
      result: 'DAT',
      computedNote: '7/10 đầu mối trực thuộc đạt danh hiệu, cần tối thiểu 7'
    })
    expect(effectiveCriterion(cq5, 'DAT', { ...FACTS, subunitsEligible: 10, subunitsTitled: 6 })).toMatchObject({ result: 'KHONG_DAT', failedParts: ['subunit_rate'] })
    expect(effectiveCriterion(cq5, undefined, { ...FACTS, subunitsEligible: 0, subunitsTitled: 0 })).toMatchObject({
      result: 'KHONG_AP_DUNG',
      computedNote: 'Không có đầu mối trực thuộc đủ điều kiện bình xét danh hiệu thi đua'
    })
    expect(effectiveCriterion(cq5, 'KHONG_DAT', { ...FACTS, subunitsEligible: 10, subunitsTitled: 9 }).result).toBe('KHONG_DAT')
    expect(effectiveCriterion(cq5, undefined, FACTS).result).toBe('CHUA_DANH_GIA')
  })

  test('integers only: 3 of 4 (75%) passes, 2 of 3 (66,7%) fails, 1 of 1 passes', () => {
    expect(subunitRate(4, 3)?.result).toBe('DAT')
    expect(subunitRate(3, 2)?.result).toBe('KHONG_DAT')
    expect(subunitRate(1, 1)?.result).toBe('DAT')
    expect(subunitRate(null, 1)).toBeNull()
  })
})

describe('lettered points (TT 124 Điều 4 khoản 3: “không để xảy ra …”)', () => {
  const kdc3 = { code: 'KDC3', number: 3 }
  const keys = ['a', 'b', 'c', 'd', 'đ', 'e', 'g']
  test('one point Không đạt fails the criterion and names the point; all Đạt passes; an open point keeps it open', () => {
    const all = new Map(keys.map((k) => [k, 'DAT' as const]))
    expect(effectiveCriterion(kdc3, undefined, FACTS, { keys, results: all }).result).toBe('DAT')
    expect(effectiveCriterion(kdc3, 'DAT', FACTS, { keys, results: new Map([...all, ['đ', 'KHONG_DAT' as const]]) })).toMatchObject({
      result: 'KHONG_DAT',
      computedNote: 'Không đạt tại điểm đ'
    })
    const open = new Map(all)
    open.delete('g')
    expect(effectiveCriterion(kdc3, 'DAT', FACTS, { keys, results: open })).toMatchObject({ result: 'CHUA_DANH_GIA', computedNote: 'Chưa đánh giá điểm g' })
  })

  test('with no point recorded the criterion’s own mark counts (results recorded before migration 006 stand)', () => {
    expect(effectiveCriterion(kdc3, 'DAT', FACTS, { keys, results: new Map() }).result).toBe('DAT')
  })
})
