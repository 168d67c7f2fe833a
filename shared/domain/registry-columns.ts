/**
 * The registry as a spreadsheet: one sheet of areas, one of units. The headers are what the template and the export
 * write; the aliases are what the import also recognises (compared folded: no diacritics, no case, no punctuation).
 */
export type ColumnKind = 'text' | 'integer' | 'date' | 'boolean' | 'list'

export interface ColumnSpec<F extends string = string> {
  field: F
  header: string
  aliases: string[]
  kind: ColumnKind
  width: number
  required?: boolean
  hint?: string
}

export const UNIT_FIELDS = [
  'name', 'type', 'area', 'kdcSubtype', 'managingLevel', 'address', 'headName', 'headTitle', 'phone', 'email',
  'householdsTotal', 'staffTotal', 'isArmedForces', 'enterpriseSize', 'educationLevels', 'activeFrom', 'note'
] as const
export type UnitField = (typeof UNIT_FIELDS)[number]

export const UNIT_COLUMNS: ColumnSpec<UnitField>[] = [
  { field: 'name', header: 'Tên đơn vị', aliases: ['ten', 'ten don vi', 'ten khu dan cu', 'ten co quan', 'ten doanh nghiep', 'ten truong', 'don vi'], kind: 'text', width: 34, required: true },
  { field: 'type', header: 'Loại đơn vị', aliases: ['loai', 'loai don vi', 'phan loai'], kind: 'text', width: 18, required: true, hint: 'Khu dân cư, Cơ quan, Doanh nghiệp, Cơ sở giáo dục' },
  { field: 'area', header: 'Xã, phường', aliases: ['xa phuong', 'phuong xa', 'xa phuong thi tran', 'dia ban', 'khu vuc', 'phuong', 'xa', 'thuoc xa phuong'], kind: 'text', width: 24, required: true },
  { field: 'kdcSubtype', header: 'Loại khu dân cư', aliases: ['loai khu dan cu', 'loai kdc'], kind: 'text', width: 16, hint: 'thôn, khu phố, tổ dân phố…' },
  { field: 'managingLevel', header: 'Cấp quản lý', aliases: ['cap quan ly'], kind: 'text', width: 14, hint: 'Cấp xã, Cấp huyện, Cấp tỉnh' },
  { field: 'address', header: 'Địa chỉ', aliases: ['dia chi', 'tru so'], kind: 'text', width: 34 },
  { field: 'headName', header: 'Người đứng đầu', aliases: ['nguoi dung dau', 'ho ten nguoi dung dau', 'truong khu', 'thu truong', 'giam doc', 'hieu truong'], kind: 'text', width: 24 },
  { field: 'headTitle', header: 'Chức vụ', aliases: ['chuc vu', 'chuc danh'], kind: 'text', width: 18 },
  { field: 'phone', header: 'Số điện thoại', aliases: ['so dien thoai', 'dien thoai', 'sdt', 'dt'], kind: 'text', width: 16 },
  { field: 'email', header: 'Thư điện tử', aliases: ['thu dien tu', 'email', 'e mail'], kind: 'text', width: 22 },
  { field: 'householdsTotal', header: 'Số hộ', aliases: ['so ho', 'so ho gia dinh', 'tong so ho', 'so ho dang cu tru'], kind: 'integer', width: 10 },
  { field: 'staffTotal', header: 'Số người', aliases: ['so nguoi', 'tong so nguoi', 'so can bo', 'so lao dong', 'quan so'], kind: 'integer', width: 10 },
  { field: 'isArmedForces', header: 'Lực lượng vũ trang', aliases: ['luc luong vu trang', 'llvt'], kind: 'boolean', width: 12, hint: 'Có / Không' },
  { field: 'enterpriseSize', header: 'Quy mô doanh nghiệp', aliases: ['quy mo doanh nghiep', 'quy mo'], kind: 'text', width: 16, hint: 'Siêu nhỏ, Nhỏ, Vừa, Lớn' },
  { field: 'educationLevels', header: 'Cấp học', aliases: ['cap hoc'], kind: 'list', width: 22, hint: 'Mầm non, Tiểu học, THCS, THPT… cách nhau bởi dấu phẩy' },
  { field: 'activeFrom', header: 'Ngày bắt đầu hoạt động', aliases: ['ngay bat dau hoat dong', 'ngay thanh lap', 'ngay hoat dong'], kind: 'date', width: 14, hint: 'dd/mm/yyyy' },
  { field: 'note', header: 'Ghi chú', aliases: ['ghi chu'], kind: 'text', width: 30 }
]

export const AREA_FIELDS = ['name', 'kind', 'parent', 'officialCode', 'sortOrder', 'note'] as const
export type AreaField = (typeof AREA_FIELDS)[number]

export const AREA_COLUMNS: ColumnSpec<AreaField>[] = [
  { field: 'name', header: 'Tên địa bàn', aliases: ['ten', 'ten dia ban', 'ten khu vuc', 'ten xa phuong'], kind: 'text', width: 30, required: true },
  { field: 'kind', header: 'Loại địa bàn', aliases: ['loai', 'loai dia ban', 'loai khu vuc', 'cap'], kind: 'text', width: 22, required: true, hint: 'Tỉnh, Huyện, Xã, Phường, Thị trấn, Đặc khu' },
  { field: 'parent', header: 'Trực thuộc', aliases: ['truc thuoc', 'cap tren', 'thuoc'], kind: 'text', width: 30 },
  { field: 'officialCode', header: 'Mã hành chính', aliases: ['ma hanh chinh', 'ma', 'ma dvhc'], kind: 'text', width: 14 },
  { field: 'sortOrder', header: 'Thứ tự', aliases: ['thu tu', 'stt'], kind: 'integer', width: 8 },
  { field: 'note', header: 'Ghi chú', aliases: ['ghi chu'], kind: 'text', width: 30 }
]

export const UNIT_SHEET = 'Đơn vị'
export const AREA_SHEET = 'Địa bàn'
export const UNIT_SHEET_ALIASES = ['don vi', 'danh sach don vi', 'danh muc don vi', 'units']
export const AREA_SHEET_ALIASES = ['dia ban', 'khu vuc', 'danh muc dia ban', 'areas']
