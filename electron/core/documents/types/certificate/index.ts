import type { DocumentTypeModule } from '../document-type'
import { buildCertificates, certificateParagraphs, certificateUnits, undecided, UNVERIFIED_FORM, type CertificateData } from './builder'

/** DOC-GCN (documents.md §4(f), PROPOSAL): scope = recognised units of the office's own types, each with its decision. */
export const certificateType: DocumentTypeModule = {
  entry: { kind: 'DOC-GCN', label: 'Giấy công nhận', description: 'Mỗi đơn vị được công nhận một trang (khổ ngang), ghi quyết định công nhận của chính đơn vị và số vào sổ. Mẫu chưa xác minh: cơ quan sửa được các dòng chữ.', issuer: 'UBND', typeAbbr: 'QĐ', numbered: false, signed: true },
  needs: { certificates: true },
  symbol: (_office, names) => `QĐ-${names.committeeAbbr}`,
  defaults: () => ({ addressees: [], recipients: [], bases: [], reference: null }),
  compose: ({ request, common, facts, names, certificates, unitsBy }) => {
    const data: CertificateData = { common, facts, committeeName: names.committeeInText, certificates }
    data.units = unitsBy((f) => certificateUnits({ ...data, facts: f }))
    const blank = undecided(data)
    const warnings = [UNVERIFIED_FORM]
    if (blank.length > 0) {
      warnings.push(`${blank.length} đơn vị chưa được ghi quyết định công nhận (số, ngày) nên Giấy công nhận để trống số quyết định: ${blank.slice(0, 5).map((u) => u.name).join(', ')}${blank.length > 5 ? '…' : ''}.`)
    }
    return { spec: buildCertificates(data, request.texts), paragraphs: certificateParagraphs(data), unitYearIds: data.units.map((u) => u.id), warnings }
  }
}
