import type { DocumentTypeModule } from '../document-type'
import { buildRegisteredList } from './builder'

/** DOC-DS-DANGKY (documents.md §4(b)). */
export const registeredListType: DocumentTypeModule = {
  entry: { kind: 'DOC-DS-DANGKY', label: 'Danh sách đơn vị đăng ký', description: 'Các đơn vị đã đăng ký xây dựng đạt tiêu chuẩn trong năm, theo địa bàn.', issuer: 'CONG_AN', typeAbbr: 'DS', numbered: true, signed: true },
  needs: {},
  // Phụ lục III lists no abbreviation for a danh sách; "DS" is the police offices' practice (APP, documents.md §2).
  symbol: (office) => `DS-${office.officeAbbreviation}`,
  defaults: (office) => ({ addressees: [], recipients: [office.upperUnitName ?? 'Công an tỉnh (PV05)'], bases: [], reference: null }),
  compose: ({ request, common, facts, unitsBy }) => ({
    spec: buildRegisteredList({ common, facts: { ...facts, units: unitsBy((f) => f.units) }, attachedTo: request.reference }),
    paragraphs: [],
    unitYearIds: [],
    warnings: []
  })
}
