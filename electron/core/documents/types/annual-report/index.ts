import type { DocumentTypeModule } from '../document-type'
import { requireReference } from '../shared/common'
import { buildAnnualReport, reportParagraphs, type AnnualReportData } from './builder'

/** DOC-BC-KETQUA (documents.md §4(c)). */
export const annualReportType: DocumentTypeModule = {
  entry: { kind: 'DOC-BC-KETQUA', label: 'Báo cáo kết quả năm', description: 'Báo cáo kết quả thực hiện với bảng thống kê theo loại đơn vị, theo địa bàn và so sánh với năm trước.', issuer: 'CONG_AN', typeAbbr: 'BC', numbered: true, signed: true },
  needs: {},
  symbol: (office) => `BC-${office.officeAbbreviation}`,
  defaults: (office, _facts, names) => ({
    addressees: [office.upperUnitName ?? 'Công an tỉnh (PV05)'],
    recipients: [names.committeeInText],
    bases: [],
    // The directing plan or dispatch is cited with its number and date: staff type it, nothing is guessed.
    reference: null
  }),
  compose: ({ request: req, common, facts, names }) => {
    const data: AnnualReportData = { common, facts, reporterInText: names.policeInText, directive: requireReference(req.reference, 'văn bản chỉ đạo (số, ngày)'), addressees: req.addressees }
    return { spec: buildAnnualReport(data, req.texts), paragraphs: reportParagraphs(data), unitYearIds: [], warnings: [] }
  }
}
