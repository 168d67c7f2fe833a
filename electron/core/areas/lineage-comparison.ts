import { sql, type Kysely } from 'kysely'
import { COMMUNE_KINDS } from '../../../shared/domain/areas'
import type { UnitType } from '../../../shared/domain/units'
import type { Database } from '../db/schema'
import { basisOn, loadLineage, yearReferenceDate, type Lineage } from './lineage'

type Executor = Kysely<Database>

export interface TypeTally {
  total: number
  recognised: number
}

export type AreaTally = Partial<Record<UnitType, TypeTally>>

export interface AreaComparison {
  areaId: number
  areaName: string
  current: AreaTally
  /** The year before, summed over the areas that stood for this one then; null without that year. */
  previous: AreaTally | null
  /** The predecessors summed, when they are not simply the area itself ("Phường 7, Phường 8 …"). */
  comparedWith: string[] | null
}

/** Per area and type: the counted units (out of scope left out, domain.md §6) and those recognised. */
export async function tallyByArea(db: Executor, year: number): Promise<Map<number, AreaTally>> {
  const rows = await db
    .selectFrom('unit_year as uy')
    .select(['uy.area_id', 'uy.unit_type', sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI')`.as('total'), sql<number>`sum(uy.status = 'DA_CONG_NHAN')`.as('recognised')])
    .where('uy.year', '=', year)
    .where('uy.area_id', 'is not', null)
    .groupBy(['uy.area_id', 'uy.unit_type'])
    .execute()
  const out = new Map<number, AreaTally>()
  for (const row of rows) {
    const tally = out.get(row.area_id!) ?? {}
    tally[row.unit_type] = { total: Number(row.total), recognised: Number(row.recognised) }
    out.set(row.area_id!, tally)
  }
  return out
}

export function sumTallies(tallies: ReadonlyArray<AreaTally | undefined>): AreaTally {
  const out: AreaTally = {}
  for (const tally of tallies) {
    for (const [type, counts] of Object.entries(tally ?? {}) as Array<[UnitType, TypeTally]>) {
      const into = out[type] ?? { total: 0, recognised: 0 }
      into.total += counts.total
      into.recognised += counts.recognised
      out[type] = into
    }
  }
  return out
}

/** Total and recognised over some types of a tally (all types when none are given). */
export function countOf(tally: AreaTally | null | undefined, types?: readonly UnitType[]): TypeTally {
  const out = { total: 0, recognised: 0 }
  for (const [type, counts] of Object.entries(tally ?? {}) as Array<[UnitType, TypeTally]>) {
    if (types && !types.includes(type)) continue
    out.total += counts.total
    out.recognised += counts.recognised
  }
  return out
}

/** The previous year's tally of an area through lineage, with the names summed when they differ from the area. */
export function previousThroughLineage(lineage: Lineage, areaId: number, year: number, previous: Map<number, AreaTally>): { tally: AreaTally; comparedWith: string[] | null } {
  const basis = basisOn(lineage, areaId, yearReferenceDate(year - 1))
  const same = basis.length === 1 && basis[0] === areaId
  const names = basis.map((id) => lineage.areas.get(id)?.name ?? '').filter(Boolean)
  return { tally: sumTallies(basis.map((id) => previous.get(id))), comparedWith: same || basis.length === 0 ? null : names }
}

/**
 * The commune-level areas of a year (those its records point at), each with its figures and those of the year
 * before summed over its predecessors: the comparison Tổng quan, the báo cáo and the Excel statistics print.
 */
export async function compareWithPreviousYear(db: Executor, year: number): Promise<{ previousYear: number | null; rows: AreaComparison[] }> {
  const hasPrevious = (await db.selectFrom('eval_year').select('year').where('year', '=', year - 1).executeTakeFirst()) !== undefined
  const lineage = await loadLineage(db)
  const current = await tallyByArea(db, year)
  const previous = hasPrevious ? await tallyByArea(db, year - 1) : null
  const areas = await db
    .selectFrom('admin_area')
    .select(['id', 'name'])
    .where('kind', 'in', [...COMMUNE_KINDS])
    .where('id', 'in', [...current.keys(), -1])
    .orderBy(sql`sort_order IS NULL`)
    .orderBy('sort_order')
    .orderBy('sort_key')
    .execute()
  return {
    previousYear: hasPrevious ? year - 1 : null,
    rows: areas.map((area) => {
      const before = previous ? previousThroughLineage(lineage, area.id, year, previous) : null
      return { areaId: area.id, areaName: area.name, current: current.get(area.id) ?? {}, previous: before?.tally ?? null, comparedWith: before?.comparedWith ?? null }
    })
  }
}

/** "Phường Tam Thắng so với tổng Phường 7, Phường 8, Phường 9, Phường Nguyễn An Ninh năm 2024" — null when it is the area itself. */
export function lineageNote(row: Pick<AreaComparison, 'areaName' | 'comparedWith'>, previousYear: number): string | null {
  if (!row.comparedWith) return null
  const what = row.comparedWith.length === 1 ? row.comparedWith[0] : `tổng ${row.comparedWith.join(', ')}`
  return `${row.areaName} so với ${what} năm ${previousYear}`
}
