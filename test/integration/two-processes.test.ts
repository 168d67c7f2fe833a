import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore, DATA_FILE_NAME } from '../../electron/core'
import { LOCK_FILE_NAME } from '../../electron/core/db/data-lock'
import { openCoreHost } from '../../electron/core/host'
import { fileStamp } from '../../electron/core/kept-names'
import { openTestCore } from '../helpers/temp-core'

/** Nothing is lost between two processes on one data folder: the lock holds in every mode, kept copies never collide. */

async function damagedFolderWithBackup(): Promise<{ dataDir: string; backup: string }> {
  const t = openTestCore()
  await t.call('app.loadSample', {})
  const backup = await t.call('backup.create', {})
  await t.close()
  const dataFile = path.join(t.dataDir, DATA_FILE_NAME)
  const bytes = fs.readFileSync(dataFile)
  bytes.fill(0x42, 8192, Math.min(bytes.length, 40_000))
  fs.writeFileSync(dataFile, bytes)
  return { dataDir: t.dataDir, backup: backup.file }
}

const writeLock = (dataDir: string, holder: object) => fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify(holder))

describe('recovery mode holds the data-folder lock', () => {
  it('a second process on a damaged folder cannot restore over the first', async () => {
    const { dataDir, backup } = await damagedFolderWithBackup()
    const first = openCoreHost({ dataDir })
    const second = openCoreHost({ dataDir })
    try {
      expect(first.startupError?.code).toBe('DB_CORRUPT')
      expect(second.startupError?.code).toBe('DB_IN_USE')
      const status = await second.dispatch('recovery.status', {})
      expect(status.ok && status.data).toMatchObject({ canRestore: false })
      const refused = await second.dispatch('recovery.restore', { file: backup, confirmed: true })
      expect(refused.ok).toBe(false)

      // The first restores, then writes; nothing of it is moved aside by the second.
      expect((await first.dispatch('recovery.restore', { file: backup, confirmed: true })).ok).toBe(true)
      expect((await first.dispatch('areas.create', { name: 'Phường Mới Sau Khôi Phục', kind: 'PHUONG' })).ok).toBe(true)
      expect((await second.dispatch('recovery.restore', { file: backup, confirmed: true })).ok).toBe(false)
      const listed = await first.dispatch('areas.list', {})
      expect(JSON.stringify(listed)).toContain('Phường Mới Sau Khôi Phục')
    } finally {
      await second.close()
      await first.close()
    }
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false)
  })

  it('the damaged file is kept under a name no earlier kept copy has, even in the same second', async () => {
    const { dataDir, backup } = await damagedFolderWithBackup()
    const at = new Date('2026-03-01T08:00:00.000Z')
    // Copies kept earlier in the same second, under the very names this recovery would choose (to the second, as
    // names used to be, and to the millisecond).
    const earlierNames = [fileStamp(at).slice(0, 19), fileStamp(at)].map((stamp) => path.join(dataDir, `du-lieu-hong_${stamp}`))
    for (const folder of earlierNames) {
      fs.mkdirSync(folder)
      fs.writeFileSync(path.join(folder, DATA_FILE_NAME), 'bản hỏng giữ lần trước')
    }
    const host = openCoreHost({ dataDir, now: () => at })
    try {
      const restored = await host.dispatch('recovery.restore', { file: backup, confirmed: true })
      expect(restored.ok).toBe(true)
      const kept = restored.ok ? (restored.data as { damagedFileKeptAt: string }).damagedFileKeptAt : ''
      for (const folder of earlierNames) {
        expect(kept).not.toBe(folder)
        expect(fs.readFileSync(path.join(folder, DATA_FILE_NAME), 'utf8')).toBe('bản hỏng giữ lần trước')
      }
      expect(fs.existsSync(path.join(kept, DATA_FILE_NAME))).toBe(true)
    } finally {
      await host.close()
    }
  })
})

describe('a stale lock is judged by pid, process start time and machine', () => {
  it.runIf(process.platform === 'linux')('takes over a lock whose pid now belongs to another process (pid reused)', async () => {
    const t = openTestCore()
    await t.close()
    // process.ppid runs, but it is not the process that wrote this lock: its start time differs.
    writeLock(t.dataDir, { pid: process.ppid, machine: os.hostname(), startedAt: '2025-01-01T00:00:00.000Z', processStart: 'linux:khac:1' })
    const core = createCore({ dataDir: t.dataDir })
    expect(JSON.parse(fs.readFileSync(path.join(t.dataDir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid)
    await core.close()
  })

  it('offers “Mở khóa” when the holder cannot be judged, and opens the data once confirmed', async () => {
    const t = openTestCore()
    await t.close()
    writeLock(t.dataDir, { pid: process.pid, machine: os.hostname(), startedAt: '2025-01-01T00:00:00.000Z' })
    const host = openCoreHost({ dataDir: t.dataDir })
    try {
      expect(host.startupError?.code).toBe('DB_IN_USE')
      expect(host.startupError?.message).toMatch(/Mở khóa/)
      const status = await host.dispatch('recovery.status', {})
      expect(status.ok && status.data).toMatchObject({ canUnlock: true })
      expect((await host.dispatch('recovery.unlock', {})).ok).toBe(false)
      expect((await host.dispatch('recovery.unlock', { confirmed: true })).ok).toBe(true)
      expect(host.core).not.toBeNull()
    } finally {
      await host.close()
    }
  })

  it('never offers it while the holder is known to be alive', async () => {
    const t = openTestCore()
    const host = openCoreHost({ dataDir: t.dataDir })
    try {
      expect(host.startupError?.code).toBe('DB_IN_USE')
      expect(host.startupError?.message).not.toMatch(/Mở khóa/)
      const status = await host.dispatch('recovery.status', {})
      expect(status.ok && status.data).toMatchObject({ canUnlock: false })
      expect(await host.dispatch('recovery.unlock', { confirmed: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    } finally {
      await host.close()
      await t.close()
    }
  })
})
