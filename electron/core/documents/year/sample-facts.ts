import sample from '../../../../resources/sample/vung-tau.json'
import type { AreaKind } from '../../../../shared/domain/areas'
import type { UnitType } from '../../../../shared/domain/units'
import type { UnitFact, YearFacts } from './year-facts'

/**
 * The Vũng Tàu sample year of domain.md §6 and §10 as YearFacts, for docs:samples, tests and the bench.
 * 2020 (totals of CV 1888): 13/17 communes recognised; 2 enterprises registered and recognised; no cơ quan registered;
 * schools not deployed (Covid-19). Phường 2 (3/5 KDC), Phường 11 (4/6), Phường 7 (criterion 3) and Xã Long Sơn
 * (no dossier) are not recognised. 2019: 12/17 communes and 1 enterprise.
 */
const NOT_RECOGNISED_2020: Record<string, string> = {
  'Phường 2': 'Chỉ có 03/05 khu dân cư được công nhận (60%), chưa đạt 70%',
  'Phường 11': 'Chỉ có 04/06 khu dân cư được công nhận (66,67%), chưa đạt 70%',
  'Phường 7': 'Tiêu chí 3: Công an phường chưa đạt danh hiệu “Đơn vị tiên tiến”',
  'Xã Long Sơn': 'Không nộp hồ sơ đúng hạn'
}
const KDC_RECOGNISED_2020: Record<string, number> = { 'Phường 2': 3, 'Phường 11': 4 }
const RECOGNISED_ENTERPRISES_2020 = ['Công ty Cổ phần Cảng dịch vụ Dầu khí (mẫu)', 'Công ty TNHH Thủy sản Đông Hải (mẫu)']

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function sampleYearFacts(year = 2020): YearFacts {
  const units: UnitFact[] = []
  let id = 1
  const areas = sample.communes.map((c) => ({ name: c.name, kind: c.kind as AreaKind }))
  for (const [index, commune] of sample.communes.entries()) {
    const failed = NOT_RECOGNISED_2020[commune.name] ?? null
    const kdcRecognised = KDC_RECOGNISED_2020[commune.name] ?? Math.ceil(commune.kdcCount * 0.7) + (index % 2)
    for (let n = 1; n <= commune.kdcCount; n++) {
      const recognised = n <= Math.min(kdcRecognised, commune.kdcCount)
      units.push({
        id: id++,
        name: `${commune.kdcPrefix} ${n}`,
        type: 'KDC',
        areaName: commune.name,
        address: commune.name,
        registeredOn: iso(year, 2, 10 + (n % 15)),
        meetingOn: iso(year, 11, 1 + (n % 10)),
        outcome: recognised ? 'DA_CONG_NHAN' : 'KHONG_CONG_NHAN',
        proposed: recognised,
        failedReason: recognised ? null : 'Chưa đạt tiêu chí 2',
        householdsTotal: 200 + ((n * 37 + index * 11) % 400),
        householdsRegistered: 190 + ((n * 37 + index * 11) % 380)
      })
    }
    units.push({
      id: id++,
      name: commune.name,
      type: 'XA',
      areaName: commune.name,
      address: `${commune.name}, thành phố Vũng Tàu`,
      registeredOn: iso(year, 3, 1 + (index % 20)),
      meetingOn: commune.name === 'Xã Long Sơn' ? null : iso(year, 11, 20 + (index % 8)),
      outcome: failed ? 'KHONG_CONG_NHAN' : 'DA_CONG_NHAN',
      proposed: failed === null,
      failedReason: failed,
      householdsTotal: null,
      householdsRegistered: null
    })
  }
  for (const organisation of sample.organisations) {
    const type = organisation.type as UnitType
    const recognised = type === 'DOANH_NGHIEP' && RECOGNISED_ENTERPRISES_2020.includes(organisation.name)
    units.push({
      id: id++,
      name: organisation.name,
      type,
      areaName: organisation.commune,
      address: `${organisation.address}, ${organisation.commune}`,
      registeredOn: recognised ? iso(year, 3, 15) : null,
      meetingOn: recognised ? iso(year, 11, 25) : null,
      outcome: recognised ? 'DA_CONG_NHAN' : type === 'CSGD' ? null : 'KHONG_CONG_NHAN',
      proposed: recognised,
      failedReason: recognised ? null : type === 'CSGD' ? 'Không triển khai năm 2020 (Covid-19)' : 'Không đăng ký',
      householdsTotal: null,
      householdsRegistered: null
    })
  }
  const byArea: Record<string, number> = {}
  for (const commune of sample.communes) byArea[commune.name] = Math.max(0, Math.ceil(commune.kdcCount * 0.7) - 1)
  return {
    year,
    territory: 'thành phố Vũng Tàu',
    areas,
    processedTypes: ['XA', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'],
    notDeployed: { CSGD: 'Covid-19' },
    units,
    previous: { byType: { XA: 12, DOANH_NGHIEP: 1, CO_QUAN: 0, CSGD: 1, KDC: 80 }, byArea }
  }
}

/** A province-scale or synthetic year for lists of any length (tests of long lists and the bench). */
export function syntheticYearFacts(unitCount: number, year = 2024): YearFacts {
  const areaCount = Math.max(1, Math.ceil(unitCount / 60))
  const areas = Array.from({ length: areaCount }, (_, i) => ({ name: `Phường ${i + 1}`, kind: 'PHUONG' as AreaKind }))
  const units: UnitFact[] = Array.from({ length: unitCount }, (_, i) => {
    const area = areas[i % areaCount]!
    const type: UnitType = i % 10 === 9 ? 'DOANH_NGHIEP' : i % 10 === 8 ? 'CO_QUAN' : 'KDC'
    return {
      id: i + 1,
      name: type === 'KDC' ? `Khu phố ${Math.floor(i / areaCount) + 1}` : `${type === 'CO_QUAN' ? 'Cơ quan' : 'Công ty TNHH'} số ${i + 1}`,
      type,
      areaName: area.name,
      address: `Số ${i + 1} đường Nguyễn Thị Minh Khai, ${area.name}`,
      registeredOn: iso(year, 2, 1 + (i % 28)),
      meetingOn: iso(year, 11, 1 + (i % 28)),
      outcome: i % 7 === 6 ? 'KHONG_CONG_NHAN' : 'DA_CONG_NHAN',
      proposed: i % 7 !== 6,
      failedReason: i % 7 === 6 ? 'Chưa đạt tiêu chí 2' : null,
      householdsTotal: 300,
      householdsRegistered: 280
    }
  })
  return { year, territory: 'tỉnh Bà Rịa - Vũng Tàu', areas, processedTypes: ['KDC', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'], notDeployed: {}, units, previous: null }
}
