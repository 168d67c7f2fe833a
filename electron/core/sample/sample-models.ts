import type { Kysely } from 'kysely'
import type { ModelKind } from '../../../shared/domain/models'
import { fold } from '../../../shared/text/fold'
import { recordChange } from '../audit/audit-log'
import { isoNow, type CoreContext } from '../context'
import type { Database } from '../db/schema'

/**
 * The four movement models of the sample (domain.md §10), synthetic, with their yearly rows for 2019–2021. Written
 * directly (the sample's 2019 and 2020 are closed years, which the office's own edits may no longer touch). The
 * sample years are judged under TT 23, whose criteria do not read models, so the 2020 figures do not move.
 */
export interface SampleModel {
  name: string
  kind: ModelKind
  /** Either a commune (area) or a host unit, by name (and the commune of the host). */
  area?: string
  host?: { name: string; commune: string }
  establishedOn: string
  years: Record<number, { members: number; effective: boolean }>
}

const SAMPLE_MODELS: SampleModel[] = [
  {
    name: 'Camera an ninh khu phố Phường 1 (mẫu)',
    kind: 'TU_PHONG',
    area: 'Phường 1',
    establishedOn: '2018-06-15',
    years: { 2019: { members: 24, effective: true }, 2020: { members: 31, effective: true }, 2021: { members: 35, effective: true } }
  },
  {
    name: 'Tổ tự quản an ninh trật tự Khu phố 3 (mẫu)',
    kind: 'TU_QUAN',
    host: { name: 'Khu phố 3', commune: 'Phường Thắng Nhất' },
    establishedOn: '2017-03-01',
    years: { 2019: { members: 12, effective: true }, 2020: { members: 12, effective: true }, 2021: { members: 14, effective: true } }
  },
  {
    name: 'Tổ hòa giải Thôn 2 (mẫu)',
    kind: 'TU_HOA_GIAI',
    host: { name: 'Thôn 2', commune: 'Xã Long Sơn' },
    establishedOn: '2019-02-20',
    years: { 2019: { members: 7, effective: false }, 2020: { members: 9, effective: true }, 2021: { members: 9, effective: true } }
  },
  {
    name: 'Đội tự bảo vệ Cảng dịch vụ Dầu khí (mẫu)',
    kind: 'TU_BAO_VE',
    host: { name: 'Công ty Cổ phần Cảng dịch vụ Dầu khí (mẫu)', commune: 'Phường 8' },
    establishedOn: '2016-09-01',
    years: { 2019: { members: 40, effective: true }, 2020: { members: 42, effective: true }, 2021: { members: 45, effective: true } }
  }
]

export async function loadSampleModels(tctx: CoreContext, trx: Kysely<Database>): Promise<void> {
  await insertSampleModels(tctx, trx, SAMPLE_MODELS)
}

/** Writes sample models and their yearly rows, each host or area found by name among the sample's rows. */
export async function insertSampleModels(tctx: CoreContext, trx: Kysely<Database>, models: readonly SampleModel[]): Promise<void> {
  const now = isoNow(tctx)
  for (const model of models) {
    const communeName = model.area ?? model.host!.commune
    const area = await trx.selectFrom('admin_area').select('id').where('name', '=', communeName).where('is_sample', '=', 1).executeTakeFirstOrThrow()
    const host = model.host
      ? await trx.selectFrom('unit').select('id').where('name', '=', model.host.name).where('area_id', '=', area.id).where('is_sample', '=', 1).executeTakeFirstOrThrow()
      : null
    const row = await trx
      .insertInto('movement_model')
      .values({
        name: model.name,
        name_fold: fold(model.name),
        host_unit_id: host?.id ?? null,
        area_id: host ? null : area.id,
        kind: model.kind,
        established_on: model.establishedOn,
        ended_on: null,
        note: null,
        is_sample: 1,
        created_at: now,
        updated_at: now
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordChange(tctx, 'movement_model', row.id, null, null, row)
    for (const [year, status] of Object.entries(model.years)) {
      const yearRow = await trx
        .insertInto('model_year')
        .values({ model_id: row.id, year: Number(year), members: status.members, effective: status.effective ? 1 : 0, note: null, is_sample: 1 })
        .returningAll()
        .executeTakeFirstOrThrow()
      await recordChange(tctx, 'model_year', yearRow.id, null, null, yearRow)
    }
  }
}

/** Real models that point at sample units or areas (they stop “Xóa dữ liệu mẫu”). */
export async function realModelsOnSample(trx: Kysely<Database>): Promise<string[]> {
  const rows = await trx
    .selectFrom('movement_model as m')
    .leftJoin('unit as u', 'u.id', 'm.host_unit_id')
    .leftJoin('admin_area as a', 'a.id', 'm.area_id')
    .select('m.name')
    .where('m.is_sample', '=', 0)
    .where((eb) => eb.or([eb('u.is_sample', '=', 1), eb('a.is_sample', '=', 1)]))
    .limit(10)
    .execute()
  return rows.map((row) => `mô hình ${row.name}`)
}

/** Deletes the sample models and their yearly rows (before the sample units and areas they point at). */
export async function removeSampleModels(trx: Kysely<Database>): Promise<void> {
  await trx.deleteFrom('model_year').where((eb) => eb.or([eb('is_sample', '=', 1), eb('model_id', 'in', trx.selectFrom('movement_model').select('id').where('is_sample', '=', 1))])).execute()
  await trx.deleteFrom('movement_model').where('is_sample', '=', 1).execute()
}
