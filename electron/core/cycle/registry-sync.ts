import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema'

/**
 * Keeps the registry facts copied into unit-years (area, commune it counts toward) in step when a unit is edited,
 * for the years still open and the unit-years not yet final; decided years keep what they were judged on.
 */
export async function syncUnitYears(trx: Kysely<Database>, unitId: number): Promise<void> {
  await sql`UPDATE unit_year SET
      area_id = (SELECT area_id FROM unit WHERE unit.id = unit_year.unit_id),
      commune_area_id = (SELECT CASE WHEN managing_level = 'XA' THEN managing_area_id END FROM unit WHERE unit.id = unit_year.unit_id)
    WHERE unit_id = ${unitId}
      AND status NOT IN ('DA_CONG_NHAN', 'KHONG_CONG_NHAN')
      AND year IN (SELECT year FROM eval_year WHERE status = 'OPEN')`.execute(trx)
}
