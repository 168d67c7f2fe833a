import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createCore, DATA_FILE_NAME } from '../../electron/core'
import { appendAudit } from '../../electron/core/audit/audit-log'
import { startBackupSchedule } from '../../electron/core/backup/schedule'
import { openDatabase } from '../../electron/core/db/open-database'
import { openCoreHost } from '../../electron/core/host'
import { writeProvinceDatabase } from './ui/province-db'
import type { BenchResult } from './measure'

/**
 * Issue 12 items 4 and 5, on the province (3,000 communes, 50,000 units, one year) with a few years of changes in its
 * audit log (100,000 rows), each run on a fresh copy of that file:
 * - the first call after open, with the start-up backup due and the audit check to do, against opening the file alone;
 * - the longest wait of a call made every 10 ms while a backup runs, against the same call when nothing runs.
 * Numbers only, read by people; no budget is asserted.
 */
const AUDIT_ROWS = 100_000
const RUNS = 3

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix))

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

function result(name: string, runs: number[], floors: number[]): BenchResult {
  const median_ms = median(runs)
  const floor_ms = median(floors)
  return { name, median_ms: Math.round(median_ms * 100) / 100, floor_ms: Math.round(floor_ms * 100) / 100, ratio: Math.round((median_ms / floor_ms) * 100) / 100 }
}

async function writeProvinceWithHistory(): Promise<string> {
  const dir = tempDir('antt-bench-startup-')
  await writeProvinceDatabase(dir)
  const core = createCore({ dataDir: dir, appVersion: 'bench' })
  const { ctx } = core
  ctx.sqlite.transaction(() => {
    for (let i = 1; i <= AUDIT_ROWS; i++) {
      const unit = (i % 50_000) + 1
      appendAudit(ctx, { action: 'UPDATE', entity: 'unit', entityId: unit, entityLabel: `Khu phố ${unit}`, field: null, oldValue: '{"households_total":200}', newValue: '{"households_total":201}', reason: null })
    }
  })()
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  await core.close()
  return dir
}

export async function benchStartup(): Promise<BenchResult[]> {
  const pristine = await writeProvinceWithHistory()
  const freshCopy = () => {
    const dir = tempDir('antt-bench-startup-run-')
    fs.copyFileSync(path.join(pristine, DATA_FILE_NAME), path.join(dir, DATA_FILE_NAME))
    return dir
  }
  const firstCalls: number[] = []
  const opens: number[] = []
  const longestWaits: number[] = []
  const idleCalls: number[] = []
  for (let run = 0; run < RUNS; run++) {
    // The first call: the window's first read arrives while the start-up backup (never backed up) is under way.
    let dir = freshCopy()
    const t0 = performance.now()
    const host = openCoreHost({ dataDir: dir, appVersion: 'bench' })
    const schedule = startBackupSchedule(host, 10, 0)
    await sleep(5)
    const first = await host.dispatch('app.status', {})
    firstCalls.push(performance.now() - t0)
    if (!first.ok) throw new Error(first.error.message)
    await schedule.stop()
    await host.close()
    fs.rmSync(dir, { recursive: true, force: true })

    dir = freshCopy()
    const o0 = performance.now()
    const opened = openDatabase(path.join(dir, DATA_FILE_NAME))
    opens.push(performance.now() - o0)
    await opened.close()
    fs.rmSync(dir, { recursive: true, force: true })

    // Calls every 10 ms while the user's backup runs; the longest wait is what the office feels.
    dir = freshCopy()
    const busy = openCoreHost({ dataDir: dir, appVersion: 'bench' })
    await busy.core?.auditChecked
    for (let i = 0; i < 20; i++) {
      const c0 = performance.now()
      await busy.dispatch('app.status', {})
      idleCalls.push(performance.now() - c0)
    }
    let done = false
    const backup = busy.dispatch('backup.create', {}).then((answer) => {
      done = true
      if (!answer.ok) throw new Error(answer.error.message)
    })
    let longest = 0
    while (!done) {
      const c0 = performance.now()
      await busy.dispatch('app.status', {})
      longest = Math.max(longest, performance.now() - c0)
      await sleep(10)
    }
    await backup
    longestWaits.push(longest)
    await busy.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  fs.rmSync(pristine, { recursive: true, force: true })
  return [
    result('startup: first call after open, start-up backup due (vs opening the file)', firstCalls, opens),
    result('startup: longest wait of a call during a backup (vs the call alone)', longestWaits, idleCalls)
  ]
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  void benchStartup().then((results) => console.table(results))
}
