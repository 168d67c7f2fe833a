import type { ColumnSpec } from './registry-columns'

/**
 * A year's registrations as a spreadsheet: one row per unit (found by its name and xã, phường, like the registry
 * import), the registration date and reference, and the counts of the registration (households for a khu dân cư,
 * staff briefed for an organisation).
 */
export const REGISTRATION_FIELDS = ['name', 'area', 'registeredOn', 'registrationRef', 'householdsTotal', 'householdsRegistered', 'staffTotal', 'staffBriefed'] as const
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number]

export const REGISTRATION_COLUMNS: ColumnSpec<RegistrationField>[] = [
  { field: 'name', header: 'Tên đơn vị', aliases: ['ten', 'ten don vi', 'ten khu dan cu', 'ten co quan', 'ten doanh nghiep', 'ten truong', 'don vi'], kind: 'text', width: 34, required: true },
  { field: 'area', header: 'Xã, phường', aliases: ['xa phuong', 'phuong xa', 'xa phuong thi tran', 'dia ban', 'khu vuc', 'phuong', 'xa', 'thuoc xa phuong'], kind: 'text', width: 24, required: true },
  { field: 'registeredOn', header: 'Ngày đăng ký', aliases: ['ngay dang ky', 'ngay dk', 'dang ky ngay', 'ngay'], kind: 'date', width: 14, required: true, hint: 'dd/mm/yyyy, trong kỳ đánh giá và không sau ngày hôm nay' },
  { field: 'registrationRef', header: 'Số văn bản đăng ký', aliases: ['so van ban dang ky', 'so dang ky', 'so ban dang ky', 'so ngay ban dang ky', 'so van ban'], kind: 'text', width: 20 },
  { field: 'householdsTotal', header: 'Số hộ đang cư trú', aliases: ['so ho dang cu tru', 'so ho', 'tong so ho'], kind: 'integer', width: 12, hint: 'Khu dân cư' },
  { field: 'householdsRegistered', header: 'Số hộ đăng ký', aliases: ['so ho dang ky', 'so ho tham gia dang ky'], kind: 'integer', width: 12, hint: 'Khu dân cư; không lớn hơn số hộ đang cư trú' },
  { field: 'staffTotal', header: 'Tổng số người', aliases: ['tong so nguoi', 'so nguoi', 'so can bo', 'quan so'], kind: 'integer', width: 12, hint: 'Cơ quan, doanh nghiệp, cơ sở giáo dục' },
  { field: 'staffBriefed', header: 'Số người được phổ biến', aliases: ['so nguoi duoc pho bien', 'so nguoi duoc quan triet', 'so nguoi dang ky'], kind: 'integer', width: 14, hint: 'Cơ quan, doanh nghiệp, cơ sở giáo dục; không lớn hơn tổng số người' }
]

export const REGISTRATION_SHEET = 'Đăng ký'
export const REGISTRATION_SHEET_ALIASES = ['dang ky', 'danh sach dang ky', 'registrations']
