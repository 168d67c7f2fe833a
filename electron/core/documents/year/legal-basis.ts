import { defaultRegulationForYear, evaluationPeriod, regulationById } from '../../../../shared/domain/cycle/regulations'
import type { UnitType } from '../../../../shared/domain/units'

/**
 * The citation of the circular the year is bound to (`regulation_version`, domain.md §2.1), for the căn cứ lines;
 * the office edits those lines on the Văn bản page before generating.
 */
export interface LegalBasis {
  shortName: string
  citation: string
}

function regulationOf(regulationId: string | null, year: number) {
  return regulationId ? regulationById(regulationId) : (defaultRegulationForYear(year) ?? regulationById('TT124_2021'))
}

export function legalBasisFor(regulationId: string | null, year: number): LegalBasis {
  const regulation = regulationOf(regulationId, year)
  return { shortName: regulation.shortName, citation: regulation.title }
}

/** The assessment period of a type in the year, from the same version (domain.md §5). */
export function assessmentPeriod(regulationId: string | null, type: UnitType, year: number): { start: string; end: string } {
  return evaluationPeriod(regulationOf(regulationId, year), type, year)
}
