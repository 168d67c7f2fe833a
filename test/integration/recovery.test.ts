import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_FILE_NAME } from '../../electron/core'
import { openCoreHost } from '../../electron/core/host'
import { openTestCore } from '../helpers/temp-core'

describe('recovery screen data', () => {
  it('a corrupt database opens in recovery mode and is replaced by the newest good backup, the damaged file kept', async () => {
    const t = openTestCore()
    await t.call('app.loadSample', {})
    const backup = await t.call('backup.create', {})
    await t.close()
    const dataFile = path.join(t.dataDir, DATA_FILE_NAME)
    const bytes = fs.readFileSync(dataFile)
    bytes.fill(0x42, 8192, Math.min(bytes.length, 40_000))
    fs.writeFileSync(dataFile, bytes)

    const host = openCoreHost({ dataDir: t.dataDir })
    try {
      expect(host.core).toBeNull()
      expect(host.startupError?.code).toBe('DB_CORRUPT')
      const refused = await host.dispatch('units.list', {})
      expect(refused.ok).toBe(false)
      const status = await host.dispatch('recovery.status', {})
      expect(status.ok && status.data).toMatchObject({ canRestore: true, backups: [{ file: backup.file }] })

      expect(await host.dispatch('recovery.restore', { file: backup.file })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      const restored = await host.dispatch('recovery.restore', { file: backup.file, confirmed: true })
      expect(restored.ok).toBe(true)
      expect(host.core).not.toBeNull()
      const units = await host.dispatch('units.list', {})
      expect(units.ok && (units.data as { total: number }).total).toBeGreaterThan(100)
      const kept = (restored.ok && (restored.data as { damagedFileKeptAt: string }).damagedFileKeptAt) as string
      expect(fs.readFileSync(path.join(kept, DATA_FILE_NAME)).equals(bytes)).toBe(true)
      // Once open, recovery is refused: restores go through the Sao lưu page.
      expect(await host.dispatch('recovery.restore', { file: backup.file, confirmed: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    } finally {
      await host.close()
    }
  })

  it('data in use is not recoverable by a backup: the screen only explains', async () => {
    const t = openTestCore()
    const host = openCoreHost({ dataDir: t.dataDir })
    try {
      expect(host.startupError?.code).toBe('DB_IN_USE')
      const status = await host.dispatch('recovery.status', {})
      expect(status.ok && status.data).toMatchObject({ canRestore: false })
      const attempt = await host.dispatch('recovery.restore', { file: '/tmp/x.sqlite', confirmed: true })
      expect(attempt).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    } finally {
      await host.close()
      await t.close()
    }
  })
})
