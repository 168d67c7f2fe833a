/** How the audit log reads to a person (Nhật ký page): entities, actions and column names in Vietnamese. */

export const AUDIT_ENTITIES = ['admin_area', 'unit', 'office_profile', 'signer', 'app'] as const
export type AuditEntity = (typeof AUDIT_ENTITIES)[number]

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  admin_area: 'Khu vực',
  unit: 'Đơn vị',
  office_profile: 'Hồ sơ cơ quan',
  signer: 'Người ký',
  app: 'Toàn bộ dữ liệu',
  movement_model: 'Mô hình phong trào',
  model_year: 'Mô hình phong trào theo năm'
}

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  CREATE: 'Thêm',
  UPDATE: 'Sửa',
  DELETE: 'Xóa',
  SAMPLE_LOAD: 'Nạp dữ liệu mẫu',
  SAMPLE_REMOVE: 'Xóa dữ liệu mẫu',
  RESTORE: 'Khôi phục từ bản sao lưu',
  RESTORE_UNDO: 'Hoàn tác khôi phục',
  IMPORT: 'Nhập từ Excel',
  HANDOVER_IMPORT: 'Nhận gói bàn giao'
}

export const AUDIT_FIELD_LABELS: Record<string, string> = {
  name: 'Tên',
  kind: 'Loại khu vực',
  parent_id: 'Khu vực cấp trên',
  official_code: 'Mã hành chính',
  sort_order: 'Thứ tự',
  valid_from: 'Hiệu lực từ',
  valid_to: 'Hiệu lực đến',
  is_sample: 'Dữ liệu mẫu',
  note: 'Ghi chú',
  host_unit_id: 'Đơn vị chủ trì',
  established_on: 'Ngày thành lập',
  ended_on: 'Ngày kết thúc',
  model_id: 'Mô hình',
  year: 'Năm',
  members: 'Số thành viên',
  effective: 'Hoạt động hiệu quả',
  type: 'Loại đơn vị',
  kdc_subtype: 'Loại khu dân cư',
  area_id: 'Khu vực',
  managing_level: 'Cấp quản lý',
  managing_area_id: 'Khu vực quản lý',
  address: 'Địa chỉ',
  head_name: 'Người đứng đầu',
  head_title: 'Chức vụ',
  phone: 'Số điện thoại',
  email: 'Thư điện tử',
  households_total: 'Tổng số hộ',
  staff_total: 'Tổng số người',
  is_armed_forces: 'Lực lượng vũ trang',
  enterprise_size: 'Quy mô doanh nghiệp',
  education_levels: 'Cấp học',
  exclusion_code: 'Ngoài phạm vi TT 124',
  active: 'Đang hoạt động',
  active_from: 'Ngày bắt đầu hoạt động',
  inactive_from: 'Ngày ngừng hoạt động',
  inactive_reason: 'Lý do ngừng hoạt động',
  successor_unit_id: 'Đơn vị kế thừa',
  level: 'Cấp cơ quan',
  parent_body_name: 'Cơ quan chủ quản',
  office_name: 'Tên cơ quan',
  office_abbreviation: 'Chữ viết tắt',
  team_name: 'Đội, phòng',
  peoples_committee_name: 'Ủy ban nhân dân',
  peoples_committee_abbreviation: 'Chữ viết tắt UBND',
  steering_committee_name: 'Ban Chỉ đạo',
  steering_committee_abbreviation: 'Chữ viết tắt BCĐ',
  upper_unit_name: 'Cơ quan cấp trên',
  place_name: 'Địa danh',
  root_area_id: 'Địa bàn quản lý',
  body: 'Cơ quan của người ký',
  authority_prefix: 'Thẩm quyền ký',
  authority_line: 'Dòng thẩm quyền',
  title_line: 'Chức vụ người ký'
}
