import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { createCore, DATA_FILE_NAME, type Core } from '../../electron/core'
import { createBackup } from '../../electron/core/backup/backup-service'
import { exportRegistry, registrySheets } from '../../electron/core/exchange/registry-export'
import { exportYearBoard } from '../../electron/core/exchange/year-export'
import { buildProvinceYear } from './cycle'
import { daysBetween, missingText } from '../../electron/core/cycle/board'
import { dueOnSql } from '../../electron/core/cycle/deadlines'
import { regulationById } from '../../shared/domain/cycle/regulations'
import { STATUS_LABELS, type UnitYearStatus } from '../../shared/domain/cycle/statuses'
import { UNIT_TYPE_LABELS, type UnitType } from '../../shared/domain/units'
import { todayInVietnam } from '../../shared/text/dates'
import { duplicateKey, fold } from '../../shared/text/fold'
import { vietnameseSortKey } from '../../shared/text/sort-key'
import { measure, type BenchResult } from './measure'

/**
 * Data safety benchmarks, each against a floor measured in the same run:
 * - backup of a province-scale database, 50,000 units (goal < 5 s) vs a raw copy of the database file;
 * - export of 50,000 registry rows (goal < 5 s) vs writing the same rows with exceljs, unformatted;
 * - export of the 50,000-row year board (goal < 5 s) vs writing the same cells (one SELECT, labels looked up) with
 *   exceljs, unformatted.
 */
export const COMMUNES = 100

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** A registry of one province and its communes “Phường 1”… (the import bench writes into copies of it). */
export async function coreWithCommunes(dataDir: string): Promise<Core> {
  const core = createCore({ dataDir, appVersion: 'bench' })
  const province = await core.handlers['areas.create']({ name: 'Tỉnh Bà Rịa - Vũng Tàu', kind: 'TINH', parentId: null, officialCode: null, sortOrder: null, note: null })
  for (let i = 1; i <= COMMUNES; i++) {
    await core.handlers['areas.create']({ name: `Phường ${i}`, kind: 'PHUONG', parentId: province.id, officialCode: null, sortOrder: i, note: null })
  }
  return core
}

/** 50,000 units written straight into the tables (the set-up is not what is measured). */
function fillProvince(core: Core, units: number): void {
  const sqlite = core.database.sqlite
  const areaIds = sqlite.prepare("SELECT id FROM admin_area WHERE kind = 'PHUONG'").pluck().all() as number[]
  const insert = sqlite.prepare(
    `INSERT INTO unit (type, name, name_fold, dup_key, sort_key, search_fold, area_id, managing_level, households_total, address, head_name, education_levels, created_at, updated_at)
     VALUES ('KDC', ?, ?, ?, ?, ?, ?, 'XA', ?, ?, ?, '[]', ?, ?)`
  )
  const now = new Date().toISOString()
  sqlite.transaction(() => {
    for (let i = 1; i <= units; i++) {
      const name = `Khu phố ${i}`
      const address = `Số ${i} đường Lê Lợi`
      const head = `Nguyễn Văn Bình ${i}`
      insert.run(name, fold(name), duplicateKey(name), vietnameseSortKey(name), fold(`${name} ${address} ${head}`), areaIds[i % areaIds.length], 200 + (i % 400), address, head, now, now)
    }
  })()
}

export async function benchSafety(): Promise<BenchResult[]> {
  const results: BenchResult[] = []

  // A province: 100 communes, 50,000 units.
  const provinceDir = tempDir('antt-bench-province-')
  const province = await coreWithCommunes(provinceDir)
  fillProvince(province, 50_000)
  province.database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  const backupDir = tempDir('antt-bench-backups-')
  results.push(
    await measure(
      'safety: verified backup of a 50,000-unit database',
      async () => {
        const backup = await createBackup(province.ctx, 'MANUAL', backupDir)
        fs.rmSync(backup.file)
        fs.rmSync(backup.file + '.json')
      },
      () => {
        const copy = path.join(backupDir, 'raw-copy.sqlite')
        fs.copyFileSync(path.join(provinceDir, DATA_FILE_NAME), copy)
        fs.rmSync(copy)
      },
      5
    )
  )

  results.push(
    await measure(
      'safety: export 50,000 registry rows to Excel',
      async () => {
        const exported = await exportRegistry(province.ctx)
        if (exported.rows < 50_000) throw new Error(`exported ${exported.rows}`)
      },
      async () => {
        const file = path.join(backupDir, 'raw.xlsx')
        const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file })
        const sheet = writer.addWorksheet('Đơn vị')
        for (const row of registrySheets(province.ctx)[1].rows) sheet.addRow(Object.values(row)).commit()
        sheet.commit()
        await writer.commit()
        fs.rmSync(file)
      },
      3
    )
  )
  await province.close()
  results.push(await benchYearBoardExport())
  return results
}

