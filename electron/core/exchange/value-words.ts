import { AREA_KIND_LABELS, type AreaKind } from '../../../shared/domain/areas'
import {
  EDUCATION_LEVEL_LABELS,
  ENTERPRISE_SIZE_LABELS,
  KDC_SUBTYPES,
  MANAGING_LEVEL_LABELS,
  UNIT_TYPE_LABELS,
  type EducationLevel,
  type EnterpriseSize,
  type KdcSubtype,
  type ManagingLevel,
  type UnitType
} from '../../../shared/domain/units'
import { headerKey } from './sheet-reader'

/** The words people write in a cell for each code, compared folded (“Khu dân cư”, “khu dan cu”, “KDC”). */
function dictionary<C extends string>(labels: Record<C, string>, extra: Record<string, C>): Map<string, C> {
  const map = new Map<string, C>()
  for (const [code, label] of Object.entries(labels) as Array<[C, string]>) {
    map.set(headerKey(code), code)
    map.set(headerKey(label), code)
  }
  for (const [word, code] of Object.entries(extra)) map.set(headerKey(word), code)
  return map
}

export const UNIT_TYPE_WORDS = dictionary<UnitType>(UNIT_TYPE_LABELS, {
  kdc: 'KDC',
  'khu dân cư': 'KDC',
  // The label since 01/7/2025 (law-2026.md §3); the dictionary's own labels hold the earlier one.
  'xã, phường, đặc khu': 'XA',
  cq: 'CO_QUAN',
  'cơ quan, đơn vị': 'CO_QUAN',
  dn: 'DOANH_NGHIEP',
  'nhà trường': 'CSGD',
  trường: 'CSGD',
  'trường học': 'CSGD',
  csgd: 'CSGD',
  xã: 'XA',
  phường: 'XA'
})

export const AREA_KIND_WORDS = dictionary<AreaKind>(AREA_KIND_LABELS, {
  tỉnh: 'TINH',
  'thành phố trực thuộc trung ương': 'TINH',
  huyện: 'HUYEN',
  quận: 'HUYEN',
  'thị xã': 'HUYEN',
  'thành phố': 'HUYEN',
  'thành phố thuộc tỉnh': 'HUYEN'
})

export const MANAGING_LEVEL_WORDS = dictionary<ManagingLevel>(MANAGING_LEVEL_LABELS, {
  xã: 'XA',
  'cấp xã': 'XA',
  huyện: 'HUYEN',
  tỉnh: 'TINH',
  'trung ương': 'TRUNG_UONG'
})

export const ENTERPRISE_SIZE_WORDS = dictionary<EnterpriseSize>(ENTERPRISE_SIZE_LABELS, { 'doanh nghiệp nhỏ': 'NHO', 'doanh nghiệp vừa': 'VUA' })

export const EDUCATION_LEVEL_WORDS = dictionary<EducationLevel>(EDUCATION_LEVEL_LABELS, {
  thcs: 'THCS',
  thpt: 'THPT',
  gdtx: 'GDTX',
  gdnn: 'GDNN',
  'mẫu giáo': 'MAM_NON'
})

export const KDC_SUBTYPE_WORDS = new Map<string, KdcSubtype>(KDC_SUBTYPES.map((subtype) => [headerKey(subtype), subtype]))

export const TRUE_WORDS = new Set(['co', 'x', '1', 'true', 'dung', 'yes'])
export const FALSE_WORDS = new Set(['khong', '0', 'false', 'no', 'sai'])
