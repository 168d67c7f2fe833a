import { sql, type Kysely } from 'kysely'
import type { ModelTable, ModelTableRow } from '../../../shared/api/calls/models'
import { MODEL_KINDS, type ModelKind } from '../../../shared/domain/models'
import type { Database } from '../db/schema'

function emptyRow(areaId: number | null, areaName: string): ModelTableRow {
  return { areaId, areaName, models: 0, effective: 0, members: 0, byKind: Object.fromEntries(MODEL_KINDS.map((k) => [k, 0])) as Record<ModelKind, number> }
}

/**
 * Table D of domain.md §6 — movement models by commune in year Y: rows are the communes valid in Y in their listing
 * order (sort_order), each with the models followed that year (a model_year row), how many were effective, the
 * members of the effective ones and the effective ones by kind; then the total. For the annual report's annex.
 */
export async function modelTable(db: Kysely<Database>, year: number): Promise<ModelTable> {
  const communes = await db
    .selectFrom('admin_area')
    .select(['id', 'name'])
    .where('kind', 'in', ['XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU'])
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', `${year}-12-31`)]))
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', `${year}-01-01`)]))
    .orderBy(sql`coalesce(sort_order, 999999)`)
    .orderBy('sort_key')
    .execute()
  const rows = new Map<number | null, ModelTableRow>(communes.map((c) => [c.id, emptyRow(c.id, c.name)]))
  const models = await sql<{ area_id: number | null; kind: ModelKind; effective: number; members: number | null }>`SELECT coalesce(m.area_id, u.area_id) AS area_id,
      m.kind, my.effective, my.members
    FROM model_year my JOIN movement_model m ON m.id = my.model_id LEFT JOIN unit u ON u.id = m.host_unit_id
    WHERE my.year = ${year}`.execute(db)
  const total = emptyRow(null, 'Tổng cộng')
  for (const model of models.rows) {
    let row = rows.get(model.area_id)
    if (!row) rows.set(model.area_id, (row = emptyRow(model.area_id, 'Chưa xác định địa bàn')))
    for (const target of [row, total]) {
      target.models += 1
      if (model.effective === 1) {
        target.effective += 1
        target.members += model.members ?? 0
        target.byKind[model.kind] += 1
      }
    }
  }
  return { year, rows: [...rows.values()], total }
}
