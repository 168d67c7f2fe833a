import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** How many yearly records (hồ sơ năm) each unit has. A unit with any may only be deactivated, never deleted. */
export async function countYearRecords(db: Kysely<Database>, unitIds: number[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>(unitIds.map((id) => [id, 0]))
  for (let i = 0; i < unitIds.length; i += 900) {
    const part = unitIds.slice(i, i + 900)
    const rows = await db
      .selectFrom('unit_year')
      .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('unit_id', 'in', part)
      .groupBy('unit_id')
      .execute()
    for (const row of rows) counts.set(row.unit_id, Number(row.n))
  }
  return counts
}
