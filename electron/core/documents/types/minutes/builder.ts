import { validationError } from '../../../../../shared/api/errors'
import type { UnitType } from '../../../../../shared/domain/units'
import { ATANTT, shortDate } from '../../format/official-text'
import type { Block, DocSpec, TableRow } from '../../../../../shared/documents/spec'

/** DOC-BB-HOP: the evaluation-meeting minutes template a unit fills by hand (documents.md §4(g)). */
export interface MinutesData {
  year: number
  unitType: UnitType
  /** "khu dân cư", "cơ quan" … as written in the subject line. */
  unitNoun: string
  /** Managing body (regular) and the unit itself (bold), e.g. "ỦY BAN NHÂN DÂN PHƯỜNG 1" / "KHU PHỐ 3". */
  managingLines: string[]
  unitLines: string[]
  periodStart: string
  periodEnd: string
  /** "Thông tư số 23/2012/TT-BCA" — the version the criteria come from. */
  criteriaSource: string
  criteria: { number: number; text: string }[]
  participantsHint: string
  participantLines?: number
  sample?: boolean
}

export const PARTICIPANT_HINTS: Record<UnitType, string> = {
  KDC: 'cấp ủy chi bộ, Ban công tác Mặt trận, các đoàn thể, Công an phụ trách địa bàn, lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  XA: 'Đảng ủy, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc, các đoàn thể, Công an xã, phường',
  CO_QUAN: 'cấp ủy, lãnh đạo cơ quan, công đoàn, đoàn thanh niên, lực lượng bảo vệ cơ quan',
  DOANH_NGHIEP: 'cấp ủy (nếu có), lãnh đạo doanh nghiệp, công đoàn, lực lượng bảo vệ doanh nghiệp',
  CSGD: 'cấp ủy, Ban giám hiệu, công đoàn, đoàn thanh niên, đại diện cha mẹ học sinh'
}

function dotted(text: string, bold = false): Block {
  return { kind: 'paragraph', runs: [{ text, bold }], dottedTail: true }
}

function line(text: string, bold = false): Block {
  return { kind: 'paragraph', runs: [{ text, bold }] }
}

export function buildMinutes(data: MinutesData): DocSpec {
  if (data.criteria.length === 0) {
    throw validationError(`Chưa có tiêu chí nào được cấu hình cho loại đơn vị này theo ${data.criteriaSource}; không tạo được mẫu biên bản.`)
  }
  const rows: TableRow[] = data.criteria.map((c) => ({ kind: 'data', cells: [String(c.number), c.text, '□ Đạt\n□ Không đạt', ''] }))
  const blocks: Block[] = [
    { kind: 'header', parentLines: data.managingLines, issuerLines: data.unitLines, sampleMark: data.sample === true },
    { kind: 'title', typeName: 'BIÊN BẢN', subjectLines: [`Họp đánh giá kết quả xây dựng ${data.unitNoun} đạt tiêu chuẩn`, `${ATANTT} năm ${data.year}`] },
    line(`Thời gian bắt đầu: \t giờ \t phút, ngày \t tháng \t năm ${data.year}.`),
    dotted('Địa điểm: '),
    line(`Thành phần tham dự (${data.participantsHint}):`),
    ...Array.from({ length: data.participantLines ?? 8 }, (_, i) => dotted(`${i + 1}. Ông (bà): `)),
    dotted('Chủ trì: '),
    dotted('Thư ký: '),
    line('Có mặt: \t/\t người được triệu tập.'),
    { kind: 'centered', runs: [{ text: 'NỘI DUNG', bold: true }] },
    line(`1. Kỳ đánh giá: từ ngày ${shortDate(data.periodStart)} đến ngày ${shortDate(data.periodEnd)}.`),
    dotted('2. Tình hình, kết quả thực hiện: '),
    ...Array.from({ length: 5 }, () => dotted('')),
    line('3. Đánh giá từng tiêu chí:'),
    {
      kind: 'table',
      columns: [
        { title: 'STT', width: 800 },
        { title: `Tiêu chí (${data.criteriaSource})`, width: 4555, align: 'left' },
        { title: 'Kết quả', width: 1800 },
        { title: 'Minh chứng, ghi chú', width: 2200 }
      ],
      rows
    },
    dotted('4. Ý kiến thảo luận: '),
    ...Array.from({ length: 7 }, () => dotted('')),
    line('5. Biểu quyết (nếu có): \t/\t người đồng ý (\t%).'),
    line('6. Kết luận: □ Đề nghị công nhận đạt tiêu chuẩn.'),
    line('□ Chưa đủ điều kiện (tiêu chí chưa đạt: \t).'),
    line('Cuộc họp kết thúc vào lúc \t giờ \t phút cùng ngày./.'),
    { kind: 'signature', recipients: [], leftTitle: 'THƯ KÝ', leftName: '', hint: '(Ký, ghi rõ họ tên)', titleLine: 'CHỦ TRÌ', name: '' }
  ]
  return { kind: 'DOC-BB-HOP', title: `Mẫu biên bản họp đánh giá ${data.unitNoun} năm ${data.year}`, sections: [{ pageNumbers: true, lineSpacing: 1.5, blocks }] }
}
