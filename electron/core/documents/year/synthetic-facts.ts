import type { AreaKind } from '../../../../shared/domain/areas'
import type { UnitType } from '../../../../shared/domain/units'
import type { UnitFact, YearFacts } from './year-facts'
import { defaultYearDeadlines } from '../../../../shared/domain/cycle/deadlines'
import { regulationById } from '../../../../shared/domain/cycle/regulations'

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * SYNTHETIC, for province-scale lists only (the bench and the 1,200-row layout tests): no real office has these
 * units. Every document of the sample office is built from the real sample loaded into a database instead.
 * `stage` 'proposed': passing units are in a tờ trình (DA_DE_NGHI), the decision's input; 'decided': they are recognised.
 */
export function syntheticYearFacts(unitCount: number, year = 2024, stage: 'proposed' | 'decided' = 'proposed'): YearFacts {
  const areaCount = Math.max(1, Math.ceil(unitCount / 60))
  const areas = Array.from({ length: areaCount }, (_, i) => ({ name: `Phường ${i + 1}`, kind: 'PHUONG' as AreaKind }))
  const units: UnitFact[] = Array.from({ length: unitCount }, (_, i) => {
    const area = areas[i % areaCount]!
    const type: UnitType = i % 10 === 9 ? 'DOANH_NGHIEP' : i % 10 === 8 ? 'CO_QUAN' : 'KDC'
    const passes = i % 7 !== 6
    return {
      id: i + 1,
      unitId: i + 1,
      name: type === 'KDC' ? `Khu phố ${Math.floor(i / areaCount) + 1}` : `${type === 'CO_QUAN' ? 'Cơ quan' : 'Công ty TNHH'} số ${i + 1}`,
      type,
      areaName: area.name,
      address: `Số ${i + 1} đường Nguyễn Thị Minh Khai, ${area.name}`,
      registeredOn: iso(year, 2, 1 + (i % 28)),
      meetingOn: iso(year, 11, 1 + (i % 28)),
      outcome: stage === 'decided' ? (passes ? 'DA_CONG_NHAN' : 'KHONG_CONG_NHAN') : null,
      status: stage === 'decided' ? (passes ? 'DA_CONG_NHAN' : 'KHONG_CONG_NHAN') : passes ? 'DA_DE_NGHI' : 'THAM_DINH_KHONG_DAT',
      trackingMode: 'FULL',
      proposalRef: passes ? `01/TTr-CAT` : null,
      decisionRef: stage === 'decided' && passes ? '01/QĐ-UBND' : null,
      decisionOn: stage === 'decided' && passes ? iso(year, 12, 15) : null,
      failedReason: passes ? null : 'Chưa đạt tiêu chí 2',
      householdsTotal: 300,
      householdsRegistered: 280
    }
  })
  return { year, regulationId: 'TT124_2021', territory: 'tỉnh Bà Rịa - Vũng Tàu', areas, processedTypes: ['KDC', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'], deadlines: defaultYearDeadlines(regulationById('TT124_2021'), year, 'INCLUSIVE'), notDeployed: {}, units, previous: null }
}
