import type { DocKind } from './spec'
import type { WordingPartInfo } from '../api/calls/document-office'

/** The lists every numbered document takes from the request (one line each). */
const LIST_PARTS: WordingPartInfo[] = [
  { part: 'addressees', label: 'Kính gửi (mỗi dòng một nơi)', list: true },
  { part: 'bases', label: 'Căn cứ (mỗi dòng một căn cứ)', list: true },
  { part: 'recipients', label: 'Nơi nhận (mỗi dòng một nơi; dòng “Lưu: VT, …” được thêm tự động)', list: true }
]

const paragraph = (part: string, label: string): WordingPartInfo => ({ part, label, list: false })

/**
 * What the office may word for itself, per type: the builders' editable paragraph keys (their per-document editor
 * shows the same keys) and the request's lists. A type without own paragraphs (list, certificate, minutes) has none.
 */
export const WORDING_PARTS: Partial<Record<DocKind, WordingPartInfo[]>> = {
  'DOC-CV-DONDOC': [
    LIST_PARTS[0]!,
    LIST_PARTS[2]!,
    paragraph('intro', 'Căn cứ văn bản cấp trên'),
    paragraph('result', 'Kết quả năm trước'),
    paragraph('weak', 'Tồn tại, hạn chế'),
    paragraph('lead', 'Yêu cầu'),
    paragraph('tasks', 'Các nhiệm vụ'),
    paragraph('closing', 'Giao nhiệm vụ')
  ],
  'DOC-TTR-CONGNHAN': [
    LIST_PARTS[0]!,
    LIST_PARTS[1]!,
    LIST_PARTS[2]!,
    paragraph('summary', 'Tóm tắt kết quả'),
    paragraph('failures', 'Đơn vị chưa đủ điều kiện'),
    paragraph('request', 'Đề nghị'),
    paragraph('closing', 'Kết thúc')
  ],
  'DOC-QD-CONGNHAN': [LIST_PARTS[1]!, LIST_PARTS[2]!, paragraph('article1', 'Điều 1'), paragraph('article2', 'Điều 2'), paragraph('article3', 'Điều 3')],
  'DOC-BC-KETQUA': [
    LIST_PARTS[0]!,
    LIST_PARTS[2]!,
    paragraph('intro', 'Mở đầu'),
    paragraph('situation', 'I. Đặc điểm tình hình'),
    paragraph('leadership', 'II. Công tác lãnh đạo, chỉ đạo, triển khai'),
    paragraph('registration', 'III.1. Kết quả đăng ký'),
    paragraph('recognition', 'III.2. Kết quả đánh giá, đề nghị công nhận'),
    paragraph('comparison', 'III.3. So sánh với năm trước'),
    paragraph('assessment', 'IV. Đánh giá chung'),
    paragraph('directions', 'V. Phương hướng, nhiệm vụ năm sau'),
    paragraph('proposals', 'VI. Kiến nghị, đề xuất'),
    paragraph('closing', 'Kết thúc')
  ],
  'DOC-DS-DANGKY': [LIST_PARTS[2]!]
}

export function wordingParts(kind: DocKind): WordingPartInfo[] {
  return WORDING_PARTS[kind] ?? []
}

/** The types the office can word for itself (Cài đặt → Mẫu văn bản lists them). */
export const WORDING_KINDS = Object.keys(WORDING_PARTS) as DocKind[]
