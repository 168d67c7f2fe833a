import type { UnitType } from '../units'
import { isoOf, registrationDue, type Regulation } from './regulations'
import { formatScreenDate as formatDate } from '../../text/dates'

/**
 * “trước ngày 15 tháng 11” (TT 124 Điều 9.1) read as “by 14/11” (STRICT: the day itself is late, and a later decision
 * is refused) or “by 15/11” (INCLUSIVE: a later decision is recorded with a warning) — law-2026.md §1.4 [INF].
 */
export const DEADLINE_READINGS = ['INCLUSIVE', 'STRICT'] as const
export type DeadlineReading = (typeof DEADLINE_READINGS)[number]

export const DEADLINE_READING_LABELS: Record<DeadlineReading, string> = {
  INCLUSIVE: 'Tính cả ngày ghi trong văn bản (“trước ngày 15/11” = chậm nhất ngày 15/11)',
  STRICT: 'Không tính ngày ghi trong văn bản (“trước ngày 15/11” = chậm nhất ngày 14/11)'
}

/** The legal decision deadline of a type in a year: the last admissible day under the office's reading. */
export interface DecisionDeadline {
  /** ISO date of the last admissible day. */
  lastDay: string
  /** “trước ngày 15 tháng 11” as the law says it. */
  wording: string
  article: string
  strict: boolean
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

export function decisionDeadline(regulation: Regulation, type: UnitType, year: number, reading: DeadlineReading): DecisionDeadline | null {
  const rule = regulation.unitTypes[type]
  if (!rule.decisionBefore || !rule.decisionArticle) return null
  const [month, day] = rule.decisionBefore
  const named = isoOf(year, month, day)
  return {
    lastDay: reading === 'STRICT' ? addDays(named, -1) : named,
    wording: `trước ngày ${day} tháng ${month}`,
    article: rule.decisionArticle,
    strict: reading === 'STRICT'
  }
}

/** A decision dated after the legal deadline (issue 8, bad input): the warning, or the refusal under STRICT. */
export function lateDecisionMessage(deadline: DecisionDeadline, date: string): string {
  const head = `Ngày quyết định ${formatDate(date)} quá thời hạn “${deadline.wording}” (${deadline.article})`
  return deadline.strict
    ? `${head}: theo cách hiểu cơ quan đã chọn, chậm nhất là ngày ${formatDate(deadline.lastDay)}; không ghi được quyết định.`
    : `${head}, chậm nhất là ngày ${formatDate(deadline.lastDay)}. Vẫn ghi quyết định?`
}

/** Every deadline of a year, from its version and the office's reading (no date in code: resources/regulations). */
export interface YearDeadlines {
  registrationDue: string | null
  dossierDueKdc: string
  dossierDueOther: string
  /** Khu dân cư have their own appraisal and decision dates (TT 124 Điều 9.1); the others' are appraisalDue, decisionDue. */
  appraisalDueKdc: string
  appraisalDue: string
  decisionDueKdc: string
  decisionDue: string
  reportDue: string
}

function typeDates(regulation: Regulation, type: UnitType, year: number, reading: DeadlineReading) {
  const rule = regulation.unitTypes[type]
  const legal = decisionDeadline(regulation, type, year, reading)
  const decision = legal?.lastDay ?? (rule.decisionDue ? isoOf(year, rule.decisionDue[0], rule.decisionDue[1]) : null)
  if (!decision) throw new Error(`${regulation.id} ${type}: no decision date`)
  return { dossier: isoOf(year, ...rule.dossierDue), appraisal: isoOf(year, ...rule.appraisalDue), decision }
}

export function defaultYearDeadlines(regulation: Regulation, year: number, reading: DeadlineReading): YearDeadlines {
  const kdc = typeDates(regulation, 'KDC', year, reading)
  const other = typeDates(regulation, 'XA', year, reading)
  return {
    registrationDue: registrationDue(regulation, 'XA', year),
    dossierDueKdc: kdc.dossier,
    dossierDueOther: other.dossier,
    appraisalDueKdc: kdc.appraisal,
    appraisalDue: other.appraisal,
    decisionDueKdc: kdc.decision,
    decisionDue: other.decision,
    reportDue: isoOf(year, ...regulation.reportDue)
  }
}
