import fs from 'node:fs'
import path from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { createCore } from '../../electron/core'
import { dispatch } from '../../electron/core/dispatch'
import type { PackStatus } from '../../shared/api/calls/document-office'
import { UPSTREAM_REFERENCE } from '../helpers/document-requests'
import { makeTempDir } from '../helpers/temp-core'
import { measure, type BenchResult } from './measure'

const YEAR = 2021
const UNITS = 1000
const PACK_DATE = '2021-12-28'

/**
 * The year-end pack (issue 9 item 6) of a year with 1,000 agencies awaiting the decision in one ward of the Vũng Tàu
 * sample (a district team decides the agencies itself): the real pack.start job (tờ trình, decision with its
 * 1,000-row list, 1,000 Giấy công nhận, báo cáo) polled until it reports done, against the floor of the same files'
 * parts (read back from what the pack wrote, before timing) zipped from strings with fflate and written to a folder
 * of the same shape — the zip and write cost no pack can avoid. Goal: under 10 s, within 3× the floor.
 */
export async function benchPack(): Promise<BenchResult[]> {
  const dataDir = makeTempDir('antt-bench-pack-')
  const root = makeTempDir('antt-bench-pack-out-')
  const core = createCore({ dataDir, appVersion: 'bench', now: () => new Date(`${PACK_DATE}T03:00:00Z`) })
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const envelope = await dispatch(core.handlers, name, input)
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`)
    return envelope.data as T
  }
  try {
    // The Vũng Tàu sample gives the office, its signers and the open year 2021; the ward, its units and their year
    // are made through the real calls, as the office would (each unit gets its 2021 unit-year from units.create).
    await call('app.loadSample', {})
    const { sqlite } = core.ctx
    const parent = sqlite.prepare(`SELECT parent_id FROM admin_area WHERE kind IN ('PHUONG','XA') AND is_sample = 1 LIMIT 1`).pluck().get() as number
    const area = await call<{ id: number }>('areas.create', { name: 'Phường Đo Hiệu Năng', kind: 'PHUONG', parentId: parent })
    for (let i = 1; i <= UNITS; i++) {
      await call('units.create', { values: { type: 'CO_QUAN', name: `Cơ quan số ${i}`, areaId: area.id, managingLevel: 'HUYEN', staffTotal: 40 }, confirmed: true })
    }
    // Register → meeting (all criteria passed) → dossier → appraisal passed, as the year board's bulk actions; the
    // first pack's tờ trình then proposes them (T11), and every later pack finds them proposed, awaiting the decision.
    const ids = (sqlite.prepare(`SELECT id FROM unit_year WHERE year = ? AND area_id = ? AND unit_type = 'CO_QUAN' ORDER BY id`).pluck().all(YEAR, area.id) as number[])
    if (ids.length !== UNITS) throw new Error(`expected ${UNITS} unit-years, got ${ids.length}`)
    await call('unitYears.act', { ids, action: 'REGISTER', date: '2021-04-08', confirmed: true })
    await call('unitYears.act', { ids, action: 'RECORD_MEETING', date: '2021-11-20', chair: 'Thủ trưởng cơ quan', allCriteriaPassed: true, confirmed: true })
    await call('unitYears.act', { ids, action: 'RECEIVE_DOSSIER', date: '2021-11-24', confirmed: true })
    await call('unitYears.act', { ids, action: 'APPRAISE_PASS', date: '2021-12-01', confirmed: true })

    let run = 0
    const pack = async (): Promise<PackStatus> => {
      const folder = path.join(root, `pack-${++run}`)
      const started = await call<PackStatus>('pack.start', { year: YEAR, areaId: area.id, folder, date: PACK_DATE, reference: UPSTREAM_REFERENCE, confirmed: true })
      for (;;) {
        const status = await call<PackStatus>('pack.status', { jobId: started.jobId })
        if (status.state !== 'RUNNING') {
          if (status.state !== 'DONE' || status.files.length !== UNITS + 3) throw new Error(`pack ${status.state} with ${status.files.length} files: ${status.message} ${status.notes.join(' ')}`)
          return status
        }
        await new Promise((r) => setTimeout(r, 20))
      }
    }

    // One pack before timing: what it wrote is the floor's input, read back once.
    const first = await pack()
    const proposed = sqlite.prepare(`SELECT count(*) FROM unit_year WHERE year = ? AND area_id = ? AND status = 'DA_DE_NGHI'`).pluck().get(YEAR, area.id)
    if (proposed !== UNITS) throw new Error(`the tờ trình proposed ${String(proposed)} of ${UNITS} units`)
    if (first.files.filter((f) => f.startsWith('Giấy công nhận')).length !== UNITS) throw new Error(`expected ${UNITS} certificates: ${first.files.length} files`)
    // The XML parts as strings (what a writer holds before zipping), any other part as its bytes.
    const contents = first.files.map((file) => ({
      file,
      parts: Object.entries(unzipSync(fs.readFileSync(path.join(first.folder, file)))).map(([name, bytes]) => [name, /\.(xml|rels)$/.test(name) ? strFromU8(bytes) : bytes] as const)
    }))
    const decision = contents.find((c) => /quyết định/i.test(c.file))
    const listed = decision?.parts.find(([name]) => name === 'word/document.xml')?.[1]
    if (typeof listed !== 'string' || listed.split('>Cơ quan số ').length - 1 < UNITS) throw new Error('the decision does not list the 1,000 units')
    let floorRun = 0
    const floor = () => {
      const folder = path.join(root, `floor-${++floorRun}`)
      fs.mkdirSync(path.join(folder, 'Giấy công nhận'), { recursive: true })
      for (const { file, parts } of contents) {
        fs.writeFileSync(path.join(folder, file), zipSync(Object.fromEntries(parts.map(([name, part]) => [name, typeof part === 'string' ? strToU8(part) : part]))))
      }
    }
    return [await measure(`pack: year-end pack, ${UNITS} units (tờ trình, decision + list, ${UNITS} certificates, báo cáo)`, pack, floor, 3)]
  } finally {
    await core.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.rmSync(root, { recursive: true, force: true })
  }
}

// `tsx test/bench/pack.ts` prints the figures on its own.
if (process.argv[1]?.endsWith('pack.ts')) {
  void benchPack().then((results) => console.table(results))
}