/**
 * The year board of a province-scale year (the cycle bench's builder) written to Excel, with the board's labels.
 * The floor writes the same eleven cells per row, unformatted: one SELECT with the same due-date expression, last
 * year's status and the received dossier items beside each row, the labels looked up, then exceljs's streaming writer.
 */
async function benchYearBoardExport(): Promise<BenchResult> {
  const { core, dataDir } = await buildProvinceYear()
  try {
    const year = (core.ctx.sqlite.prepare('SELECT max(year) AS year FROM eval_year').get() as { year: number }).year
    const yearRow = await core.ctx.db.selectFrom('eval_year').selectAll().where('year', '=', year).executeTakeFirstOrThrow()
    const regulation = regulationById(yearRow.regulation_id)
    const due = dueOnSql(yearRow).compile(core.ctx.db)
    const raw = core.ctx.sqlite.prepare(`
      SELECT u.name, uy.unit_type, a.name AS area_name, uy.status, uy.tracking_mode, uy.exclusion_code, uy.return_reason,
        ${due.sql} AS due_on, uy.registered_on, uy.decision_no, p.status AS previous_status,
        CASE WHEN uy.status = 'DA_NOP_HO_SO' THEN (SELECT group_concat(d.item_code) FROM dossier_item d WHERE d.unit_year_id = uy.id AND d.received_on IS NOT NULL) END AS received
      FROM unit_year uy JOIN unit u ON u.id = uy.unit_id LEFT JOIN admin_area a ON a.id = uy.area_id
        LEFT JOIN unit_year p ON p.unit_id = uy.unit_id AND p.year = uy.year - 1
      WHERE uy.year = ? ORDER BY uy.board_sort, uy.id`)
    const today = todayInVietnam(core.ctx.now())
    return await measure(
      'safety: export the 50,000-row year board to Excel',
      async () => {
        const exported = await exportYearBoard(core.ctx, { year, sort: 'area' })
        if (exported.rows < 50_000) throw new Error(`exported ${exported.rows}`)
      },
      async () => {
        const file = path.join(dataDir, 'raw-board.xlsx')
        const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file })
        const sheet = writer.addWorksheet('Năm')
        let index = 0
        for (const row of raw.iterate(...due.parameters, year) as Iterable<RawBoardLine>) {
          const received = row.received?.split(',') ?? []
          const missing = row.status === 'DA_NOP_HO_SO' ? regulation.dossierItems[row.unit_type].filter((item) => item.mandatory && !received.includes(item.code)).map((item) => item.name) : []
          const late = row.due_on && row.due_on < today ? daysBetween(row.due_on, today) : null
          sheet
            .addRow([
              ++index, row.name, UNIT_TYPE_LABELS[row.unit_type], row.area_name, STATUS_LABELS[row.status], row.due_on, late,
              missingText(row.status, row.tracking_mode, row.exclusion_code, row.return_reason, missing), row.registered_on, row.decision_no,
              row.previous_status ? STATUS_LABELS[row.previous_status] : null
            ])
            .commit()
        }
        sheet.commit()
        await writer.commit()
        fs.rmSync(file)
      },
      3
    )
  } finally {
    await core.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

interface RawBoardLine {
  name: string
  unit_type: UnitType
  area_name: string | null
  status: UnitYearStatus
  tracking_mode: string
  exclusion_code: string | null
  return_reason: string | null
  due_on: string | null
  registered_on: string | null
  decision_no: string | null
  previous_status: UnitYearStatus | null
  received: string | null
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  void benchSafety().then((results) => console.table(results))
}
