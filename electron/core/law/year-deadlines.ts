import type { Kysely, Selectable } from 'kysely'
import { defaultYearDeadlines, type YearDeadlines } from '../../../shared/domain/cycle/deadlines'
import { defaultRegulationForYear, regulationById } from '../../../shared/domain/cycle/regulations'
import type { Database, EvalYearTable } from '../db/schema'
import { loadLawSettings } from './law-settings'

/**
 * The deadlines of a year as documents print them: the opened year's own dates, or — for a year not yet opened (the
 * công văn đôn đốc of January) — the defaults its version and the office's reading of “trước ngày” give.
 */
/** The deadlines an opened year holds (its eval_year row). */
export function deadlinesOfRow(row: Selectable<EvalYearTable>): YearDeadlines {
  return {
    registrationDue: row.registration_due,
    dossierDueKdc: row.dossier_due_kdc,
    dossierDueOther: row.dossier_due_other,
    appraisalDueKdc: row.appraisal_due_kdc,
    appraisalDue: row.appraisal_due,
    decisionDueKdc: row.decision_due_kdc,
    decisionDue: row.decision_due,
    reportDue: row.report_due
  }
}

export async function yearDeadlinesOf(db: Kysely<Database>, year: number): Promise<YearDeadlines | null> {
  const row = await db.selectFrom('eval_year').selectAll().where('year', '=', year).executeTakeFirst()
  if (row) return deadlinesOfRow(row)
  const regulation = defaultRegulationForYear(year)
  return regulation ? defaultYearDeadlines(regulationById(regulation.id), year, (await loadLawSettings(db)).deadlineReading) : null
}
