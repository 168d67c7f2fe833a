import type { Kysely } from 'kysely'
import { defaultRegulationForYear, PLACEHOLDER_NOTE, regulationById, type TextStatus } from '../../../../shared/domain/cycle/regulations'
import type { UnitType } from '../../../../shared/domain/units'
import { criteriaOfSet } from '../../cycle/criteria-store'
import type { Database } from '../../db/schema'

export interface CriterionText {
  number: number
  text: string
  textStatus: TextStatus
}

export interface CriteriaSet {
  source: string
  criteria: CriterionText[]
  /** V30: criteria whose wording is not verified against the original text; generating asks for a confirmation. */
  warnings: string[]
}

/** V30 (domain.md §8). */
export function unverifiedCriteriaWarning(numbers: number[]): string {
  return `Nội dung tiêu chí ${numbers.join(', ')} chưa được xác minh theo văn bản gốc. Vẫn tạo văn bản?`
}

/**
 * The criteria the year is bound to (eval_year → criterion set, office-editable), for the minutes template. A year
 * not opened yet falls back to the shipped criteria of the version its year maps to. Unverified wording is printed
 * as the criterion's short title, never as invented legal text, and reported in `warnings`.
 */
export async function loadCriteria(db: Kysely<Database>, year: number, type: UnitType): Promise<CriteriaSet> {
  const yearRow = await db.selectFrom('eval_year').select(['regulation_id', 'criterion_set_id']).where('year', '=', year).executeTakeFirst()
  const regulation = yearRow ? regulationById(yearRow.regulation_id) : defaultRegulationForYear(year)
  if (!regulation) return { source: '', criteria: [], warnings: [] }
  const rows = yearRow
    ? (await criteriaOfSet(db, yearRow.criterion_set_id, type)).map((c) => ({ number: c.number, shortTitle: c.short_title, text: c.text, textStatus: c.text_status }))
    : regulation.criteria[type].map((c) => ({ number: c.number, shortTitle: c.shortTitle, text: c.text ?? null, textStatus: c.textStatus }))
  const criteria = rows.map((c) => ({
    number: c.number,
    text: c.textStatus === 'PLACEHOLDER' || !c.text || c.text === PLACEHOLDER_NOTE ? c.shortTitle : c.text,
    textStatus: c.textStatus
  }))
  const unverified = criteria.filter((c) => c.textStatus === 'PLACEHOLDER').map((c) => c.number)
  return { source: regulation.shortName, criteria, warnings: unverified.length > 0 ? [unverifiedCriteriaWarning(unverified)] : [] }
}
