import { basesFor, legalBasisFor } from '../../year/legal-basis'
import type { DocumentTypeModule } from '../document-type'
import { buildProposal, proposalParagraphs, proposedUnits, type ProposalData } from './builder'
import { addresseeOfProposal, unverifiedAuthorityWarnings } from './addressee'

/** DOC-TTR-CONGNHAN (documents.md §4(d)): scope = units that passed appraisal or are in a tờ trình. */
export const proposalType: DocumentTypeModule = {
  entry: { kind: 'DOC-TTR-CONGNHAN', label: 'Tờ trình đề nghị công nhận', description: 'Công an đề nghị Ủy ban nhân dân công nhận các đơn vị đạt tiêu chuẩn, kèm danh sách.', issuer: 'CONG_AN', typeAbbr: 'TTr', numbered: true, signed: true },
  needs: {},
  symbol: (office) => `TTr-${office.officeAbbreviation}`,
  defaults: (_office, facts, names) => ({
    addressees: [addresseeOfProposal(proposedUnits({ facts }), names.committeeInText)],
    recipients: [`Lãnh đạo ${names.policeInText}`],
    bases: basesFor('DOC-TTR-CONGNHAN', legalBasisFor(facts.regulationId, facts.year)),
    reference: null
  }),
  compose: ({ request: req, common, facts, names, unitsBy }) => {
    const data: ProposalData = { common, facts, committeeInText: names.committeeInText, policeInText: names.policeInText, bases: req.bases }
    data.units = unitsBy((f) => proposedUnits({ ...data, facts: f }))
    // Addressed to the body that recognises the units listed — the same rule as the unit-year page (issue 11 item 10).
    data.committeeInText = addresseeOfProposal(data.units, names.committeeInText)
    return { spec: buildProposal(data, req.texts), paragraphs: proposalParagraphs(data), unitYearIds: data.units.map((u) => u.id), warnings: unverifiedAuthorityWarnings(data.units) }
  }
}
