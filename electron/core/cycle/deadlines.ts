import { sql, type RawBuilder, type Selectable } from 'kysely'
import type { EvalYearTable } from '../db/schema'
import { addDays } from '../../../shared/domain/cycle/deadlines'

/** Days after a return by which the completed dossier is due (domain.md §5). */
export const RETURN_ANSWER_DAYS = 7

export { addDays }

/** The due date of the next step of a unit-year (domain.md §5), as SQL so the board can show and sort on it. */
export function dueOnSql(year: Selectable<EvalYearTable>): RawBuilder<string | null> {
  const byType = (kdc: string, other: string) => sql`CASE WHEN uy.unit_type = 'KDC' THEN ${kdc} ELSE ${other} END`
  const dossierDue = byType(year.dossier_due_kdc, year.dossier_due_other)
  const appraisalDue = byType(year.appraisal_due_kdc, year.appraisal_due)
  const decisionDue = byType(year.decision_due_kdc, year.decision_due)
  return sql<string | null>`CASE uy.status
    WHEN 'CHUA_DANG_KY' THEN ${year.registration_due}
    WHEN 'DA_DANG_KY' THEN CASE WHEN uy.tracking_mode = 'OUTCOME_ONLY' THEN ${decisionDue} ELSE ${dossierDue} END
    WHEN 'DA_TU_DANH_GIA' THEN ${dossierDue}
    WHEN 'TRA_LAI' THEN date(uy.returned_on, '+${sql.raw(String(RETURN_ANSWER_DAYS))} days')
    WHEN 'DA_NOP_HO_SO' THEN ${appraisalDue}
    WHEN 'THAM_DINH_DAT' THEN ${decisionDue}
    WHEN 'DA_DE_NGHI' THEN ${decisionDue}
    ELSE NULL END`
}

/**
 * “Due between from and to” as a predicate on status (and type), deciding the year's fixed deadlines in code so that
 * SQLite can use the (year, status) index instead of evaluating the CASE on every row of a province-size year.
 * `from` null means no lower bound (overdue = due ≤ yesterday).
 */
export function dueBetweenSql(year: Selectable<EvalYearTable>, from: string | null, to: string): RawBuilder<boolean> {
  const within = (due: string | null) => due !== null && (from === null || due >= from) && due <= to
  const terms: RawBuilder<unknown>[] = []
  if (within(year.registration_due)) terms.push(sql`uy.status = 'CHUA_DANG_KY'`)
  // Khu dân cư and the other types have their own appraisal and decision dates (TT 124 Điều 9.1).
  for (const [due, type] of [[year.decision_due_kdc, sql`uy.unit_type = 'KDC'`], [year.decision_due, sql`uy.unit_type <> 'KDC'`]] as const) {
    if (!within(due)) continue
    terms.push(sql`(uy.status = 'DA_DANG_KY' AND uy.tracking_mode = 'OUTCOME_ONLY' AND ${type})`)
    terms.push(sql`(uy.status IN ('THAM_DINH_DAT', 'DA_DE_NGHI') AND ${type})`)
  }
  if (within(year.dossier_due_kdc)) terms.push(sql`(uy.status IN ('DA_DANG_KY', 'DA_TU_DANH_GIA') AND uy.tracking_mode = 'FULL' AND uy.unit_type = 'KDC')`)
  if (within(year.dossier_due_other)) terms.push(sql`(uy.status IN ('DA_DANG_KY', 'DA_TU_DANH_GIA') AND uy.tracking_mode = 'FULL' AND uy.unit_type <> 'KDC')`)
  if (within(year.appraisal_due_kdc)) terms.push(sql`(uy.status = 'DA_NOP_HO_SO' AND uy.unit_type = 'KDC')`)
  if (within(year.appraisal_due)) terms.push(sql`(uy.status = 'DA_NOP_HO_SO' AND uy.unit_type <> 'KDC')`)
  const returnDue = sql`date(uy.returned_on, '+${sql.raw(String(RETURN_ANSWER_DAYS))} days')`
  terms.push(from === null ? sql`(uy.status = 'TRA_LAI' AND ${returnDue} <= ${to})` : sql`(uy.status = 'TRA_LAI' AND ${returnDue} BETWEEN ${from} AND ${to})`)
  return sql<boolean>`(${sql.join(terms, sql` OR `)})`
}

export function overdueSql(year: Selectable<EvalYearTable>, today: string): RawBuilder<boolean> {
  return dueBetweenSql(year, null, addDays(today, -1))
}
