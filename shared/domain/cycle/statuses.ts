/** The unit-year statuses of domain.md §4, with the labels shown and a colour that means the same everywhere. */
export const UNIT_YEAR_STATUSES = [
  'NGOAI_PHAM_VI',
  'CHUA_DANG_KY',
  'DA_DANG_KY',
  'DA_TU_DANH_GIA',
  'DA_NOP_HO_SO',
  'TRA_LAI',
  'THAM_DINH_DAT',
  'THAM_DINH_KHONG_DAT',
  'DA_DE_NGHI',
  'DA_CONG_NHAN',
  'KHONG_CONG_NHAN'
] as const
export type UnitYearStatus = (typeof UNIT_YEAR_STATUSES)[number]

export const STATUS_LABELS: Record<UnitYearStatus, string> = {
  NGOAI_PHAM_VI: 'Ngoài phạm vi',
  CHUA_DANG_KY: 'Chưa đăng ký',
  DA_DANG_KY: 'Đã đăng ký',
  DA_TU_DANH_GIA: 'Đã họp, tự đánh giá',
  DA_NOP_HO_SO: 'Đã nộp hồ sơ',
  TRA_LAI: 'Trả lại bổ sung',
  THAM_DINH_DAT: 'Thẩm định: đủ điều kiện',
  THAM_DINH_KHONG_DAT: 'Thẩm định: không đủ điều kiện',
  DA_DE_NGHI: 'Đã đề nghị',
  DA_CONG_NHAN: 'Đã công nhận',
  KHONG_CONG_NHAN: 'Không công nhận'
}

/** antd Tag colours. */
export const STATUS_COLORS: Record<UnitYearStatus, string> = {
  NGOAI_PHAM_VI: 'default',
  CHUA_DANG_KY: 'orange',
  DA_DANG_KY: 'blue',
  DA_TU_DANH_GIA: 'geekblue',
  DA_NOP_HO_SO: 'cyan',
  TRA_LAI: 'volcano',
  THAM_DINH_DAT: 'lime',
  THAM_DINH_KHONG_DAT: 'magenta',
  DA_DE_NGHI: 'purple',
  DA_CONG_NHAN: 'green',
  KHONG_CONG_NHAN: 'red'
}

export const FINAL_STATUSES: readonly UnitYearStatus[] = ['DA_CONG_NHAN', 'KHONG_CONG_NHAN']

export function isFinal(status: UnitYearStatus): boolean {
  return FINAL_STATUSES.includes(status)
}

/** Registered = reached DA_DANG_KY (domain.md §6): every status past it except the out-of-scope and unregistered ones. */
export function isRegisteredStatus(status: UnitYearStatus): boolean {
  return status !== 'NGOAI_PHAM_VI' && status !== 'CHUA_DANG_KY'
}

export const TRACKING_MODES = ['FULL', 'OUTCOME_ONLY'] as const
export type TrackingMode = (typeof TRACKING_MODES)[number]

export const CRITERION_RESULTS = ['DAT', 'KHONG_DAT', 'CHUA_DANH_GIA', 'KHONG_AP_DUNG'] as const
export type CriterionResult = (typeof CRITERION_RESULTS)[number]

/** A lettered point is met or not; “không áp dụng” belongs to a whole criterion. */
export type PointResult = Exclude<CriterionResult, 'KHONG_AP_DUNG'>

export const CRITERION_RESULT_LABELS: Record<CriterionResult, string> = {
  DAT: 'Đạt',
  KHONG_DAT: 'Không đạt',
  CHUA_DANH_GIA: 'Chưa đánh giá',
  KHONG_AP_DUNG: 'Không áp dụng'
}

/** A criterion “không áp dụng” (TT 124 Điều 6.4–6.5, 7.5–7.6: where no sub-unit is eligible) does not hold a unit back. */
export function criterionPasses(result: CriterionResult): boolean {
  return result === 'DAT' || result === 'KHONG_AP_DUNG'
}

export const OUTCOME_REASONS = [
  'KHONG_DANG_KY',
  'DANG_KY_QUA_HAN',
  'KHONG_NOP_HO_SO',
  'HO_SO_CHUA_DU',
  'KHONG_DAT_TIEU_CHI',
  'CAP_CO_THAM_QUYEN_KHONG_CONG_NHAN',
  'KHAC'
] as const
export type OutcomeReason = (typeof OUTCOME_REASONS)[number]
export const OUTCOME_REASON_LABELS: Record<OutcomeReason, string> = {
  KHONG_DANG_KY: 'Không đăng ký',
  DANG_KY_QUA_HAN: 'Đăng ký quá hạn',
  KHONG_NOP_HO_SO: 'Không nộp hồ sơ',
  HO_SO_CHUA_DU: 'Hồ sơ chưa đủ',
  KHONG_DAT_TIEU_CHI: 'Không đạt tiêu chí',
  CAP_CO_THAM_QUYEN_KHONG_CONG_NHAN: 'Cấp có thẩm quyền không công nhận',
  KHAC: 'Lý do khác'
}
