import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createCore, type Core } from '../../electron/core'
import { listBoard } from '../../electron/core/cycle/board'
import { communeResultRows } from '../../electron/core/cycle/commune-results'
import { getDashboard } from '../../electron/core/cycle/dashboard'
import { actOnUnitYears, type ActInput } from '../../electron/core/cycle/transitions'
import { openYear } from '../../electron/core/cycle/years'
import { regulationById } from '../../shared/domain/cycle/regulations'
import { boardList } from '../../shared/api/calls/cycle'
import { fold, likePattern } from '../../shared/text/fold'
import { vietnameseSortKey } from '../../shared/text/sort-key'
import { measure, type BenchResult } from './measure'

const COMMUNES = 120
const UNITS_PER_COMMUNE = 416 // with the commune itself: 120 × 417 = 50,040 unit-years
const YEAR = 2024
const TODAY = new Date('2024-12-20T03:00:00Z')

/** A province-scale registry written straight into SQLite (the setup is not what is measured). */
function seedRegistry(core: Core): void {
  const db = core.ctx.sqlite
  const now = TODAY.toISOString()
  const insertArea = db.prepare(
    `INSERT INTO admin_area (name, name_fold, dup_key, sort_key, kind, parent_id, sort_order, is_sample, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`
  )
  const insertUnit = db.prepare(
    `INSERT INTO unit (type, name, name_fold, dup_key, sort_key, search_fold, area_id, managing_level, managing_area_id, households_total, staff_total,
       is_armed_forces, enterprise_size, education_levels, exclusion_code, active, is_sample, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '[]', ?, 1, 0, ?, ?)`
  )
  db.transaction(() => {
    const province = insertArea.run('Tỉnh Mẫu', 'tinh mau', 'tinh mau', vietnameseSortKey('Tỉnh Mẫu'), 'TINH', null, 0, now, now).lastInsertRowid
    for (let c = 1; c <= COMMUNES; c++) {
      const name = `Phường ${c}`
      const areaId = Number(insertArea.run(name, fold(name), fold(name), vietnameseSortKey(name), 'PHUONG', province, c, now, now).lastInsertRowid)
      insertUnit.run('XA', name, fold(name), fold(name), vietnameseSortKey(name), fold(name), areaId, 'TINH', null, null, null, null, null, now, now)
      for (let u = 1; u <= UNITS_PER_COMMUNE; u++) {
        const kind = u % 10
        const type = kind < 7 ? 'KDC' : kind === 7 ? 'CO_QUAN' : kind === 8 ? 'DOANH_NGHIEP' : 'CSGD'
        const unitName = type === 'KDC' ? `Khu phố ${u}` : type === 'CO_QUAN' ? `Cơ quan số ${u}` : type === 'DOANH_NGHIEP' ? `Công ty số ${u}` : `Trường số ${u}`
        const size = type === 'DOANH_NGHIEP' ? (u % 3 === 0 ? 'NHO' : 'VUA') : null
        insertUnit.run(
          type, unitName, fold(unitName), fold(unitName), vietnameseSortKey(unitName), fold(`${unitName} ${name}`), areaId, 'XA', areaId,
          type === 'KDC' ? 300 : null, type === 'KDC' ? null : 40, size, size === 'NHO' ? 'DN_NHO_SIEU_NHO' : null, now, now
        )
      }
    }
  })()
}

/** Spreads the year over realistic states so the board, the funnel and the deadlines have something to show. */
function spreadStates(core: Core): void {
  const db = core.ctx.sqlite
  db.exec(`
    UPDATE unit_year SET status = 'DA_DANG_KY', registered_on = '2024-03-10' WHERE year = ${YEAR} AND status = 'CHUA_DANG_KY' AND id % 10 <> 0;
    UPDATE unit_year SET status = 'DA_TU_DANH_GIA', meeting_on = '2024-11-05' WHERE year = ${YEAR} AND status = 'DA_DANG_KY' AND id % 10 IN (2,3,4,5,6,7);
    UPDATE unit_year SET status = 'DA_NOP_HO_SO', received_on = '2024-11-08' WHERE year = ${YEAR} AND status = 'DA_TU_DANH_GIA' AND id % 10 IN (4,5,6,7);
    UPDATE unit_year SET status = 'DA_CONG_NHAN', proposed_on = '2024-12-01', decision_on = '2024-12-10', decision_no = '1/QĐ', outcome = 'DA_CONG_NHAN'
      WHERE year = ${YEAR} AND status = 'DA_NOP_HO_SO' AND id % 10 IN (6,7);
  `)
}

