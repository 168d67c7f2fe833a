import { validationError } from '../../../../../shared/api/errors'
import { MESSAGES } from '../../../../../shared/domain/cycle/messages'
import { legalBasisFor } from '../../year/legal-basis'
import { requireReference } from '../shared/common'
import { typeNoun } from '../../year/year-facts'
import type { OfficeProfile } from '../../../../../shared/api/calls/settings'
import type { YearFacts } from '../../year/year-facts'
import type { DocumentTypeModule } from '../document-type'
import { buildDispatch, dispatchParagraphs, type DispatchData } from './builder'

/**
 * Who the công văn addresses below the cơ quan, đơn vị: a district or a province has communes under it; a ward or
 * commune (law-2026.md §3: the common office since 07/2025) has its khu dân cư.
 */
function lowerBodies(office: OfficeProfile, facts: YearFacts): { addressee: string; inText: string } {
  if (office.level === 'XA') return { addressee: 'Trưởng các khu dân cư', inText: 'các khu dân cư' }
  const communes = typeNoun('XA', facts)
  return { addressee: `Chủ tịch Ủy ban nhân dân các ${communes}`, inText: `Ủy ban nhân dân các ${communes}` }
}

/** DOC-CV-DONDOC (documents.md §4(a)). */
export const dispatchType: DocumentTypeModule = {
  entry: { kind: 'DOC-CV-DONDOC', label: 'Công văn đôn đốc đăng ký', description: 'Nhắc lại kết quả năm trước, nêu tồn tại và giao nhiệm vụ đăng ký năm mới (theo mẫu Công văn số 1888/UBND-CATP).', issuer: 'UBND', typeAbbr: null, numbered: true, signed: true },
  needs: { previousYear: true },
  symbol: (office, names) => `${names.committeeAbbr}-${office.officeAbbreviation}`,
  defaults: (office, facts) => {
    const upperUnit = office.upperUnitName ?? 'Công an tỉnh (PV05)'
    return {
      addressees: ['Thủ trưởng các cơ quan, đơn vị', lowerBodies(office, facts).addressee],
      recipients: [upperUnit],
      bases: [],
      // The upstream công văn is cited with its number and date: staff type it, nothing is guessed.
      reference: null
    }
  },
  compose: ({ request: req, common, facts, previousFacts, names, office }) => {
    const basis = legalBasisFor(facts.regulationId, req.year)
    const deadlines = facts.deadlines
    if (!deadlines) throw validationError(MESSAGES.V16(req.year))
    const data: DispatchData = {
      common,
      previous: previousFacts,
      current: null,
      year: req.year,
      subjectLines: [`tiếp tục đẩy mạnh thực hiện`, basis.shortName],
      addressees: req.addressees,
      upstreamReference: requireReference(req.reference, 'văn bản cấp trên (số, ngày)'),
      circular: basis.shortName,
      issuerInText: names.committeeInText,
      policeInText: names.policeInText,
      committeeInText: names.committeeInText,
      lowerBodiesInText: lowerBodies(office, previousFacts ?? facts).inText,
      // The year's own dates (law-2026.md §1.3, §1.4): registration in Quý I, dossiers of the communes and organisations.
      registrationDue: deadlines.registrationDue ?? deadlines.dossierDueKdc,
      dossierDue: deadlines.dossierDueOther
    }
    return { spec: buildDispatch(data, req.texts), paragraphs: dispatchParagraphs(data), unitYearIds: [], warnings: [] }
  }
}
