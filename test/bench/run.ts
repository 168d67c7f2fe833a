import { benchCycle } from './cycle'
import { benchDocuments } from './documents'
import { benchImport } from './import'
import { benchPack } from './pack'
import { benchRegistry } from './registry'
import { benchSafety } from './safety'
import { benchStartup } from './startup'
import { benchTemplates } from './templates'
import type { BenchResult } from './measure'

/**
 * `npm run bench` prints a table for people; `npm run bench -- --json` prints the JSON array
 * [{name, median_ms, floor_ms, ratio}] for machines.
 */
const SUITES: Array<[string, () => Promise<BenchResult[]>]> = [
  ['registry', benchRegistry],
  ['cycle', benchCycle],
  ['documents', benchDocuments],
  ['import', benchImport],
  ['safety', benchSafety],
  ['templates', benchTemplates],
  ['pack', benchPack],
  ['startup', benchStartup]
]

async function main(): Promise<void> {
  const json = process.argv.includes('--json')
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
  const results: BenchResult[] = []
  for (const [name, suite] of SUITES) {
    if (only && only !== name) continue
    if (!json) console.error(`… ${name}`)
    results.push(...(await suite()))
  }
  if (json) {
    console.log(JSON.stringify(results, null, 2))
    return
  }
  const width = Math.max(...results.map((r) => r.name.length))
  console.log(`${'operation'.padEnd(width)}  median ms   floor ms   ratio`)
  for (const r of results) {
    console.log(`${r.name.padEnd(width)}  ${r.median_ms.toFixed(2).padStart(9)}  ${r.floor_ms.toFixed(2).padStart(9)}  ${r.ratio.toFixed(2).padStart(6)}`)
  }
}

void main()
