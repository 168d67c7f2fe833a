import { todayInVietnam } from '../text/dates'
import { communeLabelOn } from './office'

/** Unit types and their attributes (domain.md §3.2). */
export const UNIT_TYPES = ['KDC', 'XA', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'] as const
export type UnitType = (typeof UNIT_TYPES)[number]

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  KDC: 'Khu dân cư',
  XA: 'Xã, phường, thị trấn',
  CO_QUAN: 'Cơ quan',
  DOANH_NGHIEP: 'Doanh nghiệp',
  CSGD: 'Cơ sở giáo dục'
}

/** The labels as of a date: commune units are "Xã, phường, đặc khu" from 01/7/2025 (law-2026.md §3). */
export function unitTypeLabelsOn(date: string): Record<UnitType, string> {
  return { ...UNIT_TYPE_LABELS, XA: communeLabelOn(date) }
}

/** Today's labels: what the registry, which has no year, shows. */
export function unitTypeLabelsToday(): Record<UnitType, string> {
  return unitTypeLabelsOn(todayInVietnam())
}

/** The labels of an assessment year, as at its end (its decisions come after the year's reorganisation). */
export function unitTypeLabelsOfYear(year: number): Record<UnitType, string> {
  return unitTypeLabelsOn(`${year}-12-31`)
}

export const KDC_SUBTYPES = [
  'thôn', 'xóm', 'làng', 'bản', 'ấp', 'buôn', 'phum', 'sóc', 'khóm', 'tổ dân phố', 'khu phố', 'khác'
] as const
export type KdcSubtype = (typeof KDC_SUBTYPES)[number]

export const MANAGING_LEVELS = ['XA', 'HUYEN', 'TINH', 'TRUNG_UONG'] as const
export type ManagingLevel = (typeof MANAGING_LEVELS)[number]
export const MANAGING_LEVEL_LABELS: Record<ManagingLevel, string> = {
  XA: 'Cấp xã',
  HUYEN: 'Cấp huyện',
  TINH: 'Cấp tỉnh',
  TRUNG_UONG: 'Trung ương'
}

export const ENTERPRISE_SIZES = ['SIEU_NHO', 'NHO', 'VUA', 'LON', 'CHUA_XAC_DINH'] as const
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number]
export const ENTERPRISE_SIZE_LABELS: Record<EnterpriseSize, string> = {
  SIEU_NHO: 'Siêu nhỏ',
  NHO: 'Nhỏ',
  VUA: 'Vừa',
  LON: 'Lớn',
  CHUA_XAC_DINH: 'Chưa xác định'
}

export const EDUCATION_LEVELS = [
  'NHA_TRE', 'MAM_NON', 'TIEU_HOC', 'THCS', 'THPT', 'GDTX', 'GDNN', 'CAO_DANG', 'DAI_HOC', 'KHAC'
] as const
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]
export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  NHA_TRE: 'Nhà trẻ',
  MAM_NON: 'Mầm non',
  TIEU_HOC: 'Tiểu học',
  THCS: 'Trung học cơ sở',
  THPT: 'Trung học phổ thông',
  GDTX: 'Giáo dục thường xuyên',
  GDNN: 'Giáo dục nghề nghiệp',
  CAO_DANG: 'Cao đẳng',
  DAI_HOC: 'Đại học',
  KHAC: 'Khác'
}

/** What the head count of a unit means, by type: households for a KDC, people for the others. */
export function headcountLabel(type: UnitType): string | null {
  switch (type) {
    case 'KDC':
      return 'Số hộ'
    case 'CO_QUAN':
    case 'DOANH_NGHIEP':
      return 'Số cán bộ, người lao động'
    case 'CSGD':
      return 'Số cán bộ, giáo viên, người học'
    case 'XA':
      return null
  }
}
