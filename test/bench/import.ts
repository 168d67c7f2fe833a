import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { createCore, DATA_FILE_NAME } from '../../electron/core'
import { commitImport } from '../../electron/core/exchange/registry-import'
import { duplicateKey, fold } from '../../shared/text/fold'
import { vietnameseSortKey } from '../../shared/text/sort-key'
import { UNIT_HEADERS } from '../helpers/xlsx-fixtures'
import { measure, type BenchResult } from './measure'
import { COMMUNES, coreWithCommunes } from './safety'

/**
 * The import of 10,000 registry rows (goal within 2× its floor, issue 12 item 6), each run on a fresh copy of a
 * database that has the communes. The floor is the least that does the same writes: the file read whole with
 * exceljs, then in one transaction one prepared INSERT per unit with the same derived keys and one hash-chained
 * audit row per unit — no checks, no problem list, no mapping.
 */
const ROWS = 10_000

async function writeImportFile(file: string, communes: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file })
  const sheet = writer.addWorksheet('Đơn vị')
  sheet.addRow(UNIT_HEADERS).commit()
  for (let i = 1; i <= ROWS; i++) sheet.addRow([`Khu phố ${i}`, 'Khu dân cư', `Phường ${(i % communes) + 1}`, 200 + (i % 300), null, '05/03/2021']).commit()
  sheet.commit()
  await writer.commit()
}

/** The same units and audit rows as the import, written as directly as SQLite allows. */
async function floorImport(file: string, dataFile: string): Promise<void> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sqlite = new BetterSqlite3(dataFile)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  const areaIds = new Map((sqlite.prepare('SELECT name, id FROM admin_area').all() as Array<{ name: string; id: number }>).map((a) => [a.name, a.id]))
  const insert = sqlite.prepare(
    `INSERT INTO unit (type, name, name_fold, dup_key, sort_key, search_fold, area_id, managing_level, managing_area_id, households_total, education_levels, active_from, created_at, updated_at)
     VALUES ('KDC', ?, ?, ?, ?, ?, ?, 'XA', ?, ?, '[]', ?, ?, ?) RETURNING id`
  )
  const audit = sqlite.prepare(
    `INSERT INTO audit_log (at, actor, machine, action, entity, entity_id, entity_label, field, old_value, new_value, reason, prev_hash, row_hash)
     VALUES (?, 'bench', 'bench', 'CREATE', 'unit', ?, ?, NULL, NULL, ?, NULL, ?, ?)`
  )
  const now = new Date().toISOString()
  sqlite.transaction(() => {
    let prev = (sqlite.prepare('SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? '0'.repeat(64)
    workbook.worksheets[0]!.eachRow((row, number) => {
      if (number === 1) return
      const name = String(row.getCell(1).value)
      const areaId = areaIds.get(String(row.getCell(3).value)) ?? null
      const households = Number(row.getCell(4).value)
      const { id } = insert.get(name, fold(name), duplicateKey(name), vietnameseSortKey(name), fold(name), areaId, areaId, households, '2021-03-05', now, now) as { id: number }
      const newValue = JSON.stringify({ type: 'KDC', name, area_id: areaId, managing_level: 'XA', managing_area_id: areaId, households_total: households, education_levels: '[]', active_from: '2021-03-05' })
      const hash = createHash('sha256').update(prev).update('\n').update(JSON.stringify([now, 'bench', 'bench', 'CREATE', 'unit', id, name, null, null, newValue, null])).digest('hex')
      audit.run(now, id, name, newValue, prev, hash)
      prev = hash
    })
  })()
  sqlite.close()
}

export async function benchImport(): Promise<BenchResult[]> {
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-bench-base-'))
  await (await coreWithCommunes(baseDir)).close()
  const importFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'antt-bench-xlsx-')), 'don-vi.xlsx')
  await writeImportFile(importFile, COMMUNES)
  let run = 0
  const freshCopy = () => {
    const dir = path.join(baseDir, `run-${run++}`)
    fs.mkdirSync(dir)
    fs.copyFileSync(path.join(baseDir, DATA_FILE_NAME), path.join(dir, DATA_FILE_NAME))
    return dir
  }
  const result = await measure(
    'safety: import 10,000 registry rows from Excel',
    async () => {
      const core = createCore({ dataDir: freshCopy(), appVersion: 'bench' })
      const result = await commitImport(core.ctx, { file: importFile }, 'skip')
      await core.close()
      if (result.createdUnits !== ROWS) throw new Error(`imported ${result.createdUnits}`)
    },
    () => floorImport(importFile, path.join(freshCopy(), DATA_FILE_NAME)),
    // Five of each: on a shared machine three medians swung the ratio between 1.3 and 2.3.
    5
  )
  return [result]
}
