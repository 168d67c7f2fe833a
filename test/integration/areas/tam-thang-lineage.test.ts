import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openTestCore, type TestCore } from '../../helpers/temp-core'
import { compareWithPreviousYear, countOf } from '../../../electron/core/areas/lineage-comparison'

/**
 * Issue 8 item 5 and 7: Phường Tam Thắng (from 01/7/2025, law-2026.md §3.1: Phường 7, 8, 9 and Nguyễn An Ninh)
 * compares its 2025 with the sum of its four predecessors' 2024, read independently from the 2024 records.
 */
let t: TestCore
beforeAll(async () => {
  t = openTestCore({ now: () => new Date('2026-12-02T03:00:00Z') })
  await t.call('app.loadSample', { sample: 'TAM_THANG' })
}, 120_000)
afterAll(async () => {
  await t.close()
})

async function recognised2024(where: 'KDC' | 'XA' | 'ORG'): Promise<{ recognised: number; total: number }> {
  const types = where === 'ORG' ? "('CO_QUAN','DOANH_NGHIEP','CSGD')" : `('${where}')`
  const row = t.core.ctx.sqlite
    .prepare(
      `SELECT sum(uy.status = 'DA_CONG_NHAN') AS recognised, sum(uy.status <> 'NGOAI_PHAM_VI') AS total FROM unit_year uy JOIN admin_area a ON a.id = uy.area_id
       WHERE uy.year = 2024 AND uy.unit_type IN ${types} AND a.name IN ('Phường 7', 'Phường 8', 'Phường 9', 'Phường Nguyễn An Ninh')`
    )
    .get() as { recognised: number; total: number }
  return row
}

describe('Phường Tam Thắng 2025 against Phường 7 + 8 + 9 + Nguyễn An Ninh 2024 (lineage sums)', () => {
  test('the merge is recorded with its legal reference, the four wards end on 30/6/2025', async () => {
    const events = await t.call('areas.events', {})
    const ward = events.find((e) => e.successorName === 'Phường Tam Thắng')!
    expect(ward.effectiveOn).toBe('2025-07-01')
    expect(ward.legalRef).toBe('Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025')
    // Assessed since (2025), it stays, and says why: the same words undoEvent refuses with.
    expect(ward).toMatchObject({ undoable: false, undoRefusal: 'Không thể hoàn tác: khu vực mới đã có hồ sơ năm 2025.' })
    await expect(t.call('areas.undoEvent', { id: ward.id })).rejects.toThrow('Không thể hoàn tác: khu vực mới đã có hồ sơ năm 2025.')
    expect(ward.predecessors.map((p) => p.name).sort()).toEqual(['Phường 7', 'Phường 8', 'Phường 9', 'Phường Nguyễn An Ninh'])
    expect(events.find((e) => e.successorName === 'Thành phố Hồ Chí Minh')?.legalRef).toBe('Nghị quyết số 202/2025/QH15')
    const ended = t.core.ctx.sqlite.prepare("SELECT DISTINCT valid_to FROM admin_area WHERE name IN ('Phường 7','Phường 8','Phường 9','Phường Nguyễn An Ninh')").pluck().all()
    expect(ended).toEqual(['2025-06-30'])
  })

  test('2025 has one ward (Tam Thắng), its year-before figures are the four wards’ 2024 sums', async () => {
    const { previousYear, rows } = await compareWithPreviousYear(t.core.ctx.db, 2025)
    expect(previousYear).toBe(2024)
    expect(rows.map((r) => r.areaName)).toEqual(['Phường Tam Thắng'])
    const row = rows[0]!
    expect(row.comparedWith?.sort()).toEqual(['Phường 7', 'Phường 8', 'Phường 9', 'Phường Nguyễn An Ninh'])
    const kdc = await recognised2024('KDC')
    expect(kdc).toEqual({ recognised: 22, total: 25 })
    expect(countOf(row.previous, ['KDC'])).toEqual(kdc)
    expect(countOf(row.previous, ['XA'])).toEqual(await recognised2024('XA'))
    expect(countOf(row.previous, ['XA'])).toEqual({ recognised: 3, total: 4 })
    expect(countOf(row.previous, ['CO_QUAN', 'DOANH_NGHIEP', 'CSGD'])).toEqual(await recognised2024('ORG'))
    // 2025: every khu phố but Khu phố 11, the ward itself recognised.
    expect(countOf(row.current, ['KDC'])).toEqual({ recognised: 24, total: 25 })
    expect(countOf(row.current, ['XA'])).toEqual({ recognised: 1, total: 1 })
  })

  test('Tổng quan’s comparison says what it compares with', async () => {
    const comparison = await t.call('areas.lineageComparison', { year: 2025 })
    expect(comparison.rows[0]!.note).toBe('Phường Tam Thắng so với tổng Phường 7, Phường 8, Phường 9, Phường Nguyễn An Ninh năm 2024')
    expect(comparison.rows[0]!.previous).toMatchObject({ kdcRecognised: 22, kdcTotal: 25, communesRecognised: 3, communes: 4 })
    // 2026 compares with 2025 of the same ward: no lineage note.
    const next = await t.call('areas.lineageComparison', { year: 2026 })
    expect(next.rows[0]!.note).toBeNull()
    expect(next.rows[0]!.previous?.kdcRecognised).toBe(24)
  })

  test('2025 was decided by the ward police under TT 124 + TT 48; 2026 is in progress; the sample is removable in one action', async () => {
    const years = await t.call('years.list', {})
    expect(years.map((y) => [y.year, y.status, y.regulationId])).toEqual([
      [2026, 'OPEN', 'TT124_TT48_2025'],
      [2025, 'CLOSED', 'TT124_TT48_2025'],
      [2024, 'CLOSED', 'TT124_2021']
    ])
    const removal = await t.call('app.removeSample', {})
    expect(removal.removedAreas).toBe(8)
    expect(t.core.ctx.sqlite.prepare('SELECT (SELECT count(*) FROM admin_area) + (SELECT count(*) FROM unit) + (SELECT count(*) FROM area_event) + (SELECT count(*) FROM office_profile_period) + (SELECT count(*) FROM eval_year)').pluck().get()).toBe(0)
  })
})
