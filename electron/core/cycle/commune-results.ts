import { sql, type Kysely } from 'kysely'
import type { CommuneResultRow } from '../../../shared/api/calls/cycle'
import { communeRuleFromCounts, type CommuneRuleResult } from '../../../shared/domain/cycle/commune-rule'
import type { Regulation } from '../../../shared/domain/cycle/regulations'
import type { UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import type { Database } from '../db/schema'

/** Registered and recognised as counted by domain.md §6, in SQL. */
export const REGISTERED_SQL = sql<number>`(uy.registered_on IS NOT NULL OR uy.status = 'DA_CONG_NHAN')`

/**
 * The commune-level rule of domain.md §2.6 for every commune of the year in one grouped query: TT 124 counts the
 * KDC, CQ, DN, CSGD managed by the commune; TT 23 its KDC only. Keyed by the commune's area id.
 */
export async function communeRuleByArea(db: Kysely<Database>, year: number, regulation: Regulation): Promise<Map<number, CommuneRuleResult>> {
  const rule = regulation.communeRule
  // TT 124: the units managed by the commune (copied onto the unit-year at opening); TT 23: the KDC located in it.
  const key = rule.memberManagingLevel ? sql<number>`uy.commune_area_id` : sql<number>`uy.area_id`
  const query = db
    .selectFrom('unit_year as uy')
    .where('uy.year', '=', year)
    .where('uy.status', '<>', 'NGOAI_PHAM_VI')
    .where('uy.unit_type', 'in', rule.memberTypes)
    .where(key, 'is not', null)
  const rows = await query
    .select([
      key.as('area_id'),
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(${REGISTERED_SQL})`.as('r'),
      sql<number>`sum(uy.status = 'DA_CONG_NHAN')`.as('a'),
      sql<number>`sum(uy.status IN ('DA_CONG_NHAN','KHONG_CONG_NHAN'))`.as('final')
    ])
    .groupBy(key)
    .execute()
  const result = new Map<number, CommuneRuleResult>()
  for (const row of rows) {
    if (row.area_id === null) continue
    result.set(Number(row.area_id), communeRuleFromCounts(regulation.basis, { n: Number(row.n), r: Number(row.r), a: Number(row.a), final: Number(row.final) }))
  }
  return result
}

/** One card per commune unit-year of the year (communes with no member get N = 0, which V25 reports). */
export async function communeResultRows(db: Kysely<Database>, year: number, regulation: Regulation): Promise<CommuneResultRow[]> {
  const byArea = await communeRuleByArea(db, year, regulation)
  const communes = await db
    .selectFrom('unit_year as uy')
    .innerJoin('admin_area as a', 'a.id', 'uy.area_id')
    .select(['uy.id', 'uy.status', 'uy.commune_snapshot', 'a.id as area_id', 'a.name as area_name'])
    .where('uy.year', '=', year)
    .where('uy.unit_type', '=', 'XA')
    .orderBy(sql`a.sort_order IS NULL`)
    .orderBy('a.sort_order')
    .orderBy('a.sort_key')
    .execute()
  return communes.map((row) => {
    const live = byArea.get(row.area_id) ?? communeRuleFromCounts(regulation.basis, { n: 0, r: 0, a: 0, final: 0 })
    const frozen = row.commune_snapshot ? (JSON.parse(row.commune_snapshot) as CommuneRuleResult) : null
    return {
      ...live,
      areaId: row.area_id,
      areaName: row.area_name,
      communeUnitYearId: row.id,
      communeStatus: row.status as UnitYearStatus,
      frozenDiffers: frozen !== null && (frozen.n !== live.n || frozen.a !== live.a || frozen.r !== live.r)
    }
  })
}
