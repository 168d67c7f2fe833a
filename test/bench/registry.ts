import { createCore } from '../../electron/core'
import { dispatch } from '../../electron/core/dispatch'
import { duplicateKey, fold, likePattern } from '../../shared/text/fold'
import { vietnameseSortKey } from '../../shared/text/sort-key'
import { UNIT_TYPES } from '../../shared/domain/units'
import { seededRandom } from '../../electron/core/sample/seeded-random'
import { makeTempDir } from '../helpers/temp-core'
import { measure, type BenchResult } from './measure'

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô']
const PLACES = ['Thắng Nhất', 'Đông Hải', 'Long Sơn', 'Rạch Dừa', 'Phước Thắng', 'Bến Đá', 'Đồi Ngọc', 'Thùy Vân', 'Hòa Bình', 'Sông Cầu']

/** A province-scale registry: `areaCount` communes and `unitCount` units, written with the same derived columns. */
export function seedProvince(sqlite: import('better-sqlite3').Database, areaCount: number, unitCount: number): number[] {
  const random = seededRandom(124)
  const now = new Date().toISOString()
  const insertArea = sqlite.prepare(
    `INSERT INTO admin_area (name, name_fold, dup_key, sort_key, kind, parent_id, sort_order, is_sample, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`
  )
  const insertUnit = sqlite.prepare(
    `INSERT INTO unit (type, name, name_fold, dup_key, sort_key, search_fold, area_id, managing_level, managing_area_id, head_name,
       households_total, staff_total, education_levels, active, is_sample, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, 0, ?, ?)`
  )
  const areaIds: number[] = []
  sqlite.transaction(() => {
    const province = Number(insertArea.run('Tỉnh Mẫu', 'tinh mau', 'tinh mau', vietnameseSortKey('Tỉnh Mẫu'), 'TINH', null, 0, now, now).lastInsertRowid)
    for (let i = 1; i <= areaCount; i++) {
      const name = `${i % 5 === 0 ? 'Xã' : 'Phường'} ${PLACES[i % PLACES.length]} ${i}`
      areaIds.push(Number(insertArea.run(name, fold(name), duplicateKey(name), vietnameseSortKey(name), i % 5 === 0 ? 'XA' : 'PHUONG', province, i, now, now).lastInsertRowid))
    }
    for (let i = 1; i <= unitCount; i++) {
      const type = UNIT_TYPES[i % 7 === 0 ? 2 + (i % 3) : 0] as string
      const areaId = areaIds[Math.floor(random() * areaIds.length)] as number
      const name = type === 'KDC' ? `Khu phố ${PLACES[i % PLACES.length]} ${i}` : `Đơn vị ${PLACES[i % PLACES.length]} ${i}`
      const head = `${SURNAMES[i % SURNAMES.length]} Văn ${PLACES[(i * 7) % PLACES.length]}`
      insertUnit.run(type, name, fold(name), duplicateKey(name), vietnameseSortKey(name), fold(`${name} ${head}`), areaId,
        // A khu dân cư is managed by its own commune (so the commune rule of TT 124 counts it there).
        type === 'KDC' ? 'XA' : 'HUYEN', type === 'KDC' ? areaId : null, head, type === 'KDC' ? 200 + (i % 400) : null, type === 'KDC' ? null : 50, i % 50 === 0 ? 0 : 1, now, now)
    }
  })()
  return areaIds
}

/** The registry operations of issue 2 at 3,000 areas and 50,000 units, each against its raw prepared statement. */
export async function benchRegistry(): Promise<BenchResult[]> {
  const core = createCore({ dataDir: makeTempDir('antt-bench-'), appVersion: 'bench' })
  const { sqlite } = core.ctx
  const areaIds = seedProvince(sqlite, 3000, 50_000)
  sqlite.exec('ANALYZE')
  const areaId = areaIds[42] as number
  const call = async (name: string, input: unknown) => {
    const envelope = await dispatch(core.handlers, name, input)
    if (!envelope.ok) throw new Error(envelope.error.message)
    return envelope.data
  }

  const rawPage = sqlite.prepare(
    `SELECT u.*, a.name AS area_name FROM unit u LEFT JOIN admin_area a ON a.id = u.area_id
     WHERE u.active = 1 AND u.area_id = ? AND u.type = ? ORDER BY u.sort_key, u.id LIMIT 50 OFFSET 0`
  )
  const rawPageCounts = sqlite.prepare(
    `SELECT u.type, count(*) n FROM unit u LEFT JOIN admin_area a ON a.id = u.area_id WHERE u.active = 1 AND u.area_id = ? GROUP BY u.type`
  )
  const rawSearch = sqlite.prepare(
    `SELECT u.*, a.name AS area_name FROM unit u LEFT JOIN admin_area a ON a.id = u.area_id
     WHERE u.active = 1 AND u.search_fold LIKE ? ESCAPE '\\' ORDER BY u.sort_key, u.id LIMIT 50 OFFSET 0`
  )
  const rawSearchCounts = sqlite.prepare(
    `SELECT u.type, count(*) n FROM unit u LEFT JOIN admin_area a ON a.id = u.area_id
     WHERE u.active = 1 AND u.search_fold LIKE ? ESCAPE '\\' GROUP BY u.type`
  )
  const rawAreaCounts = sqlite.prepare(
    `SELECT a.*, (SELECT count(*) FROM unit u WHERE u.area_id = a.id AND u.type <> 'XA' AND u.active = 1) AS unit_count
     FROM admin_area a ORDER BY a.sort_order IS NULL, a.sort_order, a.sort_key`
  )
  const rawTypeCounts = sqlite.prepare(
    `SELECT u.type, count(*) n FROM unit u LEFT JOIN admin_area a ON a.id = u.area_id WHERE u.active = 1 GROUP BY u.type`
  )
  // Counted up by the search below and by its floor, so neither repeats a search.
  let searched = 0
  let floorSearched = 0

  const results = [
    await measure(
      'registry: filtered page of units (area + type, 50 rows)',
      () => call('units.list', { areaId, type: 'KDC', limit: 50 }),
      () => [rawPage.all(areaId, 'KDC'), rawPageCounts.all(areaId)],
      200
    ),
    // A new search each run (“đông hải 1”, “đông hải 2”…), as a user's next words are: the same words again would be
    // the answer the core keeps until a write.
    await measure(
      'registry: diacritic-insensitive search “đông hải N”, new each run',
      () => call('units.list', { search: `đông hải ${++searched}`, limit: 50 }),
      () => [rawSearch.all(likePattern(`đông hải ${++floorSearched}`)), rawSearchCounts.all(likePattern(`đông hải ${floorSearched}`))]
    ),
    await measure('registry: unit counts per area (3,000 areas)', () => call('areas.list', {}), () => rawAreaCounts.all()),
    await measure('registry: unit counts per type', () => call('units.list', { limit: 1 }), () => [rawPage.all(areaId, 'KDC').length, rawTypeCounts.all()])
  ]
  await core.close()
  return results
}
