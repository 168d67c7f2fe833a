import { syncDelegatedCommunes } from '../law/delegation'
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../db/schema'

/** The board order of a unit-year, from its unit and area: commune listing order, the commune itself first, type, name. */
const BOARD_SORT: RawBuilder<string> = sql<string>`(SELECT printf('%06d', coalesce(a.sort_order, 999999)) || '|' || coalesce(a.sort_key, '') || '|'
    || CASE WHEN u.type = 'XA' THEN '0' ELSE '1' END || u.type || '|' || u.sort_key
  FROM unit u LEFT JOIN admin_area a ON a.id = u.area_id WHERE u.id = unit_year.unit_id)`

/** Fills the board order of a year's rows (after opening it). */
export async function fillBoardSort(trx: Kysely<Database>, year: number): Promise<void> {
  await sql`UPDATE unit_year SET board_sort = ${BOARD_SORT} WHERE year = ${year}`.execute(trx)
}

/** An area renamed or reordered: the open years' board order follows. */
export async function syncAreaUnitYears(trx: Kysely<Database>, areaId: number): Promise<void> {
  await sql`UPDATE unit_year SET board_sort = ${BOARD_SORT}
    WHERE area_id = ${areaId} AND year IN (SELECT year FROM eval_year WHERE status = 'OPEN')`.execute(trx)
}

/**
 * Keeps the registry facts copied into unit-years (area, commune it counts toward) in step when a unit is edited,
 * for the years still open and the unit-years not yet final; decided years keep what they were judged on.
 */
export async function syncUnitYears(trx: Kysely<Database>, unitId: number): Promise<void> {
  await sql`UPDATE unit_year SET
      area_id = (SELECT area_id FROM unit WHERE unit.id = unit_year.unit_id),
      commune_area_id = (SELECT CASE WHEN managing_level = 'XA' THEN managing_area_id END FROM unit WHERE unit.id = unit_year.unit_id),
      board_sort = ${BOARD_SORT}
    WHERE unit_id = ${unitId}
      AND status NOT IN ('DA_CONG_NHAN', 'KHONG_CONG_NHAN')
      AND year IN (SELECT year FROM eval_year WHERE status = 'OPEN')`.execute(trx)
  // A unit delegated to the commune (TT 124 Điều 10.5) keeps counting toward it.
  await syncDelegatedCommunes(trx, { unitId })
}

/** The board order of one new unit-year (a unit joining an open year: the rest of the year is unchanged). */
export async function fillBoardSortOf(trx: Kysely<Database>, unitYearId: number): Promise<void> {
  await sql`UPDATE unit_year SET board_sort = ${BOARD_SORT} WHERE id = ${unitYearId}`.execute(trx)
}
