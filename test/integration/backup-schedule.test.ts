import { describe, expect, it, vi } from 'vitest'
import { openCoreHost } from '../../electron/core/host'
import { startBackupSchedule } from '../../electron/core/backup/schedule'
import { makeTempDir } from '../helpers/temp-core'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('automatic backup schedule of the running app', () => {
  it('backs up at start, on the interval only when something changed, and at quit', async () => {
    const host = openCoreHost({ dataDir: makeTempDir() })
    const call = (name: string, input: unknown) => host.dispatch(name, input)
    await call('areas.create', { name: 'Phường 1', kind: 'PHUONG' })
    const count = async () => ((await call('backup.list', {})) as { ok: true; data: unknown[] }).data.length
    const schedule = startBackupSchedule(host, 0.002, 10) // interval 120 ms
    // A backup's check runs on a worker thread: wait for the record, not for a fixed time.
    const reaches = (n: number) => vi.waitFor(async () => expect(await count()).toBe(n), { timeout: 10_000, interval: 20 })
    await reaches(1) // at start: never backed up before
    await sleep(300)
    expect(await count()).toBe(1) // nothing changed since
    await call('areas.create', { name: 'Phường 2', kind: 'PHUONG' })
    await reaches(2) // the interval picked the change up
    await call('areas.create', { name: 'Phường 3', kind: 'PHUONG' })
    await schedule.stop()
    expect(await count()).toBe(3) // at quit
    await host.close()
  })
})
