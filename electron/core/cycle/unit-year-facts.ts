import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely'
import { effectiveCriterion, type EffectiveCriterion } from '../../../shared/domain/cycle/criteria'
import type { CommuneRuleResult } from '../../../shared/domain/cycle/commune-rule'
import type { GuardFacts } from '../../../shared/domain/cycle/guards'
import { regulationById, registrationDue, registrationWindow, type Regulation } from '../../../shared/domain/cycle/regulations'
import type { CriterionResult, PointResult } from '../../../shared/domain/cycle/statuses'
import type { UnitType } from '../../../shared/domain/units'
import type { CriterionTable, Database, EvalYearTable, UnitYearTable } from '../db/schema'
import { communeRuleByArea } from './commune-results'
import { effectiveModelCounts } from '../models/model-facts'
import { criterionItemsOf } from './criteria-store'
import { decisionDeadline, type DeadlineReading } from '../../../shared/domain/cycle/deadlines'
import { loadLawSettings } from '../law/law-settings'

type Executor = Kysely<Database>
/** The columns the guards and the bulk writes read (a bulk action on 5,000 rows reads no more than it needs). */
const GUARD_COLUMNS = [
  'id', 'unit_id', 'year', 'unit_type', 'area_id', 'regulation_id', 'tracking_mode', 'status', 'registered_on', 'registration_ref',
  'households_total', 'households_registered', 'staff_total', 'staff_briefed', 'meeting_on', 'meeting_chair', 'received_on', 'receiver',
  'returned_on', 'appraised_on', 'appraisal_note', 'proposed_on', 'failed_criteria', 'subunits_eligible', 'subunits_titled'
] as const
type GuardColumn = (typeof GUARD_COLUMNS)[number]
export type UnitYearRecord = Pick<Selectable<UnitYearTable>, GuardColumn> & { unit_name: string; managing_level: string; managing_area_id: number | null; delegated_area_id: number | null; unit_exclusion: string | null }

/** Largest IN (…) list per statement, well under SQLite's parameter limit. */
export const CHUNK = 900

