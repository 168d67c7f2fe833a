import type { Kysely } from 'kysely'
import { duplicateKey, fold } from '../../../shared/text/fold'
import { vietnameseSortKey } from '../../../shared/text/sort-key'
import type { Database } from '../db/schema'

/**
 * Every commune-level area is also a unit of type XA (the commune assessed as a whole, domain.md §3.2).
 * It is created with the area and follows its name, so the office never keeps the two in step by hand.
 */
export async function syncCommuneUnit(
  trx: Kysely<Database>,
  areaId: number,
  name: string,
  isSample: boolean,
  now: string
): Promise<void> {
  const naming = {
    name,
    name_fold: fold(name),
    dup_key: duplicateKey(name),
    sort_key: vietnameseSortKey(name),
    search_fold: fold(name)
  }
  const existing = await trx.selectFrom('unit').select('id').where('area_id', '=', areaId).where('type', '=', 'XA').executeTakeFirst()
  if (existing) {
    await trx.updateTable('unit').set({ ...naming, updated_at: now }).where('id', '=', existing.id).execute()
    return
  }
  await trx
    .insertInto('unit')
    .values({
      ...naming,
      type: 'XA',
      area_id: areaId,
      managing_level: 'HUYEN',
      managing_area_id: null,
      kdc_subtype: null,
      address: null,
      head_name: null,
      head_title: null,
      phone: null,
      email: null,
      households_total: null,
      staff_total: null,
      is_armed_forces: 0,
      enterprise_size: null,
      education_levels: '[]',
      exclusion_code: null,
      active: 1,
      active_from: null,
      inactive_from: null,
      inactive_reason: null,
      successor_unit_id: null,
      is_sample: isSample ? 1 : 0,
      note: null,
      created_at: now,
      updated_at: now
    })
    .execute()
}
