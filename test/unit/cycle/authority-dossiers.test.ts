import { describe, expect, test } from 'vitest'
import { regulationById } from '../../../shared/domain/cycle/regulations'
import { addresseeOf, levelBelow, recognisingAuthority } from '../../../electron/core/law/authority'

const TT124 = regulationById('TT124_2021')
const office = { level: 'XA' as const, peoplesCommitteeName: 'ỦY BAN NHÂN DÂN PHƯỜNG TAM THẮNG', parentBodyName: 'CÔNG AN THÀNH PHỐ HỒ CHÍ MINH' }

describe('TT 124 Điều 9.2 dossiers and Điều 10 authority (law-2026.md §1.5, §1.6)', () => {
  test('Điều 9.2.a: Kế hoạch is required for xã, cơ quan, doanh nghiệp, cơ sở giáo dục, not for khu dân cư; Nghị quyết only where a Party organisation exists', () => {
    expect(TT124.dossierItems.KDC.map((item) => item.code)).not.toContain('KE_HOACH')
    for (const type of ['XA', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'] as const) {
      expect(TT124.dossierItems[type].find((item) => item.code === 'KE_HOACH')).toMatchObject({ mandatory: true, stage: 'DANG_KY' })
      expect(TT124.dossierItems[type].find((item) => item.code === 'NGHI_QUYET')?.mandatory).toBe(false)
    }
    // Điều 9.2.b: the proposal dossier.
    expect(TT124.dossierItems.CSGD.filter((item) => item.stage === 'DE_NGHI' && item.mandatory).map((item) => item.code)).toEqual(['TO_TRINH', 'BAO_CAO', 'BIEN_BAN'])
    // The 2025+ version inherits them.
    expect(regulationById('TT124_TT48_2025').dossierItems.XA.map((item) => item.code)).toEqual(TT124.dossierItems.XA.map((item) => item.code))
  })

  test('Điều 10.4: units followed by an operational unit of Bộ Công an are recognised by Bộ Công an, the tờ trình to its minister', () => {
    const authority = recognisingAuthority(TT124, { type: 'DOANH_NGHIEP', managingLevel: 'TRUNG_UONG', delegatedLevel: null }, 'UBND_TINH')!
    expect(authority).toMatchObject({ level: 'TRUNG_UONG', body: 'Bộ Công an', article: 'khoản 4 Điều 10 Thông tư số 124/2021/TT-BCA', unverified: false, label: 'Bộ Công an' })
    expect(addresseeOf(authority, office)).toBe('Bộ trưởng Bộ Công an')
  })

  test('Điều 10.5: one level down is the district before 2025 and the commune once district government ended', () => {
    expect(levelBelow('TINH', 2024)).toBe('HUYEN')
    expect(levelBelow('TINH', 2026)).toBe('XA')
    expect(levelBelow('HUYEN', 2024)).toBe('XA')
    expect(levelBelow('XA', 2026)).toBeNull()
  })

  test('from 2025 the commune units are “xã, phường, đặc khu” (no thị trấn); the rules copied from TT 124 are otherwise the same', () => {
    const tt48 = regulationById('TT124_TT48_2025')
    expect(tt48.unitTypes.XA.label).toBe('Xã, phường, đặc khu')
    expect(TT124.unitTypes.XA.label).toBe('Xã, phường, thị trấn')
    expect({ ...tt48.unitTypes.XA, label: null }).toEqual({ ...TT124.unitTypes.XA, label: null })
  })
})
