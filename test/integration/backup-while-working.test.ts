import fs from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackup } from '../../electron/core/backup/backup-service'
import { readManifest } from '../../electron/core/backup/backup-files'
import { sha256File } from '../../electron/core/backup/snapshot'
import { seedProvince } from '../bench/registry'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'

let t: TestCore
afterEach(async () => t?.close())

/** A registry big enough (tens of MB) that its copy takes many steps. */
function openBigCore(): TestCore {
  const opened = openTestCore()
  seedProvince(opened.core.database.sqlite, 200, 20_000)
  return opened
}

const areaCount = (sqlite: BetterSqlite3.Database) => Number(sqlite.prepare('SELECT COUNT(*) FROM admin_area').pluck().get())

describe('a backup beside the work of the office', () => {
  it('taken while calls write, is a verified copy of the data as it was when it began', async () => {
    t = openBigCore()
    const before = areaCount(t.core.database.sqlite)
    const writes: Array<Promise<unknown>> = []
    let steps = 0
    const backup = await createBackup(t.core.ctx, 'MANUAL', undefined, undefined, () => {
      // Calls that write while the copy is under way, at its first step and half-way.
      if (steps++ === 0 || steps === 5) {
        for (let i = 0; i < 3; i++) writes.push(t.call('areas.create', { name: `Phường mới ${steps}-${i}`, kind: 'PHUONG' }))
      }
    })
    await Promise.all(writes)
    expect(steps).toBeGreaterThan(5)
    expect(areaCount(t.core.database.sqlite)).toBe(before + 6)

    expect(backup.integrity).toBe('ok')
    expect(backup.counts?.areas).toBe(before)
    const copy = new BetterSqlite3(backup.file, { readonly: true, fileMustExist: true })
    try {
      expect(String(copy.pragma('integrity_check', { simple: true }))).toBe('ok')
      expect(areaCount(copy)).toBe(before)
      expect(String(copy.pragma('journal_mode', { simple: true }))).toBe('delete')
    } finally {
      copy.close()
    }
    const manifest = readManifest(backup.file)
    expect(manifest?.sha256).toBe(await sha256File(backup.file))
    expect(manifest?.counts.areas).toBe(before)
    expect(fs.readdirSync(`${t.dataDir}/backups`).filter((name) => name.includes('.partial'))).toEqual([])
    // The writes made during the copy are not in it: the app still counts them as changes to back up.
    expect((await t.call('backup.health', {})).pendingChanges).toBe(true)
  })

  it('lets a call made while it runs be answered before it ends', async () => {
    t = openBigCore()
    const events: string[] = []
    const backup = t.call('backup.create', {}).then(() => events.push('backup finished'))
    const read = t.call('areas.list', {}).then(() => events.push('call answered'))
    const write = t.call('areas.create', { name: 'Phường giữa lúc sao lưu', kind: 'PHUONG' }).then(() => events.push('write answered'))
    await Promise.all([backup, read, write])
    expect(events.at(-1)).toBe('backup finished')
  })

  it('started from Sao lưu, is a job whose count the page reads while other calls are answered', async () => {
    t = openBigCore()
    const started = await t.call('backup.start', {})
    expect(started.state).toBe('RUNNING')
    const seen: Array<{ done: number; current: string }> = []
    let status = started
    while (status.state === 'RUNNING') {
      await new Promise((resolve) => setImmediate(resolve))
      expect((await t.call('areas.list', {})).length).toBeGreaterThan(0)
      status = await t.call('backup.status', { jobId: started.jobId })
      seen.push({ done: status.done, current: status.current })
    }
    expect(status).toMatchObject({ state: 'DONE', done: 100, total: 100 })
    expect(status.message).toMatch(/^Đã sao lưu và kiểm tra: antt-desk_.+_thu-cong\.sqlite\.$/)
    expect(seen.some(({ done, current }) => done > 0 && done < 100 && /^đã chép [\d.]+\/[\d.]+ trang dữ liệu$/.test(current))).toBe(true)
    expect(seen.some(({ current }) => current === 'đang kiểm tra bản sao lưu')).toBe(true)
    const [backup] = await t.call('backup.list', {})
    expect(backup?.integrity).toBe('ok')
  })

  it('refuses a folder that cannot take the copy at once, before any job starts', async () => {
    t = openTestCore()
    const refusal = await expectRefusal(t.call('backup.start', { folder: `${t.dataDir}/khong-co` }))
    expect(refusal.message).toBe(`Thư mục “${t.dataDir}/khong-co” không tồn tại. Hãy kiểm tra ổ USB hoặc chọn thư mục khác. Dữ liệu không bị thay đổi.`)
  })
})
