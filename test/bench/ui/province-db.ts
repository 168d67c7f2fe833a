import { createCore, type Core } from '../../../electron/core'
import { openYear } from '../../../electron/core/cycle/years'
import { duplicateKey } from '../../../shared/text/fold'
import { seedProvince } from '../registry'

export const UI_BENCH_YEAR = 2026

/**
 * The province of issue 12 on disk: the registry bench's 3,000 communes and 50,000 units, each commune also a unit
 * (as the app keeps it), one open year over all of them in realistic states, the first run done.
 */
export async function writeProvinceDatabase(dataDir: string): Promise<void> {
  const core = createCore({ dataDir, appVersion: 'bench' })
  try {
    await seedProvinceYear(core, 3000, 50_000, UI_BENCH_YEAR)
  } finally {
    await core.close()
  }
}

/** `areaCount` communes (each also a unit) and `unitCount` units, one open year in realistic states. */
export async function seedProvinceYear(core: Core, areaCount: number, unitCount: number, year: number): Promise<void> {
  const { sqlite } = core.ctx
  const areaIds = seedProvince(sqlite, areaCount, unitCount)
  const now = new Date().toISOString()
  const insertCommune = sqlite.prepare(
    `INSERT INTO unit (type, name, name_fold, dup_key, sort_key, search_fold, area_id, managing_level, education_levels, active, is_sample, created_at, updated_at)
     SELECT 'XA', name, name_fold, ?, sort_key, name_fold, id, 'HUYEN', '[]', 1, 0, ?, ? FROM admin_area WHERE id = ?`
  )
  sqlite.transaction(() => {
    for (const areaId of areaIds) {
      const name = (sqlite.prepare('SELECT name FROM admin_area WHERE id = ?').get(areaId) as { name: string }).name
      insertCommune.run(duplicateKey(name), now, now, areaId)
    }
  })()
  await core.ctx.db.insertInto('app_meta').values({ key: 'onboarding_done', value: '1' }).execute()
  await openYear(core.ctx, { year, reason: null, notDeployed: [], notDeployedNote: null })
  sqlite.exec(`
    UPDATE unit_year SET status = 'DA_DANG_KY', registered_on = '${year}-03-10' WHERE year = ${year} AND status = 'CHUA_DANG_KY' AND id % 10 <> 0;
    UPDATE unit_year SET status = 'DA_TU_DANH_GIA', meeting_on = '${year}-11-05' WHERE year = ${year} AND status = 'DA_DANG_KY' AND id % 10 IN (2,3,4,5,6,7);
    UPDATE unit_year SET status = 'DA_NOP_HO_SO', received_on = '${year}-11-08' WHERE year = ${year} AND status = 'DA_TU_DANH_GIA' AND id % 10 IN (4,5,6,7);
    UPDATE unit_year SET status = 'DA_CONG_NHAN', proposed_on = '${year}-11-20', decision_on = '${year}-11-25', decision_no = '1/QĐ', outcome = 'DA_CONG_NHAN'
      WHERE year = ${year} AND status = 'DA_NOP_HO_SO' AND id % 10 IN (6,7);
    ANALYZE;
  `)
}
