import { validationError } from '../../../../../shared/api/errors'
import { ATANTT, placeDateLine, reference, upper } from '../../format/official-text'
import type { DocSpec, SectionSpec } from '../../../../../shared/documents/spec'
import type { UnitFact, YearFacts } from '../../year/year-facts'
import { listHeaderBlock, type CommonInput } from '../shared/common'

/**
 * DOC-GCN: one Giấy công nhận per recognised unit, one landscape page each (documents.md §4(f), PROPOSAL: the office
 * may adapt it). `common.number/date` are the decision's; the certificate date defaults to the decision date.
 */
export interface CertificateData {
  common: CommonInput
  facts: YearFacts
  /** "Ủy ban nhân dân thành phố Vũng Tàu" */
  committeeName: string
  units?: UnitFact[]
  /** First số vào sổ of this batch (the register numbers from 1 each year). */
  firstRegisterNumber: number
}

export function certificateUnits(data: CertificateData): UnitFact[] {
  return data.units ?? data.facts.units.filter((u) => u.outcome === 'DA_CONG_NHAN' && data.facts.processedTypes.includes(u.type))
}

/** A long name shrinks from 20 to 16 pt before it wraps (documents.md §4(f) edge cases). */
export function nameSize(name: string): number {
  return name.length <= 40 ? 20 : name.length <= 60 ? 18 : 16
}

export function buildCertificates(data: CertificateData): DocSpec {
  const units = certificateUnits(data)
  if (units.length === 0) throw validationError('Chưa có đơn vị nào được công nhận; không có Giấy công nhận để in.')
  const collective = (data.common.signer.authorityLine ?? '').startsWith('TM.')
  const authority = collective ? upper(data.committeeName) : `CHỦ TỊCH ${upper(data.committeeName)}`
  const byWhom = collective ? data.committeeName : `Chủ tịch ${data.committeeName}`
  const sections: SectionSpec[] = units.map((unit, i) => ({
    landscape: true,
    pageNumbers: false,
    blocks: [
      listHeaderBlock(data.common),
      { kind: 'title', typeName: 'GIẤY CÔNG NHẬN', typeNamePt: 26, subjectLines: [], noRule: true },
      { kind: 'centered', runs: [{ text: authority, bold: true }], pt: 14, beforePt: 6 },
      { kind: 'centered', runs: [{ text: 'công nhận', italic: true }], pt: 14, beforePt: 6 },
      { kind: 'centered', runs: [{ text: upper(unit.name), bold: true }], pt: nameSize(unit.name), beforePt: 6 },
      ...(unit.address ? [{ kind: 'centered' as const, runs: [{ text: `Địa chỉ: ${unit.address}` }], pt: 14, beforePt: 6 }] : []),
      { kind: 'centered', runs: [{ text: `Đạt tiêu chuẩn ${ATANTT} năm ${data.facts.year}`, bold: true }], pt: 16, beforePt: 6 },
      {
        kind: 'centered',
        runs: [{ text: `(Theo Quyết định ${reference(data.common.number, data.common.symbol, data.common.date, data.common.issueYear)} của ${byWhom})`, italic: true }],
        pt: 13,
        beforePt: 6
      },
      {
        kind: 'signature',
        recipients: [],
        leftNote: `Số vào sổ: ${data.firstRegisterNumber + i}`,
        dateLine: placeDateLine(data.common.issuer.place, data.common.date, data.common.issueYear),
        ...(data.common.signer.authorityLine ? { authorityLine: data.common.signer.authorityLine } : {}),
        titleLine: data.common.signer.titleLine,
        name: data.common.signer.name
      }
    ]
  }))
  return { kind: 'DOC-GCN', title: `Giấy công nhận năm ${data.facts.year}`, sections }
}
