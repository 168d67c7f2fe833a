import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, test } from 'vitest'
import { MIGRATIONS } from '../../electron/core/db/migrations'
import { openDatabase } from '../../electron/core/db/open-database'
import { unitInput } from '../../shared/api/calls/units'
import { likePattern } from '../../shared/text/fold'
import { seedProvince } from '../bench/registry'
import { makeTempDir, openTestCore, type TestCore } from '../helpers/temp-core'

const QUERIES = [
  'dong hai 1', 'Đông Hải 12', 'phuong', 'khu pho thang nhat 7', 'nguyen van long', 'HÒA BÌNH', 'ben da 3',
  'p 1', '1', 'xa 5', 'đ', 'dong  hai', 'son cau', '50%', 'a_b', '"dong"', 'van 99', 'zzz khong co', 'hai hai', 'a a a', 'pho pho'
]

let opened: TestCore | null = null
afterEach(async () => {
  await opened?.close()
  opened = null
})

/** Every row of a search, page by page, as the registry fetches them. */
async function allIds(tc: TestCore, search: string, sort: 'name' | 'area' | 'type', active: 'all' | 'active' = 'all'): Promise<number[]> {
  const ids: number[] = []
  for (let offset = 0; ; offset += 700) {
    const page = await tc.call('units.list', { search, sort, active, offset, limit: 700 })
    ids.push(...page.rows.map((row) => row.id))
    if (page.rows.length < 700) return ids
  }
}

