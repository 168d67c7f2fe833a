import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../../electron/core/sample/seeded-random'
import { DATA_FILE_NAME } from '../../electron/core'
import { makeTempDir } from '../helpers/temp-core'

const WRITER_SOURCE = path.resolve(__dirname, '../fixtures/crash-writer.ts')
// Bundled once so each of the many starts costs a plain `node` start, not a TypeScript compile.
const WRITER = path.resolve(__dirname, '../../out/test/crash-writer.cjs')
const RUNS = 60

beforeAll(async () => {
  await build({
    entryPoints: [WRITER_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    outfile: WRITER,
    logLevel: 'error'
  })
  // A backup checks its copy on a worker thread, whose script sits beside the bundle as in the app.
  await build({
    entryPoints: [path.resolve(__dirname, '../../electron/core/backup/integrity-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    outfile: path.resolve(path.dirname(WRITER), 'integrity-worker.cjs'),
    logLevel: 'error'
  })
})

interface RunOutcome {
  committedUnits: string[]
  committedHouseholds: Array<[string, number]>
  exitSignal: NodeJS.Signals | null
  stderr: string
}

/** Starts the writer, lets it write for a random moment after it is ready, then kills it without warning. */
function runAndKill(dataDir: string, runId: string, delayMs: number): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dataDir, runId], { stdio: ['ignore', 'pipe', 'pipe'] })
    const outcome: RunOutcome = { committedUnits: [], committedHouseholds: [], exitSignal: null, stderr: '' }
    let buffer = ''
    let timer: NodeJS.Timeout | null = null
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      let newline: number
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 1)
        if (line.startsWith('ok area') && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
        const unit = /^ok unit (.+)$/.exec(line)
        if (unit) outcome.committedUnits.push(unit[1]!)
        const households = /^ok households (.+) (\d+)$/.exec(line)
        if (households) outcome.committedHouseholds.push([households[1]!, Number(households[2])])
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (outcome.stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer)
      outcome.exitSignal = signal
      resolve(outcome)
    })
  })
}

describe('crash safety', () => {
  it(`a writer killed ${RUNS} times at random moments loses no committed write and leaves an intact database`, async () => {
    const dataDir = makeTempDir('antt-crash-')
    const random = seededRandom(20251126)
    const units = new Set<string>()
    const households = new Map<string, number>()
    let killedMidWrite = 0
    for (let run = 0; run < RUNS; run++) {
      const outcome = await runAndKill(dataDir, `r${run}`, Math.floor(random() * 120))
      expect(outcome.stderr).toBe('')
      expect(outcome.exitSignal).toBe('SIGKILL')
      for (const name of outcome.committedUnits) units.add(name)
      for (const [name, value] of outcome.committedHouseholds) households.set(name, value)
      if (outcome.committedUnits.length > 0) killedMidWrite++

      const db = new BetterSqlite3(path.join(dataDir, DATA_FILE_NAME))
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
        const stored = new Map(
          (db.prepare("SELECT name, households_total FROM unit WHERE type = 'KDC'").all() as Array<{ name: string; households_total: number }>).map(
            (row) => [row.name, row.households_total]
          )
        )
        for (const name of units) expect(stored.has(name), `committed unit ${name} is missing`).toBe(true)
        for (const [name, value] of households) expect(stored.get(name)).toBe(value)
        // Every committed change is in the audit log too (same transaction).
        const audited = Number(db.prepare("SELECT COUNT(*) FROM audit_log WHERE entity = 'unit'").pluck().get())
        expect(audited).toBeGreaterThanOrEqual(units.size + households.size)
      } finally {
        db.close()
      }
      // A backup interrupted by the kill never takes a final name: every listed backup is whole.
      const backups = path.join(dataDir, 'backups')
      for (const name of fs.existsSync(backups) ? fs.readdirSync(backups) : []) {
        if (!name.endsWith('.sqlite')) continue
        const copy = new BetterSqlite3(path.join(backups, name), { readonly: true })
        expect(copy.pragma('quick_check', { simple: true })).toBe('ok')
        copy.close()
      }
    }
    expect(killedMidWrite).toBeGreaterThan(RUNS / 2)
    expect(units.size).toBeGreaterThan(RUNS)
  }, 120_000)
})
