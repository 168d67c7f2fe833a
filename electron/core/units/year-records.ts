import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/**
 * How many yearly records (hồ sơ năm) each unit has. A unit with any may only be deactivated, never deleted.
 * The yearly cycle's table arrives with its own migration; until then no unit has records.
 */
export async function countYearRecords(
  _db: Kysely<Database>,
  unitIds: number[]
): Promise<Map<number, number>> {
  return new Map(unitIds.map((id) => [id, 0]))
}