describe('the search of the registry and the year board over the kept keys (issue 12)', () => {
  test('on a generated corpus it finds exactly what the folded LIKE finds, in the same Vietnamese order', async () => {
    opened = openTestCore()
    const tc = opened
    const sqlite = tc.core.ctx.sqlite
    seedProvince(sqlite, 40, 3000)
    // Writes after the seed, straight to the file, are seen by the kept keys: a rename and a deletion.
    sqlite.prepare(`UPDATE unit SET name = 'Khu phố Đông Hải 1 mới', search_fold = 'khu pho dong hai 1 moi' WHERE id = 17`).run()
    sqlite.prepare('DELETE FROM unit WHERE id = 23').run()
    const raw = sqlite.prepare(`SELECT u.id FROM unit u WHERE u.search_fold LIKE ? ESCAPE '\\' ORDER BY u.sort_key, u.id`).pluck()
    for (const query of QUERIES) {
      const expected = raw.all(likePattern(query)) as number[]
      expect(await allIds(tc, query, 'name'), query).toEqual(expected)
    }
    expect(await allIds(tc, 'dong hai 1', 'name')).toContain(17)
    expect(await allIds(tc, 'dong hai 1', 'name')).not.toContain(23)
    // The other orders agree with the unfiltered listing restricted to the matches.
    for (const sort of ['area', 'type'] as const) {
      const everything = await allIds(tc, '', sort)
      const matches = new Set(raw.all(likePattern('dong hai')) as number[])
      expect(await allIds(tc, 'dong hai', sort)).toEqual(everything.filter((id) => matches.has(id)))
    }
    // Another combination of the other filters is listed on its own, not cut from the first one's list.
    const inArea = sqlite.prepare(`SELECT u.id FROM unit u WHERE u.area_id = ? AND u.active = 0 AND u.search_fold LIKE ? ESCAPE '\\' ORDER BY u.sort_key, u.id`).pluck()
    const areaId = (sqlite.prepare('SELECT area_id FROM unit WHERE active = 0 AND area_id IS NOT NULL LIMIT 1').pluck().get()) as number
    const page = await tc.call('units.list', { search: 'khu pho', areaId, active: 'inactive', limit: 2000 })
    expect(page.rows.map((row) => row.id)).toEqual(inArea.all(areaId, likePattern('khu pho')))
    expect(page.total).toBeGreaterThan(0)
  })

  test('a search typed letter by letter, rubbed out and typed on again agrees with the LIKE at every step', async () => {
    opened = openTestCore()
    const tc = opened
    const sqlite = tc.core.ctx.sqlite
    seedProvince(sqlite, 20, 1500)
    const raw = sqlite.prepare(`SELECT u.id FROM unit u WHERE u.active = 1 AND u.search_fold LIKE ? ESCAPE '\\' ORDER BY u.sort_key, u.id`).pluck()
    // Each search may be checked among what the one before found; going back or sideways must not keep its narrowing.
    const typed = [...'dong hai 12'].map((_, end, all) => all.slice(0, end + 1).join(''))
    const steps = [...typed, 'dong hai 1', 'dong ha', 'dong hai 3', 'hai', 'dong hai', 'dongx', 'dong hai 12 ', 'dong hai 12 nguyen']
    for (const search of steps) {
      expect(await allIds(tc, search, 'name', 'active'), search).toEqual(raw.all(likePattern(search)))
    }
  })

  test('the kept keys and lists follow a unit changed by another connection and a commune renumbered, not a registration', async () => {
    opened = openTestCore()
    const tc = opened
    const sqlite = tc.core.ctx.sqlite
    seedProvince(sqlite, 20, 1500)
    await tc.call('years.open', { year: 2025, reason: null, notDeployed: [], notDeployedNote: null })
    const raw = sqlite.prepare(`SELECT u.id FROM unit u WHERE u.active = 1 AND u.search_fold LIKE ? ESCAPE '\\' ORDER BY u.sort_key, u.id`).pluck()
    expect(await allIds(tc, 'dong hai', 'name', 'active')).toEqual(raw.all(likePattern('dong hai')))
    // Another connection (an import job's, say) renames a unit: the next search reads the keys again.
    const other = new BetterSqlite3(sqlite.name)
    const renamed = raw.all(likePattern('dong hai'))[0] as number
    other.prepare(`UPDATE unit SET search_fold = 'zzz khac' WHERE id = ?`).run(renamed)
    other.close()
    expect(await allIds(tc, 'dong hai', 'name', 'active')).toEqual(raw.all(likePattern('dong hai')))
    expect(await allIds(tc, 'zzz', 'name', 'active')).toEqual([renamed])
    // A commune renumbered moves its units in “Xếp theo xã, phường”, searched or not.
    const last = sqlite.prepare('SELECT id FROM admin_area WHERE sort_order IS NOT NULL ORDER BY sort_order DESC LIMIT 1').pluck().get() as number
    sqlite.prepare('UPDATE admin_area SET sort_order = -1 WHERE id = ?').run(last)
    const matches = new Set(raw.all(likePattern('dong hai')) as number[])
    expect(await allIds(tc, 'dong hai', 'area', 'active')).toEqual((await allIds(tc, '', 'area', 'active')).filter((id) => matches.has(id)))
    // A registration is not a change to the registry: the search still agrees.
    const row = (await tc.call('board.list', { year: 2025, search: 'dong hai', limit: 1 })).rows[0]!
    await tc.call('unitYears.act', { ids: [row.id], action: 'REGISTER', date: '2025-03-10', confirmed: true })
    expect(await allIds(tc, 'dong hai', 'name', 'active')).toEqual(raw.all(likePattern('dong hai')))
  })

  test('a search’s counts per type and its type filter agree with the LIKE, and a write is seen by the same search at once', async () => {
    opened = openTestCore()
    const tc = opened
    const sqlite = tc.core.ctx.sqlite
    seedProvince(sqlite, 20, 1500)
    const counts = sqlite.prepare(`SELECT type, count(*) AS n FROM unit WHERE active = 1 AND search_fold LIKE ? ESCAPE '\\' GROUP BY type`)
    const expected = Object.fromEntries((counts.all(likePattern('dong hai')) as Array<{ type: string; n: number }>).map((row) => [row.type, row.n]))
    const first = await tc.call('units.list', { search: 'dong hai', limit: 10 })
    expect(first.countsByType).toEqual(expected)
    const [type, n] = Object.entries(expected)[0]!
    const ofType = await tc.call('units.list', { search: 'dong hai', type: type as never, limit: 2000 })
    expect([ofType.total, ofType.rows.length, new Set(ofType.rows.map((row) => row.type))]).toEqual([n, n, new Set([type])])
    expect(ofType.countsByType).toEqual(expected)

    // The matches of a search are kept between its windows; a rename through the app must show in the next answer.
    const outside = (await tc.call('units.list', { search: 'zzz', limit: 1 })).total
    expect(outside).toBe(0)
    const unit = (await tc.call('units.list', { limit: 1 })).rows[0]!
    const values = Object.fromEntries(Object.keys(unitInput.shape).map((field) => [field, unit[field as keyof typeof unit]]))
    await tc.call('units.update', { id: unit.id, values: { ...values, name: 'Tổ dân phố Zzz mới' } as never, confirmed: true })
    expect((await tc.call('units.list', { search: 'zzz', limit: 10 })).rows.map((row) => row.id)).toEqual([unit.id])
    expect((await tc.call('units.list', { search: 'dong hai', limit: 1 })).total).toBe(first.total - (unit.name.includes('Đông Hải') ? 1 : 0))
  })

  test('the year board search agrees with the folded LIKE too', async () => {
    opened = openTestCore()
    const tc = opened
    seedProvince(tc.core.ctx.sqlite, 10, 600)
    await tc.call('years.open', { year: 2025, reason: null, notDeployed: [], notDeployedNote: null })
    const raw = tc.core.ctx.sqlite
      .prepare(`SELECT uy.unit_id FROM unit_year uy JOIN unit u ON u.id = uy.unit_id WHERE uy.year = 2025 AND u.search_fold LIKE ? ESCAPE '\\'`)
      .pluck()
    for (const query of ['dong hai 1', 'p 1', 'thang nhat', 'zzz']) {
      const board = await tc.call('board.list', { year: 2025, search: query, limit: 2000 })
      expect(board.rows.map((row) => row.unitId).sort((a, b) => a - b), query).toEqual((raw.all(likePattern(query)) as number[]).sort((a, b) => a - b))
      expect(board.total).toBe(board.rows.length)
    }
  })

  test('a board search cut from its kept matches: every order and status agrees with the unsearched board, and a write shows at once', async () => {
    opened = openTestCore()
    const tc = opened
    seedProvince(tc.core.ctx.sqlite, 10, 600)
    await tc.call('years.open', { year: 2025, reason: null, notDeployed: [], notDeployedNote: null })
    const everyRow = async (input: Record<string, unknown>) => {
      const ids: number[] = []
      for (let offset = 0; ; offset += 70) {
        const page = await tc.call('board.list', { year: 2025, ...input, offset, limit: 70 } as never)
        ids.push(...page.rows.map((row) => row.id))
        if (page.rows.length < 70) return { ids, page }
      }
    }
    const matching = new Set((await tc.call('board.list', { year: 2025, search: 'dong hai', limit: 2000 })).rows.map((row) => row.id))
    expect(matching.size).toBeGreaterThan(0)
    for (const sort of ['area', 'name', 'status', 'due'] as const) {
      const unsearched = (await everyRow({ sort })).ids
      expect((await everyRow({ sort, search: 'dong hai' })).ids, sort).toEqual(unsearched.filter((id) => matching.has(id)))
    }
    const unit = (await tc.call('board.list', { year: 2025, search: 'dong hai', limit: 1 })).rows[0]!
    await tc.call('unitYears.act', { ids: [unit.id], action: 'REGISTER', date: '2025-03-10', confirmed: true })
    const registered = await tc.call('board.list', { year: 2025, search: 'dong hai', status: 'DA_DANG_KY', limit: 2000 })
    expect(registered.rows.map((row) => row.id)).toEqual([unit.id])
    expect(registered.total).toBe(1)
    expect(registered.countsByStatus.DA_DANG_KY).toBe(1)
    expect(Object.values(registered.countsByStatus).reduce((sum, n) => sum + (n ?? 0), 0)).toBe(matching.size)
  })

  test('migration: a database with the old trigram index loses it and its triggers, its units kept, and their changes counted', async () => {
    const file = path.join(makeTempDir(), 'antt-desk.sqlite')
    const previous = MIGRATIONS.slice(0, MIGRATIONS.findIndex((migration) => migration.name === 'search_by_scan'))
    const old = openDatabase(file, previous)
    seedProvince(old.sqlite, 5, 200)
    expect(old.sqlite.prepare(`SELECT count(*) FROM unit_search WHERE unit_search MATCH '"dong"'`).pluck().get()).toBeGreaterThan(0)
    const before = old.sqlite.prepare('SELECT id, name, search_fold FROM unit ORDER BY id').all()
    await old.close()
    const upgraded = openDatabase(file)
    expect(upgraded.sqlite.prepare('SELECT id, name, search_fold FROM unit ORDER BY id').all()).toEqual(before)
    expect(upgraded.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'unit_search%'`).pluck().all()).toEqual([])
    const revision = upgraded.sqlite.prepare('SELECT changes FROM registry_revision').pluck()
    upgraded.sqlite.prepare(`UPDATE unit SET search_fold = 'khu pho moi' WHERE id = 1`).run()
    upgraded.sqlite.prepare('DELETE FROM unit WHERE id = 2').run()
    upgraded.sqlite.prepare(`UPDATE admin_area SET sort_order = 99 WHERE id = 2`).run()
    expect(revision.get()).toBe(3)
    await upgraded.close()
    const check = new BetterSqlite3(file, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    check.close()
  })
})
