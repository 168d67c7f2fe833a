import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackup, autoBackup } from '../../electron/core/backup/backup-service'
import { MACHINE_TABLES } from '../../electron/core/backup/restore'
import { contentHash } from '../helpers/content-hash'
import { expectRefusal, makeTempDir, openTestCore, type TestCore } from '../helpers/temp-core'

/** A folder nobody can write to: mode 555, and immutable when running as root (root ignores the mode). */
function makeReadOnlyDir(): string {
  const dir = makeTempDir('antt-ro-')
  fs.chmodSync(dir, 0o555)
  if (process.getuid?.() === 0) execFileSync('chattr', ['+i', dir])
  return dir
}

function unlock(dir: string): void {
  if (process.getuid?.() === 0) execFileSync('chattr', ['-i', dir])
  fs.chmodSync(dir, 0o755)
}

let t: TestCore
afterEach(async () => t?.close())

const dataHash = (tc: TestCore) => contentHash(tc.core.database.sqlite, MACHINE_TABLES)

describe('backups', () => {
  it('makes a verified backup in the backups folder and lists it with its counts', async () => {
    t = openTestCore()
    await t.call('app.loadSample', {})
    const backup = await t.call('backup.create', {})
    expect(fs.existsSync(backup.file)).toBe(true)
    expect(backup.integrity).toBe('ok')
    expect(backup.counts).toEqual({ areas: 18, units: 113, years: 3 })
    expect(path.dirname(backup.file)).toBe(path.join(t.dataDir, 'backups'))
    const list = await t.call('backup.list', {})
    expect(list.map((b) => b.file)).toContain(backup.file)
    const health = await t.call('backup.health', {})
    expect(health.integrity).toBe('ok')
    // The verdict is the backup's check of its copy, not a new integrity_check over the whole file.
    expect(health.integrityCheckedAt).toBe(backup.at)
    expect(health.journalMode).toBe('wal')
    expect(health.lastBackup?.file).toBe(backup.file)
    expect(health.pendingChanges).toBe(false)
    expect(health.freeBytes).toBeGreaterThan(0)
  })

  it('backs up to a folder the user chooses (a USB stick)', async () => {
    t = openTestCore()
    await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    const usb = makeTempDir('antt-usb-')
    const backup = await t.call('backup.create', { folder: usb })
    expect(path.dirname(backup.file)).toBe(usb)
    // A single self-contained file: no -wal beside it.
    expect(fs.readdirSync(usb).sort()).toEqual([backup.name, `${backup.name}.json`])
  })

  it('fails loudly for a missing, read-only or full folder and leaves the data untouched', async () => {
    t = openTestCore()
    await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    const before = dataHash(t)
    const missing = await expectRefusal(t.call('backup.create', { folder: path.join(t.dataDir, 'khong-co') }))
    expect(missing.code).toBe('BACKUP_FAILED')
    expect(missing.message).toMatch(/không tồn tại/)
    const readOnlyDir = makeReadOnlyDir()
    try {
      const readOnly = await expectRefusal(t.call('backup.create', { folder: readOnlyDir }))
      expect(readOnly.code).toBe('BACKUP_FAILED')
      expect(readOnly.message).toMatch(/Không (có quyền ghi|ghi được)/)
      expect(fs.readdirSync(readOnlyDir)).toEqual([])
    } finally {
      unlock(readOnlyDir)
    }
    const file = path.join(t.dataDir, 'a-file.txt')
    fs.writeFileSync(file, 'x')
    expect((await expectRefusal(t.call('backup.create', { folder: file }))).message).toMatch(/không phải là thư mục/)
    const full = makeTempDir('antt-full-')
    await expect(createBackup(t.core.ctx, 'MANUAL', full, () => 1000)).rejects.toThrow(/không đủ chỗ trống/)
    expect(fs.readdirSync(full)).toEqual([])
    expect((await expectRefusal(t.call('backup.create', { folder: 'relative/path' }))).message).toMatch(/đường dẫn đầy đủ/)
    expect(dataHash(t)).toBe(before)
  })

  it('backup → restore → undo gives back each state', async () => {
    t = openTestCore()
    await t.call('app.loadSample', {})
    const stateA = dataHash(t)
    const backupA = await t.call('backup.create', {})
    const area = await t.call('areas.create', { name: 'Phường Mới', kind: 'PHUONG' })
    await t.call('units.create', { values: { type: 'KDC', name: 'Khu phố 9', areaId: area.id, managingLevel: 'XA', householdsTotal: 10 } })
    const stateB = dataHash(t)
    expect(stateB).not.toBe(stateA)

    const preview = await t.call('backup.preview', { file: backupA.file })
    expect(preview.counts).toEqual({ areas: 18, units: 113, years: 3 })
    expect(preview.integrity).toBe('ok')

    const restored = await t.call('backup.restore', { file: backupA.file, confirmed: true })
    expect(dataHash(t)).toBe(stateA)
    expect(fs.existsSync(restored.undoFile)).toBe(true)
    expect((await t.call('backup.health', {})).undoAvailable).toBe(true)

    await t.call('backup.undoRestore', { confirmed: true })
    expect(dataHash(t)).toBe(stateB)
    // The services still work on the same connection, and the log tells the story.
    expect((await t.call('units.list', { search: 'khu pho 9' })).total).toBe(1)
    const log = await t.call('audit.list', { entity: 'app' })
    expect(log.rows.slice(0, 2).map((row) => row.action)).toEqual(['RESTORE_UNDO', 'RESTORE'])
    expect((await t.call('audit.verify', {})).ok).toBe(true)
    // The append-only guard of the log is back in place after the restores.
    expect(() => t.core.database.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/chỉ được ghi thêm/)
  })

  it('refuses to restore a file that is not a backup, is corrupt, or comes from a newer version', async () => {
    t = openTestCore()
    await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    const before = dataHash(t)
    const dir = makeTempDir('antt-bad-')
    const text = path.join(dir, 'notes.sqlite')
    fs.writeFileSync(text, 'không phải cơ sở dữ liệu')
    expect((await expectRefusal(t.call('backup.restore', { file: text, confirmed: true }))).message).toMatch(/không phải là dữ liệu/)
    const good = await t.call('backup.create', {})
    const corrupt = path.join(dir, 'corrupt.sqlite')
    const bytes = fs.readFileSync(good.file)
    bytes.fill(0x55, 4096, bytes.length)
    fs.writeFileSync(corrupt, bytes)
    expect((await expectRefusal(t.call('backup.preview', { file: corrupt }))).message).toMatch(/bị hỏng|không phải là dữ liệu/)
    const future = path.join(dir, 'future.sqlite')
    fs.copyFileSync(good.file, future)
    const { default: Database } = await import('better-sqlite3')
    const db = new Database(future)
    db.pragma('user_version = 999')
    db.close()
    expect((await expectRefusal(t.call('backup.restore', { file: future, confirmed: true }))).message).toMatch(/phiên bản ANTT Desk mới hơn/)
    expect((await expectRefusal(t.call('backup.restore', { file: good.file } as never))).message).toMatch(/xác nhận/)
    expect(dataHash(t)).toBe(before)
  })

  it('backs up automatically: at start when stale, then only when there are changes', async () => {
    let now = new Date('2025-03-01T08:00:00Z')
    t = openTestCore({ now: () => now })
    expect(await autoBackup(t.core.ctx, 'start')).toBeNull() // empty database: nothing to protect
    await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    expect(await autoBackup(t.core.ctx, 'start')).not.toBeNull()
    expect(await autoBackup(t.core.ctx, 'interval')).toBeNull()
    expect(await autoBackup(t.core.ctx, 'quit')).toBeNull()
    now = new Date('2025-03-01T09:00:00Z')
    await t.call('areas.create', { name: 'Phường 2', kind: 'PHUONG' })
    expect(await autoBackup(t.core.ctx, 'interval')).not.toBeNull()
    now = new Date('2025-03-03T09:00:00Z')
    expect(await autoBackup(t.core.ctx, 'start')).not.toBeNull()
    expect((await t.call('backup.list', {})).every((b) => b.kind === 'AUTO')).toBe(true)
  })

  it('removes at start the .partial files a backup killed midway left in the backups folder, and nothing else', async () => {
    t = openTestCore()
    await t.call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    const kept = await t.call('backup.create', {})
    await t.close()
    const folder = path.dirname(kept.file)
    // What a copy leaves when the process dies before the rename: the copy, its journal, its -wal and -shm.
    const partial = path.join(folder, 'antt-desk_2025-03-01_08-00-00-000_tu-dong.sqlite.partial')
    fs.writeFileSync(partial, Buffer.alloc(4096, 7))
    for (const side of ['-journal', '-wal', '-shm']) fs.writeFileSync(partial + side, Buffer.alloc(512, 7))
    const foreign = path.join(folder, 'ghi-chu.partial.txt')
    fs.writeFileSync(foreign, 'của người dùng')
    t = openTestCore({ dataDir: t.dataDir })
    expect(fs.existsSync(partial)).toBe(false)
    for (const side of ['-journal', '-wal', '-shm']) expect(fs.existsSync(partial + side)).toBe(false)
    expect(fs.existsSync(foreign)).toBe(true)
    expect(fs.existsSync(kept.file)).toBe(true)
    expect((await t.call('backup.list', {})).map((b) => b.file)).toEqual([kept.file])
  })
})
