import type { DocumentTypeModule } from '../document-type'
import { buildCertificates, certificateUnits } from './builder'

/** DOC-GCN (documents.md §4(f), PROPOSAL): scope = recognised units of the office's own types. */
export const certificateType: DocumentTypeModule = {
  entry: { kind: 'DOC-GCN', label: 'Giấy công nhận', description: 'Mỗi đơn vị được công nhận một trang (khổ ngang), theo số và ngày của quyết định.', issuer: 'UBND', typeAbbr: 'QĐ', numbered: true, signed: true },
  needs: { certificates: true },
  symbol: (_office, names) => `QĐ-${names.committeeAbbr}`,
  defaults: () => ({ addressees: [], recipients: [], bases: [], reference: null }),
  compose: ({ common, facts, names, unitsBy }) => {
    const data = { common, facts, committeeName: names.committeeInText, firstRegisterNumber: 1 }
    const units = unitsBy((f) => certificateUnits({ ...data, facts: f }))
    return { spec: buildCertificates({ ...data, units }), paragraphs: [], unitYearIds: units.map((u) => u.id), warnings: [] }
  }
}