/** `(SELECT value FROM json_each(?))`: an id list of any length as a single bound parameter. */
export function idList(ids: readonly number[]): RawBuilder<unknown> {
  return sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`
}

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Everything the guards need for many unit-years, read with a handful of batched queries (bulk actions on 5,000 rows). */
export interface CycleBatch {
  rows: Map<number, UnitYearRecord>
  years: Map<number, Selectable<EvalYearTable>>
  criteriaBySet: Map<number, Map<UnitType, Selectable<CriterionTable>[]>>
  manual: Map<number, Map<string, CriterionResult>>
  /** Results of lettered points: unit-year id → criterion code → point key → result. */
  items: Map<number, Map<string, Map<string, PointResult>>>
  received: Map<number, Map<string, string | null>>
  communes: Map<number, Map<number, CommuneRuleResult>>
  /** Effective movement models per unit-year id (criterion part effective_models). */
  effectiveModels: Map<number, number>
  /** The office's reading of “trước ngày” (the decision deadline of TT 124 Điều 9.1). */
  reading: DeadlineReading
}

export async function loadBatch(db: Executor, ids: readonly number[]): Promise<CycleBatch> {
  const rows = new Map<number, UnitYearRecord>()
  const manual = new Map<number, Map<string, CriterionResult>>()
  const received = new Map<number, Map<string, string | null>>()
  const items = new Map<number, Map<string, Map<string, PointResult>>>()
  // One statement per table whatever the number of ids: the list travels as one JSON parameter.
  for (const part of [ids]) {
    const list = idList(part)
    const found = await db
      .selectFrom('unit_year as uy')
      .innerJoin('unit as u', 'u.id', 'uy.unit_id')
      .select(GUARD_COLUMNS.map((column) => `uy.${column}` as const))
      .select(['u.name as unit_name', 'u.managing_level', 'u.managing_area_id', 'u.delegated_area_id', 'u.exclusion_code as unit_exclusion'])
      .where(sql<boolean>`uy.id IN ${list}`)
      .execute()
    for (const row of found) rows.set(row.id, row)
    for (const result of await db.selectFrom('criterion_result').select(['unit_year_id', 'criterion_code', 'result']).where(sql<boolean>`unit_year_id IN ${list}`).execute()) {
      let map = manual.get(result.unit_year_id)
      if (!map) manual.set(result.unit_year_id, (map = new Map()))
      map.set(result.criterion_code, result.result)
    }
    for (const point of await db.selectFrom('criterion_item_result').selectAll().where(sql<boolean>`unit_year_id IN ${list}`).execute()) {
      let byCode = items.get(point.unit_year_id)
      if (!byCode) items.set(point.unit_year_id, (byCode = new Map()))
      let byKey = byCode.get(point.criterion_code)
      if (!byKey) byCode.set(point.criterion_code, (byKey = new Map()))
      byKey.set(point.item_key, point.result)
    }
    for (const item of await db.selectFrom('dossier_item').select(['unit_year_id', 'item_code', 'received_on']).where(sql<boolean>`unit_year_id IN ${list}`).execute()) {
      let map = received.get(item.unit_year_id)
      if (!map) received.set(item.unit_year_id, (map = new Map()))
      map.set(item.item_code, item.received_on)
    }
  }
  const yearNumbers = [...new Set([...rows.values()].map((row) => row.year))]
  const years = new Map<number, Selectable<EvalYearTable>>()
  if (yearNumbers.length > 0) {
    for (const year of await db.selectFrom('eval_year').selectAll().where('year', 'in', yearNumbers).execute()) years.set(year.year, year)
  }
  const criteriaBySet = new Map<number, Map<UnitType, Selectable<CriterionTable>[]>>()
  for (const setId of new Set([...years.values()].map((year) => year.criterion_set_id))) {
    const byType = new Map<UnitType, Selectable<CriterionTable>[]>()
    const list = await db.selectFrom('criterion').selectAll().where('set_id', '=', setId).where('active', '=', 1).orderBy('number').execute()
    for (const criterion of list) byType.set(criterion.unit_type, [...(byType.get(criterion.unit_type) ?? []), criterion])
    criteriaBySet.set(setId, byType)
  }
  const communes = new Map<number, Map<number, CommuneRuleResult>>()
  for (const year of years.values()) {
    const needs = [...rows.values()].some((row) => row.year === year.year && row.unit_type === 'XA')
    if (needs) communes.set(year.year, await communeRuleByArea(db, year.year, regulationById(year.regulation_id)))
  }
  const effectiveModels = await effectiveModelCounts(db, [...rows.values()])
  const { deadlineReading: reading } = await loadLawSettings(db)
  return { rows, years, criteriaBySet, manual, items, received, communes, effectiveModels, reading }
}

export function criteriaFor(batch: CycleBatch, row: UnitYearRecord): Selectable<CriterionTable>[] {
  if (row.tracking_mode === 'OUTCOME_ONLY') return []
  const year = batch.years.get(row.year)
  return year ? (batch.criteriaBySet.get(year.criterion_set_id)?.get(row.unit_type) ?? []) : []
}

export function communeOf(batch: CycleBatch, row: UnitYearRecord): CommuneRuleResult | null {
  if (row.unit_type !== 'XA' || row.area_id === null) return null
  return batch.communes.get(row.year)?.get(row.area_id) ?? { basis: regulationById(row.regulation_id).basis, n: 0, r: 0, a: 0, aMin: 0, shortfall: 0, allRegistered: true, pass: false, pending: 0 }
}

const NO_RESULTS = new Map<string, CriterionResult>()
const NO_POINTS = new Map<string, PointResult>()

export function effectiveCriteriaOf(
  batch: CycleBatch,
  row: UnitYearRecord,
  overrides: { manual?: Map<string, CriterionResult>; registeredOn?: string | null; counts?: Pick<UnitYearRecord, 'households_total' | 'households_registered' | 'staff_total' | 'staff_briefed'> } = {}
): EffectiveCriterion[] {
  const regulation = regulationById(row.regulation_id)
  const year = batch.years.get(row.year)
  const manual = overrides.manual ?? batch.manual.get(row.id) ?? NO_RESULTS
  const counts = overrides.counts ?? row
  const facts = {
    basis: regulation.basis,
    lateFailsCriterion1: regulation.registrationLateFailsCriterion1,
    registeredOn: overrides.registeredOn !== undefined ? overrides.registeredOn : row.registered_on,
    registrationDue: year?.registration_due ?? registrationDue(regulation, row.unit_type, row.year),
    householdsTotal: counts.households_total,
    householdsRegistered: counts.households_registered,
    staffTotal: counts.staff_total,
    staffBriefed: counts.staff_briefed,
    commune: communeOf(batch, row),
    year: row.year,
    effectiveModels: batch.effectiveModels.get(row.id) ?? 0,
    subunitsEligible: row.subunits_eligible,
    subunitsTitled: row.subunits_titled
  }
  const points = batch.items.get(row.id)
  return criteriaFor(batch, row).map((criterion) =>
    effectiveCriterion({ code: criterion.code, number: criterion.number, formulaKey: criterion.formula_key }, manual.get(criterion.code), facts, {
      keys: criterionItemsOf(criterion).map((item) => item.key),
      results: points?.get(criterion.code) ?? NO_POINTS
    })
  )
}

export function missingItemsOf(regulation: Regulation, row: UnitYearRecord, received: Map<string, string | null> | undefined): string[] {
  if (row.tracking_mode === 'OUTCOME_ONLY') return []
  return regulation.dossierItems[row.unit_type].filter((item) => item.mandatory && !received?.get(item.code)).map((item) => item.name)
}

export function guardFactsOf(batch: CycleBatch, row: UnitYearRecord, criteria: EffectiveCriterion[], missingItems: string[]): GuardFacts {
  const regulation = regulationById(row.regulation_id)
  const year = batch.years.get(row.year)
  return {
    year: row.year,
    unitName: row.unit_name,
    unitType: row.unit_type,
    status: row.status,
    mode: row.tracking_mode,
    basis: regulation.basis,
    yearClosed: year?.status === 'CLOSED',
    registrationWindow: registrationWindow(regulation, row.unit_type, row.year),
    registrationDue: year?.registration_due ?? registrationDue(regulation, row.unit_type, row.year),
    registeredOn: row.registered_on,
    meetingOn: row.meeting_on,
    receivedOn: row.received_on,
    returnedOn: row.returned_on,
    appraisedOn: row.appraised_on,
    proposedOn: row.proposed_on,
    hasProgressData: row.meeting_on !== null || row.received_on !== null || (batch.received.get(row.id)?.size ?? 0) > 0,
    criteria,
    missingItems,
    commune: communeOf(batch, row),
    decisionDeadline: decisionDeadline(regulation, row.unit_type, row.year, batch.reading)
  }
}
