import { describe, expect, test } from 'vitest'
import { allowedActions, CYCLE_ACTIONS, nextStatus, type CycleAction } from '../../../shared/domain/cycle/machine'
import { TRACKING_MODES, UNIT_YEAR_STATUSES, type TrackingMode, type UnitYearStatus } from '../../../shared/domain/cycle/statuses'

/** The whole table of domain.md §4, written out independently of the implementation. */
const FULL_TABLE: Partial<Record<CycleAction, Partial<Record<UnitYearStatus, UnitYearStatus>>>> = {
  REGISTER: { CHUA_DANG_KY: 'DA_DANG_KY' },
  UNREGISTER: { DA_DANG_KY: 'CHUA_DANG_KY' },
  RECORD_MEETING: { DA_DANG_KY: 'DA_TU_DANH_GIA' },
  RECEIVE_DOSSIER: { DA_TU_DANH_GIA: 'DA_NOP_HO_SO' },
  RETURN_DOSSIER: { DA_NOP_HO_SO: 'TRA_LAI' },
  RESUBMIT_DOSSIER: { TRA_LAI: 'DA_NOP_HO_SO' },
  APPRAISE_PASS: { DA_NOP_HO_SO: 'THAM_DINH_DAT' },
  APPRAISE_FAIL: { DA_NOP_HO_SO: 'THAM_DINH_KHONG_DAT' },
  REAPPRAISE: { THAM_DINH_KHONG_DAT: 'DA_NOP_HO_SO' },
  PROPOSE: { THAM_DINH_DAT: 'DA_DE_NGHI' },
  WITHDRAW_PROPOSAL: { DA_DE_NGHI: 'THAM_DINH_DAT' },
  RECORD_DECISION: { DA_DE_NGHI: 'DA_CONG_NHAN' },
  REJECT: { DA_DE_NGHI: 'KHONG_CONG_NHAN' },
  AMEND: { DA_CONG_NHAN: 'KHONG_CONG_NHAN', KHONG_CONG_NHAN: 'DA_CONG_NHAN' },
  INCLUDE: { NGOAI_PHAM_VI: 'CHUA_DANG_KY' }
}
const NON_FINAL_IN_SCOPE: UnitYearStatus[] = ['CHUA_DANG_KY', 'DA_DANG_KY', 'DA_TU_DANH_GIA', 'DA_NOP_HO_SO', 'TRA_LAI', 'THAM_DINH_DAT', 'THAM_DINH_KHONG_DAT', 'DA_DE_NGHI']
for (const status of NON_FINAL_IN_SCOPE) {
  ;(FULL_TABLE.CLOSE_UNFINISHED ??= {})[status] = 'KHONG_CONG_NHAN'
  ;(FULL_TABLE.EXCLUDE ??= {})[status] = 'NGOAI_PHAM_VI'
}

const OUTCOME_ONLY_ACTIONS: CycleAction[] = ['REGISTER', 'UNREGISTER', 'CLOSE_UNFINISHED', 'EXCLUDE', 'INCLUDE', 'AMEND']
function expected(status: UnitYearStatus, action: CycleAction, mode: TrackingMode): UnitYearStatus | null {
  if (mode === 'OUTCOME_ONLY') {
    if (action === 'RECORD_OUTCOME_RECOGNISED' && (status === 'CHUA_DANG_KY' || status === 'DA_DANG_KY')) return 'DA_CONG_NHAN'
    if (action === 'RECORD_OUTCOME_NOT_RECOGNISED' && (status === 'CHUA_DANG_KY' || status === 'DA_DANG_KY')) return 'KHONG_CONG_NHAN'
    if (!OUTCOME_ONLY_ACTIONS.includes(action)) return null
  } else if (action === 'RECORD_OUTCOME_RECOGNISED' || action === 'RECORD_OUTCOME_NOT_RECOGNISED') return null
  return FULL_TABLE[action]?.[status] ?? null
}

describe('the unit-year state machine, every state × every action × both tracking modes', () => {
  for (const mode of TRACKING_MODES) {
    for (const status of UNIT_YEAR_STATUSES) {
      for (const action of CYCLE_ACTIONS) {
        const want = expected(status, action, mode)
        test(`${mode} ${status} —${action}→ ${want ?? 'refused'}`, () => {
          expect(nextStatus(status, action, mode)).toBe(want)
        })
      }
    }
  }

  test('final states only allow an audited amendment', () => {
    expect(allowedActions('DA_CONG_NHAN', 'FULL')).toEqual(['AMEND'])
    expect(allowedActions('KHONG_CONG_NHAN', 'OUTCOME_ONLY')).toEqual(['AMEND'])
  })

  test('an outcome-only KDC cannot go through the meeting and dossier steps', () => {
    expect(allowedActions('DA_DANG_KY', 'OUTCOME_ONLY')).toEqual(['UNREGISTER', 'CLOSE_UNFINISHED', 'EXCLUDE', 'RECORD_OUTCOME_RECOGNISED', 'RECORD_OUTCOME_NOT_RECOGNISED'])
  })
})
