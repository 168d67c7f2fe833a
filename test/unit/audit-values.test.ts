import { describe, expect, it } from 'vitest'
import { AUDIT_ACTION_LABELS, AUDIT_ENTITIES, AUDIT_ENTITY_LABELS, AUDIT_FIELD_LABELS } from '../../shared/domain/audit'
import { MODEL_KIND_LABELS } from '../../shared/domain/models'
import { formatAuditValue } from '../../renderer/src/pages/audit/audit-values'

describe('the audit log reads in Vietnamese for the year data', () => {
  it('labels the new entities, the cycle steps and the unit-year columns', () => {
    expect(AUDIT_ENTITIES).toEqual(expect.arrayContaining(['eval_year', 'unit_year', 'criterion']))
    expect(AUDIT_ENTITY_LABELS.unit_year).toBe('Hồ sơ năm của đơn vị')
    expect(AUDIT_ACTION_LABELS.REGISTER).toBe('Ghi nhận đăng ký')
    expect(AUDIT_ACTION_LABELS.AMEND).toBeTruthy()
    expect(AUDIT_ACTION_LABELS.CLOSE_YEAR).toBe('Chốt năm đánh giá')
    expect(AUDIT_FIELD_LABELS.registered_on).toBe('Ngày đăng ký')
  })

  it('renders statuses, outcomes, legal bases, dates, criteria marks and dossier receipts', () => {
    expect(formatAuditValue('status', 'DA_DANG_KY')).toBe('Đã đăng ký')
    expect(formatAuditValue('status', 'CLOSED')).toBe('Đã chốt')
    expect(formatAuditValue('outcome', 'DA_CONG_NHAN')).toBe('Đã công nhận')
    expect(formatAuditValue('outcome_reason', 'KHONG_NOP_HO_SO')).toBe('Không nộp hồ sơ')
    expect(formatAuditValue('exclusion_code', 'DN_NHO_SIEU_NHO')).toBe('Doanh nghiệp nhỏ, siêu nhỏ')
    expect(formatAuditValue('regulation_id', 'TT124_2021')).toMatch(/124\/2021/)
    expect(formatAuditValue('registered_on', '2023-03-15')).toBe('15/03/2023')
    expect(formatAuditValue('minutes_received', 1)).toBe('Có')
    expect(formatAuditValue('criteria', { KDC1: 'DAT', KDC2: 'KHONG_DAT' })).toBe('Tiêu chí 1: Đạt; Tiêu chí 2: Không đạt')
    expect(formatAuditValue('criterion_items', { 'KDC3.a': 'DAT' })).toBe('Tiêu chí 3, điểm a: Đạt')
    expect(formatAuditValue('dossier_items', { BIEN_BAN: '2023-11-08', DANG_KY: null })).toBe('Biên bản cuộc họp đánh giá tình hình, kết quả thực hiện các tiêu chí: 08/11/2023; Bản đăng ký phấn đấu đạt tiêu chuẩn “An toàn về an ninh, trật tự”: chưa nhận')
    expect(formatAuditValue('kind', 'TU_BAO_VE')).toBe(MODEL_KIND_LABELS.TU_BAO_VE)
    expect(formatAuditValue('failed_criteria', '[2,5]')).toBe('Tiêu chí 2, 5')
    expect(formatAuditValue('not_deployed', '["CSGD"]')).toBe('Cơ sở giáo dục')
  })
})