const EMPTY_ACT: Omit<ActInput, 'action'> = {
  date: null, reason: null, ref: null, signer: null, body: null, chair: null, exclusionCode: null,
  householdsTotal: null, householdsRegistered: null, staffTotal: null, staffBriefed: null, confirmed: true
}

/** A temp database holding a province-scale year (≥ 50,000 unit-years) in realistic states. */
export async function buildProvinceYear(): Promise<{ core: Core; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-bench-cycle-'))
  const core = createCore({ dataDir, appVersion: 'bench', now: () => TODAY })
  seedRegistry(core)
  await openYear(core.ctx, { year: YEAR, reason: null, notDeployed: [], notDeployedNote: null })
  spreadStates(core)
  return { core, dataDir }
}

export async function benchCycle(): Promise<BenchResult[]> {
  const { core, dataDir } = await buildProvinceYear()
  const results: BenchResult[] = []
  try {
    const ctx = core.ctx
    const sqlite = ctx.sqlite
    const total = (sqlite.prepare('SELECT count(*) AS n FROM unit_year').get() as { n: number }).n
    if (total < 50_000) throw new Error(`expected ≥ 50,000 unit-years, got ${total}`)
    const yearRow = sqlite.prepare('SELECT * FROM eval_year WHERE year = ?').get(YEAR) as Record<string, string>
    const areaId = (sqlite.prepare(`SELECT id FROM admin_area WHERE name = 'Phường 57'`).get() as { id: number }).id

    // 1. A filtered page of the year board: one commune, KDC, a folded search.
    const boardFilter = boardList.parse({ year: YEAR, areaId, type: 'KDC', search: 'khu pho 1', limit: 500 })
    const rawBoardPage = sqlite.prepare(`
      SELECT uy.id, uy.unit_id, u.name, uy.status, a.name AS area_name
      FROM unit_year uy JOIN unit u ON u.id = uy.unit_id LEFT JOIN admin_area a ON a.id = uy.area_id
      WHERE uy.year = ? AND uy.area_id = ? AND uy.unit_type = ? AND u.search_fold LIKE ? ESCAPE '\\'
      ORDER BY uy.board_sort || '', uy.id LIMIT 500`)
    const rawBoardCounts = sqlite.prepare(`
      SELECT uy.status, count(*) AS n FROM unit_year uy JOIN unit u ON u.id = uy.unit_id
      WHERE uy.year = ? AND uy.area_id = ? AND uy.unit_type = ? AND u.search_fold LIKE ? ESCAPE '\\' GROUP BY uy.status`)
    const pattern = likePattern('khu pho 1')
    results.push(
      await measure(
        'cycle: year board, filtered page (1 commune, KDC, search) of 50k',
        () => listBoard(ctx, boardFilter),
        () => {
          rawBoardPage.all(YEAR, areaId, 'KDC', pattern)
          rawBoardCounts.all(YEAR, areaId, 'KDC', pattern)
        }
      )
    )

    // 1a. The window a dragged scrollbar asks for: row 20,000 of the whole year, in the board's order.
    const deepFilter = boardList.parse({ year: YEAR, offset: 20_000, limit: 100 })
    const rawDeepIds = sqlite.prepare('SELECT id FROM unit_year WHERE year = ? ORDER BY board_sort, id LIMIT 100 OFFSET 20000')
    const rawRowsById = sqlite.prepare(`
      SELECT uy.id, uy.unit_id, u.name, uy.status, a.name AS area_name
      FROM unit_year uy JOIN unit u ON u.id = uy.unit_id LEFT JOIN admin_area a ON a.id = uy.area_id
      WHERE uy.id IN (SELECT value FROM json_each(?))`)
    results.push(
      await measure(
        'cycle: year board, the window at row 20,000 of 50k',
        () => listBoard(ctx, deepFilter),
        () => rawRowsById.all(JSON.stringify((rawDeepIds.all(YEAR) as Array<{ id: number }>).map((row) => row.id)))
      )
    )

    // 1b. The whole year's overdue items, first page sorted by commune.
    const overdueFilter = boardList.parse({ year: YEAR, overdueOnly: true, limit: 500 })
    const due = `CASE uy.status WHEN 'CHUA_DANG_KY' THEN '${yearRow.registration_due}' WHEN 'DA_DANG_KY' THEN CASE WHEN uy.unit_type = 'KDC' THEN '${yearRow.dossier_due_kdc}' ELSE '${yearRow.dossier_due_other}' END
      WHEN 'DA_TU_DANH_GIA' THEN CASE WHEN uy.unit_type = 'KDC' THEN '${yearRow.dossier_due_kdc}' ELSE '${yearRow.dossier_due_other}' END
      WHEN 'DA_NOP_HO_SO' THEN '${yearRow.appraisal_due}' ELSE NULL END`
    // Every deadline of this year is past on 20/12/2024: overdue = the unfinished statuses (or a return older than 7 days).
    const overdue = `(uy.status IN ('CHUA_DANG_KY','DA_DANG_KY','DA_TU_DANH_GIA','DA_NOP_HO_SO','THAM_DINH_DAT','DA_DE_NGHI') OR (uy.status = 'TRA_LAI' AND date(uy.returned_on, '+7 days') <= ?))`
    const rawOverduePage = sqlite.prepare(`
      SELECT uy.id, u.name, uy.status, a.name, ${due} AS due_on FROM unit_year uy JOIN unit u ON u.id = uy.unit_id
      LEFT JOIN admin_area a ON a.id = uy.area_id WHERE uy.year = ? AND ${overdue} ORDER BY uy.board_sort, uy.id LIMIT 500`)
    const rawOverdueCounts = sqlite.prepare(`SELECT uy.status, count(*) FROM unit_year uy WHERE uy.year = ? AND ${overdue} GROUP BY uy.status`)
    const rawFirstOverdue = sqlite.prepare(`SELECT uy.id, ${due} AS due_on FROM unit_year uy WHERE uy.year = ? AND ${overdue} ORDER BY due_on, uy.id LIMIT 20`)
    const rawOverdueTotal = sqlite.prepare(`SELECT count(*) FROM unit_year uy WHERE uy.year = ? AND ${overdue}`)
    results.push(
      await measure(
        'cycle: year board, overdue filter over the whole year (50k)',
        () => listBoard(ctx, overdueFilter),
        () => {
          rawOverduePage.all(YEAR, '2024-12-19')
          rawOverdueCounts.all(YEAR, '2024-12-19')
        }
      )
    )

    // 2. The dashboard aggregates.
    const rawFunnel = sqlite.prepare(`SELECT area_id, unit_type, tracking_mode, sum(status <> 'NGOAI_PHAM_VI'), sum(status <> 'NGOAI_PHAM_VI' AND (registered_on IS NOT NULL OR status = 'DA_CONG_NHAN')),
      sum(status <> 'NGOAI_PHAM_VI' AND (meeting_on IS NOT NULL OR status = 'DA_CONG_NHAN')), sum(status <> 'NGOAI_PHAM_VI' AND (received_on IS NOT NULL OR status = 'DA_CONG_NHAN')),
      sum(status <> 'NGOAI_PHAM_VI' AND (proposed_on IS NOT NULL OR status = 'DA_CONG_NHAN')), sum(status = 'DA_CONG_NHAN'), sum(status = 'NGOAI_PHAM_VI')
      FROM unit_year WHERE year = ? GROUP BY area_id, unit_type, tracking_mode`)
    const rawCommunes = sqlite.prepare(`SELECT commune_area_id, count(*), sum(registered_on IS NOT NULL OR status = 'DA_CONG_NHAN'),
      sum(status = 'DA_CONG_NHAN'), sum(status IN ('DA_CONG_NHAN','KHONG_CONG_NHAN'))
      FROM unit_year WHERE year = ? AND status <> 'NGOAI_PHAM_VI' AND unit_type IN ('KDC','CO_QUAN','DOANH_NGHIEP','CSGD') AND commune_area_id IS NOT NULL
      GROUP BY commune_area_id`)
    const rawCommuneRows = sqlite.prepare(`SELECT uy.id, uy.status, uy.commune_snapshot, a.id, a.name FROM unit_year uy JOIN admin_area a ON a.id = uy.area_id
      WHERE uy.year = ? AND uy.unit_type = 'XA' ORDER BY a.sort_order IS NULL, a.sort_order, a.sort_key`)
    const rawPrevious = sqlite.prepare(`SELECT unit_type, sum(status = 'DA_CONG_NHAN') FROM unit_year WHERE year = ? GROUP BY unit_type`)
    const rawStatus = sqlite.prepare('SELECT status, count(*) FROM unit_year WHERE year = ? GROUP BY status')
    results.push(
      await measure(
        'cycle: dashboard aggregates (funnel by type and area, communes, deadlines) of 50k',
        () => getDashboard(ctx, YEAR),
        () => {
          rawFunnel.all(YEAR)
          rawPrevious.all(YEAR - 1)
          rawStatus.all(YEAR)
          rawCommunes.all(YEAR)
          rawCommuneRows.all(YEAR)
          rawFirstOverdue.all(YEAR, '2024-12-19')
          rawOverdueTotal.get(YEAR, '2024-12-19')
        }
      )
    )

    // 3. The commune-level result of every commune.
    const regulation = regulationById(yearRow.regulation_id as string)
    results.push(
      await measure(
        `cycle: commune-level result of all ${COMMUNES} communes (50k unit-years)`,
        () => communeResultRows(ctx.db, YEAR, regulation),
        () => {
          rawCommunes.all(YEAR)
          rawCommuneRows.all(YEAR)
        }
      )
    )

    // 4. A bulk transition of 5,000 unit-years (register / cancel registration, alternately), all checked first.
    const ids = (sqlite.prepare(`SELECT id FROM unit_year WHERE year = ? AND status = 'DA_DANG_KY' AND meeting_on IS NULL ORDER BY id LIMIT 5000`).all(YEAR) as Array<{ id: number }>).map((row) => row.id)
    sqlite.prepare(`UPDATE unit_year SET status = 'CHUA_DANG_KY', registered_on = NULL WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(ids))
    if (ids.length !== 5000) throw new Error(`expected 5,000 unit-years to move, got ${ids.length}`)
    let registered = false
    const rawSelect = sqlite.prepare(`SELECT uy.*, u.name FROM unit_year uy JOIN unit u ON u.id = uy.unit_id WHERE uy.id IN (SELECT value FROM json_each(?))`)
    const rawUpdate = sqlite.prepare(`UPDATE unit_year SET status = ?, registered_on = ?, status_since = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?))`)
    const rawHistory = sqlite.prepare(`INSERT INTO status_history (unit_year_id, action, from_status, to_status, business_date, at, actor, ref, reason) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`)
    let rawRegistered = false
    const rawBulk = sqlite.transaction(() => {
      const json = JSON.stringify(ids)
      rawSelect.all(json)
      const to = rawRegistered ? 'CHUA_DANG_KY' : 'DA_DANG_KY'
      rawUpdate.run(to, rawRegistered ? null : '2024-03-15', '2024-03-15', TODAY.toISOString(), json)
      for (const id of ids) rawHistory.run(id, 'T2 REGISTER', rawRegistered ? 'DA_DANG_KY' : 'CHUA_DANG_KY', to, '2024-03-15', TODAY.toISOString(), 'bench', null)
      rawRegistered = !rawRegistered
    })
    results.push(
      await measure(
        'cycle: bulk transition of 5,000 unit-years (checked, all-or-nothing, with history)',
        async () => {
          await actOnUnitYears(ctx, ids, registered ? { ...EMPTY_ACT, action: 'UNREGISTER', reason: 'Đo hiệu năng' } : { ...EMPTY_ACT, action: 'REGISTER', date: '2024-03-15' })
          registered = !registered
        },
        () => rawBulk(),
        7
      )
    )
  } finally {
    await core.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  return results
}

// Run directly: `npx tsx test/bench/cycle.ts`
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname ?? '', 'cycle.ts')) {
  void benchCycle().then((results) => console.table(results))
}
