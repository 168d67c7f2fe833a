import { upper } from '../../format/official-text'
import { assessmentPeriod, legalBasisFor } from '../../year/legal-basis'
import { typeNoun, typeTitle } from '../../year/year-facts'
import type { DocumentTypeModule } from '../document-type'
import { committeeLines, COMMITTEE } from '../shared/office-names'
import { buildMinutes, PARTICIPANT_HINTS } from './builder'

/** DOC-BB-HOP (documents.md §4(g)): a template per unit type, with the year's criteria of that type. */
export const minutesType: DocumentTypeModule = {
  entry: { kind: 'DOC-BB-HOP', label: 'Mẫu biên bản họp đánh giá', description: 'Mẫu biên bản để đơn vị điền khi họp đánh giá, in sẵn các tiêu chí của loại đơn vị.', issuer: 'UBND', typeAbbr: 'BB', numbered: false, signed: false },
  needs: { criteria: true },
  symbol: () => null,
  defaults: () => ({ addressees: [], recipients: [], bases: [], reference: null }),
  compose: ({ request: req, facts, office, scopeArea, criteria, sample }) => {
    const type = req.unitType ?? 'XA'
    const set = criteria ?? { source: legalBasisFor(facts.regulationId, req.year).shortName, criteria: [], warnings: [] }
    const period = assessmentPeriod(facts.regulationId, type, req.year)
    const managing = scopeArea ? [COMMITTEE, upper(scopeArea.name)] : committeeLines(office.peoplesCommitteeName)
    const spec = buildMinutes({
      year: req.year,
      unitType: type,
      unitNoun: typeNoun(type, facts),
      managingLines: type === 'XA' ? [] : managing,
      unitLines: type === 'XA' ? managing : [upper(typeTitle(type, facts))],
      periodStart: period.start,
      periodEnd: period.end,
      criteriaSource: set.source,
      criteria: set.criteria,
      participantsHint: PARTICIPANT_HINTS[type],
      sample
    })
    return { spec, paragraphs: [], unitYearIds: [], warnings: [...set.warnings] }
  }
}
