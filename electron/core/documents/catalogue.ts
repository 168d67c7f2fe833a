import type { DocKind } from '../../../shared/documents/spec'

/** What the Văn bản gallery shows for each DOC-* kind (documents.md §4). */
export interface CatalogueEntry {
  kind: DocKind
  label: string
  description: string
  /** Who issues it: the People's Committee (drafted by the police) or the police office itself. */
  issuer: 'UBND' | 'CONG_AN'
  /** Phụ lục III abbreviation; null for a công văn (no "CV"). */
  typeAbbr: string | null
  /** Whether the document has a number and a date (a list and the minutes template have none). */
  numbered: boolean
  /** Whether it carries a signature block. */
  signed: boolean
}

export const CATALOGUE: CatalogueEntry[] = [
  { kind: 'DOC-CV-DONDOC', label: 'Công văn đôn đốc đăng ký', description: 'Nhắc lại kết quả năm trước, nêu tồn tại và giao nhiệm vụ đăng ký năm mới (theo mẫu Công văn số 1888/UBND-CATP).', issuer: 'UBND', typeAbbr: null, numbered: true, signed: true },
  { kind: 'DOC-DS-DANGKY', label: 'Danh sách đơn vị đăng ký', description: 'Các đơn vị đã đăng ký xây dựng đạt tiêu chuẩn trong năm, theo địa bàn.', issuer: 'CONG_AN', typeAbbr: null, numbered: false, signed: true },
  { kind: 'DOC-BC-KETQUA', label: 'Báo cáo kết quả năm', description: 'Báo cáo kết quả thực hiện với bảng thống kê theo loại đơn vị, theo địa bàn và so sánh với năm trước.', issuer: 'CONG_AN', typeAbbr: 'BC', numbered: true, signed: true },
  { kind: 'DOC-TTR-CONGNHAN', label: 'Tờ trình đề nghị công nhận', description: 'Công an đề nghị Ủy ban nhân dân công nhận các đơn vị đạt tiêu chuẩn, kèm danh sách.', issuer: 'CONG_AN', typeAbbr: 'TTr', numbered: true, signed: true },
  { kind: 'DOC-QD-CONGNHAN', label: 'Dự thảo quyết định công nhận', description: 'Dự thảo quyết định của Chủ tịch Ủy ban nhân dân, kèm danh sách đơn vị được công nhận.', issuer: 'UBND', typeAbbr: 'QĐ', numbered: true, signed: true },
  { kind: 'DOC-GCN', label: 'Giấy công nhận', description: 'Mỗi đơn vị được công nhận một trang (khổ ngang), theo số và ngày của quyết định.', issuer: 'UBND', typeAbbr: 'QĐ', numbered: true, signed: true },
  { kind: 'DOC-BB-HOP', label: 'Mẫu biên bản họp đánh giá', description: 'Mẫu biên bản để đơn vị điền khi họp đánh giá, in sẵn các tiêu chí của loại đơn vị.', issuer: 'UBND', typeAbbr: 'BB', numbered: false, signed: false }
]

export function catalogueEntry(kind: DocKind): CatalogueEntry {
  const entry = CATALOGUE.find((e) => e.kind === kind)
  if (!entry) throw new Error(`Unknown document kind ${kind}`)
  return entry
}
