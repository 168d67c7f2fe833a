import { sql, type Kysely } from 'kysely'
import type { AreaProgressRow, CommunePage, CommuneResultGroup, CommuneResultRow, FunnelCounts } from '../../../shared/api/calls/cycle'
import type { PageOf } from '../../../shared/api/fields'
import { regulationById } from '../../../shared/domain/cycle/regulations'
import type { Database } from '../db/schema'
import { communeResultRows } from './commune-results'
import { FUNNEL_KEYS, funnelColumns } from './dashboard'
import { requireYear } from './years'

type Executor = Kysely<Database>
interface Window {
  offset: number
  limit: number
}

const inGroup: Record<CommuneResultGroup, (row: CommuneResultRow) => boolean> = {
  all: () => true,
  fail: (row) => row.n > 0 && !row.pass,
  pass: (row) => row.n > 0 && row.pass,
  empty: (row) => row.n === 0
}

/**
 * One page of the commune cards of Tổng quan, with how many communes each group holds. The rule is computed for every
 * commune in one grouped query (cheap); only the page's cards are sent.
 */
export async function communePage(db: Executor, filter: { year: number; group: CommuneResultGroup } & Window): Promise<CommunePage> {
  const regulation = regulationById((await requireYear(db, filter.year)).regulation_id)
  const all = await communeResultRows(db, filter.year, regulation)
  const chosen = all.filter(inGroup[filter.group])
  const groups = Object.fromEntries((Object.keys(inGroup) as CommuneResultGroup[]).map((group) => [group, all.filter(inGroup[group]).length])) as CommunePage['groups']
  return { rows: chosen.slice(filter.offset, filter.offset + filter.limit), total: chosen.length, groups }
}

/** One page of the year's progress per area (the funnel summed in SQL), in the official order of the areas. */
export async function areaProgressPage(db: Executor, filter: { year: number } & Window): Promise<PageOf<AreaProgressRow>> {
  const rows = await db
    .selectFrom('unit_year as uy')
    .leftJoin('admin_area as a', 'a.id', 'uy.area_id')
    .select(['uy.area_id', 'a.name', ...funnelColumns])
    .where('uy.year', '=', filter.year)
    .groupBy('uy.area_id')
    .orderBy(sql`uy.area_id IS NULL`)
    .orderBy(sql`a.sort_order IS NULL`)
    .orderBy('a.sort_order')
    .orderBy('a.sort_key')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute()
  const total = await db
    .selectFrom('unit_year')
    .select(sql<number>`count(DISTINCT area_id) + max(area_id IS NULL)`.as('n'))
    .where('year', '=', filter.year)
    .executeTakeFirstOrThrow()
  return {
    rows: rows.map((row) => ({
      areaId: row.area_id,
      areaName: row.name ?? 'Không gắn địa bàn',
      counts: Object.fromEntries(FUNNEL_KEYS.map((key) => [key, Number(row[key] ?? 0)])) as unknown as FunnelCounts
    })),
    total: Number(total.n ?? 0)
  }
}
