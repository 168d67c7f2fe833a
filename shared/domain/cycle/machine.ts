import type { TrackingMode, UnitYearStatus } from './statuses'
import { isFinal } from './statuses'

/**
 * The one state machine of a unit-year (domain.md §4, T1–T18). T1 (opening the year) creates rows and is not an
 * action on a row. Every (status, action) pair not listed here is refused with INVALID_TRANSITION.
 */
export const CYCLE_ACTIONS = [
  'REGISTER',
  'UNREGISTER',
  'RECORD_MEETING',
  'RECEIVE_DOSSIER',
  'RETURN_DOSSIER',
  'RESUBMIT_DOSSIER',
  'APPRAISE_PASS',
  'APPRAISE_FAIL',
  'REAPPRAISE',
  'PROPOSE',
  'WITHDRAW_PROPOSAL',
  'RECORD_DECISION',
  'REJECT',
  'CLOSE_UNFINISHED',
  'EXCLUDE',
  'INCLUDE',
  'RECORD_OUTCOME_RECOGNISED',
  'RECORD_OUTCOME_NOT_RECOGNISED',
  'AMEND'
] as const
export type CycleAction = (typeof CYCLE_ACTIONS)[number]

interface TransitionRule {
  code: string
  label: string
  from: (status: UnitYearStatus) => boolean
  to: (from: UnitYearStatus) => UnitYearStatus
  modes: readonly TrackingMode[]
  /** Reason mandatory (V20); APPRAISE_FAIL accepts failed criteria instead. */
  reasonRequired: boolean
}

const BOTH: readonly TrackingMode[] = ['FULL', 'OUTCOME_ONLY']
const FULL: readonly TrackingMode[] = ['FULL']
const is = (...states: UnitYearStatus[]) => (status: UnitYearStatus) => states.includes(status)
const fixed = (to: UnitYearStatus) => () => to

export const TRANSITIONS: Record<CycleAction, TransitionRule> = {
  REGISTER: { code: 'T2', label: 'Ghi nhận đăng ký', from: is('CHUA_DANG_KY'), to: fixed('DA_DANG_KY'), modes: BOTH, reasonRequired: false },
  UNREGISTER: { code: 'T3', label: 'Hủy ghi nhận đăng ký', from: is('DA_DANG_KY'), to: fixed('CHUA_DANG_KY'), modes: BOTH, reasonRequired: true },
  RECORD_MEETING: { code: 'T4', label: 'Nhập kết quả họp đánh giá', from: is('DA_DANG_KY'), to: fixed('DA_TU_DANH_GIA'), modes: FULL, reasonRequired: false },
  RECEIVE_DOSSIER: { code: 'T5', label: 'Tiếp nhận hồ sơ', from: is('DA_TU_DANH_GIA'), to: fixed('DA_NOP_HO_SO'), modes: FULL, reasonRequired: false },
  RETURN_DOSSIER: { code: 'T6', label: 'Trả lại hồ sơ', from: is('DA_NOP_HO_SO'), to: fixed('TRA_LAI'), modes: FULL, reasonRequired: true },
  RESUBMIT_DOSSIER: { code: 'T7', label: 'Nhận hồ sơ bổ sung', from: is('TRA_LAI'), to: fixed('DA_NOP_HO_SO'), modes: FULL, reasonRequired: false },
  APPRAISE_PASS: { code: 'T8', label: 'Thẩm định: đạt', from: is('DA_NOP_HO_SO'), to: fixed('THAM_DINH_DAT'), modes: FULL, reasonRequired: false },
  APPRAISE_FAIL: { code: 'T9', label: 'Thẩm định: không đạt', from: is('DA_NOP_HO_SO'), to: fixed('THAM_DINH_KHONG_DAT'), modes: FULL, reasonRequired: true },
  REAPPRAISE: { code: 'T10', label: 'Thẩm định lại', from: is('THAM_DINH_KHONG_DAT'), to: fixed('DA_NOP_HO_SO'), modes: FULL, reasonRequired: true },
  PROPOSE: { code: 'T11', label: 'Đưa vào tờ trình', from: is('THAM_DINH_DAT'), to: fixed('DA_DE_NGHI'), modes: FULL, reasonRequired: false },
  WITHDRAW_PROPOSAL: { code: 'T12', label: 'Rút khỏi tờ trình', from: is('DA_DE_NGHI'), to: fixed('THAM_DINH_DAT'), modes: FULL, reasonRequired: true },
  RECORD_DECISION: { code: 'T13', label: 'Ghi nhận quyết định', from: is('DA_DE_NGHI'), to: fixed('DA_CONG_NHAN'), modes: FULL, reasonRequired: false },
  REJECT: { code: 'T14', label: 'Không được công nhận', from: is('DA_DE_NGHI'), to: fixed('KHONG_CONG_NHAN'), modes: FULL, reasonRequired: true },
  CLOSE_UNFINISHED: {
    code: 'T15',
    label: 'Chốt năm',
    from: (status) => !isFinal(status) && status !== 'NGOAI_PHAM_VI',
    to: fixed('KHONG_CONG_NHAN'),
    modes: BOTH,
    reasonRequired: false
  },
  EXCLUDE: {
    code: 'T16',
    label: 'Loại khỏi phạm vi',
    from: (status) => !isFinal(status) && status !== 'NGOAI_PHAM_VI',
    to: fixed('NGOAI_PHAM_VI'),
    modes: BOTH,
    reasonRequired: true
  },
  INCLUDE: { code: 'T17', label: 'Đưa lại vào phạm vi', from: is('NGOAI_PHAM_VI'), to: fixed('CHUA_DANG_KY'), modes: BOTH, reasonRequired: true },
  RECORD_OUTCOME_RECOGNISED: {
    code: 'OUTCOME',
    label: 'Ghi nhận kết quả: được công nhận',
    from: is('CHUA_DANG_KY', 'DA_DANG_KY'),
    to: fixed('DA_CONG_NHAN'),
    modes: ['OUTCOME_ONLY'],
    reasonRequired: false
  },
  RECORD_OUTCOME_NOT_RECOGNISED: {
    code: 'OUTCOME',
    label: 'Ghi nhận kết quả: không được công nhận',
    from: is('CHUA_DANG_KY', 'DA_DANG_KY'),
    to: fixed('KHONG_CONG_NHAN'),
    modes: ['OUTCOME_ONLY'],
    reasonRequired: false
  },
  AMEND: {
    code: 'T18',
    label: 'Điều chỉnh',
    from: is('DA_CONG_NHAN', 'KHONG_CONG_NHAN'),
    to: (from) => (from === 'DA_CONG_NHAN' ? 'KHONG_CONG_NHAN' : 'DA_CONG_NHAN'),
    modes: BOTH,
    reasonRequired: true
  }
}

/** The status an action leads to from `status`, or null when the machine forbids it. */
export function nextStatus(status: UnitYearStatus, action: CycleAction, mode: TrackingMode): UnitYearStatus | null {
  const rule = TRANSITIONS[action]
  if (!rule.modes.includes(mode) || !rule.from(status)) return null
  return rule.to(status)
}

/** The actions a unit-year offers in its current status (for the "next action" buttons). */
export function allowedActions(status: UnitYearStatus, mode: TrackingMode): CycleAction[] {
  return CYCLE_ACTIONS.filter((action) => nextStatus(status, action, mode) !== null)
}

/** The user reads the status by its name; its code stays inside. */
export function invalidTransitionMessage(action: CycleAction, statusLabel: string): string {
  return `Không thể “${TRANSITIONS[action].label}” khi hồ sơ đang ở trạng thái “${statusLabel}”.`
}
