import { legalBasisFor } from '../../year/legal-basis'
import type { DocumentTypeModule } from '../document-type'
import { buildDecision, decisionParagraphs, decisionUnits, defaultExecutors, type DecisionDraftData } from './builder'

/** DOC-QD-CONGNHAN (documents.md §4(e)): scope = units proposed and not yet decided; cites their tờ trình. */
export const decisionType: DocumentTypeModule = {
  entry: { kind: 'DOC-QD-CONGNHAN', label: 'Dự thảo quyết định công nhận', description: 'Dự thảo quyết định của Chủ tịch Ủy ban nhân dân, kèm danh sách đơn vị được công nhận.', issuer: 'UBND', typeAbbr: 'QĐ', numbered: true, signed: true },
  needs: { proposal: true },
  symbol: (_office, names) => `QĐ-${names.committeeAbbr}`,
  defaults: (office, facts, names) => ({
    // Điều 3's addressees (a decision has no Kính gửi).
    addressees: defaultExecutors(names.committeeInText, names.policeHeadTitle),
    recipients: [office.upperUnitName ?? 'Công an tỉnh (PV05)'],
    bases: ['Căn cứ Luật Tổ chức chính quyền địa phương', `Căn cứ ${legalBasisFor(facts.regulationId, facts.year).citation}`],
    reference: null
  }),
  compose: ({ request: req, common, facts, office, names, proposal, unitsBy }) => {
    const data: DecisionDraftData = {
      common,
      facts,
      committeeName: names.committeeInText,
      proposal: { number: proposal?.number ?? null, date: proposal?.date ?? null, year: proposal?.year ?? req.issueYear, symbol: `TTr-${office.officeAbbreviation}`, proposerTitle: names.policeHeadTitle },
      bases: req.bases,
      executors: req.addressees
    }
    data.units = unitsBy((f) => decisionUnits({ ...data, facts: f }))
    return { spec: buildDecision(data, req.texts), paragraphs: decisionParagraphs(data), unitYearIds: data.units.map((u) => u.id), warnings: [] }
  }
}
