import type { UnitType } from '../../../../shared/domain/units'

/**
 * SEAM to the criteria tables (built in the cycle branch). Until they are wired, only the criterion texts that
 * domain.md §2.3 marks confirmed and verbatim (TT 23/2012, Điều 6 and Điều 7 khoản 1–3) are known here; every other
 * type or version has none, and the minutes template is then refused rather than printed with invented wording.
 */
export interface CriterionText {
  number: number
  text: string
}

export interface CriteriaSet {
  source: string
  criteria: CriterionText[]
}

const TT23 = 'Thông tư số 23/2012/TT-BCA'

const TT23_CRITERIA: Partial<Record<UnitType, CriterionText[]>> = {
  XA: [
    { number: 1, text: 'Hàng năm, Đảng ủy có Nghị quyết, Ủy ban nhân dân xã, phường, thị trấn có kế hoạch về công tác bảo đảm an ninh, trật tự; có bản đăng ký phấn đấu đạt tiêu chuẩn “An toàn về an ninh trật tự”;' },
    { number: 2, text: 'Đạt các chỉ tiêu quy định tại Khoản 2, Khoản 3, Khoản 4 Điều 5' },
    { number: 3, text: 'Hàng năm, Công an xã, phường, thị trấn, Bảo vệ dân phố phải đạt danh hiệu “Đơn vị tiên tiến” trở lên; không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.' },
    { number: 4, text: 'Có 70% số khu dân cư trở lên được công nhận đạt tiêu chuẩn “An toàn về an ninh trật tự”.' }
  ]
}

/** The criteria printed in the minutes for a type and year; empty when none is known (generation is then refused). */
export function criteriaFor(type: UnitType, year: number): CriteriaSet {
  if (year <= 2021) return { source: TT23, criteria: TT23_CRITERIA[type] ?? [] }
  return { source: 'Thông tư số 124/2021/TT-BCA', criteria: [] }
}
