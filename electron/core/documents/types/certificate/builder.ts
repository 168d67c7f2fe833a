import { validationError } from '../../../../../shared/api/errors'
import { ATANTT, placeDateLine, reference, upper } from '../../format/official-text'
import type { DocSpec, SectionSpec } from '../../../../../shared/documents/spec'
import type { UnitFact, YearFacts } from '../../year/year-facts'
import type { CertificateFact } from '../document-type'
import { listHeaderBlock, textOf, type CommonInput, type EditableParagraph, type Texts } from '../shared/common'

/**
 * DOC-GCN: one Giấy công nhận per recognised unit, one landscape page each (documents.md §4(f), PROPOSAL: TT 124
 * Điều 12.2 prescribes a form whose appendix is not verified, so the layout is the office's to adapt). Each page
 * cites its own unit's recorded decision and prints the số vào sổ stored on the unit's record.
 */
export interface CertificateData {
  common: CommonInput
  facts: YearFacts
  /** "Ủy ban nhân dân thành phố Vũng Tàu" */
  committeeName: string
  units?: UnitFact[]
  /** Per unit-year: its decision and số vào sổ; without it the decision is blank and numbers run from 1. */
  certificates?: Map<number, CertificateFact> | null
}

export const UNVERIFIED_FORM = 'Mẫu Giấy công nhận theo Thông tư số 124/2021/TT-BCA Điều 12.2 chưa xác minh: bố cục là đề xuất của ứng dụng, cơ quan sửa các dòng chữ cho đúng mẫu được ban hành.'

export function certificateUnits(data: CertificateData): UnitFact[] {
  return data.units ?? data.facts.units.filter((u) => u.outcome === 'DA_CONG_NHAN' && data.facts.processedTypes.includes(u.type))
}

/** A long name shrinks from 20 to 16 pt before it wraps (documents.md §4(f) edge cases). */
export function nameSize(name: string): number {
  return name.length <= 40 ? 20 : name.length <= 60 ? 18 : 16
}

/** The editable lines of the layout (chưa xác minh): the office adapts them to the form it has. */
export function certificateParagraphs(data: CertificateData): EditableParagraph[] {
  return [
    { key: 'verb', label: 'Dòng dưới thẩm quyền (mẫu chưa xác minh)', text: 'công nhận' },
    { key: 'standard', label: 'Dòng tiêu chuẩn (mẫu chưa xác minh)', text: `Đạt tiêu chuẩn ${ATANTT} năm ${data.facts.year}` }
  ]
}

/** Units whose decision is not recorded yet (their certificate prints the blanks). */
export function undecided(data: CertificateData): UnitFact[] {
  return certificateUnits(data).filter((u) => (data.certificates?.get(u.id)?.decisionNumber ?? null) === null)
}

export function buildCertificates(data: CertificateData, texts: Texts = {}): DocSpec {
  const units = certificateUnits(data)
  if (units.length === 0) throw validationError('Chưa có đơn vị nào được công nhận; không có Giấy công nhận để in.')
  const defaults = certificateParagraphs(data)
  const t = (key: string) => textOf(texts, defaults, key)
  const collective = (data.common.signer.authorityLine ?? '').startsWith('TM.')
  const authority = collective ? upper(data.committeeName) : `CHỦ TỊCH ${upper(data.committeeName)}`
  const byWhom = collective ? data.committeeName : `Chủ tịch ${data.committeeName}`
  const decisionSymbol = data.common.symbol
  const sections: SectionSpec[] = units.map((unit, i) => {
    const own = data.certificates?.get(unit.id)
    const number = own?.decisionNumber ?? null
    const date = own?.decisionDate ?? null
    const issueYear = date ? Number(date.slice(0, 4)) : data.common.issueYear
    return {
      landscape: true,
      pageNumbers: false,
      blocks: [
        listHeaderBlock(data.common),
        { kind: 'title', typeName: 'GIẤY CÔNG NHẬN', typeNamePt: 26, subjectLines: [], noRule: true },
        { kind: 'centered', runs: [{ text: authority, bold: true }], pt: 14, beforePt: 6 },
        { kind: 'centered', runs: [{ text: t('verb'), italic: true }], pt: 14, beforePt: 6 },
        { kind: 'centered', runs: [{ text: upper(unit.name), bold: true }], pt: nameSize(unit.name), beforePt: 6 },
        ...(unit.address ? [{ kind: 'centered' as const, runs: [{ text: `Địa chỉ: ${unit.address}` }], pt: 14, beforePt: 6 }] : []),
        { kind: 'centered', runs: [{ text: t('standard'), bold: true }], pt: 16, beforePt: 6 },
        {
          kind: 'centered',
          runs: [{ text: `(Theo Quyết định ${reference(number, own?.decisionSymbol ?? decisionSymbol, date, issueYear)} của ${byWhom})`, italic: true }],
          pt: 13,
          beforePt: 6
        },
        {
          kind: 'signature',
          recipients: [],
          leftNote: `Số vào sổ: ${own?.registerNumber ?? i + 1}`,
          // The certificate is dated with its decision unless the office gives another date.
          dateLine: placeDateLine(data.common.issuer.place, data.common.date ?? date, data.common.date ? data.common.issueYear : issueYear),
          ...(data.common.signer.authorityLine ? { authorityLine: data.common.signer.authorityLine } : {}),
          titleLine: data.common.signer.titleLine,
          name: data.common.signer.name,
          ...(data.common.signer.rank ? { rank: data.common.signer.rank } : {})
        }
      ]
    }
  })
  return { kind: 'DOC-GCN', title: `Giấy công nhận năm ${data.facts.year}`, sections }
}
